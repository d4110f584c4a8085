//! The daily problem's tables: scheduling a day's problem, reading it, and a user's daily
//! solves (written by the trigger of migration 0037).

use algoarena_shared::api::ProblemSummary;
use chrono::NaiveDate;
use sqlx::PgPool;
use uuid::Uuid;

use super::SummaryRow;
use crate::db::Result;

/// Gives `day` a problem unless it has one; returns whether this call picked it.
///
/// Candidates are the published, free problems everyone may see. The pick is the one whose
/// nearest use as a daily problem (before or after `day`) is farthest away, never-used ones
/// first, so no problem repeats within a year while any other is left; ties are broken by a
/// hash of the day and the slug, which spreads the picks and makes them reproducible.
/// `on conflict do nothing`: two farms scheduling the same day at once agree on the first.
pub async fn schedule_day(db: &PgPool, day: NaiveDate) -> Result<bool> {
    let picked = sqlx::query!(
        r#"insert into daily_problems (day, problem_id)
           select $1::date, p.id
             from problems p
            where p.is_published and not p.is_premium and problem_visible(p.id, null)
            order by (select min(abs(d.day - $1::date)) from daily_problems d
                       where d.problem_id = p.id) desc nulls first,
                     md5(($1::date)::text || p.slug)
            limit 1
           on conflict (day) do nothing
           returning day"#,
        day,
    )
    .fetch_optional(db)
    .await?;
    Ok(picked.is_some())
}

/// The problem of `day`, as everyone may see it; `None` when the day has none (or it is hidden).
pub async fn problem_of(db: &PgPool, day: NaiveDate) -> Result<Option<ProblemSummary>> {
    let row = sqlx::query_as!(
        SummaryRow,
        r#"select p.slug, p.title, p.difficulty, p.acceptance_rate, p.is_premium,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = p.id),
                           '{}') as "tags!"
             from daily_problems d
             join problems p on p.id = d.problem_id
            where d.day = $1 and p.is_published and problem_visible(p.id, null)"#,
        day,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(ProblemSummary::try_from).transpose()?)
}

/// The days up to `day` on which `user` solved the day's problem, newest first, at most
/// `limit` of them (a streak longer than that is reported as `limit`).
pub async fn solved_days(
    db: &PgPool,
    user: Uuid,
    day: NaiveDate,
    limit: i64,
) -> Result<Vec<NaiveDate>> {
    let rows = sqlx::query!(
        r#"select day from daily_solves
            where user_id = $1 and day <= $2
            order by day desc
            limit $3"#,
        user,
        day,
        limit,
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| r.day).collect())
}

/// Records that `user` solved `problem` with a submission made at `at`, if it was that UTC
/// day's problem; true when newly recorded. The trigger of migration 0037 already does this
/// for every accepted submission, so callers need it only for solves stored some other way.
pub async fn record_solve(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<bool> {
    let row =
        sqlx::query!(r#"select record_daily_solve($1, $2, $3) as "recorded!""#, user, problem, at)
            .fetch_one(db)
            .await?;
    Ok(row.recorded)
}
