//! Who is a premium member: the one predicate every gate asks, so the premium issue (14)
//! changes this file and nothing else.

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// Whether `user` may read premium text: today `users.role` is `premium` (with a plan that has
/// not expired) or `admin`. No one can buy premium yet, so in practice only seeded roles pass.
pub async fn is_premium(db: &PgPool, user: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select (role = 'admin'
                   or (role = 'premium' and (plan_expires_at is null or plan_expires_at > now())))
                  as "premium!"
             from users where id = $1"#,
        user,
    )
    .fetch_optional(db)
    .await?
    .unwrap_or(false))
}
