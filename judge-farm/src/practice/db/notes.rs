//! Private notes: `user_problem_state.notes` with `notes_updated_at` (migration 0031).

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// Writes the note (an empty text clears it) and returns when.
pub async fn put(db: &PgPool, user: Uuid, problem: Uuid, text: &str) -> Result<DateTime<Utc>> {
    let note = (!text.is_empty()).then_some(text);
    Ok(sqlx::query_scalar!(
        r#"insert into user_problem_state (user_id, problem_id, notes, notes_updated_at)
           values ($1, $2, $3, now())
           on conflict (user_id, problem_id) do update
              set notes = excluded.notes, notes_updated_at = now()
           returning notes_updated_at as "updated_at!""#,
        user,
        problem,
        note,
    )
    .fetch_one(db)
    .await?)
}

/// The note's text and when it was written; None when there is none.
pub async fn get(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
) -> Result<Option<(String, DateTime<Utc>)>> {
    let row = sqlx::query!(
        r#"select notes as "notes!", notes_updated_at as "updated_at!" from user_problem_state
            where user_id = $1 and problem_id = $2 and notes is not null
              and notes_updated_at is not null"#,
        user,
        problem,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.notes, r.updated_at)))
}
