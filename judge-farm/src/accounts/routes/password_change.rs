//! Changing the password while signed in (ASVS 5.0 6.2.2, 6.2.3): the new password and a fresh
//! proof, the current password or, for an account that has none (OAuth, magic link), a code
//! mailed by `/2fa/proof-code`. The owner is mailed, and every other session of the account ends
//! (ASVS 5.0 7.4.3); the caller's own stays (the edge names it by its refresh cookie).

use algoarena_shared::account::ChangePasswordRequest;
use algoarena_shared::sessions::WithCurrentSession;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

use super::check_password;
use super::two_factor::check_proof;
use crate::accounts::db::{sessions, users};
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
    JsonBody(req): JsonBody<WithCurrentSession<ChangePasswordRequest>>,
) -> ApiResult<StatusCode> {
    let (req, current) = (req.body, req.current_refresh_token);
    let id = caller.require_user()?;
    let user = users::find_by_id(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::unauthorized("unauthorized", "This account no longer exists."))?;
    check_password(&req.new_password, &[&user.email, &user.username])?;
    check_proof(&state, &user, req.proof).await?;
    let hash = password::hash(req.new_password).await?;
    let mut tx = state.db.begin().await?;
    users::set_password(&mut *tx, id, &hash).await?;
    // Sessions signed in with the old password (a thief's among them) end; the caller's stays.
    sessions::revoke_others(&mut *tx, id, current.as_deref()).await?;
    tx.commit().await?;
    state.mailer.send_later(templates::password_changed(&user.email, &state.settings.auth.app_url));
    tracing::info!(user_id = %id, "password changed");
    Ok(StatusCode::NO_CONTENT)
}
