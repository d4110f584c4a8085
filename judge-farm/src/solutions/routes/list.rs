//! `GET .../solutions`: one page, by votes or newest, optionally of one language.

use algoarena_shared::my_work::parse_language;
use algoarena_shared::solutions::{SolutionPage, SolutionsQuery};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::{pairs, readable_problem, Pairs};
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::solutions::db::list;
use crate::state::AppState;

pub(super) async fn list_solutions(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    query: Pairs,
) -> ApiResult<Json<SolutionPage>> {
    let pairs = pairs(query)?;
    // An unknown language keeps its own code, as everywhere a language is named.
    for (key, value) in &pairs {
        if key == "language" {
            parse_language(value).map_err(|m| {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_language", m)
            })?;
        }
    }
    let query = SolutionsQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::invalid)?;
    let problem = readable_problem(&state, &slug, caller.user_id).await?;
    Ok(Json(list::page(&state.db, problem, &slug, caller.user_id, &query).await?))
}
