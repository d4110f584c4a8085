//! The `submissions` table and what a verdict updates with it (problem counters, user state).

use std::time::Duration;

use algoarena_shared::api::{FailedTest, RunCase, Submission, SubmissionPage};
use algoarena_shared::language::Language;
use chrono::{DateTime, Utc};
use sqlx::{FromRow, PgPool};
use uuid::Uuid;

use crate::error::ApiResult;
use crate::model::{Score, Status, StoredKind, SubmissionId, SubmissionKind, Verdict};

#[derive(Debug, FromRow)]
struct SubmissionRow {
    id: SubmissionId,
    problem_slug: String,
    language: Language,
    status: Status,
    runtime_ms: Option<i32>,
    memory_kb: Option<i32>,
    test_cases_passed: Option<i32>,
    test_cases_total: Option<i32>,
    error_message: Option<String>,
    failed_test: Option<sqlx::types::Json<FailedTest>>,
    score: Option<f64>,
    max_score: Option<f64>,
    kind: StoredKind,
    run_cases: Option<sqlx::types::Json<Vec<RunCase>>>,
    created_at: DateTime<Utc>,
}

impl SubmissionRow {
    fn into_api(self) -> Submission {
        let status = self.status;
        Submission {
            id: self.id.to_string(),
            problem_slug: self.problem_slug,
            language: self.language.id().to_string(),
            status,
            runtime_ms: self.runtime_ms,
            memory_kb: self.memory_kb,
            test_cases_passed: self.test_cases_passed,
            test_cases_total: self.test_cases_total,
            error_message: self.error_message,
            created_at: self.created_at.to_rfc3339(),
            finished: status.is_final(),
            failed_test: self.failed_test.map(|t| t.0),
            score: self.score,
            max_score: self.max_score,
            kind: self.kind.as_str().to_string(),
            cases: self.run_cases.map(|c| c.0).unwrap_or_default(),
        }
    }
}

const SELECT: &str = "select s.id, p.slug as problem_slug, s.language, s.status, s.runtime_ms,
    s.memory_kb, s.test_cases_passed, s.test_cases_total, s.error_message, s.failed_test, s.score, s.max_score, s.kind,
    s.run_cases, s.created_at
    from submissions s join problems p on p.id = s.problem_id";

pub async fn insert(
    db: &PgPool,
    user_id: Uuid,
    problem_id: Uuid,
    language: Language,
    code: &str,
    kind: &SubmissionKind,
) -> ApiResult<(SubmissionId, Submission)> {
    let run_inputs = match kind {
        SubmissionKind::Submit => None,
        SubmissionKind::Run(inputs) => inputs.as_ref(),
    };
    let id: SubmissionId = sqlx::query_scalar(
        "insert into submissions (user_id, problem_id, language, code, status, kind, run_inputs)
         values ($1, $2, $3, $4, 'queued', $5, $6) returning id",
    )
    .bind(user_id)
    .bind(problem_id)
    .bind(language)
    .bind(code)
    .bind(kind.stored())
    .bind(run_inputs.map(sqlx::types::Json))
    .fetch_one(db)
    .await?;
    let submission = get_own(db, id, user_id).await?.expect("the row was just inserted");
    Ok((id, submission))
}

/// A submission, only if it belongs to `user_id` (others' submissions look absent).
pub async fn get_own(
    db: &PgPool,
    id: SubmissionId,
    user_id: Uuid,
) -> ApiResult<Option<Submission>> {
    let sql = format!("{SELECT} where s.id = $1 and s.user_id = $2");
    let row =
        sqlx::query_as::<_, SubmissionRow>(&sql).bind(id).bind(user_id).fetch_optional(db).await?;
    Ok(row.map(SubmissionRow::into_api))
}

/// A submission claimed by a worker for judging.
#[derive(Debug, Clone, FromRow)]
pub struct Claimed {
    pub id: SubmissionId,
    pub user_id: Uuid,
    pub problem_id: Uuid,
    pub language: Language,
    pub code: String,
    pub lease_token: Uuid,
    /// Claims so far, this one included.
    pub attempts: i32,
    pub kind: StoredKind,
    /// A run's own inputs; None for a submission or a run of the samples.
    pub run_inputs: Option<sqlx::types::Json<Vec<String>>>,
}

impl Claimed {
    pub fn is_run(&self) -> bool {
        self.kind == StoredKind::Run
    }
}

/// What a worker got when it tried to claim a submission.
#[derive(Debug)]
pub enum Claim {
    /// Ours until the lease runs out; renew it with [`renew_lease`].
    Claimed(Claimed),
    /// Another worker holds a live lease on it.
    HeldElsewhere,
    /// It already has its final verdict.
    Final,
    /// No such submission.
    Missing,
}

/// Moves a submission to judging under a fresh lease of `lease`, if it is queued or its last
/// holder's lease has run out. A job delivered twice is thus judged once, and a stalled
/// worker's job can be taken over. Every claim counts as an attempt.
pub async fn claim(
    db: &PgPool,
    id: SubmissionId,
    worker: &str,
    lease: Duration,
) -> ApiResult<Claim> {
    let claimed = sqlx::query_as::<_, Claimed>(
        "update submissions set status = 'judging', lease_token = gen_random_uuid(),
                lease_expires_at = now() + make_interval(secs => $3), leased_by = $2,
                attempts = attempts + 1
          where id = $1 and (status = 'queued'
                or (status = 'judging' and coalesce(lease_expires_at, updated_at) < now()))
          returning id, user_id, problem_id, language, code, lease_token, attempts, kind, run_inputs",
    )
    .bind(id)
    .bind(worker)
    .bind(lease.as_secs_f64())
    .fetch_optional(db)
    .await?;
    if let Some(claimed) = claimed {
        return Ok(Claim::Claimed(claimed));
    }
    let status: Option<Status> = sqlx::query_scalar("select status from submissions where id = $1")
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(match status {
        None => Claim::Missing,
        Some(status) if status.is_final() => Claim::Final,
        Some(_) => Claim::HeldElsewhere,
    })
}

/// Extends a held lease by `lease` from now. False when the lease was taken over (or the
/// submission finished), which tells the holder its result would be fenced off.
pub async fn renew_lease(db: &PgPool, job: &Claimed, lease: Duration) -> ApiResult<bool> {
    let updated = sqlx::query(
        "update submissions set lease_expires_at = now() + make_interval(secs => $3)
          where id = $1 and lease_token = $2 and status = 'judging'",
    )
    .bind(job.id)
    .bind(job.lease_token)
    .bind(lease.as_secs_f64())
    .execute(db)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Hands a held submission back to the queue. `refund` takes the claim off its attempts: a
/// worker shutting down did the submission no harm, a failed judging did. False when the
/// lease was no longer ours.
pub async fn release(db: &PgPool, job: &Claimed, refund: bool) -> ApiResult<bool> {
    let updated = sqlx::query(
        "update submissions set status = 'queued', lease_token = null, lease_expires_at = null,
                leased_by = null, enqueued_at = now(),
                attempts = greatest(attempts - $3::int, 0)
          where id = $1 and lease_token = $2 and status = 'judging'",
    )
    .bind(job.id)
    .bind(job.lease_token)
    .bind(i32::from(refund))
    .execute(db)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Whether at least `cap` submissions are queued. Counts no further than `cap`, over the
/// partial index of unfinished submissions, so it stays cheap however deep the backlog.
pub async fn queued_reaches(db: &PgPool, cap: i64) -> ApiResult<bool> {
    let count: i64 = sqlx::query_scalar(
        "select count(*) from (select 1 from submissions where status = 'queued' limit $1) q",
    )
    .bind(cap)
    .fetch_one(db)
    .await?;
    Ok(count >= cap)
}

/// Stores a verdict, fenced by the lease: a worker whose lease was taken away writes nothing.
/// Problem counters and the user's problem state change in the same transaction.
pub async fn finish(db: &PgPool, job: &Claimed, verdict: &Verdict) -> ApiResult<bool> {
    finish_scored(db, job, verdict, None).await
}

/// [`finish`] with the score of a scored problem's submission.
pub async fn finish_scored(
    db: &PgPool,
    job: &Claimed,
    verdict: &Verdict,
    score: Option<&Score>,
) -> ApiResult<bool> {
    let mut tx = db.begin().await?;
    // A worker stalled (stopped, swapped out) inside this transaction would hold the row lock
    // and keep every takeover waiting; Postgres ends such a transaction instead, and the late
    // worker's commit fails and finds itself fenced off on retry.
    sqlx::query("set local idle_in_transaction_session_timeout = 5000").execute(&mut *tx).await?;
    let updated = sqlx::query(
        "update submissions set status = $3, runtime_ms = $4, memory_kb = $5,
                test_cases_passed = $6, test_cases_total = $7, error_message = $8,
                failed_test = case when contest_id is null then $9::jsonb end,
                run_cases = case when kind = 'run' then $10::jsonb end,
                score = $11, max_score = $12,
                judged_at = now(), lease_token = null, lease_expires_at = null
          where id = $1 and lease_token = $2 and status = 'judging'",
    )
    .bind(job.id)
    .bind(job.lease_token)
    .bind(verdict.status)
    .bind(verdict.runtime_ms)
    .bind(verdict.memory_kb)
    .bind(verdict.passed)
    .bind(verdict.total)
    .bind(&verdict.error_message)
    .bind(verdict.failed_test.as_ref().map(sqlx::types::Json))
    .bind(sqlx::types::Json(&verdict.cases))
    .bind(score.map(|s| s.score))
    .bind(score.map(|s| s.max_score))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(false);
    }
    // A run is practice on the side: it moves no counter and no problem state.
    if job.is_run() {
        tx.commit().await?;
        return Ok(true);
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
        // The fastest accepted submission of a user on a problem is their best. Only rows
        // whose flag changes are written: rewriting every accepted row made each verdict cost
        // as much as the user's history on the problem.
        sqlx::query(
            "update submissions s set is_best = (s.id = best.id)
               from (select id from submissions where user_id = $1 and problem_id = $2
                        and status = 'accepted' order by runtime_ms nulls last, created_at
                        limit 1) best
              where s.user_id = $1 and s.problem_id = $2 and s.status = 'accepted'
                and s.is_best is distinct from (s.id = best.id)",
        )
        .bind(job.user_id)
        .bind(job.problem_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Submissions that should be on the stream but may not be, put back in the queue and
/// returned for enqueueing: queued and not put on the stream for `requeue_after` (the enqueue
/// after the insert was lost, or Redis lost the stream), or judging under a lease that ran out
/// more than `lease_grace` ago (its worker died, and no worker took the stream entry over).
/// Each is returned once per `requeue_after`, however many workers sweep at once.
pub async fn recover_stale(
    db: &PgPool,
    requeue_after: Duration,
    lease_grace: Duration,
) -> ApiResult<Vec<SubmissionId>> {
    Ok(sqlx::query_scalar(
        "update submissions set status = 'queued', lease_token = null, lease_expires_at = null,
                leased_by = null, enqueued_at = now()
          where id in (
                select id from submissions
                 where (status = 'queued' and enqueued_at < now() - make_interval(secs => $1))
                    or (status = 'judging' and coalesce(lease_expires_at, updated_at)
                                                 < now() - make_interval(secs => $2))
                 order by created_at limit 500
                   for update skip locked)
          returning id",
    )
    .bind(requeue_after.as_secs_f64())
    .bind(lease_grace.as_secs_f64())
    .fetch_all(db)
    .await?)
}

/// One page of `user_id`'s submissions (of one problem when `problem_id` is given), newest
/// first. Runs (`kind = 'run'`) are not submissions and are left out.
pub async fn list_own(
    db: &PgPool,
    user_id: Uuid,
    problem_id: Option<Uuid>,
    page: u32,
    per_page: u32,
) -> ApiResult<SubmissionPage> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let filter = "s.user_id = $1 and s.kind = 'submit' and ($2::uuid is null or s.problem_id = $2)";
    let sql =
        format!("{SELECT} where {filter} order by s.created_at desc, s.id desc limit $3 offset $4");
    let rows = sqlx::query_as::<_, SubmissionRow>(&sql)
        .bind(user_id)
        .bind(problem_id)
        .bind(i64::from(per_page))
        .bind(offset)
        .fetch_all(db)
        .await?;
    let total: i64 =
        sqlx::query_scalar(&format!("select count(*) from submissions s where {filter}"))
            .bind(user_id)
            .bind(problem_id)
            .fetch_one(db)
            .await?;
    Ok(SubmissionPage {
        items: rows.into_iter().map(SubmissionRow::into_api).collect(),
        page,
        per_page,
        total: total as u64,
    })
}

/// How many tests the submission's problem has, or a run's cases (what a progress event counts
/// up to).
pub async fn test_total(db: &PgPool, id: SubmissionId) -> ApiResult<i64> {
    Ok(sqlx::query_scalar(
        "select case when s.kind = 'run' and s.run_inputs is not null
                     then jsonb_array_length(s.run_inputs)::bigint
                     else (select count(*) from test_cases t
                            where t.problem_id = s.problem_id and (s.kind = 'submit' or t.is_sample))
                end
           from submissions s where s.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?
    .unwrap_or(0))
}

/// Submissions waiting for a worker, for the queue-depth gauge.
pub async fn queued_count(db: &PgPool) -> ApiResult<i64> {
    Ok(sqlx::query_scalar("select count(*) from submissions where status = 'queued'")
        .fetch_one(db)
        .await?)
}

/// Seconds from submit to the stored verdict, once there is one.
pub async fn verdict_latency_secs(db: &PgPool, id: SubmissionId) -> ApiResult<Option<f64>> {
    Ok(sqlx::query_scalar(
        "select extract(epoch from (judged_at - created_at))::float8 from submissions
          where id = $1 and judged_at is not null",
    )
    .bind(id)
    .fetch_optional(db)
    .await?
    .flatten())
}
