//! The internal practice API (docs/api.md, "Keep your work"): every route acts for the signed
//! caller only, and nothing here is cached by the edge in a shared key.

mod bookmarks;
mod companies;
mod drafts;
mod gated;
mod notes;
mod submissions;

use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use axum::routing::get;
use axum::Router;
use uuid::Uuid;

use super::db::visible_problem;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/problems/{slug}/drafts", get(drafts::list_drafts))
        .route(
            "/internal/problems/{slug}/drafts/{language}",
            get(drafts::get_draft).put(drafts::update_draft),
        )
        .route(
            "/internal/problems/{slug}/bookmark",
            get(bookmarks::get_bookmark).post(bookmarks::toggle_bookmark),
        )
        .route("/internal/users/me/bookmarks", get(bookmarks::list_bookmarks))
        .route("/internal/problems/{slug}/note", get(notes::get_note).put(notes::update_note))
        .route("/internal/problems/{slug}/hints", get(gated::list_hints))
        .route("/internal/problems/{slug}/editorial", get(gated::get_editorial))
        .route("/internal/users/me/submissions", get(submissions::list_my_submissions))
        // A static segment wins over the problem routes' `{slug}`: no problem is "companies".
        .route("/internal/problems/companies", get(companies::list_companies))
}

/// The query's pairs, in order; one that does not parse is a 422.
type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

fn pairs(query: Pairs) -> ApiResult<Vec<(String, String)>> {
    Ok(query.map_err(|e| ApiError::invalid(e.body_text()))?.0)
}

fn no_problem(slug: &str) -> ApiError {
    ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
}

/// A problem the caller may see, or the 404 every route answers for one they may not.
async fn problem_for(state: &AppState, slug: &str, user: Uuid) -> ApiResult<Uuid> {
    visible_problem(&state.db, slug, user).await?.ok_or_else(|| no_problem(slug))
}
