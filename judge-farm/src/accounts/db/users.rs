//! The `users` table: accounts, their password hash, e-mail verification and TOTP state.

use algoarena_shared::api::{Role, User};
use chrono::{DateTime, Utc};
use sqlx::{FromRow, PgExecutor};
use uuid::Uuid;

use crate::error::{ApiResult, ResultExt};

#[derive(Debug, FromRow)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub username: String,
    pub display_name: Option<String>,
    pub role: Option<String>,
    pub rating: Option<i32>,
    pub created_at: Option<DateTime<Utc>>,
    pub password_hash: Option<String>,
    pub is_email_verified: bool,
    pub totp_enabled: bool,
    pub totp_secret: Option<String>,
}

impl UserRow {
    pub fn to_api(&self) -> User {
        User {
            id: self.id.into(),
            email: self.email.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            // The column is checked against the same three names; absent means the default.
            role: self.role.as_deref().and_then(Role::parse).unwrap_or(Role::Free),
            rating: self.rating.unwrap_or(1500),
            created_at: self.created_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        }
    }
}

const COLUMNS: &str =
    "id, email, username, display_name, role, rating, created_at, password_hash, \
    is_email_verified, totp_enabled, totp_secret";

pub async fn insert(
    db: impl PgExecutor<'_>,
    email: &str,
    username: &str,
    password_hash: &str,
) -> ApiResult<UserRow> {
    let sql = format!(
        "insert into users (email, username, password_hash) values ($1, $2, $3) returning {COLUMNS}"
    );
    sqlx::query_as::<_, UserRow>(&sql)
        .bind(email)
        .bind(username)
        .bind(password_hash)
        .fetch_one(db)
        .await
        .on_unique(&[
            ("email", "email_taken", "An account with that email already exists."),
            ("username", "username_taken", "That username is taken."),
        ])
}

pub async fn find_by_email(db: impl PgExecutor<'_>, email: &str) -> ApiResult<Option<UserRow>> {
    let sql = format!("select {COLUMNS} from users where email = $1");
    Ok(sqlx::query_as::<_, UserRow>(&sql).bind(email).fetch_optional(db).await?)
}

pub async fn find_by_id(db: impl PgExecutor<'_>, id: Uuid) -> ApiResult<Option<UserRow>> {
    let sql = format!("select {COLUMNS} from users where id = $1");
    Ok(sqlx::query_as::<_, UserRow>(&sql).bind(id).fetch_optional(db).await?)
}

/// Replaces the password of an account (registration again before verification, or a reset).
pub async fn set_password(db: impl PgExecutor<'_>, id: Uuid, password_hash: &str) -> ApiResult<()> {
    sqlx::query("update users set password_hash = $2 where id = $1")
        .bind(id)
        .bind(password_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// Records that the person proved they read this address (code, reset or magic link).
pub async fn mark_email_verified(db: impl PgExecutor<'_>, id: Uuid) -> ApiResult<()> {
    sqlx::query(
        "update users set is_email_verified = true where id = $1 and not is_email_verified",
    )
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

/// Stores a new, not yet active TOTP secret; false when 2FA is already on.
pub async fn set_pending_totp_secret(
    db: impl PgExecutor<'_>,
    id: Uuid,
    secret: &str,
) -> ApiResult<bool> {
    let done = sqlx::query("update users set totp_secret = $2, totp_last_step = null where id = $1 and not totp_enabled")
        .bind(id)
        .bind(secret)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Accepts TOTP step `step` for the user only if it is later than the last accepted one, so
/// each code works once, even for two requests racing. `enable` also switches 2FA on.
pub async fn accept_totp_step(
    db: impl PgExecutor<'_>,
    id: Uuid,
    step: i64,
    enable: bool,
) -> ApiResult<bool> {
    let done = sqlx::query(
        "update users set totp_last_step = $2, totp_enabled = totp_enabled or $3
          where id = $1 and totp_secret is not null and totp_enabled = not $3
            and (totp_last_step is null or totp_last_step < $2)",
    )
    .bind(id)
    .bind(step)
    .bind(enable)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Switches 2FA off and forgets the secret.
pub async fn disable_totp(db: impl PgExecutor<'_>, id: Uuid) -> ApiResult<()> {
    sqlx::query("update users set totp_enabled = false, totp_secret = null, totp_last_step = null where id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// A new account made by an OAuth sign-in: no password; verified if the provider says so.
pub async fn insert_oauth(
    db: impl PgExecutor<'_>,
    email: &str,
    username: &str,
    verified: bool,
) -> ApiResult<UserRow> {
    let sql = format!(
        "insert into users (email, username, is_email_verified) values ($1, $2, $3) returning {COLUMNS}"
    );
    sqlx::query_as::<_, UserRow>(&sql)
        .bind(email)
        .bind(username)
        .bind(verified)
        .fetch_one(db)
        .await
        .on_unique(&[
            ("email", "email_taken", "An account with that email already exists."),
            ("username", "username_taken", "That username is taken."),
        ])
}
