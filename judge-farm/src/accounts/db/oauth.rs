//! The `oauth_accounts` table: which user a provider's subject signs in as.

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;

/// The user linked to `(provider, subject)`, if any.
pub async fn find_user(
    db: impl PgExecutor<'_>,
    provider: &str,
    subject: &str,
) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select user_id from oauth_accounts where provider = $1 and provider_id = $2",
        provider,
        subject,
    )
    .fetch_optional(db)
    .await?)
}

/// Links `(provider, subject)` to `user_id`; a link made concurrently is kept.
pub async fn link(
    db: impl PgExecutor<'_>,
    user_id: Uuid,
    provider: &str,
    subject: &str,
) -> Result<()> {
    sqlx::query!(
        "insert into oauth_accounts (user_id, provider, provider_id) values ($1, $2, $3)
         on conflict (provider, provider_id) do nothing",
        user_id,
        provider,
        subject,
    )
    .execute(db)
    .await?;
    Ok(())
}
