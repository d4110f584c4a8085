//! Queries of the judging tables, one module per table group (the account tables' queries are
//! in `accounts::db`). Handlers call these; no SQL lives elsewhere.

mod error;
pub mod problem_list;
pub mod problems;
pub mod reviews;
pub mod scoring;
pub mod standings;
pub mod streaks;
pub mod submissions;
pub mod usernames;

pub use error::{Error, Result, Taken};

/// Whether the database answers a trivial query (the readiness probe).
pub async fn ping(db: &sqlx::PgPool) -> Result<()> {
    sqlx::query!(r#"select 1 as "one!""#).fetch_one(db).await?;
    Ok(())
}
