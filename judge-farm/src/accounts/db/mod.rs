//! Queries of the account tables: users, refresh sessions, one-time tokens, OAuth identities,
//! and second-factor state with recovery codes.

pub mod oauth;
pub mod sessions;
pub mod tokens;
pub mod two_factor;
pub mod users;
