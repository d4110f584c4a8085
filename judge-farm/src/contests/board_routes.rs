//! Internal standings API for the edge: a page of the public leaderboard, the caller's own
//! rank with their predicted rating change, and a user's rating history.

use algoarena_shared::api::PageQuery;
use algoarena_shared::contest_api::RatingHistory;
use algoarena_shared::contest_room::{LeaderboardPage, MyRank};
use algoarena_shared::limits::MAX_PAGE_SIZE;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};

use super::db::{ratings, reads};
use super::{rating, standings};
use crate::db::standings::{rules, ContestRules};
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/contests/{slug}/leaderboard", get(get_leaderboard))
        .route("/internal/contests/{slug}/my-rank", get(get_my_rank))
        .route("/internal/users/{username}/rating-history", get(get_rating_history))
}

/// The contest's rules, or the 404 every contest route gives.
async fn contest(state: &AppState, slug: &str) -> ApiResult<ContestRules> {
    let missing =
        || ApiError::not_found("contest_not_found", format!("There is no contest '{slug}'."));
    let found = reads::find(&state.db, slug).await?.ok_or_else(missing)?;
    rules(&state.db, found.id).await?.ok_or_else(missing)
}

async fn get_leaderboard(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<LeaderboardPage>> {
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let page = query.page.unwrap_or(1);
    if page < 1 {
        return Err(ApiError::invalid("page: use a whole number from 1."));
    }
    let per_page = query.per_page.unwrap_or(50);
    if !(1..=MAX_PAGE_SIZE).contains(&per_page) {
        return Err(ApiError::invalid(format!("per_page: use 1 to {MAX_PAGE_SIZE}.")));
    }
    let contest = contest(&state, &slug).await?;
    let mut redis = state.redis.clone();
    let page = standings::leaderboard_page(&state.db, &mut redis, &contest, page, per_page).await?;
    Ok(Json(page))
}

async fn get_my_rank(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<MyRank>> {
    let user = caller.require_user()?;
    let contest = contest(&state, &slug).await?;
    let mut redis = state.redis.clone();
    let mut mine = standings::my_rank(&state.db, &mut redis, &contest, user).await?;
    if let Some(own) = mine.row.as_ref().map(|r| r.total) {
        mine.predicted_rating_change =
            rating::predicted_change(&state.db, &contest, user, own).await?;
    }
    Ok(Json(mine))
}

async fn get_rating_history(
    State(state): State<AppState>,
    Path(username): Path<String>,
) -> ApiResult<Json<RatingHistory>> {
    ratings::history(&state.db, &username).await?.map(Json).ok_or_else(|| {
        ApiError::not_found("user_not_found", format!("There is no user '{username}'."))
    })
}
