//! Internal result API: a page of a contest's final board with each rated player's rating
//! change, once the board is final (the end, or the freeze's lifting if later).

use algoarena_shared::api::PageQuery;
use algoarena_shared::contest_api::ContestResults;
use algoarena_shared::limits::MAX_PAGE_SIZE;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use chrono::Utc;

use super::db::{reads, results};
use crate::db::problems::Viewer;
use crate::db::standings::rules;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/contests/{slug}/results", get(get_results))
}

/// Checks a page query: `page` from 1, `per_page` 1 to [`MAX_PAGE_SIZE`] (default 50).
pub fn page_of(query: Result<Query<PageQuery>, QueryRejection>) -> ApiResult<(u32, u32)> {
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let page = query.page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::invalid("page: use a whole number from 1."));
    }
    let per_page = query.per_page.unwrap_or(50);
    if !(1..=MAX_PAGE_SIZE).contains(&per_page) {
        return Err(ApiError::invalid(format!("per_page: use 1 to {MAX_PAGE_SIZE}.")));
    }
    Ok((page, per_page))
}

async fn get_results(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<ContestResults>> {
    let (page, per_page) = page_of(query)?;
    let missing =
        || ApiError::not_found("contest_not_found", format!("There is no contest '{slug}'."));
    let found = reads::find(&state.db, &slug).await?.ok_or_else(missing)?;
    let contest = rules(&state.db, found.id).await?.ok_or_else(missing)?;
    if Utc::now() < contest.final_at() {
        return Err(ApiError::conflict(
            "contest_not_over",
            "The results are shown once the contest is over (and its board unfrozen).",
        ));
    }
    let (rows, total) = results::page(&state.db, found.id, page, per_page).await?;
    let problems = reads::problems(&state.db, found.id, Viewer(None)).await?;
    let finalised = results::finalised(&state.db, found.id).await?;
    Ok(Json(ContestResults {
        summary: found.summary,
        problems,
        finalised,
        rows,
        page,
        per_page,
        total,
    }))
}
