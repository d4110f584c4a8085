//! Internal contest API (TRD §4.6): the list, one contest with the problems the caller may
//! see, and registering (before the end) or unregistering (before the start).

use algoarena_shared::api::PageQuery;
use algoarena_shared::contest_api::{ContestDetail, ContestPage};
use algoarena_shared::limits::MAX_PAGE_SIZE;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

use super::db::{reads, registrations};
use crate::db::problems::Viewer;
use crate::edge_client;
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/contests", get(list_contests))
        .route("/internal/contests/{slug}", get(get_contest))
        .route("/internal/contests/{slug}/register", post(create_registration))
        .route("/internal/contests/{slug}/unregister", post(delete_registration))
}

async fn list_contests(
    State(state): State<AppState>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<ContestPage>> {
    let Query(query) = query.map_err(|e| ApiError::invalid(e.body_text()))?;
    let page = query.page.unwrap_or(1).max(1);
    let per_page = query.per_page.unwrap_or(20);
    if !(1..=MAX_PAGE_SIZE).contains(&per_page) {
        return Err(ApiError::invalid(format!("per_page: use 1 to {MAX_PAGE_SIZE}.")));
    }
    let (items, total) = reads::list(&state.db, page, per_page).await?;
    Ok(Json(ContestPage { items, page, per_page, total }))
}

async fn found(state: &AppState, slug: &str) -> ApiResult<reads::Found> {
    reads::find(&state.db, slug).await?.ok_or_else(|| {
        ApiError::not_found("contest_not_found", format!("There is no contest '{slug}'."))
    })
}

/// Varies with the caller (their registration, a setter's early view): never cache it shared.
async fn get_contest(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<ContestDetail>> {
    let contest = found(&state, &slug).await?;
    let problems = reads::problems(&state.db, contest.id, Viewer(caller.user_id)).await?;
    let registered = match caller.user_id {
        Some(user) => registrations::is_registered(&state.db, contest.id, user).await?,
        None => false,
    };
    Ok(Json(ContestDetail { summary: contest.summary, problems, registered }))
}

#[tracing::instrument(skip_all, fields(contest = %slug))]
async fn create_registration(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<StatusCode> {
    let user = caller.require_user()?;
    let contest = found(&state, &slug).await?;
    if !registrations::register(&state.db, contest.id, user).await? {
        return Err(ApiError::conflict("contest_ended", "This contest has ended."));
    }
    tell_room(&state, &slug).await;
    Ok(StatusCode::NO_CONTENT)
}

#[tracing::instrument(skip_all, fields(contest = %slug))]
async fn delete_registration(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<StatusCode> {
    let user = caller.require_user()?;
    let contest = found(&state, &slug).await?;
    if !registrations::unregister(&state.db, contest.id, user).await? {
        return Err(ApiError::conflict(
            "contest_started",
            "This contest has started: a registration can no longer be withdrawn.",
        ));
    }
    tell_room(&state, &slug).await;
    Ok(StatusCode::NO_CONTENT)
}

/// The registrant count changed: the room drops its copy of the contest's facts (it sizes its
/// shards by them). Awaited, so a socket that connects after the answer sees the new count; a
/// failure is only logged, since the registration stands and the room's copy expires anyway.
async fn tell_room(state: &AppState, slug: &str) {
    if let Err(e) = edge_client::contest_changed(&state.http, &state.settings, slug).await {
        tracing::warn!(contest = %slug, error = %format!("{e:#}"), "could not tell the room");
    }
}
