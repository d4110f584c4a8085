//! Durable Objects: one instance per named subject, the same one from every edge location.

pub mod contest_room;
pub mod rate_limiter;
