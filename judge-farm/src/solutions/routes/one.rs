//! One solution: read it with its code, edit its title or explanation (its author only), delete
//! it (its author or an admin).

use algoarena_shared::solutions::{check_edit, EditSolutionRequest, Solution};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use uuid::Uuid;

use super::{no_solution, readable_problem, solution_id};
use crate::contests::db::staff::is_admin;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::solutions::db::rows;
use crate::state::AppState;

pub(super) async fn get_solution(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, id)): Path<(String, String)>,
) -> ApiResult<Json<Solution>> {
    let id = solution_id(&id)?;
    let problem = readable_problem(&state, &slug, caller.user_id).await?;
    rows::get(&state.db, problem, &slug, id, caller.user_id)
        .await?
        .map(Json)
        .ok_or_else(no_solution)
}

fn not_author(what: &str) -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "not_author",
        format!("Only the solution's author may {what} it."),
    )
}

#[tracing::instrument(skip_all)]
pub(super) async fn edit_solution(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, id)): Path<(String, String)>,
    JsonBody(req): JsonBody<EditSolutionRequest>,
) -> ApiResult<Json<Solution>> {
    let user = caller.require_user()?;
    let id = solution_id(&id)?;
    let edit = check_edit(&req).map_err(ApiError::invalid)?;
    let problem = readable_problem(&state, &slug, Some(user)).await?;
    let author = rows::author(&state.db, problem, id).await?.ok_or_else(no_solution)?;
    if author != user {
        return Err(not_author("edit"));
    }
    rows::update(&state.db, id, edit.title.as_deref(), edit.explanation.as_deref()).await?;
    rows::get(&state.db, problem, &slug, id, Some(user)).await?.map(Json).ok_or_else(no_solution)
}

#[tracing::instrument(skip_all)]
pub(super) async fn delete_solution(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let user = caller.require_user()?;
    let id = solution_id(&id)?;
    let problem = readable_problem(&state, &slug, Some(user)).await?;
    let author: Uuid = rows::author(&state.db, problem, id).await?.ok_or_else(no_solution)?;
    // Admins moderate: they may remove anyone's solution (but not edit its words).
    if author != user && !is_admin(&state.db, user).await? {
        return Err(not_author("delete"));
    }
    rows::delete(&state.db, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
