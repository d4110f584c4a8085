//! The review deck's internal API: the caller's deck, a review with FSRS's four answers, and
//! dropping a problem. Every route acts for the signed caller only; times are UTC and every
//! due date is computed here.

use algoarena_shared::reviews::{ReviewDeck, ReviewItem, ReviewRequest};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::Utc;
use uuid::Uuid;

use super::db;
use crate::error::{ApiError, ApiResult};
use crate::model::review::review;
use crate::practice::db::visible_problem;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

fn not_in_deck(slug: &str) -> ApiError {
    ApiError::not_found("not_in_deck", format!("'{slug}' is not in your review deck."))
}

/// A problem the caller may see, or the 404 every route answers for one they may not.
async fn problem_for(state: &AppState, slug: &str, user: Uuid) -> ApiResult<Uuid> {
    visible_problem(&state.db, slug, user).await?.ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
    })
}

pub(super) async fn list_reviews(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<ReviewDeck>> {
    let user = caller.require_user()?;
    let now = Utc::now();
    let items: Vec<ReviewItem> =
        db::deck(&state.db, user).await?.into_iter().map(|c| c.into_item(now)).collect();
    let due_count = items.iter().filter(|i| i.is_due).count() as i64;
    Ok(Json(ReviewDeck { due_count, items }))
}

/// Applies one FSRS step to the card: a rating may come early (the user reviewed before the
/// due date), and FSRS counts the days that actually passed.
pub(super) async fn review_problem(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    JsonBody(request): JsonBody<ReviewRequest>,
) -> ApiResult<Json<ReviewItem>> {
    let user = caller.require_user()?;
    let problem = problem_for(&state, &slug, user).await?;
    let mut tx = state.db.begin().await?;
    let card =
        db::card_for_update(&mut *tx, user, problem).await?.ok_or_else(|| not_in_deck(&slug))?;
    let now = Utc::now();
    let step = review(Some(card.reviewed()), request.rating, now);
    db::record(&mut *tx, user, problem, request.rating, &step, now).await?;
    let updated =
        db::card_for_update(&mut *tx, user, problem).await?.ok_or_else(|| not_in_deck(&slug))?;
    tx.commit().await?;
    Ok(Json(updated.into_item(now)))
}

pub(super) async fn drop_problem(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<StatusCode> {
    let user = caller.require_user()?;
    let problem = problem_for(&state, &slug, user).await?;
    if db::remove(&state.db, user, problem).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(not_in_deck(&slug))
    }
}
