//! The users API (TRD §4.4): a user's profile and its edit, the public profile, and the
//! dashboard's progress views (stats, streak, heatmap, recommendations). Everything here is
//! read from Postgres per request; the streak columns are kept by `db::streaks` when a
//! verdict lands.

pub mod avatar;
pub mod db;
pub mod me;
pub mod progress;
pub mod public;
pub mod recommend;
pub mod validate;

use axum::routing::{get, post};
use axum::Router;
use chrono::NaiveDate;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/users/me", get(me::get_me).put(me::update_me))
        .route(algoarena_shared::user_profile::AVATAR_PATH, post(avatar::upload_avatar))
        .route("/internal/users/me/stats", get(progress::get_stats))
        .route("/internal/users/me/streak", get(progress::get_streak))
        .route("/internal/users/me/heatmap", get(progress::get_heatmap))
        .route("/internal/users/me/recommendations", get(recommend::list_recommendations))
        .route("/internal/users/{username}", get(public::get_profile))
}

/// The user's zone (UTC if the stored name no longer parses, which the write path prevents).
pub fn zone_of(name: &str) -> chrono_tz::Tz {
    name.parse().unwrap_or(chrono_tz::UTC)
}

/// Today's date in `zone`.
pub fn today_in(zone: chrono_tz::Tz) -> NaiveDate {
    chrono::Utc::now().with_timezone(&zone).date_naive()
}
