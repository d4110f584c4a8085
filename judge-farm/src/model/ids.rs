//! Ids as types (defined in `algoarena_shared::ids`, stored as `uuid` through its `sqlx`
//! feature), re-exported so the farm names them from its own model.

pub use algoarena_shared::ids::{SubmissionId, UserId};
