//! Internal auth API: register, log in, refresh and log out. The edge mints access tokens;
//! the farm owns accounts, password hashes and refresh sessions.

use algoarena_shared::api::{FarmSession, LoginRequest, RefreshRequest, RegisterRequest};
use algoarena_shared::limits::{MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};

use crate::db::sessions::{self, ClientInfo, Rotation};
use crate::db::users::{self, UserRow};
use crate::error::{ApiError, ApiResult};
use crate::password;
use crate::routes::json::JsonBody;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/auth/register", post(create_account))
        .route("/internal/auth/login", post(create_session))
        .route("/internal/auth/refresh", post(rotate_session))
        .route("/internal/auth/logout", post(delete_session))
}

fn client_info(headers: &HeaderMap) -> ClientInfo {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    ClientInfo { user_agent: get("user-agent"), ip: get("x-aa-client-ip") }
}

fn normalize_email(raw: &str) -> ApiResult<String> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 320
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
        && !email.chars().any(char::is_whitespace);
    if valid { Ok(email) } else { Err(ApiError::invalid("email: enter a valid email address.")) }
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

fn check_password(password: &str) -> ApiResult<()> {
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

async fn start_session(state: &AppState, user: &UserRow, client: &ClientInfo) -> ApiResult<FarmSession> {
    let ttl = state.settings.refresh_token_expiry_secs;
    let mut tx = state.db.begin().await?;
    let token = sessions::create(&mut tx, user.id, ttl, client).await?;
    tx.commit().await?;
    Ok(FarmSession { user: user.to_api(), refresh_token: token, refresh_expires_in: ttl })
}

#[tracing::instrument(skip_all)]
async fn create_account(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<RegisterRequest>,
) -> ApiResult<(StatusCode, Json<FarmSession>)> {
    let email = normalize_email(&req.email)?;
    check_username(&req.username)?;
    check_password(&req.password)?;
    let hash = password::hash(req.password).await?;
    let ttl = state.settings.refresh_token_expiry_secs;
    // User and first session in one transaction: a failure leaves neither behind.
    let mut tx = state.db.begin().await?;
    let user = users::insert(&mut *tx, &email, &req.username, &hash).await?;
    let token = sessions::create(&mut tx, user.id, ttl, &client_info(&headers)).await?;
    tx.commit().await?;
    tracing::info!(user_id = %user.id, "account created");
    let session = FarmSession { user: user.to_api(), refresh_token: token, refresh_expires_in: ttl };
    Ok((StatusCode::CREATED, Json(session)))
}

#[tracing::instrument(skip_all)]
async fn create_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<LoginRequest>,
) -> ApiResult<Json<FarmSession>> {
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
    Ok(Json(start_session(&state, &user, &client_info(&headers)).await?))
}

#[tracing::instrument(skip_all)]
async fn rotate_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<RefreshRequest>,
) -> ApiResult<Json<FarmSession>> {
    let ttl = state.settings.refresh_token_expiry_secs;
    let expired = || ApiError::unauthorized("unauthorized", "Your session has ended; please log in again.");
    match sessions::rotate(&state.db, &req.refresh_token, ttl, &client_info(&headers)).await? {
        Rotation::Invalid => Err(expired()),
        Rotation::Rotated { user_id, token } => {
            let user = users::find_by_id(&state.db, user_id).await?.ok_or_else(expired)?;
            Ok(Json(FarmSession { user: user.to_api(), refresh_token: token, refresh_expires_in: ttl }))
        }
    }
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
