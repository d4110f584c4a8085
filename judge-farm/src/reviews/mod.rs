//! The spaced-repetition review queue (issue 13): problems the user solved or failed come
//! back on FSRS's schedule (`model::review`). Verdicts add cards (`db::reviews`, in the
//! verdict's transaction); `routes` lists the deck and applies the user's ratings.

pub mod db;
mod routes;

use axum::routing::{get, post};
use axum::Router;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/users/me/reviews", get(routes::list_reviews)).route(
        "/internal/users/me/reviews/{slug}",
        post(routes::review_problem).delete(routes::drop_problem),
    )
}
