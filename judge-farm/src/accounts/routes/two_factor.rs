//! TOTP two-factor authentication: set-up (secret and QR code), enabling with a first code,
//! disabling with a current code, and the second step of a sign-in.
//!
//! Every accepted code moves the account's last accepted time step forward, so a code (or an
//! older one) never works twice.

use algoarena_shared::account::{CodeRequest, TwoFactorSetup};
use algoarena_shared::api::FarmSession;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use uuid::Uuid;

use super::{client_info, start_session};
use crate::accounts::db::users::{self, UserRow};
use crate::accounts::totp;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "AlgoArena";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/auth/2fa/setup", post(create_secret))
        .route("/internal/auth/2fa/verify", post(enable))
        .route("/internal/auth/2fa/disable", post(disable))
        .route("/internal/auth/2fa/challenge", post(complete_sign_in))
}

fn invalid_code() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_code",
        "That code is wrong, expired or already used.",
    )
}

fn now() -> u64 {
    chrono::Utc::now().timestamp().max(0) as u64
}

async fn caller_row(state: &AppState, caller: &Caller) -> ApiResult<UserRow> {
    let id: Uuid = caller.require_user()?;
    users::find_by_id(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::unauthorized("unauthorized", "This account no longer exists."))
}

/// Checks `code` against the user's secret and accepts its step once. `enable` is the set-up
/// confirmation (2FA off before, on after); otherwise 2FA must be on.
async fn accept_code(state: &AppState, user: &UserRow, code: &str, enable: bool) -> ApiResult<()> {
    let secret = user.totp_secret.as_deref().ok_or_else(invalid_code)?;
    let step = totp::matching_step(secret, code, now()).ok_or_else(invalid_code)?;
    if !users::accept_totp_step(&state.db, user.id, step, enable).await? {
        return Err(invalid_code());
    }
    Ok(())
}

async fn create_secret(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<TwoFactorSetup>> {
    let user = caller_row(&state, &caller).await?;
    let secret = totp::new_secret();
    if !users::set_pending_totp_secret(&state.db, user.id, &secret).await? {
        return Err(ApiError::conflict(
            "two_factor_enabled",
            "Two-factor authentication is already on; disable it first.",
        ));
    }
    let otpauth_uri = totp::otpauth_uri(&secret, &user.email, ISSUER);
    let qr_code = totp::qr_code_data_url(&otpauth_uri)?;
    Ok(Json(TwoFactorSetup { secret, otpauth_uri, qr_code }))
}

async fn enable(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<CodeRequest>,
) -> ApiResult<StatusCode> {
    let user = caller_row(&state, &caller).await?;
    if user.totp_enabled {
        return Err(ApiError::conflict(
            "two_factor_enabled",
            "Two-factor authentication is already on.",
        ));
    }
    accept_code(&state, &user, &req.code, true).await?;
    tracing::info!(user_id = %user.id, "2FA enabled");
    Ok(StatusCode::NO_CONTENT)
}

async fn disable(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<CodeRequest>,
) -> ApiResult<StatusCode> {
    let user = caller_row(&state, &caller).await?;
    if !user.totp_enabled {
        return Err(ApiError::conflict(
            "two_factor_disabled",
            "Two-factor authentication is not on.",
        ));
    }
    accept_code(&state, &user, &req.code, false).await?;
    users::disable_totp(&state.db, user.id).await?;
    tracing::info!(user_id = %user.id, "2FA disabled");
    Ok(StatusCode::NO_CONTENT)
}

/// The second step of a sign-in: the edge vouches (with a "2FA pending" token) that the first
/// factor was right for this user.
async fn complete_sign_in(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    JsonBody(req): JsonBody<CodeRequest>,
) -> ApiResult<Json<FarmSession>> {
    let user = caller_row(&state, &caller).await?;
    if !user.totp_enabled {
        return Err(invalid_code());
    }
    accept_code(&state, &user, &req.code, false).await?;
    Ok(Json(start_session(&state, &user, &client_info(&headers)).await?))
}
