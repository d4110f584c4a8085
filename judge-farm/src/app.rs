//! The whole HTTP application: the internal API of the judging routes and the account service,
//! behind the signature check, beside the open health probes and metrics. Assembled here,
//! above both route folders, so neither needs to know the other.

use axum::http::StatusCode;
use axum::Router;
use tower_http::trace::TraceLayer;

use crate::accounts;
use crate::error::ApiError;
use crate::metrics;
use crate::routes::{events, health, languages, problems, signature, submissions};
use crate::state::AppState;

/// The whole application, so tests can drive it without a socket.
pub fn app(state: AppState) -> Router {
    let internal = Router::new()
        .merge(accounts::routes::router())
        .merge(crate::contests::routes::router())
        .merge(crate::practice::routes::router())
        .merge(crate::curated::routes::router())
        .merge(crate::profile::router())
        .merge(crate::reviews::router())
        .merge(crate::difficulty::router())
        .merge(crate::billing::routes::router())
        .merge(crate::contests::board_routes::router())
        .merge(crate::ai_hints::router())
        .merge(crate::solutions::router())
        .merge(crate::contests::result_routes::router())
        .merge(crate::contests::virtual_routes::router())
        .merge(crate::contests::rejudge_route::router())
        .merge(languages::router())
        .merge(problems::router())
        .merge(submissions::router())
        .merge(events::router())
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), signature::require_signature));
    Router::new()
        .merge(health::router())
        .merge(metrics::router())
        .merge(internal)
        .layer(axum::middleware::from_fn(metrics::track_http))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "There is nothing at this address.")
}
