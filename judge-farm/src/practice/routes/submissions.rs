//! The caller's own submissions across problems, filtered by problem, status and language.

use algoarena_shared::my_work::{MySubmissionPage, MySubmissionsQuery};
use axum::extract::State;
use axum::Json;

use super::{no_problem, pairs, Pairs};
use crate::db::problems;
use crate::error::{ApiError, ApiResult};
use crate::practice::db::my_submissions;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub(super) async fn list_my_submissions(
    State(state): State<AppState>,
    caller: Caller,
    query: Pairs,
) -> ApiResult<Json<MySubmissionPage>> {
    let user = caller.require_user()?;
    let pairs = pairs(query)?;
    let query = MySubmissionsQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::invalid)?;
    // Published or not: one's submissions stay listable after their problem is withdrawn.
    let problem = match &query.problem {
        Some(slug) => Some(
            problems::id_by_slug_or_id(&state.db, slug).await?.ok_or_else(|| no_problem(slug))?,
        ),
        None => None,
    };
    Ok(Json(my_submissions::list(&state.db, user, problem, &query).await?))
}
