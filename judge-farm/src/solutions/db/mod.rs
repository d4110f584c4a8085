//! Queries of `solutions` and `solution_votes` (migration 0060). They read and write; the
//! routes decide who may.

pub mod list;
pub mod rows;
pub mod votes;

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// A published problem `reader` may see (`problem_visible`, migration 0020), anonymous readers
/// included: its id, or None for an unknown or hidden one (answered 404 alike).
pub async fn visible_problem(
    db: &PgPool,
    slug: &str,
    reader: Option<Uuid>,
) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select id from problems where slug = $1 and is_published and problem_visible(id, $2)",
        slug,
        reader,
    )
    .fetch_optional(db)
    .await?)
}
