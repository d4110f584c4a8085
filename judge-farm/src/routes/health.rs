//! Liveness and readiness probes (unsigned: they reveal nothing and change nothing).

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use redis::aio::ConnectionManager;
use serde_json::{json, Value};
use sqlx::PgPool;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(get_alive)).route("/readyz", get(get_ready))
}

async fn get_alive() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

async fn get_ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    readiness(&state.db, &state.redis).await
}

/// Ready when both Postgres and Redis answer; 503 names the one that does not. The API's
/// `/readyz` and the worker's (on its metrics listener) answer the same way.
pub async fn readiness(db: &PgPool, redis: &ConnectionManager) -> (StatusCode, Json<Value>) {
    let postgres = crate::db::ping(db).await.is_ok();
    let redis = redis::cmd("PING").query_async::<String>(&mut redis.clone()).await.is_ok();
    let status = if postgres && redis { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(json!({"postgres": postgres, "redis": redis})))
}

/// Alive while the process answers at all.
pub async fn alive() -> Json<Value> {
    get_alive().await
}
