//! A user's solving streak (`users.streak_current`, `streak_longest`, `last_active_date`):
//! runs of consecutive days with an accepted submission, days counted in the user's own time
//! zone (`users.time_zone`).

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;

/// Recomputes the user's streak columns from their accepted submissions. Called in the
/// transaction that stores an accepted verdict, and when the user changes their time zone
/// (their days move with it). Recomputing rather than counting up keeps a late verdict of an
/// older submission, or a time zone change, from leaving the columns wrong; it reads only the
/// user's accepted submissions (an index of its own, migration 0034).
///
/// `streak_current` is the length of the latest run, which ended on `last_active_date`;
/// readers treat it as broken once a whole day has passed since (see `profile`).
pub async fn refresh(db: impl PgExecutor<'_>, user_id: Uuid) -> Result<()> {
    sqlx::query!(
        "with days as (
             select distinct (s.created_at at time zone u.time_zone)::date as day
               from submissions s join users u on u.id = s.user_id
              where s.user_id = $1 and s.status = 'accepted' and s.kind = 'submit'
         ), runs as (
             -- consecutive days share day - row_number (gaps and islands)
             select day, day - (row_number() over (order by day))::int as run from days
         ), islands as (
             select max(day) as last, count(*)::int as len from runs group by run
         )
         update users set
             streak_longest = coalesce((select max(len) from islands), 0),
             streak_current = coalesce((select len from islands order by last desc limit 1), 0),
             last_active_date = (select max(last) from islands)
          where id = $1",
        user_id,
    )
    .execute(db)
    .await?;
    Ok(())
}
