//! Contests, as a vertical slice: their tables' queries (`db`), the import of contest packages
//! (`import`), the internal contest API (`routes`), and the watch that tells the edge when a
//! contest starts (`announce`). The pure rules (the `contest.toml` model, scoring, rating) live
//! in `algoarena_shared`.

pub mod announce;
pub mod db;
pub mod import;
pub mod routes;
