//! The `auth_tokens` table: one-time e-mail codes (verification, step-up), password-reset and
//! magic-link tokens.
//!
//! Only hashes are stored. Issuing a link voids the user's earlier unused links of the same
//! purpose (a newer link replaces older ones); using one is a single conditional update, so
//! two requests racing with the same token cannot both succeed.
//!
//! A verification code carries the password of the registration that asked for it: the
//! password is applied only when that code is used. Codes of competing registrations stay
//! live side by side, so a later registration never silently replaces an earlier one's code.

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
    /// A code proving the mailbox again before a sensitive change (2FA without a password).
    StepUp,
    /// The delayed reset of a lost second factor: usable only after its delay.
    ResetTwoFactor,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::MagicLink => "magic_link",
            Purpose::StepUp => "step_up",
            Purpose::ResetTwoFactor => "reset_2fa",
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

/// Codes are short, so their hash includes the user (two users may draw the same code) and
/// the purpose (a step-up code is no verification code).
fn code_hash(purpose: Purpose, user_id: Uuid, code: &str) -> String {
    hex::encode(Sha256::digest(format!("{}:{user_id}:{code}", purpose.as_str()).as_bytes()))
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
    password_hash: Option<&str>,
    ttl_secs: u32,
) -> Result<()> {
    sqlx::query!(
        "insert into auth_tokens (user_id, purpose, token_hash, password_hash, expires_at)
         values ($1, $2, $3, $4, now() + make_interval(secs => $5))",
        user_id,
        purpose.as_str(),
        hash,
        password_hash,
        f64::from(ttl_secs),
    )
    .execute(db)
    .await?;
    Ok(())
}

/// The distinct passwords of registrations still waiting on a code (unused codes). More than
/// one means someone else registered the address too: then none of them is applied.
pub async fn pending_passwords(db: impl PgExecutor<'_>, user_id: Uuid) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar!(
        r#"select distinct password_hash as "password_hash!" from auth_tokens
            where user_id = $1 and purpose = 'verify_email' and used_at is null
              and password_hash is not null"#,
        user_id,
    )
    .fetch_all(db)
    .await?)
}

/// Issues a verification code for a registration with `password_hash`. Earlier codes stay
/// live (each for its own registration).
pub async fn issue_registration_code(
    db: &sqlx::PgPool,
    user_id: Uuid,
    password_hash: &str,
    ttl_secs: u32,
) -> Result<String> {
    let code = new_code();
    let hash = code_hash(Purpose::VerifyEmail, user_id, &code);
    insert(db, user_id, Purpose::VerifyEmail, &hash, Some(password_hash), ttl_secs).await?;
    Ok(code)
}

/// Issues a fresh code of `purpose` (a resent verification code, a step-up code), voiding the
/// earlier unused ones (and their wrong guesses). A resent verification code carries the
/// pending registration's password when there is exactly one; with competing registrations it
/// carries none, so confirming with it sets no password.
pub async fn issue_code(
    db: &sqlx::PgPool,
    user_id: Uuid,
    purpose: Purpose,
    ttl_secs: u32,
) -> Result<String> {
    let code = new_code();
    let mut tx = db.begin().await?;
    let password = match purpose {
        Purpose::VerifyEmail => {
            let mut pending = pending_passwords(&mut *tx, user_id).await?;
            if pending.len() == 1 {
                pending.pop()
            } else {
                None
            }
        }
        _ => None,
    };
    void_unused(&mut *tx, user_id, purpose).await?;
    let hash = code_hash(purpose, user_id, &code);
    insert(&mut *tx, user_id, purpose, &hash, password.as_deref(), ttl_secs).await?;
    tx.commit().await?;
    Ok(code)
}

/// A code that was right.
#[derive(Debug)]
pub struct UsedCode {
    /// The password of the registration the code was issued for, if any.
    pub password_hash: Option<String>,
}

/// Checks a code against every live code of `purpose` the user has. Wrong guesses count on the
/// newest code, and once the user's live codes have [`MAX_CODE_ATTEMPTS`] wrong guesses
/// between them, none is accepted (a new code must be asked for). A right one is used up.
pub async fn use_code(
    db: &sqlx::PgPool,
    user_id: Uuid,
    purpose: Purpose,
    code: &str,
) -> Result<Option<UsedCode>> {
    let mut tx = db.begin().await?;
    let rows = sqlx::query!(
        "select id, token_hash, attempts, password_hash from auth_tokens
          where user_id = $1 and purpose = $2 and used_at is null and expires_at > now()
          order by created_at desc for update",
        user_id,
        purpose.as_str(),
    )
    .fetch_all(&mut *tx)
    .await?;
    let Some(newest) = rows.first() else { return Ok(None) };
    if rows.iter().map(|r| r.attempts).sum::<i32>() >= MAX_CODE_ATTEMPTS {
        return Ok(None);
    }
    let wanted = code_hash(purpose, user_id, code.trim());
    let found = rows.iter().find(|r| r.token_hash == wanted);
    let used = match found {
        Some(row) => {
            sqlx::query!("update auth_tokens set used_at = now() where id = $1", row.id)
                .execute(&mut *tx)
                .await?;
            Some(UsedCode { password_hash: row.password_hash.clone() })
        }
        None => {
            sqlx::query!("update auth_tokens set attempts = attempts + 1 where id = $1", newest.id)
                .execute(&mut *tx)
                .await?;
            None
        }
    };
    tx.commit().await?;
    Ok(used)
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
    insert(&mut *tx, user_id, purpose, &link_hash(purpose, &token), None, ttl_secs).await?;
    tx.commit().await?;
    Ok(token)
}

/// Issues a 2FA-reset link for `user_id` that works from `delay_secs` from now until `ttl_secs`
/// from now, voiding earlier ones.
pub async fn issue_delayed_link(
    db: &sqlx::PgPool,
    user_id: Uuid,
    purpose: Purpose,
    delay_secs: u32,
    ttl_secs: u32,
) -> Result<String> {
    let token = new_link_token();
    let mut tx = db.begin().await?;
    void_unused(&mut *tx, user_id, purpose).await?;
    sqlx::query!(
        "insert into auth_tokens (user_id, purpose, token_hash, not_before, expires_at)
         values ($1, $2, $3, now() + make_interval(secs => $4), now() + make_interval(secs => $5))",
        user_id,
        purpose.as_str(),
        link_hash(purpose, &token),
        f64::from(delay_secs),
        f64::from(ttl_secs),
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// What became of an attempt to use a delayed link.
pub enum DelayedUse {
    Used(Uuid),
    /// Live but its delay has not passed: seconds to wait.
    TooEarly(f64),
    Invalid,
}

/// Uses up a live delayed link whose delay has passed.
pub async fn use_delayed_link(
    db: &sqlx::PgPool,
    purpose: Purpose,
    token: &str,
) -> Result<DelayedUse> {
    let mut tx = db.begin().await?;
    let row = sqlx::query!(
        r#"select id, user_id,
                  greatest(0, extract(epoch from coalesce(not_before, now()) - now()))::float8
                    as "wait!"
             from auth_tokens
            where token_hash = $1 and purpose = $2 and used_at is null and expires_at > now()
            for update"#,
        link_hash(purpose, token),
        purpose.as_str(),
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else { return Ok(DelayedUse::Invalid) };
    if row.wait > 0.0 {
        return Ok(DelayedUse::TooEarly(row.wait));
    }
    sqlx::query!("update auth_tokens set used_at = now() where id = $1", row.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(DelayedUse::Used(row.user_id))
}

/// Voids the user's unused tokens of `purpose` (a 2FA sign-in cancels a pending 2FA reset).
pub async fn void(db: impl PgExecutor<'_>, user_id: Uuid, purpose: Purpose) -> Result<()> {
    void_unused(db, user_id, purpose).await
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
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        assert_ne!(
            code_hash(Purpose::VerifyEmail, a, "1"),
            code_hash(Purpose::VerifyEmail, b, "1")
        );
        assert_ne!(code_hash(Purpose::VerifyEmail, a, "1"), code_hash(Purpose::StepUp, a, "1"));
        assert_ne!(link_hash(Purpose::MagicLink, "t"), link_hash(Purpose::ResetPassword, "t"));
    }
}
