//! Internal auth API. The edge mints access tokens and checks rate limits; the farm owns
//! accounts, password hashes, one-time tokens, TOTP secrets and refresh sessions.
//!
//! Register, login and forgot-password answer alike for known and unknown e-mail addresses,
//! and spend about the same time (an argon2 hash either way, mail sent in the background).
//! This module: register, login, refresh, logout; [`email`]: verification codes, password
//! reset and magic links; [`two_factor`]: TOTP set-up and the second step of a sign-in;
//! [`oauth`]: sign-in with Google or GitHub.

pub mod email;
pub mod oauth;
pub mod profile;
pub mod two_factor;

use algoarena_shared::account::{Accepted, FarmSignIn};
use algoarena_shared::api::{FarmSession, LoginRequest, RefreshRequest, RegisterRequest};
use algoarena_shared::limits::{MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use crate::accounts::db::sessions::{self, ClientInfo, Rotation};
use crate::accounts::db::tokens;
use crate::accounts::db::users::{self, UserRow};
use crate::accounts::mail::templates;
use crate::accounts::password;
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/auth/register", post(create_account))
        .route("/internal/auth/login", post(create_session))
        .route("/internal/auth/refresh", post(rotate_session))
        .route("/internal/auth/logout", post(delete_session))
        .route("/internal/auth/sessions/revoke-all", post(delete_all_sessions))
        .merge(email::router())
        .merge(oauth::router())
        .merge(two_factor::router())
        .merge(profile::router())
}

/// The one answer of register, whatever the address's state.
pub const REGISTER_ACCEPTED: &str = "Check your email: we sent a code to confirm your address.";

pub(crate) fn client_info(headers: &HeaderMap) -> ClientInfo {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    ClientInfo { user_agent: get("user-agent"), ip: get("x-aa-client-ip") }
}

pub(crate) fn normalize_email(raw: &str) -> ApiResult<String> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 320
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
        && !email.chars().any(char::is_whitespace);
    if valid {
        Ok(email)
    } else {
        Err(ApiError::invalid("email: enter a valid email address."))
    }
}

fn check_username(name: &str) -> ApiResult<()> {
    let ok = (3..=30).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(())
    } else {
        Err(ApiError::invalid("username: use 3 to 30 letters, digits, '_' or '-'."))
    }
}

pub(crate) fn check_password(password: &str) -> ApiResult<()> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(ApiError::invalid(format!(
            "password: use at most {MAX_PASSWORD_BYTES} bytes."
        )));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ApiError::invalid(format!(
            "password: use at least {MIN_PASSWORD_CHARS} characters."
        )));
    }
    Ok(())
}

pub(crate) async fn start_session(
    state: &AppState,
    user: &UserRow,
    client: &ClientInfo,
) -> ApiResult<FarmSession> {
    let ttl = state.settings.refresh_token_expiry_secs;
    let mut tx = state.db.begin().await?;
    let token = sessions::create(&mut tx, user.id, ttl, client).await?;
    tx.commit().await?;
    Ok(FarmSession { user: user.to_api(), refresh_token: token, refresh_expires_in: ttl })
}

/// Finishes a first factor (password, verification code, magic link): a session, or for an
/// account with TOTP on, the "2FA pending" answer. No first factor skips the second.
pub(crate) async fn sign_in(
    state: &AppState,
    user: &UserRow,
    client: &ClientInfo,
) -> ApiResult<FarmSignIn> {
    if user.totp_enabled {
        return Ok(FarmSignIn::SecondFactor { two_factor_user_id: user.id.to_string() });
    }
    Ok(FarmSignIn::Session(start_session(state, user, client).await?))
}

/// Sends a fresh verification code to an account that is not verified yet.
pub(crate) async fn send_verification_code(state: &AppState, user: &UserRow) -> ApiResult<()> {
    let ttl = state.settings.auth.email_code_ttl_secs;
    let code = tokens::issue_code(&state.db, user.id, ttl).await?;
    state.mailer.send_later(templates::verification_code(&user.email, &code, ttl));
    Ok(())
}

#[tracing::instrument(skip_all)]
async fn create_account(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<RegisterRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let email = normalize_email(&req.email)?;
    check_username(&req.username)?;
    check_password(&req.password)?;
    // Hashed whether or not the address is known, so both cost the same time.
    let hash = password::hash(req.password).await?;
    match users::find_by_email(&state.db, &email).await? {
        Some(user) if user.is_email_verified => {
            state
                .mailer
                .send_later(templates::already_registered(&email, &state.settings.auth.app_url));
        }
        Some(user) => {
            // Nobody proved this mailbox yet, so the latest registration's password wins;
            // only the mailbox owner can finish it with the code.
            users::set_password(&state.db, user.id, &hash).await?;
            send_verification_code(&state, &user).await?;
        }
        None => match users::insert(&state.db, &email, &req.username, &hash).await {
            Ok(user) => {
                tracing::info!(user_id = %user.id, "account created, e-mail not verified yet");
                send_verification_code(&state, &user).await?;
            }
            // Registered by a concurrent request a moment ago: answer as for a known address.
            Err(db::Error::Taken(db::Taken::Email)) => {}
            Err(e) => return Err(e.into()),
        },
    }
    Ok((StatusCode::ACCEPTED, Json(Accepted { message: REGISTER_ACCEPTED.into() })))
}

#[tracing::instrument(skip_all)]
async fn create_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<LoginRequest>,
) -> ApiResult<Json<FarmSignIn>> {
    let invalid = || ApiError::unauthorized("invalid_credentials", "Wrong email or password.");
    if req.password.len() > MAX_PASSWORD_BYTES {
        return Err(invalid());
    }
    let email = req.email.trim().to_lowercase();
    let user = users::find_by_email(&state.db, &email).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    if !password::verify(req.password, stored).await? {
        return Err(invalid());
    }
    let user = user.ok_or_else(invalid)?;
    // Only after the right password, so this says nothing to someone guessing addresses.
    if !user.is_email_verified {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "email_not_verified",
            "Confirm your email address first: enter the code we sent you.",
        ));
    }
    Ok(Json(sign_in(&state, &user, &client_info(&headers)).await?))
}

#[tracing::instrument(skip_all)]
async fn rotate_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<RefreshRequest>,
) -> ApiResult<Json<FarmSession>> {
    let ttl = state.settings.refresh_token_expiry_secs;
    let expired =
        || ApiError::unauthorized("unauthorized", "Your session has ended; please log in again.");
    match sessions::rotate(&state.db, &req.refresh_token, ttl, &client_info(&headers)).await? {
        Rotation::Invalid => Err(expired()),
        Rotation::Rotated { user_id, token } => {
            let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(expired)?;
            Ok(Json(FarmSession {
                user: user.to_api(),
                refresh_token: token,
                refresh_expires_in: ttl,
            }))
        }
    }
}

async fn delete_all_sessions(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<StatusCode> {
    sessions::revoke_all(&state.db, caller.require_user()?).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn delete_session(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<RefreshRequest>,
) -> ApiResult<StatusCode> {
    sessions::revoke(&state.db, &req.refresh_token).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_checked() {
        assert_eq!(normalize_email("  Ada@Example.COM ").unwrap(), "ada@example.com");
        for bad in ["", "ada", "@example.com", "ada@", "ada@com", "a da@example.com"] {
            assert!(normalize_email(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn passwords_must_be_between_eight_characters_and_256_bytes() {
        assert!(check_password("short").is_err());
        assert!(check_password("long enough").is_ok());
        assert!(check_password(&"x".repeat(257)).is_err());
    }
}
