//! Virtual runs (`virtual_runs`, migration 0022): starting one, finding a user's, and the
//! submissions a replay needs: the contest's own (timed from its start) and the run's (timed
//! from the run's start). Elapsed times come from the database's clock, like every contest time.

use algoarena_shared::ids::UserId;
use algoarena_shared::scoring::{ContestTime, Participant, Points, ProblemIndex, Submission};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;
use crate::model::Status;

/// A user's run of one contest, with the database's `now` seen from it.
#[derive(Debug, Clone)]
pub struct Run {
    pub id: Uuid,
    pub started_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Seconds since `started_at`, now.
    pub elapsed_secs: i64,
}

/// What starting a run did.
#[derive(Debug, Clone)]
pub enum Started {
    Started(Run),
    /// The user already has a run of this contest.
    Exists,
    /// The user's run of another contest is still going.
    OtherActive,
}

/// Starts the user's run of the contest, now, for `length_secs`. One run per user per
/// contest, and one going at a time (so a submit knows which run it is for).
pub async fn start(
    db: &PgPool,
    contest_id: Uuid,
    user_id: Uuid,
    length_secs: i64,
) -> Result<Started> {
    let mut tx = db.begin().await?;
    // Serialises one user's starts, so two at once cannot both pass the check below.
    sqlx::query!("select id from users where id = $1 for update", user_id)
        .fetch_optional(&mut *tx)
        .await?;
    let active = sqlx::query_scalar!(
        r#"select exists (select 1 from virtual_runs where user_id = $1 and contest_id <> $2
                            and now() < ends_at) as "active!""#,
        user_id,
        contest_id,
    )
    .fetch_one(&mut *tx)
    .await?;
    if active {
        return Ok(Started::OtherActive);
    }
    let run = sqlx::query_as!(
        Run,
        r#"insert into virtual_runs (contest_id, user_id, ends_at)
           values ($1, $2, now() + make_interval(secs => $3))
           on conflict on constraint virtual_runs_once do nothing
           returning id, started_at, ends_at, 0::bigint as "elapsed_secs!""#,
        contest_id,
        user_id,
        length_secs as f64,
    )
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(run.map_or(Started::Exists, Started::Started))
}

/// The user's run of the contest, if they started one.
pub async fn find(db: &PgPool, contest_id: Uuid, user_id: Uuid) -> Result<Option<Run>> {
    Ok(sqlx::query_as!(
        Run,
        r#"select id, started_at, ends_at,
                  floor(extract(epoch from (now() - started_at)))::bigint as "elapsed_secs!"
             from virtual_runs where contest_id = $1 and user_id = $2"#,
        contest_id,
        user_id,
    )
    .fetch_optional(db)
    .await?)
}

struct SubRow {
    user_id: Uuid,
    order_index: i32,
    status: Status,
    score: Option<f64>,
    secs: i64,
}

fn to_submission(r: SubRow, participant: Participant) -> Submission {
    Submission {
        participant,
        problem: ProblemIndex(r.order_index.clamp(0, i32::from(u16::MAX)) as u16),
        inserted_at: ContestTime(r.secs.clamp(0, i64::from(u32::MAX)) as u32),
        status: r.status,
        score: Points(r.score.unwrap_or(0.0).max(0.0).round() as u64),
    }
}

/// Every contest submission of the contest (the live participants'), in insertion order,
/// timed from the contest's start.
pub async fn contest_submissions(
    db: &PgPool,
    contest_id: Uuid,
    start: DateTime<Utc>,
) -> Result<Vec<Submission>> {
    let rows = sqlx::query_as!(
        SubRow,
        r#"select s.user_id, cp.order_index, s.status as "status: Status", s.score,
                  floor(extract(epoch from (s.created_at - $2::timestamptz)))::bigint as "secs!"
             from submissions s
             join contest_problems cp on cp.contest_id = s.contest_id
                                     and cp.problem_id = s.problem_id
            where s.contest_id = $1 and s.kind = 'submit'
            order by s.created_at, s.id"#,
        contest_id,
        start,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let who = Participant::live(UserId(r.user_id));
            to_submission(r, who)
        })
        .collect())
}

/// The run's submissions, in insertion order, timed from the run's start.
pub async fn run_submissions(db: &PgPool, contest_id: Uuid, run: &Run) -> Result<Vec<Submission>> {
    let rows = sqlx::query_as!(
        SubRow,
        r#"select s.user_id, cp.order_index, s.status as "status: Status", s.score,
                  floor(extract(epoch from (s.created_at - $3::timestamptz)))::bigint as "secs!"
             from submissions s
             join contest_problems cp on cp.contest_id = $1 and cp.problem_id = s.problem_id
            where s.virtual_run_id = $2 and s.kind = 'submit'
            order by s.created_at, s.id"#,
        contest_id,
        run.id,
        run.started_at,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let who = Participant::virtual_(UserId(r.user_id));
            to_submission(r, who)
        })
        .collect())
}

/// Usernames of these users.
pub async fn usernames(
    db: &PgPool,
    users: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, String>> {
    let rows = sqlx::query!("select id, username from users where id = any($1)", users)
        .fetch_all(db)
        .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.username)).collect())
}
