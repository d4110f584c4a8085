//! A farm for fault tests: a fresh database with one slow-friendly problem and one user, the
//! Redis of the caller's choice, real `judge-farm worker` processes to kill, and the checks
//! every test ends with.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use algoarena_judge_farm::db::submissions;
use algoarena_judge_farm::model::SubmissionKind;
use algoarena_judge_farm::{import, queue, startup};
use algoarena_shared::language::Language;
use redis::aio::ConnectionManager;
use sqlx::{Connection, PgConnection, PgPool};
use uuid::Uuid;

use super::workers::WorkerProcess;

/// Lease of the test workers: short so takeovers happen within seconds (3 s is the minimum).
pub const LEASE_SECS: u64 = 3;

/// The machine's Postgres, as the API tests use it.
pub fn shared_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A Python solution of the farm's problem (print the sum) that first sleeps `secs`, so a
/// fault can land while it is being judged.
pub fn sleepy(secs: f64) -> String {
    format!("import time\ntime.sleep({secs})\na, b = map(int, input().split())\nprint(a + b)\n")
}

pub struct Farm {
    pub db: PgPool,
    pub database_url: String,
    pub redis_url: String,
    pub stream: String,
    pub problem_id: Uuid,
    pub user_id: Uuid,
    redis: ConnectionManager,
    _package: tempfile::TempDir,
}

impl Farm {
    /// A migrated database named like the API tests' (so test.sh drops it), with the problem
    /// `fault-sum` (one test, 4 s limit: a Python sleeper is not cut short) and one user.
    pub async fn start(admin_url: &str, redis_url: &str) -> Farm {
        if std::env::var("TEST_LOG").is_ok() {
            let _ = tracing_subscriber::fmt().with_env_filter("info").try_init();
        }
        let name = format!("farm_test_faults_{}", Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(admin_url).await.expect("Postgres must be running");
        sqlx::query(&format!("create database {name}")).execute(&mut admin).await.unwrap();
        let database_url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
        let db = PgPool::connect(&database_url).await.unwrap();
        startup::MIGRATOR.run(&db).await.unwrap();

        let package = tempfile::tempdir().unwrap();
        let dir = package.path().join("fault-sum");
        std::fs::create_dir_all(dir.join("data/secret")).unwrap();
        std::fs::write(
            dir.join("problem.toml"),
            "slug = \"fault-sum\"\ntitle = \"Fault sum\"\ndifficulty = \"Easy\"\ntime_limit_ms = 4000\n",
        )
        .unwrap();
        std::fs::write(dir.join("statement.md"), "Print a + b.\n").unwrap();
        std::fs::write(dir.join("data/secret/01.in"), "20 22\n").unwrap();
        std::fs::write(dir.join("data/secret/01.ans"), "42\n").unwrap();
        import::import(&db, &[package.path().to_path_buf()]).await.unwrap();
        let problem_id = sqlx::query_scalar!("select id from problems where slug = 'fault-sum'")
            .fetch_one(&db)
            .await
            .unwrap();
        let user_id = sqlx::query_scalar!(
            "insert into users (email, username) values ($1, $2) returning id",
            format!("{name}@example.com"),
            &name[name.len() - 20..],
        )
        .fetch_one(&db)
        .await
        .unwrap();
        let redis = ConnectionManager::new(redis::Client::open(redis_url).unwrap()).await.unwrap();
        Farm {
            db,
            database_url,
            redis_url: redis_url.to_string(),
            stream: format!("faults:{name}"),
            problem_id,
            user_id,
            redis,
            _package: package,
        }
    }

    pub fn redis(&self) -> ConnectionManager {
        self.redis.clone()
    }

    /// Another user.
    pub async fn add_user(&self) -> Uuid {
        let name = format!("u{}", &Uuid::new_v4().simple().to_string()[..12]);
        sqlx::query_scalar!(
            "insert into users (email, username) values ($1, $2) returning id",
            format!("{name}@example.com"),
            &name,
        )
        .fetch_one(&self.db)
        .await
        .unwrap()
    }

    /// Submits as the API does: insert, then enqueue; a failed enqueue is left to the sweeper.
    pub async fn submit(&self, code: &str) -> Uuid {
        self.submit_as(self.user_id, code).await
    }

    pub async fn submit_as(&self, user_id: Uuid, code: &str) -> Uuid {
        let (id, _) = submissions::insert(
            &self.db,
            user_id,
            self.problem_id,
            Language::Python3,
            code,
            &SubmissionKind::Submit,
        )
        .await
        .unwrap();
        let _ = queue::enqueue(&mut self.redis(), &self.stream, id).await;
        id.as_uuid()
    }

    /// Inserts without enqueueing: the farm crashed between the two.
    pub async fn insert_only(&self, code: &str) -> Uuid {
        let (id, _) = submissions::insert(
            &self.db,
            self.user_id,
            self.problem_id,
            Language::Python3,
            code,
            &SubmissionKind::Submit,
        )
        .await
        .unwrap();
        id.as_uuid()
    }

    /// Starts a `judge-farm worker` with the test settings and `extra` environment.
    pub fn worker(&self, concurrency: usize, extra: &[(&str, &str)]) -> WorkerProcess {
        let mut env: Vec<(String, String)> = [
            ("DATABASE_URL", self.database_url.as_str()),
            ("REDIS_URL", self.redis_url.as_str()),
            ("SUBMISSION_STREAM", self.stream.as_str()),
            ("WORKER_CONCURRENCY", &concurrency.to_string()),
            ("JOB_LEASE_SECS", &LEASE_SECS.to_string()),
            ("QUEUE_REQUEUE_AFTER_SECS", "2"),
            ("QUEUE_SWEEP_INTERVAL_SECS", "1"),
            // Only Python is judged here, and the self-test of every toolchain would make each
            // of the many workers these tests start take seconds to get ready.
            ("WORKER_SELF_TEST", "false"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        WorkerProcess::spawn(&env)
    }

    pub async fn status(&self, id: Uuid) -> String {
        sqlx::query_scalar!("select status from submissions where id = $1", id)
            .fetch_one(&self.db)
            .await
            .unwrap()
    }

    /// Who holds (or last held) the lease, and whether it is judging now.
    pub async fn judging_by(&self, id: Uuid) -> Option<String> {
        sqlx::query_scalar!(
            "select leased_by from submissions where id = $1 and status = 'judging'",
            id
        )
        .fetch_optional(&self.db)
        .await
        .ok()
        .flatten()
        .flatten()
    }

    pub async fn attempts(&self, id: Uuid) -> i32 {
        sqlx::query_scalar!("select attempts from submissions where id = $1", id)
            .fetch_one(&self.db)
            .await
            .unwrap()
    }

    /// Waits until `id` is being judged by `worker`.
    pub async fn wait_judging_by(&self, id: Uuid, worker: &WorkerProcess) {
        let consumer = worker.consumer();
        wait_for(&format!("{id} judged by {consumer}"), Duration::from_secs(60), || async {
            self.judging_by(id).await.as_deref() == Some(consumer.as_str())
        })
        .await;
    }

    /// Waits until every one of `ids` has a final verdict.
    pub async fn wait_all_final(&self, ids: &[Uuid], limit: Duration) {
        wait_for("every submission to be judged", limit, || async {
            let open: i64 = sqlx::query_scalar!(
                r#"select count(*) as "open!" from submissions
                    where id = any($1) and status in ('queued', 'judging')"#,
                ids
            )
            .fetch_one(&self.db)
            .await
            .unwrap_or(i64::MAX);
            open == 0
        })
        .await;
    }

    /// The invariant every fault test ends with: each submission holds exactly one final
    /// verdict, no lease is left, and the problem's counters counted each verdict once.
    pub async fn assert_exactly_one_verdict_each(&self, ids: &[Uuid]) {
        let rows = sqlx::query!(
            "select id, status, lease_token from submissions where problem_id = $1",
            self.problem_id
        )
        .fetch_all(&self.db)
        .await
        .unwrap();
        assert_eq!(rows.len(), ids.len(), "every submission is there, and no other");
        for row in &rows {
            let (id, status) = (row.id, &row.status);
            assert!(ids.contains(&id));
            assert!(!matches!(status.as_str(), "queued" | "judging"), "{id} is still {status}");
            assert_eq!(row.lease_token, None, "{id} still holds a lease");
        }
        let counted: i32 = sqlx::query_scalar!(
            "select total_submissions from problems where id = $1",
            self.problem_id
        )
        .fetch_one(&self.db)
        .await
        .unwrap();
        assert_eq!(counted as usize, ids.len(), "each verdict counted exactly once");
    }

    /// Waits until the stream holds no entries (all acknowledged and deleted).
    pub async fn wait_stream_drained(&self) {
        wait_for("the stream to drain", Duration::from_secs(60), || async {
            let len: redis::RedisResult<i64> =
                redis::cmd("XLEN").arg(&self.stream).query_async(&mut self.redis()).await;
            len == Ok(0)
        })
        .await;
    }

    /// The dead-letter stream's entries as (submission, reason).
    pub async fn dead_letters(&self) -> Vec<(String, String)> {
        let reply: redis::streams::StreamRangeReply = redis::cmd("XRANGE")
            .arg(queue::dead_letter_stream(&self.stream))
            .arg("-")
            .arg("+")
            .query_async(&mut self.redis())
            .await
            .unwrap();
        reply
            .ids
            .iter()
            .map(|e| (e.get("submission").unwrap_or_default(), e.get("reason").unwrap_or_default()))
            .collect()
    }
}

/// Polls `condition` every 100 ms until it holds; fails the test after `limit`.
pub async fn wait_for<F, Fut>(what: &str, limit: Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + limit;
    while !condition().await {
        assert!(Instant::now() < deadline, "timed out after {limit:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Where test workers keep their boxes; shared, since each only sweeps dead processes' boxes.
pub fn sandbox_root() -> PathBuf {
    std::env::temp_dir().join("algoarena-faults-sandbox")
}
