//! `PUT .../vote` (`{"vote": "up"|"down"}`) and `DELETE .../vote`: one vote per reader, which
//! they may change or withdraw. Voting the same way twice is no second vote. Authors do not
//! vote on their own solutions.

use algoarena_shared::solutions::{Vote, VoteRequest, VoteState};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::{no_solution, readable_problem, solution_id};
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::solutions::db::{rows, votes};
use crate::state::AppState;

pub(super) async fn put_vote(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, id)): Path<(String, String)>,
    JsonBody(req): JsonBody<VoteRequest>,
) -> ApiResult<Json<VoteState>> {
    set_vote(state, caller, slug, id, Some(req.vote)).await
}

pub(super) async fn delete_vote(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, id)): Path<(String, String)>,
) -> ApiResult<Json<VoteState>> {
    set_vote(state, caller, slug, id, None).await
}

async fn set_vote(
    state: AppState,
    caller: Caller,
    slug: String,
    id: String,
    vote: Option<Vote>,
) -> ApiResult<Json<VoteState>> {
    let user = caller.require_user()?;
    let id = solution_id(&id)?;
    let problem = readable_problem(&state, &slug, Some(user)).await?;
    let author = rows::author(&state.db, problem, id).await?.ok_or_else(no_solution)?;
    if author == user {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "own_solution",
            "You cannot vote on your own solution.",
        ));
    }
    votes::set(&state.db, id, user, vote).await?.map(Json).ok_or_else(no_solution)
}
