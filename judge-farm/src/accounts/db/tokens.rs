//! The `auth_tokens` table: one-time e-mail codes, password-reset and magic-link tokens.
//!
//! Only hashes are stored. Issuing a token voids the user's earlier unused tokens of the same
//! purpose (a newer link replaces older ones); using one is a single conditional update, so
//! two requests racing with the same token cannot both succeed.

use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;

/// Wrong guesses after which a six-digit code is burned.
pub const MAX_CODE_ATTEMPTS: i32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    MagicLink,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::MagicLink => "magic_link",
        }
    }
}

/// A random six-digit code.
pub fn new_code() -> String {
    format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000u32))
}

/// A random 256-bit URL-safe token.
pub fn new_link_token() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Codes are short, so their hash includes the user (two users may draw the same code).
fn code_hash(user_id: Uuid, code: &str) -> String {
    hex::encode(Sha256::digest(format!("verify_email:{user_id}:{code}").as_bytes()))
}

fn link_hash(purpose: Purpose, token: &str) -> String {
    hex::encode(Sha256::digest(format!("{}:{token}", purpose.as_str()).as_bytes()))
}

async fn void_unused(db: impl PgExecutor<'_>, user_id: Uuid, purpose: Purpose) -> Result<()> {
    sqlx::query!(
        "update auth_tokens set used_at = now()
          where user_id = $1 and purpose = $2 and used_at is null",
        user_id,
        purpose.as_str(),
    )
    .execute(db)
    .await?;
    Ok(())
}

async fn insert(
    db: impl PgExecutor<'_>,
    user_id: Uuid,
    purpose: Purpose,
    hash: &str,
    ttl_secs: u32,
) -> Result<()> {
    sqlx::query!(
        "insert into auth_tokens (user_id, purpose, token_hash, expires_at)
         values ($1, $2, $3, now() + make_interval(secs => $4))",
        user_id,
        purpose.as_str(),
        hash,
        f64::from(ttl_secs),
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Issues a new e-mail verification code for `user_id`, voiding earlier ones.
pub async fn issue_code(db: &sqlx::PgPool, user_id: Uuid, ttl_secs: u32) -> Result<String> {
    let code = new_code();
    let mut tx = db.begin().await?;
    void_unused(&mut *tx, user_id, Purpose::VerifyEmail).await?;
    insert(&mut *tx, user_id, Purpose::VerifyEmail, &code_hash(user_id, &code), ttl_secs).await?;
    tx.commit().await?;
    Ok(code)
}

/// Checks a verification code; a wrong one counts as an attempt, and the code dies after
/// [`MAX_CODE_ATTEMPTS`]. A right one is used up.
pub async fn use_code(db: &sqlx::PgPool, user_id: Uuid, code: &str) -> Result<bool> {
    let mut tx = db.begin().await?;
    let row = sqlx::query!(
        "select id, token_hash from auth_tokens
          where user_id = $1 and purpose = 'verify_email' and used_at is null and expires_at > now()
            and attempts < $2
          order by created_at desc limit 1 for update",
        user_id,
        MAX_CODE_ATTEMPTS,
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else { return Ok(false) };
    let ok = row.token_hash == code_hash(user_id, code.trim());
    if ok {
        sqlx::query!("update auth_tokens set used_at = now() where id = $1", row.id)
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query!("update auth_tokens set attempts = attempts + 1 where id = $1", row.id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(ok)
}

/// Issues a new link token (reset or magic link) for `user_id`, voiding earlier ones.
pub async fn issue_link(
    db: &sqlx::PgPool,
    user_id: Uuid,
    purpose: Purpose,
    ttl_secs: u32,
) -> Result<String> {
    let token = new_link_token();
    let mut tx = db.begin().await?;
    void_unused(&mut *tx, user_id, purpose).await?;
    insert(&mut *tx, user_id, purpose, &link_hash(purpose, &token), ttl_secs).await?;
    tx.commit().await?;
    Ok(token)
}

/// The user a live, unused link token belongs to, without using it up.
pub async fn peek_link(
    db: impl PgExecutor<'_>,
    purpose: Purpose,
    token: &str,
) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select user_id from auth_tokens
          where token_hash = $1 and purpose = $2 and used_at is null and expires_at > now()",
        link_hash(purpose, token),
        purpose.as_str(),
    )
    .fetch_optional(db)
    .await?)
}

/// Uses up a live link token; returns its user. At most one caller ever gets `Some`.
pub async fn use_link(
    db: impl PgExecutor<'_>,
    purpose: Purpose,
    token: &str,
) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "update auth_tokens set used_at = now()
          where token_hash = $1 and purpose = $2 and used_at is null and expires_at > now()
          returning user_id",
        link_hash(purpose, token),
        purpose.as_str(),
    )
    .fetch_optional(db)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_link_tokens_carry_256_bits() {
        for _ in 0..100 {
            let code = new_code();
            assert!(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()), "{code}");
        }
        assert_eq!(new_link_token().len(), 43);
    }

    #[test]
    fn the_same_code_hashes_differently_for_two_users() {
        assert_ne!(code_hash(Uuid::new_v4(), "123456"), code_hash(Uuid::new_v4(), "123456"));
        assert_ne!(link_hash(Purpose::MagicLink, "t"), link_hash(Purpose::ResetPassword, "t"));
    }
}
