//! Ratings: each user's Elo-MMR state (`user_rating_states`), the shown rating
//! (`users.rating`) and the history (`rating_history`), written once per rated contest.

use algoarena_shared::contest_api::{RatingHistory, RatingHistoryEntry};
use algoarena_shared::rating::{PlayerState, RatingChange};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::{PgExecutor, PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::db::Result;

/// The stored states of these users, in the same order (a new player's for the unrated).
pub async fn states<'e>(db: impl PgExecutor<'e>, users: &[Uuid]) -> Result<Vec<PlayerState>> {
    let rows = sqlx::query!(
        r#"select user_id, state as "state: Json<PlayerState>"
             from user_rating_states where user_id = any($1)"#,
        users,
    )
    .fetch_all(db)
    .await?;
    let mut found: std::collections::HashMap<Uuid, PlayerState> =
        rows.into_iter().map(|r| (r.user_id, r.state.0)).collect();
    Ok(users.iter().map(|u| found.remove(u).unwrap_or_default()).collect())
}

/// A contest as finalising sees it, locked until the transaction ends.
pub struct Finalising {
    pub id: Uuid,
    pub rated: bool,
    pub end_time: DateTime<Utc>,
    pub ended: bool,
    pub finalised: bool,
}

pub async fn lock_contest(
    tx: &mut Transaction<'_, Postgres>,
    slug: &str,
) -> Result<Option<Finalising>> {
    Ok(sqlx::query_as!(
        Finalising,
        r#"select id, is_rated as rated, end_time, now() >= end_time as "ended!",
                  rating_finalised_at is not null as "finalised!"
             from contests where slug = $1 for update"#,
        slug,
    )
    .fetch_optional(&mut **tx)
    .await?)
}

/// The next rated, unfinalised contest whose board has been final for `delay` (the end, or
/// the freeze's lifting if later) and none of whose submissions waits for a verdict (a rejudge
/// in progress holds it back), locked; contests another transaction holds are skipped.
pub async fn lock_due(
    tx: &mut Transaction<'_, Postgres>,
    delay: std::time::Duration,
) -> Result<Option<(String, Finalising)>> {
    let delay_secs = delay.as_secs_f64();
    let row = sqlx::query!(
        r#"select c.id, c.slug, c.end_time
             from contests c
            where c.is_rated and c.rating_finalised_at is null
              and greatest(c.end_time,
                           c.start_time + make_interval(secs => coalesce(c.freeze_lifts_secs, 0)))
                  + make_interval(secs => $1) <= now()
              and not exists (select 1 from submissions s
                               where s.contest_id = c.id and s.kind = 'submit'
                                 and s.status in ('queued', 'judging'))
            order by c.end_time
            limit 1
            for update of c skip locked"#,
        delay_secs,
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| {
        let contest = Finalising {
            id: r.id,
            rated: true,
            end_time: r.end_time,
            ended: true,
            finalised: false,
        };
        (r.slug, contest)
    }))
}

/// Writes one rated player's result: state, shown rating, history row.
pub async fn apply(
    tx: &mut Transaction<'_, Postgres>,
    contest_id: Uuid,
    user: Uuid,
    rank: u32,
    change: &RatingChange,
) -> Result<()> {
    sqlx::query!(
        "insert into user_rating_states (user_id, state) values ($1, $2)
         on conflict (user_id) do update set state = excluded.state, updated_at = now()",
        user,
        Json(&change.state) as Json<&PlayerState>,
    )
    .execute(&mut **tx)
    .await?;
    let new_rating = change.after.display() as i32;
    sqlx::query!("update users set rating = $2 where id = $1", user, new_rating)
        .execute(&mut **tx)
        .await?;
    sqlx::query!(
        "insert into rating_history (user_id, contest_id, old_rating, new_rating, rank)
         values ($1, $2, $3, $4, $5) on conflict do nothing",
        user,
        contest_id,
        change.before.display() as i32,
        new_rating,
        rank as i32,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn mark_finalised(tx: &mut Transaction<'_, Postgres>, contest_id: Uuid) -> Result<()> {
    sqlx::query!("update contests set rating_finalised_at = now() where id = $1", contest_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A user's rating history by username (None: no such user).
pub async fn history(db: &PgPool, username: &str) -> Result<Option<RatingHistory>> {
    let Some(user) = sqlx::query!(
        "select id, username, rating from users where lower(username) = lower($1)",
        username
    )
    .fetch_optional(db)
    .await?
    else {
        return Ok(None);
    };
    let rows = sqlx::query!(
        "select c.slug, c.title, c.end_time, h.rank, h.old_rating, h.new_rating
           from rating_history h join contests c on c.id = h.contest_id
          where h.user_id = $1 order by c.end_time, c.slug",
        user.id,
    )
    .fetch_all(db)
    .await?;
    Ok(Some(RatingHistory {
        username: user.username,
        rating: user.rating,
        entries: rows
            .into_iter()
            .map(|r| RatingHistoryEntry {
                contest_slug: r.slug,
                contest_title: r.title,
                rank: r.rank.max(1) as u32,
                old_rating: r.old_rating,
                new_rating: r.new_rating,
                at: r.end_time.to_rfc3339(),
            })
            .collect(),
    }))
}
