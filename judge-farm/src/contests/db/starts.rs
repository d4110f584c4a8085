//! Contests whose start has come but has not been announced to the edge yet.

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// A started contest the edge still caches as hidden, with its problems' slugs.
#[derive(Debug, Clone)]
pub struct Unannounced {
    pub id: Uuid,
    pub slug: String,
    pub problem_slugs: Vec<String>,
}

/// Every contest that has started and was not announced yet.
pub async fn unannounced(db: &PgPool) -> Result<Vec<Unannounced>> {
    Ok(sqlx::query_as!(
        Unannounced,
        r#"select c.id, c.slug,
                  coalesce((select array_agg(p.slug::text order by cp.order_index)
                              from contest_problems cp join problems p on p.id = cp.problem_id
                             where cp.contest_id = c.id), '{}') as "problem_slugs!"
             from contests c
            where c.start_announced_at is null and c.start_time <= now()
            order by c.start_time"#,
    )
    .fetch_all(db)
    .await?)
}

/// Records that the edge was told contest `id` started.
pub async fn mark_announced(db: &PgPool, id: Uuid) -> Result<()> {
    sqlx::query!("update contests set start_announced_at = now() where id = $1", id)
        .execute(db)
        .await?;
    Ok(())
}
