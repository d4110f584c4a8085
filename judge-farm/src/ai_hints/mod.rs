//! AI hints for premium members (issue 14): a hint on the caller's current code and latest
//! verdict that does not give the solution away, at most `AI_HINT_DAILY_LIMIT` a day.
//!
//! `context` gathers the allow-list a hint may use (never a hidden test or a reference
//! solution), `provider` hands it to the provider `config::ai` chose (`local`, built in, or
//! `openai`/`anthropic` through `prompt`), `quota` keeps the daily sliding window, `db` the
//! queries and the history, `routes` the internal API.

mod anthropic;
pub mod context;
pub mod db;
pub mod local;
mod openai;
pub mod prompt;
pub mod provider;
pub mod quota;
mod remote;
pub mod routes;

pub use routes::router;
