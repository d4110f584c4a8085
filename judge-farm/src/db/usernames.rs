//! Users' stored names by id: what the edge keys cached public profiles by, so the farm can
//! name the profiles to purge after a change it made by user id (a verdict, a rating).

use uuid::Uuid;

use super::Result;

/// The stored usernames of `users` (any order; ids with no account are left out).
pub async fn of(db: impl sqlx::PgExecutor<'_>, users: &[Uuid]) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar!("select username from users where id = any($1)", users)
        .fetch_all(db)
        .await?)
}

/// The stored usernames of everyone a contest's rating round moved.
pub async fn rated_in(db: impl sqlx::PgExecutor<'_>, contest_slug: &str) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar!(
        "select u.username from rating_history h
           join users u on u.id = h.user_id
           join contests c on c.id = h.contest_id
          where c.slug = $1",
        contest_slug,
    )
    .fetch_all(db)
    .await?)
}
