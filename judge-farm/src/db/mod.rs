//! Queries of the judging tables, one module per table group (the account tables' queries are
//! in `accounts::db`). Handlers call these; no SQL lives elsewhere.

pub mod problems;
pub mod scoring;
pub mod submissions;
