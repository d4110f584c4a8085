//! The farm's internal API for the edge (signed), its health probes (open) and the pieces every
//! handler shares (the JSON extractor, the signature check). `crate::app` assembles them.

pub mod events;
pub mod health;
pub mod json;
pub mod languages;
pub mod problems;
pub mod signature;
pub mod submissions;
