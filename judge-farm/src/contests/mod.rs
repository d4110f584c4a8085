//! Contests, as a vertical slice: their tables' queries (`db`), the import of contest packages
//! (`import`), the internal contest API (`routes`, `board_routes`), the watch that tells the
//! edge when a contest starts (`announce`), the standings served and pushed to the rooms
//! (`ranks`, `standings`, `room`, `live`) and ratings (`rating`, applied by `finalise_watch`). The pure rules (the
//! `contest.toml` model, scoring, rating) live in `algoarena_shared`; a participant's row is
//! recomputed in the verdict's transaction by `crate::db::standings`.

pub mod announce;
pub mod board_routes;
pub mod db;
pub mod finalise_watch;
pub mod import;
pub mod live;
pub mod ranks;
pub mod rating;
pub mod rejudge_route;
pub mod result_routes;
pub mod room;
pub mod routes;
pub mod standings;
pub mod virtual_routes;
