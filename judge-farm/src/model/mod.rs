//! The judging domain's shared vocabulary: what db, judge, worker, import and routes pass
//! between them. A leaf: it uses nothing of the crate, so db never needs judge and judge never
//! needs db.

pub mod ids;
pub mod passes;
pub mod program;
pub mod program_files;
pub mod review;
pub mod scoring;
pub mod submission_kind;
pub mod test_case;
pub mod verdict;

pub use ids::{SubmissionId, UserId};
pub use passes::Passes;
pub use program::Program;
pub use program_files::{FileName, ProgramFiles};
pub use scoring::{Group, Score, Scoring, Tally};
pub use submission_kind::{StoredKind, SubmissionKind};
pub use test_case::TestCase;
pub use verdict::{Status, Verdict};
