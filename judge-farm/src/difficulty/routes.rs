//! `GET /internal/problems/{slug}/chance`: the caller's chance of solving one problem. Its own
//! small per-user call, so the problem's detail stays one cached body for everyone.

use algoarena_shared::reviews::SolveChance;
use axum::extract::{Path, State};
use axum::Json;

use super::{chances, db};
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub(super) async fn get_chance(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Json<SolveChance>> {
    let user = caller.require_user()?;
    let difficulty = db::visible_difficulty(&state.db, &slug, user).await?.ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
    })?;
    let mut found = chances::for_user(&state.db, user, &[(slug, difficulty)]).await?;
    found.pop().map(Json).ok_or_else(|| anyhow::anyhow!("a chance for each problem asked").into())
}
