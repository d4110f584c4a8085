//! The users API's queries: the profile row a user edits, and what their submissions add up
//! to (solve counts, tags, languages, days, recommendations). Checked at compile time.

pub mod me;
pub mod progress;
pub mod recommend;
