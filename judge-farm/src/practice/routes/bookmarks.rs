//! Bookmarks: the toggle, one problem's state, and the caller's list with problem summaries.

use algoarena_shared::api::PageQuery;
use algoarena_shared::limits::MAX_PAGE_SIZE;
use algoarena_shared::my_work::{BookmarkPage, BookmarkState};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;

use super::problem_for;
use crate::error::{ApiError, ApiResult};
use crate::practice::db::bookmarks;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub(super) async fn toggle_bookmark(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<BookmarkState>> {
    let user = caller.require_user()?;
    let problem = problem_for(&state, &slug, user).await?;
    Ok(Json(BookmarkState { bookmarked: bookmarks::toggle(&state.db, user, problem).await? }))
}

pub(super) async fn get_bookmark(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<BookmarkState>> {
    let user = caller.require_user()?;
    let problem = problem_for(&state, &slug, user).await?;
    let bookmarked = bookmarks::is_bookmarked(&state.db, user, problem).await?;
    Ok(Json(BookmarkState { bookmarked }))
}

pub(super) async fn list_bookmarks(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<BookmarkPage>> {
    let user = caller.require_user()?;
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let page = query.page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::invalid("page: use a whole number from 1."));
    }
    let per_page = query.per_page.unwrap_or(20);
    if !(1..=MAX_PAGE_SIZE).contains(&per_page) {
        return Err(ApiError::invalid(format!("per_page: use 1 to {MAX_PAGE_SIZE}.")));
    }
    Ok(Json(bookmarks::list(&state.db, user, page, per_page).await?))
}
