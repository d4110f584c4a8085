//! `judge-farm worker`: takes submission ids from the stream (new entries, and entries another
//! worker left unacknowledged past their lease), judges them in the sandbox under a lease and
//! commits verdicts; a sweeper puts back whatever Postgres says is waiting but Redis lost. Any
//! number of worker processes can run, on any number of hosts. The languages' self-tests run
//! beside the first jobs (see `self_test`); one that fails stops the worker.

mod job;
mod lease;
mod retry;
pub mod self_test;
mod shutdown;
mod sweeper;

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use redis::aio::ConnectionManager;
use sqlx::PgPool;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::config::{QueueSettings, Settings};
use crate::db::submissions::Claimed;
use crate::model::SubmissionId;
use crate::queue::{self, Job};
use crate::sandbox::Sandbox;
use crate::startup;

/// How long one read waits for a new entry; also how often a quiet worker looks for entries
/// to take over.
const READ_BLOCK_MS: usize = 2000;

struct Worker {
    db: PgPool,
    /// For acknowledgements, re-enqueues and progress; the blocking reads have their own
    /// connection so they never hold these up.
    redis: ConnectionManager,
    sandbox: Arc<dyn Sandbox>,
    stream: String,
    /// This process's name in the consumer group, also stored with its leases.
    consumer: String,
    queue: QueueSettings,
    /// Submissions this process holds a lease on, with their stream entry: what a shutdown
    /// releases if they do not finish in time.
    in_flight: Mutex<HashMap<SubmissionId, (Claimed, String)>>,
    /// Where a contest verdict's standings go after the commit (the rank set, the room).
    rooms: crate::contests::room::Live,
    /// The languages' self-tests, running while the worker already takes jobs.
    toolchains: self_test::Toolchains,
}

/// Runs a worker until the process ends.
pub async fn run(
    settings: Settings,
    db: PgPool,
    redis: ConnectionManager,
    sandbox: Arc<dyn Sandbox>,
) -> Result<()> {
    run_until(settings, db, redis, sandbox, std::future::pending()).await
}

/// Runs a worker until `shutdown` resolves, then stops taking jobs, lets the ones it has
/// finish within the grace period, and releases the rest to other workers.
pub async fn run_until(
    settings: Settings,
    db: PgPool,
    redis: ConnectionManager,
    sandbox: Arc<dyn Sandbox>,
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    let toolchains = if settings.queue.self_test {
        self_test::Toolchains::start(sandbox.clone(), settings.worker_concurrency)
    } else {
        tracing::warn!("WORKER_SELF_TEST=false: taking jobs without testing the toolchains");
        self_test::Toolchains::untested()
    };
    let mut reader = startup::connect_redis(&settings).await?;
    let rooms = crate::contests::room::Live {
        db: db.clone(),
        redis: redis.clone(),
        http: reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build()?,
        settings: Arc::new(settings.clone()),
    };
    let worker = Arc::new(Worker {
        toolchains,
        rooms,
        db,
        redis,
        sandbox,
        stream: settings.submission_stream.clone(),
        consumer: format!("{}-{}", hostname(), std::process::id()),
        queue: settings.queue.clone(),
        in_flight: Mutex::new(HashMap::new()),
    });
    if queue::ensure_group(&mut reader, &worker.stream).await? {
        worker.requeue_everything().await;
    }
    let sweeper = tokio::spawn(sweeper::run(worker.clone()));

    let slots = Arc::new(Semaphore::new(settings.worker_concurrency));
    let mut jobs = JoinSet::new();
    let mut takeover_cursor = String::from("0-0");
    tracing::info!(consumer = %worker.consumer, concurrency = settings.worker_concurrency, "worker ready");
    tokio::pin!(shutdown);
    let toolchain_failure = worker.toolchains.failure();
    tokio::pin!(toolchain_failure);
    let mut broken = None;
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            why = &mut toolchain_failure => { broken = Some(why); break }
            permit = slots.clone().acquire_owned() => permit?,
        };
        let next = tokio::select! {
            _ = &mut shutdown => break,
            why = &mut toolchain_failure => { broken = Some(why); break }
            next = worker.next_job(&mut reader, &mut takeover_cursor) => next,
        };
        let Some(job) = next else { continue };
        let worker = worker.clone();
        jobs.spawn(async move {
            let _permit = permit;
            worker.handle(job).await;
        });
        while jobs.try_join_next().is_some() {}
    }
    sweeper.abort();
    worker.shut_down(jobs, settings.queue.shutdown_grace).await;
    match broken {
        Some(why) => anyhow::bail!("stopped: {why}"),
        None => Ok(()),
    }
}

impl Worker {
    /// The next entry to handle: first one whose worker went quiet for a whole lease, else a
    /// new one (waiting up to [`READ_BLOCK_MS`]). None when there is nothing or Redis failed.
    async fn next_job(
        &self,
        reader: &mut ConnectionManager,
        takeover_cursor: &mut String,
    ) -> Option<Job> {
        let lease_ms = self.queue.lease.as_millis() as u64;
        let next = async {
            let taken_over = queue::autoclaim(
                reader,
                &self.stream,
                &self.consumer,
                lease_ms,
                1,
                takeover_cursor,
            )
            .await?;
            if let Some(job) = taken_over.into_iter().next() {
                tracing::info!(entry = %job.entry_id, "taking over an entry left unacknowledged past its lease");
                return Ok(Some(job));
            }
            Ok::<_, redis::RedisError>(
                queue::read(reader, &self.stream, &self.consumer, 1, READ_BLOCK_MS).await?.pop(),
            )
        };
        match next.await {
            Ok(job) => job,
            Err(e) => {
                tracing::warn!(error = %e, "reading the stream failed; retrying");
                *takeover_cursor = String::from("0-0");
                tokio::time::sleep(Duration::from_secs(1)).await;
                if let Ok(true) = queue::ensure_group(reader, &self.stream).await {
                    self.requeue_everything().await;
                }
                None
            }
        }
    }
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .unwrap_or_else(|| "worker".into())
}
