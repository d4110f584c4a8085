//! Internal user API: the calling user's profile.

use algoarena_shared::api::User;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};

use crate::accounts::db::users;
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/users/me", get(get_me))
}

async fn get_me(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<User>> {
    let id = caller.require_user()?;
    let user = users::find_by_id(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::unauthorized("unauthorized", "This account no longer exists."))?;
    Ok(Json(user.to_api()))
}
