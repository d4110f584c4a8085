//! Flows that prove a mailbox: the e-mail verification code, password reset and magic links.
//!
//! Requests that name an address (resend code, forgot password, magic link) answer 202 with
//! the same body whether or not an account exists, at once: looking the address up, issuing
//! the token and mailing it all happen in the background, so the answer takes the same time
//! for known and unknown addresses.

use algoarena_shared::account::{
    Accepted, EmailRequest, FarmSignIn, MagicLinkInfo, ResetPasswordRequest, TokenRequest,
    VerifyEmailRequest,
};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use super::{
    check_password, client_info, in_background, normalize_email, send_verification_code, sign_in,
};
use crate::accounts::db::tokens::{self, Purpose};
use crate::accounts::db::{sessions, users};
use crate::accounts::mail::templates;
use crate::accounts::password;
use crate::error::{ApiError, ApiResult};
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

pub const CODE_SENT: &str =
    "If that address has an account waiting for confirmation, we sent it a new code.";
pub const RESET_SENT: &str =
    "If that address has an account, we sent it a link to reset the password.";
pub const MAGIC_LINK_SENT: &str = "If that address has an account, we sent it a sign-in link.";

fn accepted(message: &str) -> (StatusCode, Json<Accepted>) {
    (StatusCode::ACCEPTED, Json(Accepted { message: message.into() }))
}

fn invalid_code() -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_code", "That code is wrong or has expired.")
}

fn invalid_token() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_token",
        "This link is invalid, used or expired: ask for a new one.",
    )
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
    let Some(used) = tokens::use_code(&state.db, user.id, Purpose::VerifyEmail, &req.code).await?
    else {
        return Err(invalid_code());
    };
    // Only a registration that no other one competed with gets its password; with competing
    // registrations the owner is signed in by the proof and chooses a password by reset.
    let competing = tokens::pending_passwords(&state.db, user.id).await?;
    let password = used.password_hash.filter(|own| competing.iter().all(|p| p == own));
    let mut tx = state.db.begin().await?;
    users::claim_mailbox(&mut tx, user.id).await?;
    if let Some(hash) = &password {
        users::set_password(&mut *tx, user.id, hash).await?;
    }
    tx.commit().await?;
    if password.is_none() {
        state
            .mailer
            .send_later(templates::password_not_set(&user.email, &state.settings.auth.app_url));
    }
    tracing::info!(user_id = %user.id, "e-mail verified");
    let user = users::find_by_id(&state.db, user.id).await?.ok_or_else(invalid_code)?;
    Ok(Json(sign_in(&state, &user, &client_info(&headers)).await?))
}

#[tracing::instrument(skip_all)]
async fn resend_code(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<EmailRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    if let Some(email) = lookup_email(&req.email) {
        in_background("resending a verification code", async move {
            if let Some(user) =
                users::find_by_email(&state.db, &email).await?.filter(|u| !u.is_email_verified)
            {
                send_verification_code(&state, &user).await?;
            }
            Ok(())
        });
    }
    Ok(accepted(CODE_SENT))
}

/// Issues a link token of `purpose` for the account of `email`, if there is one, and mails it.
async fn send_link(state: AppState, email: String, purpose: Purpose) -> ApiResult<()> {
    let Some(user) = users::find_by_email(&state.db, &email).await? else { return Ok(()) };
    let auth = &state.settings.auth;
    let (ttl, page) = match purpose {
        Purpose::ResetPassword => (auth.reset_token_ttl_secs, "reset-password"),
        _ => (auth.magic_link_ttl_secs, "magic-link"),
    };
    let token = tokens::issue_link(&state.db, user.id, purpose, ttl).await?;
    let link = format!("{}/{page}?token={token}", auth.app_url);
    let mail = match purpose {
        Purpose::ResetPassword => templates::password_reset(&user.email, &link, ttl),
        _ => templates::magic_link(&user.email, &link, ttl),
    };
    state.mailer.send_later(mail);
    Ok(())
}

#[tracing::instrument(skip_all)]
async fn create_password_reset(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<EmailRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    if let Some(email) = lookup_email(&req.email) {
        in_background("issuing a password reset", send_link(state, email, Purpose::ResetPassword));
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
    check_password(&req.password, &[])?;
    let hash = password::hash(req.password).await?;
    let mut tx = state.db.begin().await?;
    let Some(user_id) = tokens::use_link(&mut *tx, Purpose::ResetPassword, &req.token).await?
    else {
        return Err(invalid_token());
    };
    // A first proof of the mailbox discards whatever was set before it (see `claim_mailbox`).
    users::claim_mailbox(&mut tx, user_id).await?;
    users::set_password(&mut *tx, user_id, &hash).await?;
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
        in_background("issuing a magic link", send_link(state, email, Purpose::MagicLink));
    }
    Ok(accepted(MAGIC_LINK_SENT))
}

/// Says whether a magic link is live and for whom, without using it (the confirmation page).
async fn check_magic_link(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<TokenRequest>,
) -> ApiResult<Json<MagicLinkInfo>> {
    let user_id = tokens::peek_link(&state.db, Purpose::MagicLink, &req.token)
        .await?
        .ok_or_else(invalid_token)?;
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
    let mut tx = state.db.begin().await?;
    let user_id = tokens::use_link(&mut *tx, Purpose::MagicLink, &req.token)
        .await?
        .ok_or_else(invalid_token)?;
    // The first sign-in by link proves the mailbox: a password someone set at registration,
    // or anything else set before, does not survive it.
    if users::claim_mailbox(&mut tx, user_id).await? {
        tracing::info!(%user_id, "e-mail verified by magic link; earlier credentials discarded");
    }
    tx.commit().await?;
    let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(invalid_token)?;
    Ok(Json(sign_in(&state, &user, &client_info(&headers)).await?))
}
