//! The `sessions` table: refresh sessions with rotation and reuse detection.
//!
//! Each login starts a family; every refresh replaces the session with a new one of the same
//! family. Presenting a session that was already replaced means the token leaked, so the whole
//! family is revoked (OAuth 2.0 Security BCP, refresh token rotation), except within a short
//! grace period right after the rotation while the successor is still unused: two tabs that
//! refresh at once both get the same successor (RFC 9700 §4.14.2 allows this), and only a
//! replay after the grace period, or after the successor was used, revokes the family.
//! The active-sessions list reads each family's live head; one family, or all but the caller's,
//! can be revoked.

use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::{PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::db::Result;

/// A new opaque refresh token (256 random bits) and the hash that is stored.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Client details recorded with a session.
#[derive(Debug, Clone, Default)]
pub struct ClientInfo {
    pub user_agent: Option<String>,
    pub ip: Option<String>,
}

async fn insert(
    tx: &mut Transaction<'_, Postgres>,
    user_id: Uuid,
    family_id: Uuid,
    ttl_secs: u32,
    client: &ClientInfo,
) -> Result<(Uuid, String)> {
    let (token, hash) = new_token();
    // The address goes in as text (only a parsed one): the farm has no Rust type for `inet`.
    let ip = client.ip.as_deref().filter(|ip| ip.parse::<std::net::IpAddr>().is_ok());
    let id = sqlx::query_scalar!(
        "insert into sessions (user_id, refresh_token, family_id, user_agent, ip_address, expires_at)
         values ($1, $2, $3, $4, $5::text::inet, now() + make_interval(secs => $6))
         returning id",
        user_id,
        hash,
        family_id,
        client.user_agent.as_deref(),
        ip,
        f64::from(ttl_secs),
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok((id, token))
}

/// Starts a new session family for a fresh login; returns the refresh token.
pub async fn create(
    tx: &mut Transaction<'_, Postgres>,
    user_id: Uuid,
    ttl_secs: u32,
    client: &ClientInfo,
) -> Result<String> {
    Ok(insert(tx, user_id, Uuid::new_v4(), ttl_secs, client).await?.1)
}

/// Outcome of presenting a refresh token.
pub enum Rotation {
    Rotated {
        user_id: Uuid,
        token: String,
    },
    /// The token was rotated less than the grace period ago and its successor is still live
    /// and unused: the caller answers with that same successor (kept briefly, sealed, by the
    /// route), not a new one.
    JustRotated {
        user_id: Uuid,
    },
    Invalid,
}

/// Exchanges a refresh token for a new one. The row lock makes two concurrent refreshes with
/// the same token serialize: the second sees the first's replacement and counts as reuse.
pub async fn rotate(
    db: &PgPool,
    token: &str,
    ttl_secs: u32,
    grace_secs: u32,
    idle_secs: u32,
    client: &ClientInfo,
) -> Result<Rotation> {
    let mut tx = db.begin().await?;
    let row = sqlx::query!(
        r#"select id, user_id, family_id, replaced_by, revoked_at is not null as "revoked!",
                  expires_at <= now() as "expired!",
                  coalesce(last_used_at > now() - make_interval(secs => $2), false) as "recent!",
                  created_at <= now() - make_interval(secs => $3) as "idle!"
             from sessions where refresh_token = $1 for update"#,
        hash_token(token),
        f64::from(grace_secs),
        f64::from(idle_secs),
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Ok(Rotation::Invalid);
    };
    let (id, user_id, family_id) = (row.id, row.user_id, row.family_id);
    let (replaced, revoked, expired) = (row.replaced_by.is_some(), row.revoked, row.expired);
    if let (Some(successor), false, true) = (row.replaced_by, revoked, row.recent) {
        // A statement of its own: after waiting for the row lock it sees the successor the
        // racing rotation just committed (the locking statement's snapshot would not).
        let live = sqlx::query_scalar!(
            r#"select replaced_by is null and revoked_at is null and expires_at > now() as "live!"
                 from sessions where id = $1"#,
            successor,
        )
        .fetch_optional(&mut *tx)
        .await?;
        if live == Some(true) {
            return Ok(Rotation::JustRotated { user_id });
        }
    }
    if replaced && !revoked {
        revoke_family(&mut tx, family_id).await?;
        tx.commit().await?;
        tracing::warn!(%user_id, %family_id, "refresh token reuse: session family revoked");
        return Ok(Rotation::Invalid);
    }
    // Each rotation makes a new row, so the presented row's age is the time since the session
    // was last used: past the idle timeout it ends (ASVS 5.0 7.3.1), without counting as reuse.
    if revoked || expired || row.idle {
        return Ok(Rotation::Invalid);
    }
    // The new session keeps the family's original expiry: 30 days is absolute, not sliding.
    let remaining = sqlx::query_scalar!(
        r#"select extract(epoch from (min(expires_at) - now()))::float8 as "remaining!"
             from sessions where family_id = $1"#,
        family_id,
    )
    .fetch_one(&mut *tx)
    .await?;
    let ttl = (remaining.max(1.0) as u32).min(ttl_secs);
    let (new_id, new_token) = insert(&mut tx, user_id, family_id, ttl, client).await?;
    sqlx::query!(
        "update sessions set replaced_by = $2, last_used_at = now() where id = $1",
        id,
        new_id,
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Rotation::Rotated { user_id, token: new_token })
}

async fn revoke_family(tx: &mut Transaction<'_, Postgres>, family_id: Uuid) -> Result<()> {
    sqlx::query!(
        "update sessions set revoked_at = now() where family_id = $1 and revoked_at is null",
        family_id,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ends the session family the token belongs to (logout). Unknown tokens are ignored.
pub async fn revoke(db: &PgPool, token: &str) -> Result<()> {
    sqlx::query!(
        "update sessions set revoked_at = now()
          where revoked_at is null
            and family_id = (select family_id from sessions where refresh_token = $1)",
        hash_token(token),
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Ends every session of a user (password reset, "sign out everywhere").
pub async fn revoke_all(db: impl sqlx::PgExecutor<'_>, user_id: Uuid) -> Result<()> {
    sqlx::query!(
        "update sessions set revoked_at = now() where user_id = $1 and revoked_at is null",
        user_id,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A live session family as the active-sessions list shows it.
pub struct LiveSession {
    pub family_id: Uuid,
    pub started_at: chrono::DateTime<chrono::Utc>,
    pub last_used_at: chrono::DateTime<chrono::Utc>,
    pub user_agent: Option<String>,
    pub current: bool,
}

/// The user's live session families, most recently used first: each family's unrotated,
/// unrevoked, unexpired and not idle token (the one its browser holds). `current_token` marks
/// the family of the browser asking.
pub async fn list_live(
    db: &PgPool,
    user_id: Uuid,
    current_token: Option<&str>,
    idle_secs: u32,
) -> Result<Vec<LiveSession>> {
    let current_hash = current_token.map(hash_token);
    let rows = sqlx::query_as!(
        LiveSession,
        r#"select s.family_id,
                  (select min(f.created_at) from sessions f where f.family_id = s.family_id)
                      as "started_at!",
                  s.created_at as last_used_at,
                  s.user_agent,
                  coalesce(s.family_id = (select c.family_id from sessions c
                                           where c.refresh_token = $2 and c.user_id = $1), false)
                      as "current!"
             from sessions s
            where s.user_id = $1 and s.replaced_by is null and s.revoked_at is null
              and s.expires_at > now() and s.created_at > now() - make_interval(secs => $3)
            order by s.created_at desc"#,
        user_id,
        current_hash,
        f64::from(idle_secs),
    )
    .fetch_all(db)
    .await?;
    Ok(rows)
}

/// Ends one of the user's session families; false when the user has no live session by that
/// id (someone else's family id ends nothing).
pub async fn revoke_family_of(db: &PgPool, user_id: Uuid, family_id: Uuid) -> Result<bool> {
    let ended = sqlx::query!(
        "update sessions set revoked_at = now()
          where user_id = $1 and family_id = $2 and revoked_at is null",
        user_id,
        family_id,
    )
    .execute(db)
    .await?;
    Ok(ended.rows_affected() > 0)
}

/// Ends every session of the user except the family `current_token` belongs to ("sign out
/// everywhere else", and after a password or 2FA change). Without a current token (or with one
/// of another user) every session ends.
pub async fn revoke_others(
    db: impl sqlx::PgExecutor<'_>,
    user_id: Uuid,
    current_token: Option<&str>,
) -> Result<u64> {
    let ended = sqlx::query!(
        "update sessions set revoked_at = now()
          where user_id = $1 and revoked_at is null
            and family_id is distinct from (select family_id from sessions
                                              where refresh_token = $2 and user_id = $1)",
        user_id,
        current_token.map(hash_token),
    )
    .execute(db)
    .await?;
    Ok(ended.rows_affected())
}
