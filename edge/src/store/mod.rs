//! Outside state the edge talks to: the KV namespace and the judge farm.

pub mod cache;
pub mod farm;
pub mod nonces;
