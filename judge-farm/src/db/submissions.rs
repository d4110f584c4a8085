//! The `submissions` table and what a verdict updates with it (problem counters, user state).

use algoarena_shared::api::Submission;
use algoarena_shared::verdict::Status;
use chrono::{DateTime, Utc};
use sqlx::{FromRow, PgPool};
use uuid::Uuid;

use crate::error::ApiResult;

#[derive(Debug, FromRow)]
struct SubmissionRow {
    id: Uuid,
    problem_slug: String,
    language: String,
    status: String,
    runtime_ms: Option<i32>,
    memory_kb: Option<i32>,
    test_cases_passed: Option<i32>,
    test_cases_total: Option<i32>,
    error_message: Option<String>,
    created_at: DateTime<Utc>,
}

impl SubmissionRow {
    fn to_api(self) -> Submission {
        let status = Status::parse(&self.status).unwrap_or(Status::InternalError);
        Submission {
            id: self.id.to_string(),
            problem_slug: self.problem_slug,
            language: self.language,
            status,
            runtime_ms: self.runtime_ms,
            memory_kb: self.memory_kb,
            test_cases_passed: self.test_cases_passed,
            test_cases_total: self.test_cases_total,
            error_message: self.error_message,
            created_at: self.created_at.to_rfc3339(),
            finished: status.is_final(),
        }
    }
}

const SELECT: &str = "select s.id, p.slug as problem_slug, s.language, s.status, s.runtime_ms,
    s.memory_kb, s.test_cases_passed, s.test_cases_total, s.error_message, s.created_at
    from submissions s join problems p on p.id = s.problem_id";

pub async fn insert(
    db: &PgPool,
    user_id: Uuid,
    problem_id: Uuid,
    language: &str,
    code: &str,
) -> ApiResult<Submission> {
    let id: Uuid = sqlx::query_scalar(
        "insert into submissions (user_id, problem_id, language, code, status, kind)
         values ($1, $2, $3, $4, 'queued', 'submit') returning id",
    )
    .bind(user_id)
    .bind(problem_id)
    .bind(language)
    .bind(code)
    .fetch_one(db)
    .await?;
    Ok(get_own(db, id, user_id).await?.expect("the row was just inserted"))
}

/// A submission, only if it belongs to `user_id` (others' submissions look absent).
pub async fn get_own(db: &PgPool, id: Uuid, user_id: Uuid) -> ApiResult<Option<Submission>> {
    let sql = format!("{SELECT} where s.id = $1 and s.user_id = $2");
    let row = sqlx::query_as::<_, SubmissionRow>(&sql)
        .bind(id)
        .bind(user_id)
        .fetch_optional(db)
        .await?;
    Ok(row.map(SubmissionRow::to_api))
}

/// A submission claimed by a worker for judging.
#[derive(Debug, Clone, FromRow)]
pub struct Claimed {
    pub id: Uuid,
    pub user_id: Uuid,
    pub problem_id: Uuid,
    pub language: String,
    pub code: String,
    pub lease_token: Uuid,
}

/// Moves a queued submission to judging under a fresh lease. None when another worker has it
/// or it is already judged, so a job delivered twice is judged once.
pub async fn claim(db: &PgPool, id: Uuid) -> ApiResult<Option<Claimed>> {
    Ok(sqlx::query_as::<_, Claimed>(
        "update submissions set status = 'judging', lease_token = gen_random_uuid(),
                attempts = attempts + 1
          where id = $1 and status = 'queued'
          returning id, user_id, problem_id, language, code, lease_token",
    )
    .bind(id)
    .fetch_optional(db)
    .await?)
}

/// The judge's result for one submission.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub status: Status,
    pub runtime_ms: Option<i32>,
    pub memory_kb: Option<i32>,
    pub passed: i32,
    pub total: i32,
    pub error_message: Option<String>,
}

/// Stores a verdict, fenced by the lease: a worker whose lease was taken away writes nothing.
/// Problem counters and the user's problem state change in the same transaction.
pub async fn finish(db: &PgPool, job: &Claimed, verdict: &Verdict) -> ApiResult<bool> {
    let mut tx = db.begin().await?;
    let updated = sqlx::query(
        "update submissions set status = $3, runtime_ms = $4, memory_kb = $5,
                test_cases_passed = $6, test_cases_total = $7, error_message = $8,
                judged_at = now(), lease_token = null
          where id = $1 and lease_token = $2 and status = 'judging'",
    )
    .bind(job.id)
    .bind(job.lease_token)
    .bind(verdict.status.as_str())
    .bind(verdict.runtime_ms)
    .bind(verdict.memory_kb)
    .bind(verdict.passed)
    .bind(verdict.total)
    .bind(&verdict.error_message)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(false);
    }
    let accepted = verdict.status == Status::Accepted;
    sqlx::query(
        "update problems set total_submissions = total_submissions + 1,
                total_accepted = total_accepted + $2::int,
                acceptance_rate = (total_accepted + $2::int)::float8 / (total_submissions + 1)
          where id = $1",
    )
    .bind(job.problem_id)
    .bind(i32::from(accepted))
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into user_problem_state (user_id, problem_id, status, last_attempted_at, solved_at)
         values ($1, $2, case when $3 then 'solved' else 'attempted' end, now(),
                 case when $3 then now() end)
         on conflict (user_id, problem_id) do update set
           status = case when user_problem_state.status = 'solved' or $3 then 'solved'
                         else 'attempted' end,
           last_attempted_at = now(),
           solved_at = coalesce(user_problem_state.solved_at, excluded.solved_at)",
    )
    .bind(job.user_id)
    .bind(job.problem_id)
    .bind(accepted)
    .execute(&mut *tx)
    .await?;
    if accepted {
        // The fastest accepted submission of a user on a problem is their best.
        sqlx::query(
            "update submissions s set is_best = (s.id = best.id)
               from (select id from submissions where user_id = $1 and problem_id = $2
                        and status = 'accepted' order by runtime_ms nulls last, created_at
                        limit 1) best
              where s.user_id = $1 and s.problem_id = $2 and s.status = 'accepted'",
        )
        .bind(job.user_id)
        .bind(job.problem_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Submissions that should be in the queue but may not be: queued for a while (the enqueue
/// after the insert failed, or Redis lost it) or judging far longer than any judging takes
/// (the worker died). Judging ones go back to queued; all are returned for re-enqueueing.
pub async fn recover_stale(db: &PgPool, queued_secs: i64, judging_secs: i64) -> ApiResult<Vec<Uuid>> {
    sqlx::query(
        "update submissions set status = 'queued', lease_token = null
          where status = 'judging' and updated_at < now() - make_interval(secs => $1)",
    )
    .bind(judging_secs as f64)
    .execute(db)
    .await?;
    Ok(sqlx::query_scalar(
        "select id from submissions where status = 'queued'
            and updated_at < now() - make_interval(secs => $1) order by created_at limit 500",
    )
    .bind(queued_secs as f64)
    .fetch_all(db)
    .await?)
}
