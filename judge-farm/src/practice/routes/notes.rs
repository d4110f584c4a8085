//! Private notes: Markdown per user and problem, read only by their author.

use algoarena_shared::my_work::{check_note, Note, NoteRequest};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::problem_for;
use crate::error::{ApiError, ApiResult};
use crate::practice::db::notes;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// The note, or an empty one with no `updated_at` (a problem without a note is not an error).
pub(super) async fn get_note(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<Note>> {
    let user = caller.require_user()?;
    let problem = problem_for(&state, &slug, user).await?;
    let note = notes::get(&state.db, user, problem).await?;
    Ok(Json(Note {
        problem_slug: slug,
        text: note.as_ref().map(|n| n.0.clone()).unwrap_or_default(),
        updated_at: note.map(|n| n.1.to_rfc3339()),
    }))
}

pub(super) async fn update_note(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    JsonBody(req): JsonBody<NoteRequest>,
) -> ApiResult<Json<Note>> {
    let user = caller.require_user()?;
    check_note(&req.text)
        .map_err(|m| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "note_too_large", m))?;
    let problem = problem_for(&state, &slug, user).await?;
    let updated_at = notes::put(&state.db, user, problem, &req.text).await?;
    Ok(Json(Note { problem_slug: slug, text: req.text, updated_at: Some(updated_at.to_rfc3339()) }))
}
