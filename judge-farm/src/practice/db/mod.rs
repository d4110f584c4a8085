//! Queries of the practice tables: `code_drafts`, the bookmark and note columns of
//! `user_problem_state`, hints and editorials as gated reads, `editorial_unsolved_views`, and
//! the filtered list of a user's submissions.

pub mod bookmarks;
pub mod companies;
pub mod drafts;
pub mod gated;
pub mod my_submissions;
pub mod notes;

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// The id of a published problem `user` may see (the one visibility rule, migration 0020);
/// None for an unknown or hidden one, which the routes answer 404 alike.
pub async fn visible_problem(db: &PgPool, slug: &str, user: Uuid) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select id from problems where slug = $1 and is_published and problem_visible(id, $2)",
        slug,
        Some(user),
    )
    .fetch_optional(db)
    .await?)
}
