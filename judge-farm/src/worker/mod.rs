//! `judge-farm worker`: reads submission ids from the stream, judges them in the sandbox and
//! commits verdicts; a sweeper puts back whatever Postgres says is waiting but Redis lost.

mod self_test;

use std::sync::Arc;
use std::time::Duration;

use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;
use anyhow::{Context, Result};
use redis::aio::ConnectionManager;
use sqlx::PgPool;
use tokio::sync::Semaphore;
use uuid::Uuid;

use crate::config::Settings;
use crate::db::problems::{self, JudgeProblem};
use crate::db::submissions::{self, Claimed, Verdict};
use crate::judge::{self, Task};
use crate::languages;
use crate::queue;
use crate::sandbox::Sandbox;

/// Seconds a submission may sit queued before the sweeper enqueues it again.
const REQUEUE_AFTER_SECS: i64 = 60;
/// Seconds after which a judging submission is presumed abandoned by a dead worker.
const ABANDONED_AFTER_SECS: i64 = 600;

struct Worker {
    db: PgPool,
    redis: ConnectionManager,
    sandbox: Arc<dyn Sandbox>,
    stream: String,
}

pub async fn run(settings: Settings, db: PgPool, redis: ConnectionManager, sandbox: Arc<dyn Sandbox>) -> Result<()> {
    self_test::check_languages(sandbox.as_ref()).await?;
    let mut conn = redis.clone();
    queue::ensure_group(&mut conn, &settings.submission_stream).await?;
    let worker = Arc::new(Worker { db, redis, sandbox, stream: settings.submission_stream.clone() });
    tokio::spawn(sweep_forever(worker.clone()));

    let consumer = format!("{}-{}", hostname(), std::process::id());
    let slots = Arc::new(Semaphore::new(settings.worker_concurrency));
    tracing::info!(%consumer, concurrency = settings.worker_concurrency, "worker ready");
    loop {
        let permit = slots.clone().acquire_owned().await?;
        let jobs = match queue::read(&mut conn, &worker.stream, &consumer, 1, 5000).await {
            Ok(jobs) => jobs,
            Err(e) => {
                tracing::warn!(error = %e, "reading the stream failed; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
                let _ = queue::ensure_group(&mut conn, &worker.stream).await;
                continue;
            }
        };
        let Some(job) = jobs.into_iter().next() else { continue };
        let worker = worker.clone();
        tokio::spawn(async move {
            let _permit = permit;
            if let Some(id) = job.submission_id {
                if let Err(e) = worker.process(id).await {
                    // Not acknowledged: the sweeper brings it back once its lease is stale.
                    tracing::error!(submission_id = %id, error = %format!("{e:#}"), "judging failed");
                    return;
                }
            }
            if let Err(e) = queue::ack(&mut worker.redis.clone(), &worker.stream, &job.entry_id).await {
                tracing::warn!(error = %e, "ack failed; the job may be delivered again (harmless)");
            }
        });
    }
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "worker".into())
}

impl Worker {
    #[tracing::instrument(skip(self))]
    async fn process(&self, id: Uuid) -> Result<()> {
        let Some(job) = submissions::claim(&self.db, id).await? else {
            tracing::debug!("already claimed or judged; skipping");
            return Ok(());
        };
        let verdict = match self.judge(&job).await {
            Ok(verdict) => verdict,
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "the judge failed");
                Verdict {
                    status: Status::InternalError,
                    runtime_ms: None,
                    memory_kb: None,
                    passed: 0,
                    total: 0,
                    error_message: Some("The judge failed on our side; we are looking into it.".into()),
                }
            }
        };
        let stored = submissions::finish(&self.db, &job, &verdict).await?;
        tracing::info!(status = verdict.status.as_str(), stored, "judged");
        Ok(())
    }

    async fn judge(&self, job: &Claimed) -> Result<Verdict> {
        let language = Language::parse(&job.language)
            .and_then(languages::find)
            .with_context(|| format!("language {} is not available", job.language))?;
        let problem: JudgeProblem = sqlx::query_as(
            "select id, slug, time_limit_ms, memory_limit_mb from problems where id = $1",
        )
        .bind(job.problem_id)
        .fetch_one(&self.db)
        .await?;
        let tests = problems::tests_of(&self.db, problem.id).await?;
        // A problem's limit is stated for C++ (2 s by default); other languages scale by TRD §5.
        let base = u64::from(Language::Cpp17.time_limit_ms());
        let time_limit_ms =
            problem.time_limit_ms as u64 * u64::from(language.language.time_limit_ms()) / base;
        let task = Task {
            language,
            code: &job.code,
            time_limit_ms,
            memory_limit_bytes: problem.memory_limit_mb as u64 * 1024 * 1024,
            tests: &tests,
        };
        judge::judge(self.sandbox.as_ref(), &task).await
    }
}

async fn sweep_forever(worker: Arc<Worker>) {
    let mut tick = tokio::time::interval(Duration::from_secs(15));
    loop {
        tick.tick().await;
        match submissions::recover_stale(&worker.db, REQUEUE_AFTER_SECS, ABANDONED_AFTER_SECS).await {
            Ok(ids) => {
                for id in ids {
                    let _ = queue::enqueue(&mut worker.redis.clone(), &worker.stream, id).await;
                }
            }
            Err(e) => tracing::warn!(error = %e, "sweep failed"),
        }
    }
}
