//! Internal auth API. The edge mints access tokens and checks rate limits; the farm owns
//! accounts, password hashes, one-time tokens, TOTP secrets and refresh sessions.
//!
//! Register, login and forgot-password answer alike for known and unknown e-mail addresses,
//! whatever the other fields say, and spend about the same time: one argon2 hash or
//! verification either way, and everything that depends on the address (looking it up,
//! creating the account, mailing) happens after the answer. Register's outcome (a code, "you
//! already have an account", "that username is taken") reaches the mailbox, never the caller.
//! This module: register, login, refresh, logout; [`email`]: verification codes, password
//! reset and magic links; [`two_factor`]: TOTP set-up and the second step of a sign-in;
//! [`password_change`]: changing the password while signed in; [`active_sessions`]: the list
//! of sessions and signing out one or all others;
//! [`oauth`]: sign-in with Google or GitHub.

pub mod active_sessions;
pub mod email;
pub mod oauth;
pub mod password_change;
pub mod two_factor;

use algoarena_shared::account::{Accepted, FarmSignIn};
use algoarena_shared::api::{FarmSession, LoginRequest, RefreshRequest, RegisterRequest};
use algoarena_shared::limits::MAX_PASSWORD_BYTES;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use crate::accounts::db::sessions::{self, ClientInfo, Rotation};
use crate::accounts::db::tokens::{self, Purpose};
use crate::accounts::db::users::{self, UserRow};
use crate::accounts::mail::templates;
use crate::accounts::{password, password_rule, sealed};
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
        .merge(active_sessions::router())
        .merge(email::router())
        .merge(oauth::router())
        .merge(two_factor::router())
        .merge(password_change::router())
}

/// The one answer of register, whatever the address's state.
pub const REGISTER_ACCEPTED: &str = "Check your email: we sent a code to confirm your address.";

pub(crate) fn client_info(headers: &HeaderMap) -> ClientInfo {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    ClientInfo { user_agent: get("user-agent"), ip: get("x-aa-client-ip") }
}

pub(crate) fn normalize_email(raw: &str) -> ApiResult<String> {
    let email = raw.trim().to_lowercase();
    // Control characters (NUL above all, which Postgres text cannot hold) are bad input, never
    // a query that fails with a 500.
    let valid = email.len() <= 320
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
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

/// A new password must pass [`password_rule::check`]; `context` is the account's address and
/// username where known.
pub(crate) fn check_password(password: &str, context: &[&str]) -> ApiResult<()> {
    password_rule::check(password, context)
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
    // The effective role: an expired plan is free in the token (issue 14).
    let user = crate::billing::entitlement::token_user(&state.db, user).await?;
    Ok(FarmSession { user, refresh_token: token, refresh_expires_in: ttl })
}

/// Finishes a first factor (password, verification code, magic link): a session, or for an
/// account with TOTP on, the "2FA pending" answer. No first factor skips the second.
pub(crate) async fn sign_in(
    state: &AppState,
    user: &UserRow,
    client: &ClientInfo,
) -> ApiResult<FarmSignIn> {
    if user.totp_enabled {
        return Ok(FarmSignIn::SecondFactor { two_factor_user_id: user.id.into() });
    }
    Ok(FarmSignIn::Session(start_session(state, user, client).await?))
}

/// Sends a fresh verification code to an account that is not verified yet (a resend).
pub(crate) async fn send_verification_code(state: &AppState, user: &UserRow) -> ApiResult<()> {
    let ttl = state.settings.auth.email_code_ttl_secs;
    let code = tokens::issue_code(&state.db, user.id, Purpose::VerifyEmail, ttl).await?;
    state.mailer.send_later(templates::verification_code(&user.email, &code, ttl));
    Ok(())
}

/// Runs `work` after the answer has gone out; a failure is logged.
pub(crate) fn in_background<F>(what: &'static str, work: F)
where
    F: std::future::Future<Output = ApiResult<()>> + Send + 'static,
{
    tokio::spawn(async move {
        if let Err(e) = work.await {
            tracing::error!(error = %e, "{what} failed");
        }
    });
}

#[tracing::instrument(skip_all)]
async fn create_account(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<RegisterRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    // Refusals here are about the input alone, the same for every address.
    let email = normalize_email(&req.email)?;
    check_username(&req.username)?;
    check_password(&req.password, &[&email, &req.username])?;
    // Hashed whatever comes next; the rest happens after the answer, so every well-formed
    // registration gets the same 202 in the same time.
    let hash = password::hash(req.password).await?;
    in_background("registering", register(state, email, req.username, hash));
    Ok((StatusCode::ACCEPTED, Json(Accepted { message: REGISTER_ACCEPTED.into() })))
}

/// What a registration does, told to the mailbox only. A registration never sets a password:
/// its code carries it, applied when that code confirms the address.
async fn register(state: AppState, email: String, username: String, hash: String) -> ApiResult<()> {
    let ttl = state.settings.auth.email_code_ttl_secs;
    let app_url = &state.settings.auth.app_url;
    // Twice at most: a concurrent registration may create the account between our look-up
    // and our insert, and then this one is a second registration of that account.
    for _ in 0..2 {
        match users::find_by_email(&state.db, &email).await? {
            Some(user) if user.is_email_verified => {
                state.mailer.send_later(templates::already_registered(&email, app_url));
                return Ok(());
            }
            Some(user) => {
                let competing = !tokens::pending_passwords(&state.db, user.id).await?.is_empty();
                let code = tokens::issue_registration_code(&state.db, user.id, &hash, ttl).await?;
                let mail = if competing {
                    templates::competing_registration_code(&email, &code, ttl)
                } else {
                    templates::verification_code(&email, &code, ttl)
                };
                state.mailer.send_later(mail);
                return Ok(());
            }
            None => match users::insert(&state.db, &email, &username).await {
                Ok(user) => {
                    tracing::info!(user_id = %user.id, "account created, e-mail not verified yet");
                    let code =
                        tokens::issue_registration_code(&state.db, user.id, &hash, ttl).await?;
                    state.mailer.send_later(templates::verification_code(&email, &code, ttl));
                    return Ok(());
                }
                Err(db::Error::Taken(db::Taken::Username)) => {
                    state.mailer.send_later(templates::username_taken(&email, &username, app_url));
                    return Ok(());
                }
                Err(db::Error::Taken(db::Taken::Email)) => continue,
                Err(e) => return Err(e.into()),
            },
        }
    }
    Ok(())
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
    // An address that does not parse is simply unknown: the same answer, after the same work.
    let user = match normalize_email(&req.email) {
        Ok(email) => users::find_by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    // An unverified account has no password of its own; its single pending registration's
    // password only earns the "confirm your address first" answer, never a session.
    let stored = match &user {
        Some(u) if u.is_email_verified => u.password_hash.clone(),
        Some(u) => {
            let mut pending = tokens::pending_passwords(&state.db, u.id).await?;
            if pending.len() == 1 {
                pending.pop()
            } else {
                None
            }
        }
        None => None,
    };
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

/// Where a just-rotated token's successor is kept (sealed) for the grace period.
fn successor_key(old_token: &str) -> String {
    format!("algoarena:refresh-successor:{}", sessions::hash_token(old_token))
}

/// The successor kept for `old_token`; it is written right after the rotation commits, so a
/// racing request may look a moment before it is there.
async fn kept_successor(state: &AppState, old_token: &str, user_id: uuid::Uuid) -> Option<String> {
    let mut redis = state.redis.clone();
    for _ in 0..10 {
        let kept: Option<String> = redis::cmd("GET")
            .arg(successor_key(old_token))
            .query_async(&mut redis)
            .await
            .ok()
            .flatten();
        if let Some(kept) = kept {
            return sealed::open(state.settings.auth.totp_key().ok()?, user_id, &kept).ok();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    None
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
    let grace = state.settings.auth.refresh_reuse_grace_secs;
    let client = client_info(&headers);
    let idle = state.settings.auth.refresh_idle_timeout_secs;
    match sessions::rotate(&state.db, &req.refresh_token, ttl, grace, idle, &client).await? {
        Rotation::Invalid => Err(expired()),
        Rotation::JustRotated { user_id } => {
            let token =
                kept_successor(&state, &req.refresh_token, user_id).await.ok_or_else(expired)?;
            let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(expired)?;
            Ok(Json(FarmSession {
                user: crate::billing::entitlement::token_user(&state.db, &user).await?,
                refresh_token: token,
                refresh_expires_in: ttl,
            }))
        }
        Rotation::Rotated { user_id, token } => {
            if grace > 0 {
                let kept = sealed::seal(state.settings.auth.totp_key()?, user_id, &token);
                let stored: Result<(), _> = redis::cmd("SET")
                    .arg(successor_key(&req.refresh_token))
                    .arg(kept)
                    .arg("EX")
                    .arg(u64::from(grace) + 5)
                    .query_async(&mut state.redis.clone())
                    .await;
                // Without it a racing tab is logged out, as before: not worth failing this one.
                if let Err(e) = stored {
                    tracing::warn!(error = %e, "keeping a refresh successor for the grace period");
                }
            }
            let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(expired)?;
            Ok(Json(FarmSession {
                user: crate::billing::entitlement::token_user(&state.db, &user).await?,
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
        for bad in
            ["", "ada", "@example.com", "ada@", "ada@com", "a da@example.com", "a\0@example.com"]
        {
            assert!(normalize_email(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn passwords_must_be_between_eight_characters_and_256_bytes() {
        assert!(check_password("short", &[]).is_err());
        assert!(check_password("correct horse battery", &[]).is_ok());
        assert!(check_password(&"x".repeat(257), &[]).is_err());
    }
}
