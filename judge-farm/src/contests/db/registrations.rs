//! `contest_registrations`: who takes part in a contest.

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// Whether `user` is registered for the contest.
pub async fn is_registered(db: &PgPool, contest_id: Uuid, user: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select exists (select 1 from contest_registrations
                           where contest_id = $1 and user_id = $2) as "registered!""#,
        contest_id,
        user,
    )
    .fetch_one(db)
    .await?)
}

/// Registers `user` unless the contest has ended (by the database's clock, in the same
/// statement). Registering twice is registering once. Returns false when it has ended.
pub async fn register(db: &PgPool, contest_id: Uuid, user: Uuid) -> Result<bool> {
    let open = sqlx::query_scalar!(
        r#"select end_time > now() as "open!" from contests where id = $1"#,
        contest_id
    )
    .fetch_one(db)
    .await?;
    if !open {
        return Ok(false);
    }
    sqlx::query!(
        "insert into contest_registrations (contest_id, user_id) values ($1, $2)
         on conflict do nothing",
        contest_id,
        user,
    )
    .execute(db)
    .await?;
    Ok(true)
}

/// Unregisters `user` if the contest has not started; returns false once it has (the
/// registration stays: a participant cannot leave a running contest's standings).
pub async fn unregister(db: &PgPool, contest_id: Uuid, user: Uuid) -> Result<bool> {
    let upcoming = sqlx::query_scalar!(
        r#"select start_time > now() as "upcoming!" from contests where id = $1"#,
        contest_id
    )
    .fetch_one(db)
    .await?;
    if !upcoming {
        return Ok(false);
    }
    // The start is checked again in the delete, so one that comes in between keeps the row.
    sqlx::query!(
        "delete from contest_registrations r using contests c
          where r.contest_id = $1 and r.user_id = $2 and c.id = r.contest_id
            and c.start_time > now()",
        contest_id,
        user,
    )
    .execute(db)
    .await?;
    Ok(true)
}
