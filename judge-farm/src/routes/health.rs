//! Liveness and readiness probes (unsigned: they reveal nothing and change nothing).

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(get_alive)).route("/readyz", get(get_ready))
}

async fn get_alive() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

/// Ready when both Postgres and Redis answer; 503 names the one that does not.
async fn get_ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let postgres = crate::db::ping(&state.db).await.is_ok();
    let redis = redis::cmd("PING").query_async::<String>(&mut state.redis.clone()).await.is_ok();
    let status = if postgres && redis { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(json!({"postgres": postgres, "redis": redis})))
}
