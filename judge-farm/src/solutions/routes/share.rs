//! `POST .../solutions`: share one of the caller's accepted submissions of this problem as a
//! solution. Only someone who solved the problem may; the code and language are the
//! submission's.

use algoarena_shared::solutions::{check_explanation, check_title, ShareSolutionRequest, Solution};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::readable_problem;
use crate::error::{ApiError, ApiResult};
use crate::model::{Status, StoredKind};
use crate::practice::db::gated::has_solved;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::solutions::db::rows;
use crate::state::AppState;

#[tracing::instrument(skip_all)]
pub(super) async fn share_solution(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    JsonBody(req): JsonBody<ShareSolutionRequest>,
) -> ApiResult<(StatusCode, Json<Solution>)> {
    let user = caller.require_user()?;
    let title = check_title(&req.title).map_err(ApiError::invalid)?;
    check_explanation(&req.explanation).map_err(ApiError::invalid)?;
    let problem = readable_problem(&state, &slug, Some(user)).await?;
    if !has_solved(&state.db, user, problem).await? {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "not_solved",
            "Only members who solved this problem may share a solution: get an accepted \
             submission first.",
        ));
    }
    // Someone else's submission reads as an unknown one: ids of others' work are not confirmed.
    let facts = rows::submission_facts(&state.db, req.submission_id)
        .await?
        .filter(|f| f.user_id == user)
        .ok_or_else(|| {
            ApiError::not_found("submission_not_found", "You have no submission with that id.")
        })?;
    if facts.problem_id != problem {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "wrong_problem",
            format!("submission_id: that submission is not of '{slug}'."),
        ));
    }
    if facts.kind != StoredKind::Submit || facts.status != Status::Accepted {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not_accepted",
            "submission_id: share a submission that was accepted.",
        ));
    }
    let id = rows::insert(&state.db, problem, user, req.submission_id, &title, &req.explanation)
        .await?
        .ok_or_else(|| {
            ApiError::conflict("already_shared", "That submission is already shared as a solution.")
        })?;
    let solution = rows::get(&state.db, problem, &slug, id, Some(user))
        .await?
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("a solution just shared is gone")))?;
    Ok((StatusCode::CREATED, Json(solution)))
}
