//! The active-sessions list (ASVS 5.0 7.5.2): the caller's sign-ins (refresh-token families)
//! with when and from what they were used, and signing out one of them or all but the caller's
//! own. The edge sends the caller's refresh token (from its cookie) to tell its session apart.

use algoarena_shared::ids::SessionId;
use algoarena_shared::sessions::{ActiveSession, NoBody, SessionList, WithCurrentSession};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};

use crate::accounts::db::sessions;
use crate::accounts::device;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/auth/sessions/list", post(list))
        .route("/internal/auth/sessions/revoke-others", post(revoke_others))
        .route("/internal/auth/sessions/{id}/revoke", post(revoke_one))
}

/// User agents are the client's to choose; a page needs no more than this of one.
const MAX_USER_AGENT_CHARS: usize = 512;

async fn list(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<WithCurrentSession<NoBody>>,
) -> ApiResult<Json<SessionList>> {
    let user_id = caller.require_user()?;
    let idle = state.settings.auth.refresh_idle_timeout_secs;
    let rows =
        sessions::list_live(&state.db, user_id, req.current_refresh_token.as_deref(), idle).await?;
    let sessions = rows
        .into_iter()
        .map(|row| ActiveSession {
            id: row.family_id.into(),
            created_at: row.started_at.to_rfc3339(),
            last_used_at: row.last_used_at.to_rfc3339(),
            device: device::label(row.user_agent.as_deref()),
            user_agent: row.user_agent.map(|ua| ua.chars().take(MAX_USER_AGENT_CHARS).collect()),
            current: row.current,
        })
        .collect();
    Ok(Json(SessionList { sessions }))
}

/// Signs one session out. Another user's session id, or one already ended, is 404 alike.
async fn revoke_one(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let user_id = caller.require_user()?;
    let not_found =
        || ApiError::not_found("session_not_found", "There is no such session of yours.");
    let family_id = id.parse::<SessionId>().map_err(|_| not_found())?.as_uuid();
    if !sessions::revoke_family_of(&state.db, user_id, family_id).await? {
        return Err(not_found());
    }
    tracing::info!(%user_id, %family_id, "session signed out from the sessions list");
    Ok(StatusCode::NO_CONTENT)
}

/// "Sign out everywhere else": every session but the caller's.
async fn revoke_others(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<WithCurrentSession<NoBody>>,
) -> ApiResult<StatusCode> {
    let user_id = caller.require_user()?;
    let ended =
        sessions::revoke_others(&state.db, user_id, req.current_refresh_token.as_deref()).await?;
    tracing::info!(%user_id, ended, "other sessions signed out");
    Ok(StatusCode::NO_CONTENT)
}
