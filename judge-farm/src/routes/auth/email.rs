//! Flows that prove a mailbox: the e-mail verification code, password reset and magic links.
//!
//! Requests that name an address (resend code, forgot password, magic link) answer 202 with
//! the same body whether or not an account exists; the mail goes out in the background.

use algoarena_shared::account::{
    Accepted, EmailRequest, FarmSignIn, MagicLinkInfo, ResetPasswordRequest, TokenRequest,
    VerifyEmailRequest,
};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use super::{check_password, client_info, normalize_email, send_verification_code, sign_in};
use crate::db::tokens::{self, Purpose};
use crate::db::{sessions, users};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::password;
use crate::routes::json::JsonBody;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/auth/verify-email", post(verify_email))
        .route("/internal/auth/verify-email/resend", post(resend_code))
        .route("/internal/auth/forgot-password", post(create_password_reset))
        .route("/internal/auth/reset-password", post(reset_password))
        .route("/internal/auth/magic-link", post(create_magic_link))
        .route("/internal/auth/magic-link/check", post(check_magic_link))
        .route("/internal/auth/magic-link/consume", post(consume_magic_link))
}

pub const CODE_SENT: &str = "If that address has an account waiting for confirmation, we sent it a new code.";
pub const RESET_SENT: &str = "If that address has an account, we sent it a link to reset the password.";
pub const MAGIC_LINK_SENT: &str = "If that address has an account, we sent it a sign-in link.";

fn accepted(message: &str) -> (StatusCode, Json<Accepted>) {
    (StatusCode::ACCEPTED, Json(Accepted { message: message.into() }))
}

fn invalid_code() -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_code", "That code is wrong or has expired.")
}

fn invalid_token() -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_token", "This link is invalid, used or expired: ask for a new one.")
}

/// Addresses that do not parse are simply unknown: same answer as for a stranger.
fn lookup_email(raw: &str) -> Option<String> {
    normalize_email(raw).ok()
}

#[tracing::instrument(skip_all)]
async fn verify_email(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<VerifyEmailRequest>,
) -> ApiResult<Json<FarmSignIn>> {
    let Some(email) = lookup_email(&req.email) else { return Err(invalid_code()) };
    let user = users::find_by_email(&state.db, &email).await?.filter(|u| !u.is_email_verified);
    let Some(user) = user else { return Err(invalid_code()) };
    if !tokens::use_code(&state.db, user.id, &req.code).await? {
        return Err(invalid_code());
    }
    users::mark_email_verified(&state.db, user.id).await?;
    tracing::info!(user_id = %user.id, "e-mail verified");
    Ok(Json(sign_in(&state, &user, &client_info(&headers)).await?))
}

#[tracing::instrument(skip_all)]
async fn resend_code(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<EmailRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    if let Some(email) = lookup_email(&req.email) {
        if let Some(user) = users::find_by_email(&state.db, &email).await?.filter(|u| !u.is_email_verified) {
            send_verification_code(&state, &user).await?;
        }
    }
    Ok(accepted(CODE_SENT))
}

#[tracing::instrument(skip_all)]
async fn create_password_reset(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<EmailRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    if let Some(email) = lookup_email(&req.email) {
        if let Some(user) = users::find_by_email(&state.db, &email).await? {
            let auth = &state.settings.auth;
            let token = tokens::issue_link(&state.db, user.id, Purpose::ResetPassword, auth.reset_token_ttl_secs).await?;
            let link = format!("{}/reset-password?token={token}", auth.app_url);
            state.mailer.send_later(templates::password_reset(&user.email, &link, auth.reset_token_ttl_secs));
        }
    }
    Ok(accepted(RESET_SENT))
}

/// Sets the new password and ends every session. It does not sign in: the next login asks for
/// the second factor as usual.
#[tracing::instrument(skip_all)]
async fn reset_password(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<ResetPasswordRequest>,
) -> ApiResult<StatusCode> {
    check_password(&req.password)?;
    let hash = password::hash(req.password).await?;
    let mut tx = state.db.begin().await?;
    let Some(user_id) = tokens::use_link(&mut *tx, Purpose::ResetPassword, &req.token).await? else {
        return Err(invalid_token());
    };
    users::set_password(&mut *tx, user_id, &hash).await?;
    users::mark_email_verified(&mut *tx, user_id).await?;
    sessions::revoke_all(&mut *tx, user_id).await?;
    tx.commit().await?;
    tracing::info!(%user_id, "password reset; every session revoked");
    Ok(StatusCode::NO_CONTENT)
}

#[tracing::instrument(skip_all)]
async fn create_magic_link(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<EmailRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    if let Some(email) = lookup_email(&req.email) {
        if let Some(user) = users::find_by_email(&state.db, &email).await? {
            let auth = &state.settings.auth;
            let token = tokens::issue_link(&state.db, user.id, Purpose::MagicLink, auth.magic_link_ttl_secs).await?;
            let link = format!("{}/magic-link?token={token}", auth.app_url);
            state.mailer.send_later(templates::magic_link(&user.email, &link, auth.magic_link_ttl_secs));
        }
    }
    Ok(accepted(MAGIC_LINK_SENT))
}

/// Says whether a magic link is live and for whom, without using it (the confirmation page).
async fn check_magic_link(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<TokenRequest>,
) -> ApiResult<Json<MagicLinkInfo>> {
    let user_id = tokens::peek_link(&state.db, Purpose::MagicLink, &req.token).await?.ok_or_else(invalid_token)?;
    let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(invalid_token)?;
    Ok(Json(MagicLinkInfo { email: user.email }))
}

/// Uses a magic link (the confirming POST): signs in, or stops at the second factor.
#[tracing::instrument(skip_all)]
async fn consume_magic_link(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<TokenRequest>,
) -> ApiResult<Json<FarmSignIn>> {
    let user_id = tokens::use_link(&state.db, Purpose::MagicLink, &req.token).await?.ok_or_else(invalid_token)?;
    users::mark_email_verified(&state.db, user_id).await?;
    let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(invalid_token)?;
    Ok(Json(sign_in(&state, &user, &client_info(&headers)).await?))
}
