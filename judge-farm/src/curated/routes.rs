//! Internal practice API: the daily problem and a user's daily progress, problem sets and a
//! user's progress in them. The shared answers are what everyone may see (the edge caches
//! them); the `progress` routes are the small per-user calls the edge merges in. A premium
//! set's list is for premium members: everyone else, anonymous included (what the edge
//! caches), gets 403 `premium_required` with a teaser (`LockedSet`).

use algoarena_shared::daily::{DailyProblem, DailyProgress};
use algoarena_shared::problem_sets::{LockedSet, ProblemSetSummary, SetProgress};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use serde::Deserialize;

use super::daily::{schedule_ahead, today};
use super::db::{daily, sets};
use super::streak::daily_streak;
use crate::error::{ApiError, ApiResult};
use crate::practice::premium::reader_is_premium;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// A streak is counted over at most this many days back (longer ones read as this).
const STREAK_WINDOW_DAYS: i64 = 400;

pub fn router() -> Router<AppState> {
    // Static segments win over `/internal/problems/{slug}`: no problem may be called "daily"
    // or "sets".
    Router::new()
        .route("/internal/problems/daily", get(get_daily))
        .route("/internal/problems/daily/progress", get(get_daily_progress))
        .route("/internal/problems/sets", get(list_sets))
        .route("/internal/problems/sets/progress", get(get_set_progress))
        .route("/internal/problems/sets/{slug}", get(get_set))
}

#[derive(Deserialize)]
struct DayQuery {
    day: Option<String>,
}

/// The asked UTC day (default: today), which must be yesterday, today or tomorrow by the
/// farm's clock: the edge asks for the day its own clock says, and nothing else is public.
fn asked_day(query: Result<Query<DayQuery>, QueryRejection>) -> ApiResult<NaiveDate> {
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let today = today();
    let Some(text) = query.day else { return Ok(today) };
    let day = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| ApiError::invalid("day: use a date written YYYY-MM-DD."))?;
    if (day - today).num_days().abs() > 1 {
        return Err(ApiError::invalid("day: only yesterday, today or tomorrow (UTC)."));
    }
    Ok(day)
}

#[tracing::instrument(skip_all)]
async fn get_daily(
    State(state): State<AppState>,
    query: Result<Query<DayQuery>, QueryRejection>,
) -> ApiResult<Json<DailyProblem>> {
    let day = asked_day(query)?;
    let mut problem = daily::problem_of(&state.db, day).await?;
    if problem.is_none() {
        // The schedule runs ahead, but a new farm (or a hidden pick) may leave a gap.
        schedule_ahead(&state.db, day).await?;
        problem = daily::problem_of(&state.db, day).await?;
    }
    let problem = problem.ok_or_else(|| {
        ApiError::not_found(
            "daily_not_found",
            "There is no daily problem yet: no problem is published.",
        )
    })?;
    Ok(Json(DailyProblem { date: day.to_string(), problem, daily_streak: None, solved: None }))
}

#[tracing::instrument(skip_all)]
async fn get_daily_progress(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<DayQuery>, QueryRejection>,
) -> ApiResult<Json<DailyProgress>> {
    let user = caller.require_user()?;
    let day = asked_day(query)?;
    let days = daily::solved_days(&state.db, user, day, STREAK_WINDOW_DAYS).await?;
    Ok(Json(DailyProgress {
        daily_streak: daily_streak(&days, day),
        solved: days.first() == Some(&day),
    }))
}

async fn list_sets(State(state): State<AppState>) -> ApiResult<Json<Vec<ProblemSetSummary>>> {
    Ok(Json(sets::list(&state.db).await?))
}

/// 200 `ProblemSetDetail`, or for a premium set and a reader who is not premium 403
/// `premium_required` with the set's teaser.
async fn get_set(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let set = sets::get(&state.db, &slug).await?.ok_or_else(|| {
        ApiError::not_found("set_not_found", format!("There is no problem set '{slug}'."))
    })?;
    if set.is_premium && !reader_is_premium(&state.db, caller.user_id).await? {
        return Ok((StatusCode::FORBIDDEN, Json(LockedSet::of(&set))).into_response());
    }
    Ok(Json(set).into_response())
}

#[tracing::instrument(skip_all)]
async fn get_set_progress(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<SetProgress>> {
    let user = caller.require_user()?;
    Ok(Json(SetProgress { sets: sets::progress(&state.db, user).await? }))
}
