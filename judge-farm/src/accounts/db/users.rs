//! The `users` table: accounts, their password hash and e-mail verification (TOTP state is
//! in `two_factor`).

use algoarena_shared::api::{Role, User};
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
            id: self.id.into(),
            email: self.email.clone(),
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            // The column is checked against the same three names.
            role: Role::parse(&self.role).unwrap_or(Role::Free),
            rating: self.rating,
            created_at: self.created_at.to_rfc3339(),
        }
    }
}

/// A new account from a registration: unverified and without a password (the password waits
/// on the registration's verification code, see `tokens::issue_code`).
pub async fn insert(db: impl PgExecutor<'_>, email: &str, username: &str) -> Result<UserRow> {
    sqlx::query_as!(
        UserRow,
        "insert into users (email, username) values ($1, $2)
         returning id, email, username, display_name, role, rating, created_at, password_hash,
                   is_email_verified, totp_enabled, totp_secret",
        email,
        username,
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

/// Sets the password of an account whose mailbox was proven (verification code, reset).
pub async fn set_password(db: impl PgExecutor<'_>, id: Uuid, password_hash: &str) -> Result<()> {
    sqlx::query!("update users set password_hash = $2 where id = $1", id, password_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// The person proved they read this address (verification code, reset or magic link). On an
/// account's first proof, every credential set before it is discarded: whoever proves the
/// mailbox owns the account alone (pre-registration takeover). The password, 2FA, recovery
/// codes, OAuth links, sessions and unused mailed tokens of an unverified account go; the
/// caller then applies the proving registration's own password, if any. True on a first proof.
pub async fn claim_mailbox(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    id: Uuid,
) -> Result<bool> {
    let first = sqlx::query!(
        "update users set is_email_verified = true, password_hash = null, totp_enabled = false,
                totp_secret = null, totp_pending_secret = null, totp_last_step = null,
                totp_failed_attempts = 0, totp_locked_until = null
          where id = $1 and not is_email_verified",
        id,
    )
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if first {
        sqlx::query!("delete from recovery_codes where user_id = $1", id)
            .execute(&mut **tx)
            .await?;
        sqlx::query!("delete from oauth_accounts where user_id = $1", id)
            .execute(&mut **tx)
            .await?;
        sqlx::query!(
            "update sessions set revoked_at = now() where user_id = $1 and revoked_at is null",
            id,
        )
        .execute(&mut **tx)
        .await?;
        sqlx::query!(
            "update auth_tokens set used_at = now() where user_id = $1 and used_at is null",
            id,
        )
        .execute(&mut **tx)
        .await?;
    }
    Ok(first)
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
