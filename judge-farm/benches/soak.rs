//! Soak benchmark (run by hand, not a test): a few thousand submissions of a trivial Python
//! solution at a fraction of the measured capacity, while a random worker is SIGKILLed (and
//! replaced, as a supervisor would) every few seconds. Reports submissions lost and verdicts
//! duplicated (both must be 0), throughput, and enqueue-to-verdict latency.
//!
//! ```sh
//! cargo bench -p algoarena-judge-farm --bench soak --profile dev   # full run, ~3 minutes
//! cargo bench -p algoarena-judge-farm --bench soak -- --smoke      # 60 submissions at 10/s, kills
//! ```
//!
//! Postgres and Redis are private instances started for the run (`SOAK_DATABASE_URL` names an
//! admin URL to use an existing Postgres instead). Environment: `SOAK_SUBMISSIONS` [3000],
//! `SOAK_LOAD` [0.5] (fraction of the capacity measured first), `SOAK_RATE` (submissions per
//! second; skips the measurement), `SOAK_WORKERS` [2] processes with `SOAK_CONCURRENCY` [1]
//! sandboxes each, `SOAK_KILL_EVERY_SECS` [20] (0: no kills), `SOAK_LEASE_SECS` [3].

#![allow(dead_code)]

#[path = "../tests/faults/farm.rs"]
mod farm;
#[path = "../tests/faults/services.rs"]
mod services;
#[path = "../tests/faults/workers.rs"]
mod workers;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use nix::sys::signal::Signal;
use rand::Rng;
use uuid::Uuid;

use farm::Farm;
use services::{PrivatePostgres, PrivateRedis};
use workers::WorkerProcess;

/// Users the submissions come from, in turn.
const USERS: usize = 100;

const SOLUTION: &str = "a, b = map(int, input().split())\nprint(a + b)\n";

struct Plan {
    submissions: usize,
    load: f64,
    rate: Option<f64>,
    workers: usize,
    concurrency: usize,
    kill_every: Option<Duration>,
    lease_secs: u64,
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

impl Plan {
    fn from_env(smoke: bool) -> Plan {
        let kill_every = env_or("SOAK_KILL_EVERY_SECS", if smoke { 2 } else { 20 });
        Plan {
            submissions: env_or("SOAK_SUBMISSIONS", if smoke { 60 } else { 3000 }),
            load: env_or("SOAK_LOAD", 0.5),
            rate: std::env::var("SOAK_RATE")
                .ok()
                .and_then(|v| v.parse().ok())
                .or(smoke.then_some(10.0)),
            workers: env_or("SOAK_WORKERS", 2),
            concurrency: env_or("SOAK_CONCURRENCY", 1),
            kill_every: (kill_every > 0).then(|| Duration::from_secs(kill_every)),
            lease_secs: env_or("SOAK_LEASE_SECS", 3),
        }
    }
}

/// The worker pool: SIGKILLed workers are kept (with their logs) to count what they judged.
struct Pool {
    live: Vec<WorkerProcess>,
    dead: Vec<WorkerProcess>,
    kills: usize,
}

impl Pool {
    fn spawn(farm: &Farm, plan: &Plan) -> WorkerProcess {
        let lease = plan.lease_secs.to_string();
        farm.worker(
            plan.concurrency,
            &[("JOB_LEASE_SECS", lease.as_str()), ("RUST_LOG", "info,sqlx=error")],
        )
    }

    fn kill_one(&mut self, farm: &Farm, plan: &Plan) {
        let victim = rand::thread_rng().gen_range(0..self.live.len());
        let worker = self.live.swap_remove(victim);
        worker.signal(Signal::SIGKILL);
        self.dead.push(worker);
        self.kills += 1;
        self.live.push(Pool::spawn(farm, plan));
    }

    /// Verdicts each worker says it stored, by submission.
    fn stored_verdicts(&self) -> HashMap<String, usize> {
        let mut count = HashMap::new();
        for worker in self.live.iter().chain(&self.dead) {
            for line in worker.log_lines("\"message\":\"judged\"") {
                if let Some(rest) = line.split("\"submission_id\":\"Some(").nth(1) {
                    *count.entry(rest[..36].to_string()).or_insert(0) += 1;
                }
            }
        }
        count
    }
}

/// Submits `count` at `rate` per second, round-robin over `users` (one user's thousands of
/// accepted submissions on one problem would measure their history, not the queue).
async fn submit_at(
    farm: &Farm,
    users: &[Uuid],
    count: usize,
    rate: f64,
    mut between: impl FnMut(),
) -> Vec<Uuid> {
    let mut ids = Vec::with_capacity(count);
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    for i in 0..count {
        tick.tick().await;
        ids.push(farm.submit_as(users[i % users.len()], SOLUTION).await);
        between();
    }
    ids
}

/// Verdicts per second when submissions arrive all at once.
async fn measure_capacity(farm: &Farm) -> f64 {
    let n = 120;
    let started = Instant::now();
    let mut ids = Vec::new();
    for _ in 0..n {
        ids.push(farm.submit(SOLUTION).await);
    }
    farm.wait_all_final(&ids, Duration::from_secs(600)).await;
    n as f64 / started.elapsed().as_secs_f64()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let smoke = std::env::args().any(|a| a == "--smoke");
    let plan = Plan::from_env(smoke);
    // Private servers: other people's tests on a shared Postgres would be measured too.
    let postgres = std::env::var("SOAK_DATABASE_URL").is_err().then(PrivatePostgres::start_durable);
    let admin_url = std::env::var("SOAK_DATABASE_URL")
        .unwrap_or_else(|_| postgres.as_ref().unwrap().admin_url());
    let redis = PrivateRedis::start();
    let farm = Farm::start(&admin_url, &redis.url()).await;
    let load_before = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut pool = Pool {
        live: (0..plan.workers).map(|_| Pool::spawn(&farm, &plan)).collect(),
        dead: vec![],
        kills: 0,
    };
    for w in &pool.live {
        w.wait_ready().await;
    }

    let rate = match plan.rate {
        Some(rate) => rate,
        None => {
            let capacity = measure_capacity(&farm).await;
            eprintln!(
                "capacity: {capacity:.1} verdicts/s with {} workers x {}",
                plan.workers, plan.concurrency
            );
            capacity * plan.load
        }
    };
    // The calibration's submissions are not part of the measurement.
    let calibrated: Vec<Uuid> =
        sqlx::query_scalar!("select id from submissions").fetch_all(&farm.db).await.unwrap();
    eprintln!(
        "submitting {} at {rate:.1}/s, killing a worker every {:?}",
        plan.submissions, plan.kill_every
    );

    let mut users = Vec::new();
    for _ in 0..USERS {
        users.push(farm.add_user().await);
    }
    let started = Instant::now();
    let mut last_kill = Instant::now();
    let ids = {
        let farm = &farm;
        let pool = &mut pool;
        let plan = &plan;
        submit_at(farm, &users, plan.submissions, rate, || {
            if plan.kill_every.is_some_and(|every| last_kill.elapsed() >= every) {
                pool.kill_one(farm, plan);
                last_kill = Instant::now();
            }
        })
        .await
    };
    let submitted_in = started.elapsed();
    let drain_deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let open: i64 = sqlx::query_scalar!(
            r#"select count(*) as "open!" from submissions where status in ('queued', 'judging')"#,
        )
        .fetch_one(&farm.db)
        .await
        .unwrap();
        if open == 0 || Instant::now() > drain_deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let rows: Vec<(Uuid, String, Option<f64>, i32)> = sqlx::query!(
        r#"select id, status, extract(epoch from judged_at - created_at)::float8 as "latency?",
                  attempts
             from submissions where not (id = any($1))"#,
        &calibrated,
    )
    .fetch_all(&farm.db)
    .await
    .unwrap()
    .into_iter()
    .map(|r| (r.id, r.status, r.latency, r.attempts))
    .collect();
    let lost = rows.iter().filter(|r| r.2.is_none()).count() + ids.len().saturating_sub(rows.len());
    let not_accepted = rows.iter().filter(|r| r.1 != "accepted").count();
    let stored = pool.stored_verdicts();
    let duplicated_in_logs: usize = stored.values().map(|n| n.saturating_sub(1)).sum();
    let counted: i32 = sqlx::query_scalar!(
        "select total_submissions from problems where id = $1",
        farm.problem_id
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let judged_total: i64 = sqlx::query_scalar!(
        r#"select count(*) as "judged!" from submissions where judged_at is not null"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let duplicated_in_counters = counted as i64 - judged_total;
    let span = sqlx::query!(
        r#"select extract(epoch from min(created_at))::float8 as "first!",
                  extract(epoch from max(judged_at))::float8 as "last!"
             from submissions where not (id = any($1))"#,
        &calibrated,
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let (first, last) = (span.first, span.last);
    let mut all: Vec<f64> = rows.iter().filter_map(|r| r.2).collect();
    all.sort_by(f64::total_cmp);
    let mut untouched: Vec<f64> = rows.iter().filter(|r| r.3 == 1).filter_map(|r| r.2).collect();
    untouched.sort_by(f64::total_cmp);
    let retried = rows.iter().filter(|r| r.3 > 1).count();

    println!("| soak | value |");
    println!("|---|---|");
    println!(
        "| submissions | {} at {rate:.1}/s over {:.0} s |",
        ids.len(),
        submitted_in.as_secs_f64()
    );
    println!(
        "| workers | {} x {} sandboxes, lease {} s |",
        plan.workers, plan.concurrency, plan.lease_secs
    );
    println!("| workers SIGKILLed | {} |", pool.kills);
    let load_after = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("| load average before / after | {} / {} |", load_before.trim(), load_after.trim());
    println!("| submissions lost | {lost} |");
    println!("| duplicated verdicts | {duplicated_in_logs} (worker logs), {duplicated_in_counters} (problem counters) |");
    println!("| not accepted | {not_accepted} |");
    println!("| throughput | {:.1} verdicts/s |", all.len() as f64 / (last - first));
    println!(
        "| enqueue-to-verdict, all | p50 {:.3} s, p99 {:.3} s, max {:.3} s |",
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        all.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "| enqueue-to-verdict, judged on first claim ({}; {retried} re-claimed after a kill) | p50 {:.3} s, p99 {:.3} s |",
        untouched.len(),
        percentile(&untouched, 0.5),
        percentile(&untouched, 0.99)
    );
    let failed = lost > 0 || duplicated_in_logs > 0 || duplicated_in_counters != 0;
    // Workers and servers stop on drop, which `exit` would skip.
    drop(pool);
    drop(farm);
    drop(redis);
    drop(postgres);
    if failed {
        eprintln!("FAILED: submissions were lost or verdicts duplicated");
        std::process::exit(1);
    }
}
