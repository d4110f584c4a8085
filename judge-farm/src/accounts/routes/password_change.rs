//! Changing the password while signed in (ASVS 5.0 6.2.2, 6.2.3): the new password and a fresh
//! proof, the current password or, for an account that has none (OAuth, magic link), a code
//! mailed by `/2fa/proof-code`. The owner is mailed; sessions stay (signing out everywhere is one
//! button away, and the reset flow revokes them all).

use algoarena_shared::account::ChangePasswordRequest;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

use super::check_password;
use super::two_factor::check_proof;
use crate::accounts::db::users;
use crate::accounts::mail::templates;
use crate::accounts::password;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/auth/password", post(change_password))
}

#[tracing::instrument(skip_all)]
async fn change_password(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<ChangePasswordRequest>,
) -> ApiResult<StatusCode> {
    let id = caller.require_user()?;
    let user = users::find_by_id(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::unauthorized("unauthorized", "This account no longer exists."))?;
    check_password(&req.new_password)?;
    check_proof(&state, &user, req.proof).await?;
    let hash = password::hash(req.new_password).await?;
    users::set_password(&state.db, id, &hash).await?;
    state.mailer.send_later(templates::password_changed(&user.email, &state.settings.auth.app_url));
    tracing::info!(user_id = %id, "password changed");
    Ok(StatusCode::NO_CONTENT)
}
