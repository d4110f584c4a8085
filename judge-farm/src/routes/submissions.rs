//! Internal submission API: submit for judging, and read one's own submission.

use algoarena_shared::api::{Submission, SubmitRequest};
use algoarena_shared::language::Language;
use algoarena_shared::limits::MAX_CODE_BYTES;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use uuid::Uuid;

use crate::db::{problems, submissions};
use crate::error::{ApiError, ApiResult};
use crate::languages;
use crate::queue;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/submissions", post(create_submission))
        .route("/internal/submissions/{id}", get(get_submission))
}

#[tracing::instrument(skip_all, fields(user_id))]
async fn create_submission(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<SubmitRequest>,
) -> ApiResult<(StatusCode, Json<Submission>)> {
    let user_id = caller.require_user()?;
    tracing::Span::current().record("user_id", tracing::field::display(user_id));
    if req.code.len() > MAX_CODE_BYTES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "code_too_large",
            format!("code: at most {} KiB.", MAX_CODE_BYTES / 1024),
        ));
    }
    if req.code.trim().is_empty() {
        return Err(ApiError::invalid("code: the submission is empty."));
    }
    let language = Language::parse(&req.language).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_language",
            format!("language: '{}' is not a language we know.", req.language),
        )
    })?;
    if languages::find(language).is_none() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_language",
            format!("language: {} cannot be judged here yet.", language.display_name()),
        ));
    }
    let problem = problems::find_for_judging(&state.db, &req.problem_slug).await?.ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{}'.", req.problem_slug))
    })?;
    let submission =
        submissions::insert(&state.db, user_id, problem.id, language.id(), &req.code).await?;
    let id = Uuid::parse_str(&submission.id).expect("ids are uuids");
    // The row is the source of truth: if Redis is down the sweeper enqueues it later, so the
    // user still gets their verdict and the submit is not an error.
    if let Err(e) = queue::enqueue(&mut state.redis.clone(), &state.settings.submission_stream, id).await {
        tracing::warn!(submission_id = %id, error = %e, "enqueue failed; the sweeper will retry");
    }
    Ok((StatusCode::ACCEPTED, Json(submission)))
}

async fn get_submission(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Submission>> {
    let user_id = caller.require_user()?;
    let not_found = || ApiError::not_found("not_found", "There is no such submission.");
    let id = Uuid::parse_str(&id).map_err(|_| not_found())?;
    submissions::get_own(&state.db, id, user_id).await?.map(Json).ok_or_else(not_found)
}
