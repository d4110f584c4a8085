//! Internal problem API: the list (filters, sort, search), the tag catalogue, a user's
//! solved/attempted marks and one problem's detail (samples only) as its reader may see it.

use algoarena_shared::api::{ProblemDetail, ProblemPage};
use algoarena_shared::problem_list::{ListQuery, ProblemMarks, TagCount};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};

use crate::db::problem_list;
use crate::db::problems::{self, Viewer};
use crate::error::{ApiError, ApiResult};
use crate::practice::detail_view::{self, DetailView};
use crate::practice::premium::{premium_required, reader_is_premium};
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

/// The edge sends the canonical query of `ListQuery`; the farm parses it again (a signed
/// caller's typo is still a 422). A company filter is for premium members: the farm asks its
/// own predicate about the signed caller (the edge sends no claim of its own about it).
#[tracing::instrument(skip_all)]
async fn list_problems(
    State(state): State<AppState>,
    caller: Caller,
    query: Pairs,
) -> ApiResult<Json<ProblemPage>> {
    let pairs = pairs(query)?;
    let query = ListQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| ApiError::invalid(e.message))?;
    if !query.companies.is_empty() && !reader_is_premium(&state.db, caller.user_id).await? {
        return Err(premium_required("companies: filtering by company"));
    }
    let user = match query.status {
        Some(_) => Some(caller.require_user()?),
        None => caller.user_id,
    };
    refuse_unknown_filters(problem_list::unknown_filters(&state.db, &query).await?)?;
    Ok(Json(problem_list::list(&state.db, &query, user).await?))
}

/// A filter naming no tag, company or set is the caller's mistake (a typo, a stale link), so
/// it gets a 404 naming the value rather than an empty list that looks like "no problems".
fn refuse_unknown_filters(unknown: problem_list::UnknownFilters) -> ApiResult<()> {
    let quoted =
        |slugs: &[String]| slugs.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
    if !unknown.tags.is_empty() {
        let message = format!("tags: no tag is called {}", quoted(&unknown.tags));
        return Err(ApiError::not_found("tag_not_found", message));
    }
    if !unknown.companies.is_empty() {
        let message = format!("companies: no company is called {}", quoted(&unknown.companies));
        return Err(ApiError::not_found("company_not_found", message));
    }
    if let Some(set) = unknown.set {
        return Err(ApiError::not_found(
            "set_not_found",
            format!("set: no problem set is called \"{set}\""),
        ));
    }
    Ok(())
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

/// 200 `ProblemDetail`, or for a premium problem and a reader who is not premium (anonymous
/// included: what the edge caches) 403 `premium_required` with a teaser (`LockedProblem`).
async fn get_problem(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let detail: ProblemDetail =
        problems::get(&state.db, &slug, Viewer(caller.user_id)).await?.ok_or_else(|| {
            ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
        })?;
    let premium = reader_is_premium(&state.db, caller.user_id).await?;
    Ok(match detail_view::for_reader(detail, premium) {
        DetailView::Open(detail) => Json(detail).into_response(),
        DetailView::Locked(locked) => (StatusCode::FORBIDDEN, Json(locked)).into_response(),
    })
}
