//! The `submissions` table and what a verdict updates with it (problem counters, user state).

use std::time::Duration;

use algoarena_shared::api::{FailedTest, RunCase, Submission, SubmissionPage};
use algoarena_shared::language::Language;
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::{PgPool, Postgres, Transaction};
use uuid::Uuid;

use super::Result;
use crate::model::{Score, Status, StoredKind, SubmissionId, SubmissionKind, Verdict};

#[derive(Debug)]
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
    failed_test: Option<Json<FailedTest>>,
    score: Option<f64>,
    max_score: Option<f64>,
    kind: StoredKind,
    run_cases: Option<Json<Vec<RunCase>>>,
    created_at: DateTime<Utc>,
    /// A contest submission (live or in a virtual run) shows its verdict and first failed
    /// test's number only.
    in_contest: bool,
}

impl SubmissionRow {
    fn into_api(self) -> Submission {
        let status = self.status;
        let submission = Submission {
            id: self.id,
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
            failed_test: self.failed_test.map(|t| t.0),
            score: self.score,
            max_score: self.max_score,
            kind: self.kind,
            cases: self.run_cases.map(|c| c.0).unwrap_or_default(),
        };
        if self.in_contest {
            contest_view(submission)
        } else {
            submission
        }
    }
}

/// What a contest submission (live, or in a virtual run) shows its author: the verdict and the
/// first failed test's number (its data was blanked when the verdict was stored), nothing of
/// the tests' sizes, counts or the program's messages.
pub fn contest_view(submission: Submission) -> Submission {
    Submission {
        runtime_ms: None,
        memory_kb: None,
        test_cases_passed: None,
        test_cases_total: None,
        error_message: None,
        ..submission
    }
}

/// Stores a practice submission or run (a submit still joins a running contest its author is
/// registered for, as [`insert_entry`] with no contest named).
pub async fn insert(
    db: &PgPool,
    user_id: Uuid,
    problem_id: Uuid,
    language: Language,
    code: &str,
    kind: &SubmissionKind,
) -> Result<(SubmissionId, Submission)> {
    let inserted = insert_entry(db, user_id, problem_id, language, code, kind, None).await?;
    Ok(inserted.expect("no contest named, so nothing is refused"))
}

/// Stores a submission or run. A submit belongs to a contest when, at its insert (the
/// database's clock, the same instant as its `created_at`), the contest is running, holds the
/// problem and has the author registered: `contest` names one (None when it is not open to
/// this submit: nothing is stored), or None picks any such contest (else it is practice). A
/// named contest that is over takes the submit into the author's virtual run of it while that
/// run goes (`virtual_runs`: no contest_id, so no standings or rating).
pub async fn insert_entry(
    db: &PgPool,
    user_id: Uuid,
    problem_id: Uuid,
    language: Language,
    code: &str,
    kind: &SubmissionKind,
    contest: Option<&str>,
) -> Result<Option<(SubmissionId, Submission)>> {
    let run_inputs = match kind {
        SubmissionKind::Submit => None,
        SubmissionKind::Run(inputs) => inputs.as_ref(),
    };
    let id = sqlx::query_scalar!(
        r#"with entry as (
             select c.id from contests c
               join contest_problems cp on cp.contest_id = c.id and cp.problem_id = $2
               join contest_registrations r on r.contest_id = c.id and r.user_id = $1
              where $5 = 'submit' and c.start_time <= now() and now() < c.end_time
                and ($7::text is null or c.slug = $7)
              order by c.start_time limit 1),
           -- A named contest that is over: the caller's virtual run of it, while it goes.
           virtual_entry as (
             select v.id from virtual_runs v
               join contests c on c.id = v.contest_id and c.slug = $7
               join contest_problems cp on cp.contest_id = c.id and cp.problem_id = $2
              where $5 = 'submit' and v.user_id = $1 and v.started_at <= now()
                and now() < v.ends_at and not exists (select 1 from entry))
           insert into submissions (user_id, problem_id, language, code, status, kind,
                                    run_inputs, contest_id, virtual_run_id)
           select $1, $2, $3, $4, 'queued', $5, $6, (select id from entry),
                  (select id from virtual_entry)
            where $7::text is null or exists (select 1 from entry)
               or exists (select 1 from virtual_entry)
           returning id as "id: SubmissionId""#,
        user_id,
        problem_id,
        language as Language,
        code,
        kind.stored() as StoredKind,
        run_inputs.map(Json) as Option<Json<&Vec<String>>>,
        contest,
    )
    .fetch_optional(db)
    .await?;
    let Some(id) = id else { return Ok(None) };
    let submission = get_own(db, id, user_id).await?.expect("the row was just inserted");
    Ok(Some((id, submission)))
}

/// A submission, only if it belongs to `user_id` (others' submissions look absent).
pub async fn get_own(db: &PgPool, id: SubmissionId, user_id: Uuid) -> Result<Option<Submission>> {
    Ok(get_own_in_context(db, id, user_id).await?.map(|(submission, _)| submission))
}

/// [`get_own`], and whether the submission belongs to a contest (live or a virtual run), whose
/// live progress must be shown as sparingly as its verdict.
pub async fn get_own_in_context(
    db: &PgPool,
    id: SubmissionId,
    user_id: Uuid,
) -> Result<Option<(Submission, bool)>> {
    let row = sqlx::query_as!(
        SubmissionRow,
        r#"select s.id as "id: SubmissionId", p.slug as problem_slug,
                  s.language as "language: Language", s.status as "status: Status", s.runtime_ms,
                  s.memory_kb, s.test_cases_passed, s.test_cases_total, s.error_message,
                  s.failed_test as "failed_test: Json<FailedTest>", s.score, s.max_score,
                  s.kind as "kind: StoredKind",
                  s.run_cases as "run_cases: Json<Vec<RunCase>>", s.created_at,
                  (s.contest_id is not null or s.virtual_run_id is not null) as "in_contest!"
             from submissions s join problems p on p.id = s.problem_id
            where s.id = $1 and s.user_id = $2"#,
        id as SubmissionId,
        user_id,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|row| {
        let in_contest = row.in_contest;
        (row.into_api(), in_contest)
    }))
}

/// A submission claimed by a worker for judging.
#[derive(Debug, Clone)]
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
    pub run_inputs: Option<Json<Vec<String>>>,
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
pub async fn claim(db: &PgPool, id: SubmissionId, worker: &str, lease: Duration) -> Result<Claim> {
    let claimed = sqlx::query_as!(
        Claimed,
        r#"update submissions set status = 'judging', lease_token = gen_random_uuid(),
                  lease_expires_at = now() + make_interval(secs => $3), leased_by = $2,
                  attempts = attempts + 1
            where id = $1 and (status = 'queued'
                  or (status = 'judging' and coalesce(lease_expires_at, updated_at) < now()))
            returning id as "id: SubmissionId", user_id, problem_id,
                      language as "language: Language", code, lease_token as "lease_token!",
                      attempts, kind as "kind: StoredKind",
                      run_inputs as "run_inputs: Json<Vec<String>>""#,
        id as SubmissionId,
        worker,
        lease.as_secs_f64(),
    )
    .fetch_optional(db)
    .await?;
    if let Some(claimed) = claimed {
        return Ok(Claim::Claimed(claimed));
    }
    let status = sqlx::query_scalar!(
        r#"select status as "status: Status" from submissions where id = $1"#,
        id as SubmissionId,
    )
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
pub async fn renew_lease(db: &PgPool, job: &Claimed, lease: Duration) -> Result<bool> {
    let updated = sqlx::query!(
        "update submissions set lease_expires_at = now() + make_interval(secs => $3)
          where id = $1 and lease_token = $2 and status = 'judging'",
        job.id as SubmissionId,
        job.lease_token,
        lease.as_secs_f64(),
    )
    .execute(db)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Hands a held submission back to the queue. `refund` takes the claim off its attempts: a
/// worker shutting down did the submission no harm, a failed judging did. False when the
/// lease was no longer ours.
pub async fn release(db: &PgPool, job: &Claimed, refund: bool) -> Result<bool> {
    let updated = sqlx::query!(
        "update submissions set status = 'queued', lease_token = null, lease_expires_at = null,
                leased_by = null, enqueued_at = now(),
                attempts = greatest(attempts - $3::int, 0)
          where id = $1 and lease_token = $2 and status = 'judging'",
        job.id as SubmissionId,
        job.lease_token,
        i32::from(refund),
    )
    .execute(db)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Whether at least `cap` submissions are queued. Counts no further than `cap`, over the
/// partial index of unfinished submissions, so it stays cheap however deep the backlog.
pub async fn queued_reaches(db: &PgPool, cap: i64) -> Result<bool> {
    let count = sqlx::query_scalar!(
        r#"select count(*) as "count!"
             from (select 1 from submissions where status = 'queued' limit $1) q"#,
        cap,
    )
    .fetch_one(db)
    .await?;
    Ok(count >= cap)
}

/// A verdict stored by the lease holder, with what the verdict-latency metric needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stored {
    /// From submit to the stored verdict.
    pub latency: Duration,
    /// The contest participant whose standings row the verdict recomputed, if any.
    pub contest: Option<super::standings::ContestVerdict>,
}

/// Stores a verdict, fenced by the lease: a worker whose lease was taken away writes nothing
/// (None). Problem counters and the user's problem state change in the same transaction.
pub async fn finish(db: &PgPool, job: &Claimed, verdict: &Verdict) -> Result<Option<Stored>> {
    finish_scored(db, job, verdict, None).await
}

/// [`finish`] with the score of a scored problem's submission.
pub async fn finish_scored(
    db: &PgPool,
    job: &Claimed,
    verdict: &Verdict,
    score: Option<&Score>,
) -> Result<Option<Stored>> {
    let mut tx = db.begin().await?;
    // A worker stalled (stopped, swapped out) inside this transaction would hold the row lock
    // and keep every takeover waiting; Postgres ends such a transaction instead, and the late
    // worker's commit fails and finds itself fenced off on retry.
    sqlx::query!("set local idle_in_transaction_session_timeout = 5000").execute(&mut *tx).await?;
    let Some(mut stored) = store_verdict(&mut tx, job, verdict, score).await? else {
        return Ok(None);
    };
    // A contest submission's standings row commits with its verdict.
    stored.contest = super::standings::record_verdict(&mut tx, job.id).await?;
    // A run is practice on the side: it moves no counter and no problem state.
    if !job.is_run() {
        let accepted = verdict.status == Status::Accepted;
        count_attempt(&mut tx, job.problem_id, accepted).await?;
        record_problem_state(&mut tx, job.user_id, job.problem_id, accepted).await?;
        // A practice problem solved or failed comes back for review (issue 13).
        crate::db::reviews::enter(&mut tx, job.id, verdict.status).await?;
        if accepted {
            mark_best(&mut tx, job.user_id, job.problem_id).await?;
            // Only an accepted verdict can extend a streak.
            crate::db::streaks::extend(&mut tx, job.user_id, job.id).await?;
        }
    }
    tx.commit().await?;
    Ok(Some(stored))
}

/// Writes the verdict on the submission if `job`'s lease still holds it (None otherwise).
async fn store_verdict(
    tx: &mut Transaction<'_, Postgres>,
    job: &Claimed,
    verdict: &Verdict,
    score: Option<&Score>,
) -> Result<Option<Stored>> {
    let latency_secs = sqlx::query_scalar!(
        r#"update submissions set status = $3, runtime_ms = $4, memory_kb = $5,
                  test_cases_passed = $6, test_cases_total = $7, error_message = $8,
                  failed_test = case when $9::jsonb is null
                                       or (contest_id is null and virtual_run_id is null)
                                     then $9::jsonb
                                     else jsonb_build_object('number', $9::jsonb -> 'number',
                                            'input', '', 'expected', '', 'actual', '') end,
                  run_cases = case when kind = 'run' then $10::jsonb end,
                  score = $11, max_score = $12,
                  judged_at = now(), lease_token = null, lease_expires_at = null
            where id = $1 and lease_token = $2 and status = 'judging'
            returning extract(epoch from (judged_at - created_at))::float8 as "latency_secs!""#,
        job.id as SubmissionId,
        job.lease_token,
        verdict.status as Status,
        verdict.runtime_ms,
        verdict.memory_kb,
        verdict.passed,
        verdict.total,
        verdict.error_message,
        verdict.failed_test.as_ref().map(Json) as Option<Json<&FailedTest>>,
        Json(&verdict.cases) as Json<&Vec<RunCase>>,
        score.map(|s| s.score),
        score.map(|s| s.max_score),
    )
    .fetch_optional(&mut **tx)
    .await?;
    Ok(latency_secs
        .map(|secs| Stored { latency: Duration::from_secs_f64(secs.max(0.0)), contest: None }))
}

/// Counts a judged submission on its problem, and the acceptance rate with it.
async fn count_attempt(
    tx: &mut Transaction<'_, Postgres>,
    problem_id: Uuid,
    accepted: bool,
) -> Result<()> {
    sqlx::query!(
        "update problems set total_submissions = total_submissions + 1,
                total_accepted = total_accepted + $2::int,
                acceptance_rate = (total_accepted + $2::int)::float8 / (total_submissions + 1)
          where id = $1",
        problem_id,
        i32::from(accepted),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The user's state on the problem: attempted, or solved for good once accepted.
async fn record_problem_state(
    tx: &mut Transaction<'_, Postgres>,
    user_id: Uuid,
    problem_id: Uuid,
    accepted: bool,
) -> Result<()> {
    sqlx::query!(
        "insert into user_problem_state (user_id, problem_id, status, last_attempted_at, solved_at)
         values ($1, $2, case when $3 then 'solved' else 'attempted' end, now(),
                 case when $3 then now() end)
         on conflict (user_id, problem_id) do update set
           status = case when user_problem_state.status = 'solved' or $3 then 'solved'
                         else 'attempted' end,
           last_attempted_at = now(),
           solved_at = coalesce(user_problem_state.solved_at, excluded.solved_at)",
        user_id,
        problem_id,
        accepted,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Flags the fastest accepted submission of the user on the problem as their best. Only rows
/// whose flag changes are written: rewriting every accepted row made each verdict cost as much
/// as the user's history on the problem.
async fn mark_best(
    tx: &mut Transaction<'_, Postgres>,
    user_id: Uuid,
    problem_id: Uuid,
) -> Result<()> {
    sqlx::query!(
        "update submissions s set is_best = (s.id = best.id)
           from (select id from submissions where user_id = $1 and problem_id = $2
                    and status = 'accepted' order by runtime_ms nulls last, created_at
                    limit 1) best
          where s.user_id = $1 and s.problem_id = $2 and s.status = 'accepted'
            and s.is_best is distinct from (s.id = best.id)",
        user_id,
        problem_id,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
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
) -> Result<Vec<SubmissionId>> {
    Ok(sqlx::query_scalar!(
        r#"update submissions set status = 'queued', lease_token = null, lease_expires_at = null,
                leased_by = null, enqueued_at = now()
          where id in (
                select id from submissions
                 where (status = 'queued' and enqueued_at < now() - make_interval(secs => $1))
                    or (status = 'judging' and coalesce(lease_expires_at, updated_at)
                                                 < now() - make_interval(secs => $2))
                 order by created_at limit 500
                   for update skip locked)
          returning id as "id: SubmissionId""#,
        requeue_after.as_secs_f64(),
        lease_grace.as_secs_f64(),
    )
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
) -> Result<SubmissionPage> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let rows = sqlx::query_as!(
        SubmissionRow,
        r#"select s.id as "id: SubmissionId", p.slug as problem_slug,
                  s.language as "language: Language", s.status as "status: Status", s.runtime_ms,
                  s.memory_kb, s.test_cases_passed, s.test_cases_total, s.error_message,
                  s.failed_test as "failed_test: Json<FailedTest>", s.score, s.max_score,
                  s.kind as "kind: StoredKind",
                  s.run_cases as "run_cases: Json<Vec<RunCase>>", s.created_at,
                  (s.contest_id is not null or s.virtual_run_id is not null) as "in_contest!"
             from submissions s join problems p on p.id = s.problem_id
            where s.user_id = $1 and s.kind = 'submit' and ($2::uuid is null or s.problem_id = $2)
            order by s.created_at desc, s.id desc limit $3 offset $4"#,
        user_id,
        problem_id,
        i64::from(per_page),
        offset,
    )
    .fetch_all(db)
    .await?;
    let total = sqlx::query_scalar!(
        r#"select count(*) as "total!" from submissions s
            where s.user_id = $1 and s.kind = 'submit' and ($2::uuid is null or s.problem_id = $2)"#,
        user_id,
        problem_id,
    )
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
pub async fn test_total(db: &PgPool, id: SubmissionId) -> Result<i64> {
    Ok(sqlx::query_scalar!(
        r#"select case when s.kind = 'run' and s.run_inputs is not null
                       then jsonb_array_length(s.run_inputs)::bigint
                       else (select count(*) from test_cases t
                              where t.problem_id = s.problem_id
                                and (s.kind = 'submit' or t.is_sample))
                  end as "total!"
             from submissions s where s.id = $1"#,
        id as SubmissionId,
    )
    .fetch_optional(db)
    .await?
    .unwrap_or(0))
}

/// Submissions waiting for a worker, for the queue-depth gauge.
pub async fn queued_count(db: &PgPool) -> Result<i64> {
    Ok(sqlx::query_scalar!(
        r#"select count(*) as "count!" from submissions where status = 'queued'"#
    )
    .fetch_one(db)
    .await?)
}
