//! The standings update cost per verdict at 50,000 participants (run by hand, not a test):
//! the Postgres part (a participant's row recomputed in a transaction, as the verdict commit
//! does) and the Redis part (ZADD + ZCOUNT for the rank + INCR for the push sequence), the
//! latter as Redis's own CPU per verdict (INFO commandstats `usec`, diffed around each phase)
//! and as a ratio to a bare ZADD on a set of the same size measured in the same run.
//! Target: the Redis part ≤ 20 µs of server CPU per verdict.
//!
//! ```sh
//! cargo bench -p algoarena-judge-farm --bench standings      # ~1 minute
//! BENCH_PARTICIPANTS=50000 BENCH_VERDICTS=5000 cargo bench -p algoarena-judge-farm --bench standings
//! ```
//! Postgres: $TEST_DATABASE_URL (or $DATABASE_URL's server; a scratch database is made and
//! dropped); Redis: $REDIS_URL. Other clients of the same Redis add noise to its counters.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use algoarena_judge_farm::contests::ranks;
use algoarena_judge_farm::db::standings;
use algoarena_judge_farm::startup;
use algoarena_shared::scoring::{Penalty, Points, Total};
use redis::aio::ConnectionManager;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection};
use uuid::Uuid;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A small deterministic generator, so runs compare.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// (calls, usec) per command from INFO commandstats.
async fn commandstats(redis: &mut ConnectionManager) -> HashMap<String, (u64, u64)> {
    let info: String = redis::cmd("INFO").arg("commandstats").query_async(redis).await.unwrap();
    let mut stats = HashMap::new();
    for line in info.lines() {
        let Some(rest) = line.strip_prefix("cmdstat_") else { continue };
        let Some((name, fields)) = rest.split_once(':') else { continue };
        let field = |key: &str| {
            fields.split(',').find_map(|f| f.strip_prefix(key)).and_then(|v| v.parse().ok())
        };
        if let (Some(calls), Some(usec)) = (field("calls="), field("usec=")) {
            stats.insert(name.to_string(), (calls, usec));
        }
    }
    stats
}

/// Server µs spent in `commands` between two snapshots, and their calls.
fn spent(
    before: &HashMap<String, (u64, u64)>,
    after: &HashMap<String, (u64, u64)>,
    commands: &[&str],
) -> (u64, u64) {
    commands.iter().fold((0, 0), |(calls, usec), c| {
        let (c0, u0) = before.get(*c).copied().unwrap_or_default();
        let (c1, u1) = after.get(*c).copied().unwrap_or_default();
        (calls + c1.saturating_sub(c0), usec + u1.saturating_sub(u0))
    })
}

/// CPU time of a Postgres backend so far (it runs on this machine).
fn backend_cpu(pid: i32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("").split_whitespace().collect();
    // After the command name: state is field 3, utime 14 and stime 15 (1-based).
    let ticks = |i: usize| fields.get(i - 3).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Duration::from_micros((ticks(14) + ticks(15)) * 1_000_000 / hz)
}

fn random_total(rng: &mut Lcg) -> Total {
    Total { points: Points(rng.next(9)), penalty: Penalty(rng.next(90) * 60) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let participants = env_usize("BENCH_PARTICIPANTS", 50_000);
    let verdicts = env_usize("BENCH_VERDICTS", 3_000);
    let admin = std::env::var("TEST_DATABASE_URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
    let name = format!("bench_standings_{}", Uuid::new_v4().simple());
    let mut conn = PgConnection::connect(&admin).await.expect("Postgres must be running");
    sqlx::query(&format!("create database {name}")).execute(&mut conn).await.unwrap();
    let db =
        PgPoolOptions::new().max_connections(1).connect(&format!("{base}/{name}")).await.unwrap();
    startup::migrate(&db).await.unwrap();
    let redis_url = std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
    let mut redis = ConnectionManager::new(redis::Client::open(redis_url).unwrap()).await.unwrap();

    println!("setting up {participants} participants ...");
    let problems = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../problems");
    algoarena_judge_farm::import::import(
        &db,
        &[problems.join("a-plus-b"), problems.join("reverse-words")],
    )
    .await
    .unwrap();
    let contest: Uuid = sqlx::query_scalar(
        "insert into contests (slug, title, start_time, end_time, format)
         values ('bench', 'bench', now() - interval '1 hour', now() + interval '1 hour', 'icpc')
         returning id",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    sqlx::query(
        "insert into contest_problems (contest_id, problem_id, points, order_index)
         select $1, id, 3, case slug when 'a-plus-b' then 0 else 1 end from problems
          where slug in ('a-plus-b', 'reverse-words')",
    )
    .bind(contest)
    .execute(&db)
    .await
    .unwrap();
    let users: Vec<Uuid> = sqlx::query_scalar(
        "insert into users (email, username)
         select 'bench' || g || '@example.com', 'bench' || g from generate_series(1, $1) g
         returning id",
    )
    .bind(participants as i32)
    .fetch_all(&db)
    .await
    .unwrap();
    sqlx::query(
        "insert into contest_registrations (contest_id, user_id) select $1, unnest($2::uuid[])",
    )
    .bind(contest)
    .bind(&users)
    .execute(&db)
    .await
    .unwrap();
    let mut rng = Lcg(42);
    let totals: Vec<Total> = users.iter().map(|_| random_total(&mut rng)).collect();
    let points: Vec<i32> = totals.iter().map(|t| t.points.0 as i32).collect();
    let penalties: Vec<i32> = totals.iter().map(|t| t.penalty.0 as i32).collect();
    sqlx::query(
        "insert into contest_scores (contest_id, user_id, score, penalty_seconds, frozen_score,
                                     frozen_penalty_seconds, frozen_cells)
         select $1, u, s, p, s, p, '[]' from unnest($2::uuid[], $3::int[], $4::int[]) as t(u, s, p)",
    )
    .bind(contest)
    .bind(&users)
    .bind(&points)
    .bind(&penalties)
    .execute(&db)
    .await
    .unwrap();
    let members: Vec<(Uuid, Total)> = users.iter().copied().zip(totals.iter().copied()).collect();
    ranks::replace(&mut redis, contest, &members, false).await.unwrap();
    let baseline_key = format!("bench:standings:baseline:{}", Uuid::new_v4().simple());
    for chunk in members.chunks(1000) {
        let items: Vec<(f64, String)> =
            chunk.iter().map(|(u, t)| (ranks::encode(*t), u.to_string())).collect();
        redis::AsyncCommands::zadd_multiple::<_, _, _, ()>(&mut redis, &baseline_key, &items)
            .await
            .unwrap();
    }

    // The verdicts: a random participant's new judged submission each.
    let problem: Uuid = sqlx::query_scalar("select id from problems where slug = 'a-plus-b'")
        .fetch_one(&db)
        .await
        .unwrap();
    let picked: Vec<Uuid> =
        (0..verdicts).map(|_| users[rng.next(users.len() as u64) as usize]).collect();
    let statuses: Vec<&str> =
        (0..verdicts).map(|i| if i % 3 == 0 { "accepted" } else { "wrong_answer" }).collect();
    sqlx::query(
        "insert into submissions (user_id, problem_id, contest_id, language, code, status, kind)
         select u, $2, $1, 'python3', 'print(1)', s, 'submit'
           from unnest($3::uuid[], $4::text[]) as t(u, s)",
    )
    .bind(contest)
    .bind(problem)
    .bind(&picked)
    .bind(&statuses)
    .execute(&db)
    .await
    .unwrap();
    sqlx::query("analyze").execute(&db).await.unwrap();
    let pid: i32 = sqlx::query_scalar("select pg_backend_pid()").fetch_one(&db).await.unwrap();

    // 1. Postgres: the row recomputed in a transaction per verdict.
    let cpu0 = backend_cpu(pid);
    let started = Instant::now();
    for user in &picked {
        let mut tx = db.begin().await.unwrap();
        standings::recompute(&mut tx, contest, *user).await.unwrap();
        tx.commit().await.unwrap();
    }
    let pg_wall = started.elapsed() / verdicts as u32;
    let pg_cpu = (backend_cpu(pid) - cpu0) / verdicts as u32;

    // 2. Redis baseline: a bare ZADD moving a member of a set of the same size.
    let before = commandstats(&mut redis).await;
    let started = Instant::now();
    for user in &picked {
        let total = random_total(&mut rng);
        redis::AsyncCommands::zadd::<_, _, _, ()>(
            &mut redis,
            &baseline_key,
            user.to_string(),
            ranks::encode(total),
        )
        .await
        .unwrap();
    }
    let bare_wall = started.elapsed() / verdicts as u32;
    let after = commandstats(&mut redis).await;
    let (bare_calls, bare_usec) = spent(&before, &after, &["zadd"]);

    // 3. The standings' Redis part per verdict: ZADD, ZCOUNT (the rank), INCR (the sequence).
    let before = commandstats(&mut redis).await;
    let started = Instant::now();
    for user in &picked {
        let total = random_total(&mut rng);
        ranks::set(&mut redis, contest, *user, total).await.unwrap();
        ranks::rank_of(&mut redis, contest, total).await.unwrap();
        ranks::next_seq(&mut redis, contest).await.unwrap();
    }
    let part_wall = started.elapsed() / verdicts as u32;
    let after = commandstats(&mut redis).await;
    let (part_calls, part_usec) = spent(&before, &after, &["zadd", "zcount", "incr", "incrby"]);

    let bare = bare_usec as f64 / bare_calls.max(1) as f64;
    let part = part_usec as f64 / verdicts as f64;
    println!("standings update per verdict, {participants} participants, {verdicts} verdicts:");
    println!(
        "  postgres (row recomputed in its transaction): {:.0} µs wall, {:.0} µs backend CPU",
        pg_wall.as_secs_f64() * 1e6,
        pg_cpu.as_secs_f64() * 1e6
    );
    println!(
        "  redis baseline, bare ZADD: {bare:.2} µs server CPU/call ({bare_calls} calls), {:.0} µs round trip",
        bare_wall.as_secs_f64() * 1e6
    );
    println!(
        "  redis standings part (ZADD+ZCOUNT+INCR): {part:.2} µs server CPU/verdict ({part_calls} calls) \
         = {:.2}× a bare ZADD; {:.0} µs round trips; target ≤ 20 µs: {}",
        part / bare.max(1e-9),
        part_wall.as_secs_f64() * 1e6,
        if part <= 20.0 { "met" } else { "MISSED" }
    );

    let _: () = redis::AsyncCommands::del(
        &mut redis,
        &[baseline_key, ranks::board_key(contest), ranks::seq_key(contest)],
    )
    .await
    .unwrap();
    db.close().await;
    sqlx::query(&format!("drop database {name} with (force)")).execute(&mut conn).await.unwrap();
}
