//! The farm's account service, apart from judging: users and their password hashes, one-time
//! tokens, TOTP, refresh sessions, OAuth identities, the mail they send, and the internal routes
//! the edge's auth flows call.

pub mod db;
pub mod device;
pub mod mail;
pub mod password;
pub mod password_rule;
pub mod routes;
pub mod sealed;
pub mod totp;
