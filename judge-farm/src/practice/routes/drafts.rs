//! Code drafts: read, list and save one per problem and language. The last write wins; each
//! answer carries the server's `updated_at` so the page can tell which copy is newer.

use algoarena_shared::language::Language;
use algoarena_shared::my_work::{check_draft, parse_language, Draft, DraftList, DraftRequest};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::problem_for;
use crate::error::{ApiError, ApiResult};
use crate::practice::db::drafts;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

fn language_of(raw: &str) -> ApiResult<Language> {
    parse_language(raw)
        .map_err(|m| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_language", m))
}

pub(super) async fn list_drafts(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<DraftList>> {
    let user = caller.require_user()?;
    let problem = problem_for(&state, &slug, user).await?;
    Ok(Json(DraftList { items: drafts::list(&state.db, user, problem, &slug).await? }))
}

pub(super) async fn get_draft(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, language)): Path<(String, String)>,
) -> ApiResult<Json<Draft>> {
    let user = caller.require_user()?;
    let language = language_of(&language)?;
    let problem = problem_for(&state, &slug, user).await?;
    drafts::get(&state.db, user, problem, &slug, language).await?.map(Json).ok_or_else(|| {
        ApiError::not_found(
            "draft_not_found",
            format!("You have no saved {} draft of '{slug}'.", language.display_name()),
        )
    })
}

#[tracing::instrument(skip_all)]
pub(super) async fn update_draft(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, language)): Path<(String, String)>,
    JsonBody(req): JsonBody<DraftRequest>,
) -> ApiResult<Json<Draft>> {
    let user = caller.require_user()?;
    let language = language_of(&language)?;
    check_draft(&req.code)
        .map_err(|m| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "draft_too_large", m))?;
    let problem = problem_for(&state, &slug, user).await?;
    Ok(Json(drafts::put(&state.db, user, problem, &slug, language, &req.code).await?))
}
