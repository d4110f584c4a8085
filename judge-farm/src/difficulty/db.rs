//! Queries of the calibrated difficulty: the first attempt sessions read from `submissions`,
//! the fitted ratings written whole (`problem_practice_ratings`, `user_practice_ratings`), and
//! the two ratings one reader's chance needs.

use std::collections::BTreeMap;

use algoarena_shared::api::Difficulty;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

use super::fit::{Attempt, Fit};
use crate::db::Result;

/// Every (user, problem) pair's first attempt session: the submissions within
/// `SESSION_HOURS` of the pair's first judged one, solved if any of them was accepted. A
/// compile error or the judge's own failure is no attempt. Contest entries count: they are
/// attempts at the problem like any other.
pub async fn first_sessions(db: impl PgExecutor<'_>) -> Result<Vec<Attempt>> {
    let rows = sqlx::query!(
        r#"with judged as (
               select user_id, problem_id, created_at, status = 'accepted' as solved
                 from submissions
                where kind = 'submit'
                  and status not in ('queued', 'judging', 'compile_error', 'internal_error')
           ), firsts as (
               select user_id, problem_id, min(created_at) as started
                 from judged group by user_id, problem_id
           )
           select j.user_id as "user_id!", j.problem_id as "problem_id!", bool_or(j.solved) as "solved!"
             from judged j join firsts f using (user_id, problem_id)
            where j.created_at < f.started + make_interval(hours => $1)
            group by j.user_id, j.problem_id
            order by j.user_id, j.problem_id"#,
        SESSION_HOURS,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Attempt { user: r.user_id, problem: r.problem_id, solved: r.solved })
        .collect())
}

/// How long a first attempt session lasts: a sitting, not a return days later.
pub const SESSION_HOURS: i32 = 2;

/// Every problem's labelled difficulty, for the prior.
pub async fn difficulties(db: impl PgExecutor<'_>) -> Result<BTreeMap<Uuid, Difficulty>> {
    let rows = sqlx::query!(r#"select id, difficulty as "difficulty!: Difficulty" from problems"#)
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.difficulty)).collect())
}

/// Takes the fit's lock for the transaction, or false when another farm is storing a fit
/// right now (its ratings come from the same data, so this one is skipped).
pub async fn try_lock(tx: &mut PgConnection) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select pg_try_advisory_xact_lock(hashtext('algoarena:difficulty_fit')) as "locked!""#
    )
    .fetch_one(&mut *tx)
    .await?)
}

/// When the stored fit was made; None before the first.
pub async fn last_fitted_at(db: impl PgExecutor<'_>) -> Result<Option<DateTime<Utc>>> {
    Ok(sqlx::query_scalar!("select max(fitted_at) from problem_practice_ratings")
        .fetch_one(db)
        .await?)
}

/// Replaces both tables with `fit`, in the caller's transaction.
pub async fn store(tx: &mut PgConnection, fit: &Fit, at: DateTime<Utc>) -> Result<()> {
    let (ids, ratings, attempts) = columns(&fit.problems);
    sqlx::query!("delete from problem_practice_ratings").execute(&mut *tx).await?;
    sqlx::query!(
        "insert into problem_practice_ratings (problem_id, rating, attempts, fitted_at)
         select p, r, a, $4::timestamptz from unnest($1::uuid[], $2::float8[], $3::int[]) as t (p, r, a)
          where exists (select 1 from problems where id = p)",
        &ids,
        &ratings,
        &attempts,
        at,
    )
    .execute(&mut *tx)
    .await?;
    let (ids, ratings, attempts) = columns(&fit.users);
    sqlx::query!("delete from user_practice_ratings").execute(&mut *tx).await?;
    sqlx::query!(
        "insert into user_practice_ratings (user_id, rating, attempts, fitted_at)
         select u, r, a, $4::timestamptz from unnest($1::uuid[], $2::float8[], $3::int[]) as t (u, r, a)
          where exists (select 1 from users where id = u)",
        &ids,
        &ratings,
        &attempts,
        at,
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

fn columns(rated: &BTreeMap<Uuid, super::fit::Rated>) -> (Vec<Uuid>, Vec<f64>, Vec<i32>) {
    let ids = rated.keys().copied().collect();
    let ratings = rated.values().map(|r| r.rating).collect();
    let attempts = rated.values().map(|r| i32::try_from(r.attempts).unwrap_or(i32::MAX)).collect();
    (ids, ratings, attempts)
}

/// A stored rating and the attempts behind it; None when the subject was not fitted yet.
pub struct StoredRating {
    pub rating: f64,
    pub attempts: i32,
}

pub async fn user_rating(db: impl PgExecutor<'_>, user: Uuid) -> Result<Option<StoredRating>> {
    Ok(sqlx::query_as!(
        StoredRating,
        "select rating, attempts from user_practice_ratings where user_id = $1",
        user
    )
    .fetch_optional(db)
    .await?)
}

/// The problems' stored ratings, by slug (a slug with none is missing from the map).
pub async fn problem_ratings(
    db: impl PgExecutor<'_>,
    slugs: &[String],
) -> Result<BTreeMap<String, StoredRating>> {
    let rows = sqlx::query!(
        "select p.slug, r.rating, r.attempts
           from problem_practice_ratings r join problems p on p.id = r.problem_id
          where p.slug = any($1)",
        slugs,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.slug, StoredRating { rating: r.rating, attempts: r.attempts }))
        .collect())
}

/// A published problem's labelled difficulty, if `user` may see it (the one visibility rule).
pub async fn visible_difficulty(
    db: impl PgExecutor<'_>,
    slug: &str,
    user: Uuid,
) -> Result<Option<Difficulty>> {
    Ok(sqlx::query_scalar!(
        r#"select difficulty as "difficulty!: Difficulty" from problems
            where slug = $1 and is_published and problem_visible(id, $2)"#,
        slug,
        Some(user),
    )
    .fetch_optional(db)
    .await?)
}
