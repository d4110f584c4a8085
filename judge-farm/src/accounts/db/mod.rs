//! Queries of the account tables: users, refresh sessions, one-time tokens, OAuth identities.

pub mod oauth;
pub mod sessions;
pub mod tokens;
pub mod users;
