//! TOTP two-factor authentication: set-up (secret and QR code), enabling with a first code,
//! disabling, recovery codes, and the second step of a sign-in.
//!
//! A bearer token alone changes nothing here: setting up or replacing a secret and disabling
//! 2FA need a fresh proof (the password, or a code mailed to an account without one), and the
//! owner is mailed about every change. Switching 2FA on, replacing its secret or switching it off
//! ends every other session of the account (the caller's stays). Every accepted TOTP code moves the account's last
//! accepted step forward, so a code (or an older one) never works twice; wrong codes count on
//! the account across every pending sign-in and lock the second factor with a growing delay;
//! each "2FA pending" token signs in once.

use algoarena_shared::account::{
    Accepted, CodeRequest, EmailRequest, FreshProof, RecoveryCodes, TokenRequest,
    TwoFactorChallengeRequest, TwoFactorDisableRequest, TwoFactorSetup,
};
use algoarena_shared::api::FarmSession;
use algoarena_shared::sessions::WithCurrentSession;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use rand::Rng;
use uuid::Uuid;

use super::{client_info, start_session};
use crate::accounts::db::sessions;
use crate::accounts::db::tokens::{self, DelayedUse, Purpose};
use crate::accounts::db::two_factor::{self, TwoFactorRow};
use crate::accounts::db::users::{self, UserRow};
use crate::accounts::mail::templates;
use crate::accounts::{password, sealed, totp};
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "AlgoArena";
/// Recovery codes made at once.
pub const RECOVERY_CODES: usize = 10;
/// Symbols of a recovery code (no 0/o, 1/l/i to misread): 10 of 31, 49 bits, `xxxxx-xxxxx`.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/auth/2fa/proof-code", post(send_proof_code))
        .route("/internal/auth/2fa/setup", post(create_secret))
        .route("/internal/auth/2fa/verify", post(enable))
        .route("/internal/auth/2fa/disable", post(disable))
        .route("/internal/auth/2fa/challenge", post(complete_sign_in))
        .route("/internal/auth/2fa/reset", post(request_reset))
        .route("/internal/auth/2fa/reset/confirm", post(confirm_reset))
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

async fn two_factor_row(state: &AppState, id: Uuid) -> ApiResult<TwoFactorRow> {
    two_factor::load(&state.db, id)
        .await?
        .ok_or_else(|| ApiError::unauthorized("unauthorized", "This account no longer exists."))
}

/// Refuses while the account's second factor is locked after too many wrong codes.
fn refuse_if_locked(row: &TwoFactorRow) -> ApiResult<()> {
    match row.locked_for_secs {
        Some(secs) => Err(ApiError::retry_later(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
            "Too many wrong codes: two-factor sign-in is locked for a while.",
            secs.ceil() as u64,
        )),
        None => Ok(()),
    }
}

/// A random recovery code, `xxxxx-xxxxx`.
fn new_recovery_code() -> String {
    let mut rng = rand::rngs::OsRng;
    let chars: String = (0..10)
        .map(|_| RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// A recovery code as typed, without dashes, spaces or case; `None` if it cannot be one.
fn normalize_recovery_code(code: &str) -> Option<String> {
    let code: String =
        code.chars().filter(|c| *c != '-' && !c.is_whitespace()).collect::<String>().to_lowercase();
    (code.len() == 10 && code.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))).then_some(code)
}

/// Recovery codes carry 49 bits, under the 112 that would allow a fast hash (ASVS 5.0 6.5.2):
/// they are stored as salted argon2id hashes, like passwords.
async fn recovery_hashes(codes: &[String]) -> ApiResult<Vec<String>> {
    let mut hashes = Vec::with_capacity(codes.len());
    for code in codes {
        let plain = normalize_recovery_code(code).expect("our own format");
        hashes.push(password::hash(plain).await?);
    }
    Ok(hashes)
}

/// Uses up the user's recovery code `plain` (normalised), if it is one of the unused ones.
async fn use_recovery_code(state: &AppState, user_id: Uuid, plain: &str) -> ApiResult<bool> {
    for (id, hash) in two_factor::unused_recovery_codes(&state.db, user_id).await? {
        if password::verify(plain.to_string(), Some(hash)).await? {
            return Ok(two_factor::use_recovery_code(&state.db, id).await?);
        }
    }
    Ok(false)
}

/// Checks the fresh proof: the password, or for an account without one a mailed code.
pub(crate) async fn check_proof(
    state: &AppState,
    user: &UserRow,
    proof: FreshProof,
) -> ApiResult<()> {
    let failed =
        || ApiError::new(StatusCode::FORBIDDEN, "proof_failed", "That password or code is wrong.");
    match (&user.password_hash, proof.password, proof.email_code) {
        (Some(hash), Some(given), _) => {
            if password::verify(given, Some(hash.clone())).await? {
                Ok(())
            } else {
                Err(failed())
            }
        }
        (None, _, Some(code)) => {
            match tokens::use_code(&state.db, user.id, Purpose::StepUp, &code).await? {
                Some(_) => Ok(()),
                None => Err(failed()),
            }
        }
        (Some(_), None, _) => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "proof_required",
            "Enter your password to change two-factor authentication.",
        )),
        (None, _, None) => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "proof_required",
            "Enter the code we mail you (ask for one first) to change two-factor authentication.",
        )),
    }
}

/// Mails a step-up code to the caller (accounts without a password prove themselves with it).
async fn send_proof_code(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let user = caller_row(&state, &caller).await?;
    let ttl = state.settings.auth.email_code_ttl_secs;
    let code = tokens::issue_code(&state.db, user.id, Purpose::StepUp, ttl).await?;
    state.mailer.send_later(templates::step_up_code(&user.email, &code, ttl));
    Ok((StatusCode::ACCEPTED, Json(Accepted { message: "We mailed you a security code.".into() })))
}

fn notify(state: &AppState, user: &UserRow, what: &str) {
    let app_url = &state.settings.auth.app_url;
    state.mailer.send_later(templates::two_factor_changed(&user.email, what, app_url));
}

/// A new secret waiting for its first code. With 2FA on, it replaces the active secret only
/// once that code arrives.
async fn create_secret(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(proof): JsonBody<FreshProof>,
) -> ApiResult<Json<TwoFactorSetup>> {
    let user = caller_row(&state, &caller).await?;
    check_proof(&state, &user, proof).await?;
    let secret = totp::new_secret();
    let key = state.settings.auth.totp_key()?;
    two_factor::set_pending_secret(&state.db, user.id, &sealed::seal(key, user.id, &secret))
        .await?;
    let otpauth_uri = totp::otpauth_uri(&secret, &user.email, ISSUER)?;
    let qr_code = totp::qr_code_data_url(&otpauth_uri)?;
    Ok(Json(TwoFactorSetup { secret, otpauth_uri, qr_code }))
}

/// The first code of the pending secret switches 2FA on (or replaces the secret) and returns
/// fresh recovery codes, once.
async fn enable(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<WithCurrentSession<CodeRequest>>,
) -> ApiResult<Json<RecoveryCodes>> {
    let (req, current) = (req.body, req.current_refresh_token);
    let user = caller_row(&state, &caller).await?;
    let row = two_factor_row(&state, user.id).await?;
    refuse_if_locked(&row)?;
    let Some(pending) = row.pending_secret else {
        return Err(ApiError::conflict(
            "two_factor_not_set_up",
            "Start the set-up first: there is no new secret waiting for a code.",
        ));
    };
    let secret = sealed::open(state.settings.auth.totp_key()?, user.id, &pending)?;
    let Some(step) = totp::matching_step(&secret, &req.code, now()) else {
        two_factor::record_failure(&state.db, user.id).await?;
        return Err(invalid_code());
    };
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    let hashes = recovery_hashes(&codes).await?;
    let mut tx = state.db.begin().await?;
    if !two_factor::promote_pending(&mut tx, user.id, &pending, step).await? {
        return Err(invalid_code());
    }
    two_factor::replace_recovery_codes(&mut tx, user.id, &hashes).await?;
    // Whoever else is signed in (a thief with a stolen session, above all) must now pass the
    // new second factor: every other session ends, the caller's stays.
    sessions::revoke_others(&mut *tx, user.id, current.as_deref()).await?;
    tx.commit().await?;
    let what = if row.enabled {
        "Your authenticator app was replaced: codes from the old one no longer work, and you \
         have new recovery codes."
    } else {
        "Two-factor authentication is now on for your account, with new recovery codes."
    };
    notify(&state, &user, what);
    tracing::info!(user_id = %user.id, replaced = row.enabled, "2FA enabled");
    Ok(Json(RecoveryCodes { recovery_codes: codes }))
}

/// How a second-factor code was accepted.
enum Accepted2fa {
    Totp,
    Recovery,
}

/// Checks a TOTP code (once per step) or a recovery code (once) for an account with 2FA on;
/// a wrong one counts towards the lock.
async fn accept_code(state: &AppState, user: &UserRow, code: &str) -> ApiResult<Accepted2fa> {
    let row = two_factor_row(state, user.id).await?;
    refuse_if_locked(&row)?;
    if !row.enabled {
        return Err(invalid_code());
    }
    if let Some(recovery) = normalize_recovery_code(code) {
        if use_recovery_code(state, user.id, &recovery).await? {
            two_factor::clear_failures(&state.db, user.id).await?;
            return Ok(Accepted2fa::Recovery);
        }
    } else if let Some(stored) = &row.secret {
        let key = state.settings.auth.totp_key()?;
        let secret = sealed::open(key, user.id, stored)?;
        if let Some(step) = totp::matching_step(&secret, code, now()) {
            if two_factor::accept_step(&state.db, user.id, step).await? {
                if !sealed::is_sealed(stored) {
                    two_factor::reseal(
                        &state.db,
                        user.id,
                        stored,
                        &sealed::seal(key, user.id, &secret),
                    )
                    .await?;
                }
                return Ok(Accepted2fa::Totp);
            }
        }
    }
    two_factor::record_failure(&state.db, user.id).await?;
    Err(invalid_code())
}

async fn recovery_code_spent(state: &AppState, user: &UserRow) -> ApiResult<()> {
    let left = two_factor::recovery_codes_left(&state.db, user.id).await?;
    notify(state, user, &format!("A recovery code was used to sign in; {left} are left."));
    Ok(())
}

async fn disable(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<WithCurrentSession<TwoFactorDisableRequest>>,
) -> ApiResult<StatusCode> {
    let (req, current) = (req.body, req.current_refresh_token);
    let user = caller_row(&state, &caller).await?;
    if !user.totp_enabled {
        return Err(ApiError::conflict(
            "two_factor_disabled",
            "Two-factor authentication is not on.",
        ));
    }
    check_proof(&state, &user, req.proof).await?;
    accept_code(&state, &user, &req.code).await?;
    let mut tx = state.db.begin().await?;
    two_factor::disable(&mut tx, user.id).await?;
    sessions::revoke_others(&mut *tx, user.id, current.as_deref()).await?;
    tx.commit().await?;
    notify(&state, &user, "Two-factor authentication was switched off for your account.");
    tracing::info!(user_id = %user.id, "2FA disabled");
    Ok(StatusCode::NO_CONTENT)
}

/// The second step of a sign-in: the edge vouches (with a "2FA pending" token) that the first
/// factor was right for this user. Each pending token signs in once.
async fn complete_sign_in(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    JsonBody(req): JsonBody<TwoFactorChallengeRequest>,
) -> ApiResult<Json<FarmSession>> {
    let user = caller_row(&state, &caller).await?;
    if req.pending_id.is_empty() || req.pending_id.len() > 128 {
        return Err(ApiError::invalid("pending_id: name the pending sign-in."));
    }
    let how = accept_code(&state, &user, &req.code).await?;
    let first_use: Option<String> = redis::cmd("SET")
        .arg(format!("algoarena:2fa-pending-used:{}:{}", user.id, req.pending_id))
        .arg(1)
        .arg("NX")
        .arg("EX")
        .arg(900)
        .query_async(&mut state.redis.clone())
        .await?;
    if first_use.is_none() {
        return Err(ApiError::unauthorized(
            "unauthorized",
            "This sign-in was already completed: log in again.",
        ));
    }
    if matches!(how, Accepted2fa::Recovery) {
        recovery_code_spent(&state, &user).await?;
    }
    // Whoever still has the second factor cancels a pending 2FA reset.
    tokens::void(&state.db, user.id, Purpose::ResetTwoFactor).await?;
    Ok(Json(start_session(&state, &user, &client_info(&headers)).await?))
}

/// The one answer to a 2FA-reset request, whatever the address.
pub const RESET_REQUESTED: &str =
    "If that address has an account with two-factor authentication, we mailed it what to do next.";

/// Asks for the delayed 2FA reset (someone who lost the app and the recovery codes). Answers
/// at once, alike for every address; the link goes out in the background.
async fn request_reset(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<EmailRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    if let Ok(email) = super::normalize_email(&req.email) {
        super::in_background("issuing a 2FA reset", async move {
            let Some(user) = users::find_by_email(&state.db, &email).await? else { return Ok(()) };
            if !user.totp_enabled {
                return Ok(());
            }
            let auth = &state.settings.auth;
            let delay = auth.two_factor_reset_delay_secs;
            let token = tokens::issue_delayed_link(
                &state.db,
                user.id,
                Purpose::ResetTwoFactor,
                delay,
                delay.saturating_add(3 * 24 * 3600),
            )
            .await?;
            let link = format!("{}/2fa-reset?token={token}", auth.app_url);
            state.mailer.send_later(templates::two_factor_reset(&user.email, &link, delay));
            Ok(())
        });
    }
    Ok((StatusCode::ACCEPTED, Json(Accepted { message: RESET_REQUESTED.into() })))
}

/// Uses a 2FA-reset link once its delay has passed: 2FA off, every session revoked, the owner
/// told. Before that, 409 `reset_not_ready` with `Retry-After`.
async fn confirm_reset(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<TokenRequest>,
) -> ApiResult<StatusCode> {
    let invalid = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_token",
            "This link is invalid, used, cancelled or expired: ask for a new one.",
        )
    };
    let user_id =
        match tokens::use_delayed_link(&state.db, Purpose::ResetTwoFactor, &req.token).await? {
            DelayedUse::Used(id) => id,
            DelayedUse::TooEarly(secs) => return Err(ApiError::retry_later(
                StatusCode::CONFLICT,
                "reset_not_ready",
                "This link starts to work later (the delay protects you if someone else asked).",
                secs.ceil() as u64,
            )),
            DelayedUse::Invalid => return Err(invalid()),
        };
    let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(invalid)?;
    let mut tx = state.db.begin().await?;
    two_factor::disable(&mut tx, user_id).await?;
    sessions::revoke_all(&mut *tx, user_id).await?;
    tx.commit().await?;
    notify(&state, &user, "Two-factor authentication was turned off by the e-mailed reset link.");
    tracing::info!(%user_id, "2FA reset by the delayed link");
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_are_ten_symbols_and_normalise_as_typed() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 11, "{code}");
        let plain = normalize_recovery_code(&code).unwrap();
        assert_eq!(normalize_recovery_code(&code.to_uppercase().replace('-', " ")), Some(plain));
        assert_eq!(normalize_recovery_code("123456"), None, "a TOTP code is no recovery code");
        assert_ne!(new_recovery_code(), new_recovery_code());
    }
}
