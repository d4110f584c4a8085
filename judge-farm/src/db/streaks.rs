//! A user's solving streak (`users.streak_current`, `streak_longest`, `last_active_date`):
//! runs of consecutive days with an accepted submission, days counted in the user's own time
//! zone (`users.time_zone`).

use algoarena_shared::ids::SubmissionId;
use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

use crate::db::Result;

/// Moves the streak forward for one newly accepted submission, in the transaction that stores
/// its verdict. The common case (a verdict for today, or the day after the last active one)
/// is a single-row update; only a late verdict for a day before `last_active_date`, which may
/// join two runs, falls back to [`refresh`].
pub async fn extend(tx: &mut PgConnection, user_id: Uuid, submission: SubmissionId) -> Result<()> {
    let moved = sqlx::query_scalar!(
        r#"with accepted as (
               select (s.created_at at time zone u.time_zone)::date as day
                 from submissions s join users u on u.id = s.user_id
                where s.id = $2 and u.id = $1
           ), next as (
               select u.id,
                      a.day,
                      case when u.last_active_date = a.day then u.streak_current
                           when u.last_active_date = a.day - 1 then u.streak_current + 1
                           else 1 end as current
                 from users u, accepted a
                where u.id = $1 and (u.last_active_date is null or a.day >= u.last_active_date)
           )
           update users u set
               streak_current = next.current,
               streak_longest = greatest(u.streak_longest, next.current),
               last_active_date = next.day
             from next
            where u.id = next.id
        returning u.id"#,
        user_id,
        submission as SubmissionId,
    )
    .fetch_optional(&mut *tx)
    .await?;
    if moved.is_none() {
        refresh(&mut *tx, user_id).await?;
    }
    Ok(())
}

/// Recomputes the user's streak columns from all their accepted submissions: when the user
/// changes their time zone (their days move with it), and for a late verdict of an older day
/// (see [`extend`]). It reads only the user's accepted submissions (an index of its own,
/// migration 0034).
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
