//! Internal problem API: the list (filters, sort, search), the tag catalogue, a user's
//! solved/attempted marks and one problem's public detail (samples only).

use algoarena_shared::api::{ProblemDetail, ProblemPage};
use algoarena_shared::problem_list::{ListQuery, ProblemMarks, TagCount};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};

use crate::db::problem_list;
use crate::db::problems::{self, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/problems", get(list_problems))
        // A static segment wins over `{slug}`, so no problem may be called "tags".
        .route("/internal/problems/tags", get(list_tags))
        .route("/internal/problems/{slug}", get(get_problem))
        .route("/internal/problem-marks", get(list_marks))
}

type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

fn pairs(query: Pairs) -> ApiResult<Vec<(String, String)>> {
    Ok(query.map_err(|e| ApiError::invalid(e.body_text()))?.0)
}

/// The edge sends the canonical query of `ListQuery` and, for a premium member only,
/// `viewer_premium=true`; the farm parses both again (a signed caller's typo is still a 422).
#[tracing::instrument(skip_all)]
async fn list_problems(
    State(state): State<AppState>,
    caller: Caller,
    query: Pairs,
) -> ApiResult<Json<ProblemPage>> {
    let pairs = pairs(query)?;
    let query = ListQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| ApiError::invalid(e.message))?;
    let viewer_premium = pairs.iter().any(|(k, v)| k == "viewer_premium" && v == "true");
    if !query.companies.is_empty() && !viewer_premium {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "premium_required",
            "companies: filtering by company is for premium members.",
        ));
    }
    let user = match query.status {
        Some(_) => Some(caller.require_user()?),
        None => caller.user_id,
    };
    Ok(Json(problem_list::list(&state.db, &query, user).await?))
}

async fn list_tags(State(state): State<AppState>) -> ApiResult<Json<Vec<TagCount>>> {
    Ok(Json(problem_list::tags(&state.db).await?))
}

/// `?slugs=a,b` narrows the marks to those problems (a list page's); without it, all of them.
#[tracing::instrument(skip_all)]
async fn list_marks(
    State(state): State<AppState>,
    caller: Caller,
    query: Pairs,
) -> ApiResult<Json<ProblemMarks>> {
    let user = caller.require_user()?;
    let slugs: Option<Vec<String>> = pairs(query)?
        .into_iter()
        .find(|(k, _)| k == "slugs")
        .map(|(_, v)| v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect());
    if slugs.as_ref().is_some_and(|s| s.len() > 100) {
        return Err(ApiError::invalid("slugs: at most 100."));
    }
    let marks = problem_list::marks(&state.db, user, slugs.as_deref()).await?;
    Ok(Json(ProblemMarks { marks }))
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
