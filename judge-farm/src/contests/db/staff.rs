//! Who may act on contests as staff: today the `admin` role (`users.role`), read from the
//! database on each call, so a role taken away takes effect at once, whatever a token says.

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

pub async fn is_admin(db: &PgPool, user_id: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select exists (select 1 from users where id = $1 and role = 'admin') as "admin!""#,
        user_id
    )
    .fetch_one(db)
    .await?)
}
