//! Internal problem API: the list and one problem's public detail (samples only).

use algoarena_shared::api::{Difficulty, ProblemDetail, ProblemPage, ProblemQuery};
use algoarena_shared::limits::MAX_PAGE_SIZE;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use crate::db::problems::{self, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/problems", get(list_problems))
        .route("/internal/problems/{slug}", get(get_problem))
}

/// A query that does not parse (`page=abc`, `difficulty=Impossible`: serde refuses a difficulty
/// that is not Easy, Medium or Hard) is a 422 in the one error shape.
/// The edge calls both reads with no user and caches them for everyone; a signed-in caller
/// (a contest's setter) also sees that contest's problems before its start.
async fn list_problems(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<ProblemQuery>, QueryRejection>,
) -> ApiResult<Json<ProblemPage>> {
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let page = query.page.unwrap_or(1).max(1);
    let per_page = query.per_page.unwrap_or(20);
    if !(1..=MAX_PAGE_SIZE).contains(&per_page) {
        return Err(ApiError::invalid(format!("per_page: use 1 to {MAX_PAGE_SIZE}.")));
    }
    let difficulty = query.difficulty.map(Difficulty::as_str);
    Ok(Json(problems::list(&state.db, page, per_page, difficulty, Viewer(caller.user_id)).await?))
}

async fn get_problem(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<ProblemDetail>> {
    problems::get(&state.db, &slug, Viewer(caller.user_id)).await?.map(Json).ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
    })
}
