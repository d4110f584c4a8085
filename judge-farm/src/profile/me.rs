//! `GET` and `PUT /internal/users/me`: the caller's own account and editable profile.

use algoarena_shared::user_profile::{MyProfile, UpdateProfileRequest};
use axum::extract::State;
use axum::Json;
use uuid::Uuid;

use crate::db::streaks;
use crate::error::{ApiError, ApiResult};
use crate::profile::db::me::{self, ProfileRow};
use crate::profile::validate;
use crate::public_profiles::Purger;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// The caller's row; an account deleted since its token was minted is a 401.
pub async fn own_row(state: &AppState, id: Uuid) -> ApiResult<ProfileRow> {
    me::find_by_id(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::unauthorized("unauthorized", "This account no longer exists."))
}

#[tracing::instrument(skip_all)]
pub async fn get_me(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<MyProfile>> {
    let id = caller.require_user()?;
    Ok(Json(own_row(&state, id).await?.to_api()))
}

#[tracing::instrument(skip_all)]
pub async fn update_me(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<UpdateProfileRequest>,
) -> ApiResult<Json<MyProfile>> {
    let id = caller.require_user()?;
    let edit = validate::profile_edit(req)?;
    if let Some(tz) = &edit.time_zone {
        if !me::is_known_time_zone(&state.db, tz).await? {
            return Err(ApiError::invalid(format!("time_zone: '{tz}' is not supported here.")));
        }
    }
    let before = own_row(&state, id).await?.username;
    let mut tx = state.db.begin().await?;
    let zone_changed = me::update(&mut *tx, id, &edit).await?;
    // The days of the streak are local days: a new zone can join or split them.
    if zone_changed {
        streaks::refresh(&mut *tx, id).await?;
    }
    tx.commit().await?;
    let after = own_row(&state, id).await?;
    // A rename leaves the old name's copy behind as well as changing the profile.
    let names = [before, after.username.clone()];
    Purger { http: &state.http, settings: &state.settings }.forget(&names).await;
    Ok(Json(after.to_api()))
}
