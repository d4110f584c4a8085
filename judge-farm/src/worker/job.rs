//! One delivery of one stream entry, from claim to acknowledgement: claim the submission in
//! Postgres, judge it under a heartbeat-renewed lease, commit the verdict fenced by the lease,
//! and only then acknowledge the entry. Entries that cannot be judged (garbage, a missing
//! submission, one that failed too often) go to the dead-letter stream.

use std::time::Instant;

use algoarena_shared::verdict::Status;
use anyhow::{Context, Result};

use super::lease::Heartbeat;
use super::retry::patiently;
use super::self_test;
use super::Worker;
use crate::db::problems::{self, JudgeProblem};
use crate::db::scoring;
use crate::db::submissions::{self, Claim, Claimed};
use crate::judge::{self, Evaluation, Mode, Source, Task};
use crate::languages;
use crate::metrics;
use crate::model::{Passes, ProgramFiles, Score, SubmissionId, Tally, TestCase, Verdict};
use crate::progress;
use crate::public_profiles::Purger;
use crate::queue::{self, Job};

/// How a delivery ended; it decides whether the entry is acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// This worker committed the verdict.
    Judged(Status),
    /// Another worker took the lease over; whatever this one found was dropped.
    FencedOff,
    /// The submission already had its verdict (a duplicate or replayed entry).
    AlreadyFinal,
    /// Another worker holds a live lease; its worker acknowledges its own entry, and this one
    /// stays pending so it is looked at again if that worker dies.
    HeldElsewhere,
    /// Judging failed on our side and the submission went back to the queue for another try.
    Released,
    /// Recorded on the dead-letter stream (and, for a real submission, judged Internal Error).
    DeadLettered,
    /// Postgres could not be reached for long; the entry stays pending and is taken over later.
    Unreachable,
}

impl Outcome {
    fn acknowledges(self) -> bool {
        !matches!(self, Outcome::HeldElsewhere | Outcome::Unreachable)
    }
}

impl Worker {
    /// Handles one delivered entry and acknowledges it when it is done with.
    #[tracing::instrument(skip_all, fields(entry = %job.entry_id, submission_id = ?job.submission_id.map(SubmissionId::as_uuid)))]
    pub(super) async fn handle(&self, job: Job) -> Outcome {
        let outcome = self.process(&job).await;
        tracing::debug!(?outcome, "delivery handled");
        if outcome.acknowledges() {
            if let Err(e) = queue::ack(&mut self.redis.clone(), &self.stream, &job.entry_id).await {
                tracing::warn!(error = %e, "ack failed; the entry may be delivered again (harmless)");
            }
        }
        outcome
    }

    async fn process(&self, job: &Job) -> Outcome {
        let Some(id) = job.submission_id else {
            return self.dead_letter(job, "the entry names no submission").await;
        };
        let lease = self.queue.lease;
        let claim = patiently("claiming", lease, || {
            submissions::claim(&self.db, id, &self.consumer, lease)
        })
        .await;
        match claim {
            Err(e) => {
                tracing::error!(error = %e, "could not claim; leaving the entry pending");
                Outcome::Unreachable
            }
            Ok(Claim::Missing) => self.dead_letter(job, "no such submission").await,
            Ok(Claim::Final) => Outcome::AlreadyFinal,
            Ok(Claim::HeldElsewhere) => Outcome::HeldElsewhere,
            Ok(Claim::Claimed(claimed)) if claimed.attempts > self.queue.max_attempts => {
                let reason = format!(
                    "abandoned {} times (its workers died or stalled)",
                    claimed.attempts - 1
                );
                self.give_up(job, &claimed, &reason).await
            }
            Ok(Claim::Claimed(claimed)) => {
                self.in_flight
                    .lock()
                    .expect("in-flight lock")
                    .insert(id, (claimed.clone(), job.entry_id.clone()));
                let outcome = self.judge_claimed(job, &claimed).await;
                self.in_flight.lock().expect("in-flight lock").remove(&id);
                outcome
            }
        }
    }

    async fn judge_claimed(&self, job: &Job, claimed: &Claimed) -> Outcome {
        let lease = self.queue.lease;
        let mut heartbeat = Heartbeat::start(self.db.clone(), claimed.clone(), lease);
        let problem =
            patiently("loading the problem", lease, || load_problem(&self.db, claimed)).await;
        let (problem, tests, tally) = match problem {
            Ok(found) => found,
            Err(e) => {
                tracing::error!(error = %e, "could not load the problem; leaving the entry pending");
                return Outcome::Unreachable;
            }
        };
        let reporter = progress::Reporter::start(self.redis.clone(), claimed.id);
        let started = Instant::now();
        let on_progress = |test, total| reporter.report(test, total);
        let judged = tokio::select! {
            judged = judge_in_sandbox(self, claimed, &problem, &tests, tally, &on_progress) => judged,
            _ = heartbeat.lost() => {
                // Dropping the judging kills its sandbox run: the result could not be stored.
                tracing::warn!("fenced off: the lease was taken over while judging; dropping the result");
                return Outcome::FencedOff;
            }
        };
        let (verdict, score) = match judged {
            Ok(judged) => judged,
            Err(e) if e.is::<self_test::Broken>() => {
                // Not the submission's doing: back to the queue for a sound worker, the
                // attempt refunded; this worker stops (see `run_until`).
                tracing::error!(error = %format!("{e:#}"), "a toolchain this job needs failed its self-test; handing the job back");
                return self.release(claimed, true).await;
            }
            Err(e) => {
                metrics::metrics().sandbox_failures.inc();
                tracing::error!(error = %format!("{e:#}"), attempt = claimed.attempts, "the judge failed");
                if claimed.attempts >= self.queue.max_attempts {
                    let reason = format!("the judge failed {} times: {e:#}", claimed.attempts);
                    return self.give_up(job, claimed, &reason).await;
                }
                return self.release(claimed, false).await;
            }
        };
        // Twice the lease: a Postgres restart must not cost a finished judging, and the fence
        // keeps a late commit harmless.
        let finished = patiently("storing the verdict", lease * 2, || {
            submissions::finish_scored(&self.db, claimed, &verdict, score.as_ref())
        })
        .await;
        drop(heartbeat);
        let stored = match finished {
            Ok(stored) => stored,
            Err(e) => {
                tracing::error!(error = %e, "could not store the verdict; leaving the entry pending");
                return Outcome::Unreachable;
            }
        };
        metrics::observe_judged(claimed, verdict.status, started.elapsed(), stored);
        if stored.is_none() {
            tracing::warn!(
                status = verdict.status.as_str(),
                "fenced off: the lease was taken over; the verdict was not stored"
            );
            return Outcome::FencedOff;
        }
        tracing::info!(status = verdict.status.as_str(), attempt = claimed.attempts, "judged");
        if verdict.status == Status::Accepted && !claimed.is_run() {
            // An accepted submission changes its author's public profile (solves, badges).
            let (rooms, db, user) = (self.rooms.clone(), self.db.clone(), claimed.user_id);
            tokio::spawn(async move {
                let purger = Purger { http: &rooms.http, settings: &rooms.settings };
                purger.forget_users(&db, &[user]).await;
            });
        }
        if let Some(contest) = stored.and_then(|s| s.contest) {
            // After the commit and off the judging path: the rank set and the room's delta.
            let rooms = self.rooms.clone();
            tokio::spawn(async move {
                if let Err(e) = crate::contests::room::after_verdict(&rooms, contest).await {
                    tracing::warn!(error = %format!("{e:#}"), "contest standings push failed; the next snapshot heals it");
                }
            });
        }
        reporter.finish().await;
        Outcome::Judged(verdict.status)
    }

    /// Hands a claimed submission back to the queue and puts it on the stream again.
    pub(super) async fn release(&self, claimed: &Claimed, refund: bool) -> Outcome {
        match submissions::release(&self.db, claimed, refund).await {
            Ok(true) => {
                if let Err(e) =
                    queue::enqueue(&mut self.redis.clone(), &self.stream, claimed.id).await
                {
                    tracing::warn!(error = %e, "re-enqueueing a released submission failed; the sweeper will");
                }
                Outcome::Released
            }
            Ok(false) => {
                tracing::warn!("fenced off: the lease was taken over; nothing to release");
                Outcome::FencedOff
            }
            Err(e) => {
                tracing::error!(error = %e, "could not release; the lease will run out instead");
                Outcome::Unreachable
            }
        }
    }

    /// Ends a submission that cannot be judged as Internal Error (once: the same fenced commit
    /// as any verdict) and records it on the dead-letter stream.
    async fn give_up(&self, job: &Job, claimed: &Claimed, reason: &str) -> Outcome {
        let verdict = Verdict {
            status: Status::InternalError,
            runtime_ms: None,
            memory_kb: None,
            passed: 0,
            total: 0,
            error_message: Some("We could not judge this submission because of a failure on our side; we are looking into it.".into()),
            failed_test: None,
            cases: Vec::new(),
        };
        let finished = patiently("storing the verdict", self.queue.lease * 2, || {
            submissions::finish(&self.db, claimed, &verdict)
        })
        .await;
        match finished {
            Ok(Some(_)) => {
                tracing::error!(reason, "judged Internal Error and dead-lettered");
                self.dead_letter(job, reason).await
            }
            Ok(None) => {
                tracing::warn!(
                    "fenced off: the lease was taken over; the Internal Error was not stored"
                );
                Outcome::FencedOff
            }
            Err(e) => {
                tracing::error!(error = %e, "could not store the Internal Error verdict; leaving the entry pending");
                Outcome::Unreachable
            }
        }
    }

    async fn dead_letter(&self, job: &Job, reason: &str) -> Outcome {
        tracing::warn!(reason, raw = ?job.raw, "dead-lettering a job");
        if let Err(e) =
            queue::dead_letter(&mut self.redis.clone(), &self.stream, job, &self.consumer, reason)
                .await
        {
            tracing::error!(error = %e, "could not write the dead letter");
        }
        Outcome::DeadLettered
    }
}

/// The problem, the tests to run and, for a scored problem's submission, the tally of its groups.
async fn load_problem(
    db: &sqlx::PgPool,
    claimed: &Claimed,
) -> crate::error::ApiResult<(JudgeProblem, Vec<TestCase>, Option<Tally>)> {
    let problem = problems::judge_problem_by_id(db, claimed.problem_id).await?;
    let tests = match (claimed.is_run(), &claimed.run_inputs) {
        (false, _) => problems::tests_of(db, problem.id).await?,
        (true, None) => problems::samples_of(db, problem.id).await?,
        // The reference solution's answers replace these empty ones (a Run's `Mode::Run { reference }`).
        (true, Some(inputs)) => inputs
            .iter()
            .map(|input| TestCase { input: input.clone(), expected_output: String::new() })
            .collect(),
    };
    // A run reports its cases, not points.
    let tally = if claimed.is_run() { None } else { scoring::tally_of(db, problem.id).await? };
    Ok((problem, tests, tally))
}

/// Judges in the sandbox. Every error here is the judge's own failure, never the program's.
async fn judge_in_sandbox(
    worker: &Worker,
    claimed: &Claimed,
    problem: &JudgeProblem,
    tests: &[TestCase],
    tally: Option<Tally>,
    on_progress: judge::OnProgress<'_>,
) -> Result<(Verdict, Option<Score>)> {
    let language = languages::find(claimed.language)
        .with_context(|| format!("language {} is not available", claimed.language.id()))?;
    let time_limit_ms = judge::time_limit_for(problem.time_limit_ms as u64, language.language);
    // A user's submission is one file.
    let files = ProgramFiles::none();
    let source = Source { language, code: &claimed.code, files, time_limit_ms };
    let mode = if claimed.is_run() {
        Mode::Run { reference: run_reference(claimed, problem)? }
    } else {
        Mode::Submit { tally }
    };
    let evaluation = Evaluation::of_problem(
        &problem.checker,
        problem.signature.as_deref(),
        problem.checker_program.as_deref(),
        problem.interactor.as_deref(),
        problem
            .validation_passes
            .map(Passes::from_stored)
            .transpose()
            .map_err(anyhow::Error::msg)?,
    )?;
    let task = Task {
        source,
        memory_limit_bytes: problem.memory_limit_mb as u64 * 1024 * 1024,
        tests,
        evaluation,
        mode,
        on_progress,
    };
    worker.toolchains.ready(&task.languages()).await?;
    let judged = judge::judge(worker.sandbox.as_ref(), &task).await?;
    Ok((judged.verdict, judged.score))
}

/// The reference solution whose answers a Run on custom inputs expects; None for a Run of the
/// samples, which have answers of their own.
fn run_reference<'a>(claimed: &Claimed, problem: &'a JudgeProblem) -> Result<Option<Source<'a>>> {
    match (&claimed.run_inputs, &problem.solution_code) {
        (None, _) => Ok(None),
        (Some(_), Some(solution)) => {
            let language = languages::find(solution.language).with_context(|| {
                format!("the reference's language {} is not available", solution.language.id())
            })?;
            let time_limit_ms =
                judge::time_limit_for(problem.time_limit_ms as u64, solution.language);
            Ok(Some(Source {
                language,
                code: &solution.code,
                files: &solution.files,
                time_limit_ms,
            }))
        }
        (Some(_), None) => anyhow::bail!("the problem has no reference solution for custom inputs"),
    }
}
