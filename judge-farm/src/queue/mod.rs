//! The submission queue: a Redis stream read by workers in a consumer group (acknowledged only
//! once the verdict is committed in Postgres), its dead-letter stream, and admission to it
//! (the bound on waiting submissions and the per-user submit rate).

mod admission;
mod rate_limit;
mod stream;

pub use admission::{admit, Admission};
pub use rate_limit::{SlidingWindow, Verdict as RateVerdict};
pub use stream::{
    ack, autoclaim, dead_letter, dead_letter_stream, drop_consumer_if_idle, enqueue, ensure_group,
    read, Job, GROUP,
};
