//! Calibrated difficulty (issue 13): an Elo-style model of users and problems fitted from the
//! solve data (`fit`, pure), refitted by `serve` every few minutes and by `judge-farm
//! fit-difficulty` (`refit`), stored by `db`, and read as a signed-in user's chance of solving
//! a problem (`chances`, `routes`; the recommendations carry it too). The practice rating is
//! separate from the contest rating.

pub mod chances;
pub mod db;
pub mod fit;
pub mod refit;
mod routes;

use axum::routing::get;
use axum::Router;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/problems/{slug}/chance", get(routes::get_chance))
}
