//! TOTP state on the `users` row and the `recovery_codes` table.
//!
//! Secrets arrive here sealed (`accounts::sealed`); this module never sees one in the clear.
//! Wrong codes are counted on the account, whatever pending sign-in they came with, and past
//! [`FREE_ATTEMPTS`] the second factor locks for a delay that doubles with each further miss.

use sqlx::{PgExecutor, Postgres, Transaction};
use uuid::Uuid;

use crate::db::Result;

/// Wrong codes in a row before the account's second factor locks.
pub const FREE_ATTEMPTS: i32 = 5;
/// The first lock's length; each further wrong code doubles it, up to [`MAX_LOCK_SECS`].
pub const FIRST_LOCK_SECS: f64 = 30.0;
pub const MAX_LOCK_SECS: f64 = 3600.0;

/// The account's second-factor state.
#[derive(Debug)]
pub struct TwoFactorRow {
    pub enabled: bool,
    pub secret: Option<String>,
    pub pending_secret: Option<String>,
    /// Seconds the second factor stays locked, if it is.
    pub locked_for_secs: Option<f64>,
}

pub async fn load(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<TwoFactorRow>> {
    Ok(sqlx::query_as!(
        TwoFactorRow,
        r#"select totp_enabled as enabled, totp_secret as secret,
                  totp_pending_secret as pending_secret,
                  case when totp_locked_until > now()
                       then extract(epoch from totp_locked_until - now())::float8 end
                    as locked_for_secs
             from users where id = $1"#,
        id,
    )
    .fetch_optional(db)
    .await?)
}

/// Stores a new secret waiting for its first code; 2FA (and an active secret) stay as they are
/// until then, so replacing a secret never leaves the account without one.
pub async fn set_pending_secret(db: impl PgExecutor<'_>, id: Uuid, sealed: &str) -> Result<()> {
    sqlx::query!("update users set totp_pending_secret = $2 where id = $1", id, sealed)
        .execute(db)
        .await?;
    Ok(())
}

/// Makes the pending secret (still equal to `sealed`, the one the code was checked against)
/// the active one, with `step` as its last accepted step, and switches 2FA on.
pub async fn promote_pending(
    tx: &mut Transaction<'_, Postgres>,
    id: Uuid,
    sealed: &str,
    step: i64,
) -> Result<bool> {
    let done = sqlx::query!(
        "update users set totp_secret = totp_pending_secret, totp_pending_secret = null,
                totp_enabled = true, totp_last_step = $3, totp_failed_attempts = 0,
                totp_locked_until = null
          where id = $1 and totp_pending_secret = $2",
        id,
        sealed,
        step,
    )
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Accepts step `step` of the active secret only if it is later than the last accepted one, so
/// each code works once, even for two requests racing; a success clears the failure count.
pub async fn accept_step(db: impl PgExecutor<'_>, id: Uuid, step: i64) -> Result<bool> {
    let done = sqlx::query!(
        "update users set totp_last_step = $2, totp_failed_attempts = 0, totp_locked_until = null
          where id = $1 and totp_enabled and (totp_last_step is null or totp_last_step < $2)",
        id,
        step,
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Re-seals a legacy plain secret (rows from before encryption) on its first use.
pub async fn reseal(db: impl PgExecutor<'_>, id: Uuid, plain: &str, sealed: &str) -> Result<()> {
    sqlx::query!(
        "update users set totp_secret = $3 where id = $1 and totp_secret = $2",
        id,
        plain,
        sealed,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Counts a wrong code; locks the second factor once past [`FREE_ATTEMPTS`].
pub async fn record_failure(db: impl PgExecutor<'_>, id: Uuid) -> Result<()> {
    sqlx::query!(
        "update users set totp_failed_attempts = totp_failed_attempts + 1,
                totp_locked_until = case when totp_failed_attempts + 1 >= $2
                    then now() + make_interval(secs => least($4,
                        $3 * power(2, totp_failed_attempts + 1 - $2)::float8))
                    else totp_locked_until end
          where id = $1",
        id,
        FREE_ATTEMPTS,
        FIRST_LOCK_SECS,
        MAX_LOCK_SECS,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Switches 2FA off: secrets, recovery codes and counters go.
pub async fn disable(tx: &mut Transaction<'_, Postgres>, id: Uuid) -> Result<()> {
    sqlx::query!(
        "update users set totp_enabled = false, totp_secret = null, totp_pending_secret = null,
                totp_last_step = null, totp_failed_attempts = 0, totp_locked_until = null
          where id = $1",
        id,
    )
    .execute(&mut **tx)
    .await?;
    sqlx::query!("delete from recovery_codes where user_id = $1", id).execute(&mut **tx).await?;
    Ok(())
}

/// Replaces the user's recovery codes with these hashes.
pub async fn replace_recovery_codes(
    tx: &mut Transaction<'_, Postgres>,
    id: Uuid,
    hashes: &[String],
) -> Result<()> {
    sqlx::query!("delete from recovery_codes where user_id = $1", id).execute(&mut **tx).await?;
    sqlx::query!(
        "insert into recovery_codes (user_id, code_hash) select $1, unnest($2::text[])",
        id,
        hashes,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The user's unused recovery codes: (id, argon2 hash).
pub async fn unused_recovery_codes(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Vec<(Uuid, String)>> {
    Ok(sqlx::query!(
        "select id, code_hash from recovery_codes where user_id = $1 and used_at is null",
        id,
    )
    .fetch_all(db)
    .await?
    .into_iter()
    .map(|r| (r.id, r.code_hash))
    .collect())
}

/// Uses up recovery code `code_id`; at most one caller ever gets true.
pub async fn use_recovery_code(db: impl PgExecutor<'_>, code_id: Uuid) -> Result<bool> {
    let done = sqlx::query!(
        "update recovery_codes set used_at = now() where id = $1 and used_at is null",
        code_id,
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Recovery codes not used yet.
pub async fn recovery_codes_left(db: impl PgExecutor<'_>, id: Uuid) -> Result<i64> {
    Ok(sqlx::query_scalar!(
        r#"select count(*) as "n!" from recovery_codes where user_id = $1 and used_at is null"#,
        id,
    )
    .fetch_one(db)
    .await?)
}

/// Clears the failure count after a right recovery code.
pub async fn clear_failures(db: impl PgExecutor<'_>, id: Uuid) -> Result<()> {
    sqlx::query!(
        "update users set totp_failed_attempts = 0, totp_locked_until = null where id = $1",
        id,
    )
    .execute(db)
    .await?;
    Ok(())
}
