//! Queries, one module per table group. Handlers call these; no SQL lives elsewhere.

pub mod oauth;
pub mod problems;
pub mod scoring;
pub mod sessions;
pub mod submissions;
pub mod tokens;
pub mod users;
