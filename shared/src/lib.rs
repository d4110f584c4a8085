//! Types and logic that the edge Worker (wasm32) and the judge farm (native) must agree on:
//! the public API's shapes, languages, verdicts, the error envelope and request signing.
//! No I/O, no async runtime: it compiles for both targets.

#[macro_use]
mod stored_text;

pub mod account;
pub mod ai_hints;
pub mod api;
pub mod billing;
pub mod contest_api;
pub mod contest_package;
pub mod contest_room;
pub mod daily;
pub mod error;
pub mod ids;
pub mod language;
pub mod limits;
pub mod my_work;
pub mod premium;
pub mod problem_list;
pub mod problem_sets;
pub mod rating;
pub mod reviews;
pub mod scoring;
pub mod sessions;
pub mod signing;
pub mod solutions;
pub mod user_profile;
pub mod verdict;
