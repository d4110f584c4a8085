//! The `users` table: accounts, their password hash, e-mail verification and TOTP state.

use algoarena_shared::api::User;
use chrono::{DateTime, Utc};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::{Error, Result, Taken};

/// The unique constraints an insert can collide with that the caller reports to the user.
const TAKEN: &[(&str, Taken)] = &[("email", Taken::Email), ("username", Taken::Username)];

#[derive(Debug)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub username: String,
    pub display_name: Option<String>,
    pub role: String,
    pub rating: i32,
    pub created_at: DateTime<Utc>,
    pub password_hash: Option<String>,
    pub is_email_verified: bool,
    pub totp_enabled: bool,
    pub totp_secret: Option<String>,
}

impl UserRow {
    pub fn to_api(&self) -> User {
        User {
            id: self.id.to_string(),
            email: self.email.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            role: self.role.clone(),
            rating: self.rating,
            created_at: self.created_at.to_rfc3339(),
        }
    }
}

pub async fn insert(
    db: impl PgExecutor<'_>,
    email: &str,
    username: &str,
    password_hash: &str,
) -> Result<UserRow> {
    sqlx::query_as!(
        UserRow,
        "insert into users (email, username, password_hash) values ($1, $2, $3)
         returning id, email, username, display_name, role, rating, created_at, password_hash,
                   is_email_verified, totp_enabled, totp_secret",
        email,
        username,
        password_hash,
    )
    .fetch_one(db)
    .await
    .map_err(|e| Error::on_unique(e, TAKEN))
}

pub async fn find_by_email(db: impl PgExecutor<'_>, email: &str) -> Result<Option<UserRow>> {
    Ok(sqlx::query_as!(
        UserRow,
        "select id, email, username, display_name, role, rating, created_at, password_hash,
                   is_email_verified, totp_enabled, totp_secret
           from users where email = $1",
        email,
    )
    .fetch_optional(db)
    .await?)
}

pub async fn find_by_id(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<UserRow>> {
    Ok(sqlx::query_as!(
        UserRow,
        "select id, email, username, display_name, role, rating, created_at, password_hash,
                   is_email_verified, totp_enabled, totp_secret
           from users where id = $1",
        id,
    )
    .fetch_optional(db)
    .await?)
}

/// Replaces the password of an account (registration again before verification, or a reset).
pub async fn set_password(db: impl PgExecutor<'_>, id: Uuid, password_hash: &str) -> Result<()> {
    sqlx::query!("update users set password_hash = $2 where id = $1", id, password_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// Records that the person proved they read this address (code, reset or magic link).
pub async fn mark_email_verified(db: impl PgExecutor<'_>, id: Uuid) -> Result<()> {
    sqlx::query!(
        "update users set is_email_verified = true where id = $1 and not is_email_verified",
        id,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Stores a new, not yet active TOTP secret; false when 2FA is already on.
pub async fn set_pending_totp_secret(
    db: impl PgExecutor<'_>,
    id: Uuid,
    secret: &str,
) -> Result<bool> {
    let done = sqlx::query!(
        "update users set totp_secret = $2, totp_last_step = null
          where id = $1 and not totp_enabled",
        id,
        secret,
    )
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
) -> Result<bool> {
    let done = sqlx::query!(
        "update users set totp_last_step = $2, totp_enabled = totp_enabled or $3
          where id = $1 and totp_secret is not null and totp_enabled = not $3
            and (totp_last_step is null or totp_last_step < $2)",
        id,
        step,
        enable,
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Switches 2FA off and forgets the secret.
pub async fn disable_totp(db: impl PgExecutor<'_>, id: Uuid) -> Result<()> {
    sqlx::query!(
        "update users set totp_enabled = false, totp_secret = null, totp_last_step = null
          where id = $1",
        id,
    )
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
) -> Result<UserRow> {
    sqlx::query_as!(
        UserRow,
        "insert into users (email, username, is_email_verified) values ($1, $2, $3)
         returning id, email, username, display_name, role, rating, created_at, password_hash,
                   is_email_verified, totp_enabled, totp_secret",
        email,
        username,
        verified,
    )
    .fetch_one(db)
    .await
    .map_err(|e| Error::on_unique(e, TAKEN))
}
