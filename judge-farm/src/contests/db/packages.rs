//! Writing an imported contest package: the contest row, its problems and its setters.

use algoarena_shared::contest_package::ContestPackage;
use chrono::{DateTime, Utc};
use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use super::names::{format_name, kind_name};
use crate::db::Result;

/// The stored contest of a slug, as re-import needs it.
#[derive(Debug, Clone)]
pub struct Existing {
    pub id: Uuid,
    pub start_time: DateTime<Utc>,
    /// Whether it has started by the database's clock (the one `problem_visible` uses).
    pub started: bool,
}

/// The contest with this slug, locked until the transaction ends so two imports of one
/// package cannot interleave.
pub async fn lock_existing(
    tx: &mut Transaction<'_, Postgres>,
    slug: &str,
) -> Result<Option<Existing>> {
    Ok(sqlx::query_as!(
        Existing,
        r#"select id, start_time, start_time <= now() as "started!"
             from contests where slug = $1 for update"#,
        slug,
    )
    .fetch_optional(&mut **tx)
    .await?)
}

/// The ids of the published problems among `slugs`, by slug (missing ones are absent).
pub async fn problem_ids(
    tx: &mut Transaction<'_, Postgres>,
    slugs: &[String],
) -> Result<Vec<(String, Uuid)>> {
    let rows =
        sqlx::query!("select slug, id from problems where slug = any($1) and is_published", slugs,)
            .fetch_all(&mut **tx)
            .await?;
    Ok(rows.into_iter().map(|r| (r.slug, r.id)).collect())
}

/// The ids of the users among `usernames`, by username (missing ones are absent).
pub async fn user_ids(
    tx: &mut Transaction<'_, Postgres>,
    usernames: &[String],
) -> Result<Vec<(String, Uuid)>> {
    let rows = sqlx::query!("select username, id from users where username = any($1)", usernames)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(|r| (r.username, r.id)).collect())
}

/// The slugs of the contest's problems as stored now (before a re-import replaces them).
pub async fn problem_slugs(
    tx: &mut Transaction<'_, Postgres>,
    contest_id: Uuid,
) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar!(
        "select p.slug from contest_problems cp join problems p on p.id = cp.problem_id
          where cp.contest_id = $1 order by cp.order_index",
        contest_id,
    )
    .fetch_all(&mut **tx)
    .await?)
}

/// Inserts or updates the contest by slug and replaces its problems (`problem_ids` in contest
/// order) and setters. A start moved into the future is announced again when it comes.
pub async fn upsert(
    tx: &mut Transaction<'_, Postgres>,
    package: &ContestPackage,
    problem_ids: &[Uuid],
    setter_ids: &[Uuid],
) -> Result<Uuid> {
    let start = DateTime::<Utc>::from_timestamp(package.starts_at, 0).unwrap_or_default();
    let end = start + chrono::Duration::seconds(i64::from(package.duration.seconds()));
    let freeze_starts = package.freeze.map(|f| f.starts_at.seconds() as i32);
    let freeze_lifts = package.freeze.map(|f| f.lifts_at.seconds() as i32);
    let id = sqlx::query_scalar!(
        "insert into contests (slug, title, start_time, end_time, type, is_rated, format,
                               freeze_starts_secs, freeze_lifts_secs)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (slug) do update set
           title = excluded.title, start_time = excluded.start_time,
           end_time = excluded.end_time, type = excluded.type, is_rated = excluded.is_rated,
           format = excluded.format, freeze_starts_secs = excluded.freeze_starts_secs,
           freeze_lifts_secs = excluded.freeze_lifts_secs,
           start_announced_at = case when excluded.start_time > now() then null
                                     else contests.start_announced_at end
         returning id",
        package.slug,
        package.title,
        start,
        end,
        kind_name(package.kind),
        package.rated,
        format_name(package.format),
        freeze_starts,
        freeze_lifts,
    )
    .fetch_one(&mut **tx)
    .await?;

    sqlx::query!("delete from contest_problems where contest_id = $1", id)
        .execute(&mut **tx)
        .await?;
    let points: Vec<i32> = package.problems.iter().map(|p| p.points.0 as i32).collect();
    let order: Vec<i32> = (0..problem_ids.len() as i32).collect();
    sqlx::query!(
        "insert into contest_problems (contest_id, problem_id, points, order_index)
         select $1, * from unnest($2::uuid[], $3::int[], $4::int[])",
        id,
        problem_ids,
        &points,
        &order,
    )
    .execute(&mut **tx)
    .await?;

    sqlx::query!("delete from contest_setters where contest_id = $1", id)
        .execute(&mut **tx)
        .await?;
    sqlx::query!(
        "insert into contest_setters (contest_id, user_id) select $1, * from unnest($2::uuid[])",
        id,
        setter_ids,
    )
    .execute(&mut **tx)
    .await?;
    Ok(id)
}
