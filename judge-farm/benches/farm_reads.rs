//! The farm's two hottest reads against a bare axum + sqlx server running the same SQL on the
//! same database (run by `scripts/bench.sh farm`, not a test): the internal problem read
//! (`GET /internal/problems/{slug}`, anonymous, what the edge fills its cache from) and the
//! submission poll (`GET /internal/submissions/{id}`, as the submitter). Every request is
//! signed as the edge signs it (a fresh nonce each), so the farm's signature check and replay
//! guard are in what is measured; the bare server ignores the headers.
//!
//! The farm is the running `judge-farm serve` at `$FARM_URL` (its pid in `$FARM_PID`, for the
//! CPU it spends per request); the bare server is this binary started again as
//! `farm_reads --serve-bare <addr>`, a process of its own built with the same profile, with
//! the farm's pool size. Each measurement runs the bare server and the farm one after the
//! other at each connection count, so a loaded machine weighs on both alike.
//!
//! ```sh
//! scripts/bench.sh farm          # starts the stack, then runs this
//! ```
//! Environment: FARM_URL, FARM_PID, DATABASE_URL, FARM_SHARED_SECRET, BENCH_OUT; knobs
//! BENCH_CONNECTIONS [1,16,64], BENCH_DURATION [5] seconds, BENCH_ROUNDS [3], BENCH_BARE_ADDR
//! [127.0.0.1:18181]. Target: at least 80% of the bare server's throughput.

use std::process::{Child, Command};
use std::time::{Duration, Instant};

use algoarena_shared::signing::{
    sign, SignedParts, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, HEADER_USER,
};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sqlx::postgres::PgPoolOptions;
use sqlx::types::Json as SqlJson;
use sqlx::{PgPool, Row};
use uuid::Uuid;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--serve-bare") {
        let addr = args.get(i + 1).expect("--serve-bare <addr>").clone();
        // As many worker threads as the farm's `#[tokio::main]`: one per core.
        tokio::runtime::Runtime::new().unwrap().block_on(serve_bare(&addr));
        return;
    }
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(drive());
}

// ---- the bare server --------------------------------------------------------------------

/// The problem detail's columns, as `db::problems::get` reads them.
#[derive(Serialize)]
struct BareProblem {
    slug: String,
    title: String,
    difficulty: String,
    tags: Vec<String>,
    acceptance_rate: f64,
    is_premium: bool,
    description: String,
    constraints: Option<String>,
    samples: Vec<(String, String)>,
    time_limit_ms: i32,
    memory_limit_mb: i32,
    starter_code: Option<serde_json::Value>,
    hints: Vec<(i32, Option<String>, bool)>,
    editorial: Option<String>,
    companies: Vec<String>,
}

async fn serve_bare(addr: &str) {
    let db = PgPoolOptions::new()
        .max_connections(10)
        .connect(&env("DATABASE_URL"))
        .await
        .expect("connecting to DATABASE_URL");
    let app = Router::new()
        .route("/internal/problems/{slug}", get(bare_problem))
        .route("/internal/submissions/{id}", get(bare_submission))
        .with_state(db);
    let listener = tokio::net::TcpListener::bind(addr).await.expect("binding the bare server");
    axum::serve(listener, app).await.unwrap();
}

/// The same three statements as `db::problems::get` (detail, samples, hints), decoded and
/// written as JSON; nothing else.
async fn bare_problem(State(db): State<PgPool>, Path(slug): Path<String>) -> Response {
    let row = sqlx::query(
        r#"select p.id, p.slug, p.title, p.difficulty,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = p.id),
                           '{}') as tags,
                  p.acceptance_rate, p.is_premium, p.description, p.constraints, p.starter_code,
                  p.time_limit_ms, p.memory_limit_mb, p.editorial, p.editorial_is_premium,
                  coalesce((select array_agg(c.name::text order by c.name) from problem_companies pc
                              join companies c on c.id = pc.company_id where pc.problem_id = p.id),
                           '{}') as companies
             from problems p where p.slug = $1 and p.is_published
                                and problem_visible(p.id, $2)"#,
    )
    .bind(&slug)
    .bind(None::<Uuid>)
    .fetch_optional(&db)
    .await
    .unwrap();
    let Some(row) = row else { return StatusCode::NOT_FOUND.into_response() };
    let id: Uuid = row.get("id");
    let samples = sqlx::query(
        "select input, expected_output from test_cases
          where problem_id = $1 and is_sample order by order_index",
    )
    .bind(id)
    .fetch_all(&db)
    .await
    .unwrap()
    .into_iter()
    .map(|r| (r.get("input"), r.get("expected_output")))
    .collect();
    let hints = sqlx::query(
        "select tier, body, is_premium from problem_hints where problem_id = $1 order by tier",
    )
    .bind(id)
    .fetch_all(&db)
    .await
    .unwrap()
    .into_iter()
    .map(|r| {
        let premium: bool = r.get("is_premium");
        (r.get("tier"), (!premium).then(|| r.get("body")), premium)
    })
    .collect();
    Json(BareProblem {
        slug: row.get("slug"),
        title: row.get("title"),
        difficulty: row.get("difficulty"),
        tags: row.get("tags"),
        acceptance_rate: row.get("acceptance_rate"),
        is_premium: row.get("is_premium"),
        description: row.get("description"),
        constraints: row.get("constraints"),
        samples,
        time_limit_ms: row.get("time_limit_ms"),
        memory_limit_mb: row.get("memory_limit_mb"),
        starter_code: row.get("starter_code"),
        hints,
        editorial: row.get("editorial"),
        companies: row.get("companies"),
    })
    .into_response()
}

#[derive(Serialize)]
struct BareSubmission {
    id: Uuid,
    problem_slug: String,
    language: String,
    status: String,
    runtime_ms: Option<i32>,
    memory_kb: Option<i32>,
    test_cases_passed: Option<i32>,
    test_cases_total: Option<i32>,
    error_message: Option<String>,
    failed_test: Option<SqlJson<serde_json::Value>>,
    score: Option<f64>,
    max_score: Option<f64>,
    kind: String,
    run_cases: Option<SqlJson<serde_json::Value>>,
    created_at: String,
    in_contest: bool,
}

/// The same statement as `db::submissions::get_own`, the user taken from the edge's header.
async fn bare_submission(
    State(db): State<PgPool>,
    Path(id): Path<Uuid>,
    headers: HeaderMap,
) -> Response {
    let user: Uuid = headers
        .get(HEADER_USER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_default();
    let row = sqlx::query(
        r#"select s.id, p.slug as problem_slug, s.language, s.status, s.runtime_ms,
                  s.memory_kb, s.test_cases_passed, s.test_cases_total, s.error_message,
                  s.failed_test, s.score, s.max_score, s.kind, s.run_cases, s.created_at,
                  s.contest_id is not null as in_contest
             from submissions s join problems p on p.id = s.problem_id
            where s.id = $1 and s.user_id = $2"#,
    )
    .bind(id)
    .bind(user)
    .fetch_optional(&db)
    .await
    .unwrap();
    let Some(row) = row else { return StatusCode::NOT_FOUND.into_response() };
    let created_at: chrono::DateTime<chrono::Utc> = row.get("created_at");
    Json(BareSubmission {
        id: row.get("id"),
        problem_slug: row.get("problem_slug"),
        language: row.get("language"),
        status: row.get("status"),
        runtime_ms: row.get("runtime_ms"),
        memory_kb: row.get("memory_kb"),
        test_cases_passed: row.get("test_cases_passed"),
        test_cases_total: row.get("test_cases_total"),
        error_message: row.get("error_message"),
        failed_test: row.get("failed_test"),
        score: row.get("score"),
        max_score: row.get("max_score"),
        kind: row.get("kind"),
        run_cases: row.get("run_cases"),
        created_at: created_at.to_rfc3339(),
        in_contest: row.get("in_contest"),
    })
    .into_response()
}

// ---- the driver -------------------------------------------------------------------------

/// One read to measure: its path and the user it is signed as ("" for anonymous).
struct Target {
    name: &'static str,
    path: String,
    user: String,
}

#[derive(Serialize, Clone, Copy)]
struct Run {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: usize,
    /// CPU (user + system) the server process spent per request.
    cpu_us_per_request: f64,
}

/// CPU seconds of process `pid` (all its threads).
fn process_cpu(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("reading /proc stat");
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    // USER_HZ is 100 on Linux whatever the kernel's own HZ.
    ticks / 100.0
}

/// `connections` loops of signed GETs for `duration`; every answer must be a 200.
async fn load(
    client: &reqwest::Client,
    base: &str,
    target: &Target,
    connections: usize,
    duration: Duration,
    secret: &[u8],
    pid: u32,
) -> Run {
    let cpu_before = process_cpu(pid);
    let start = Instant::now();
    let deadline = start + duration;
    let tasks: Vec<_> = (0..connections)
        .map(|_| {
            let client = client.clone();
            let url = format!("{base}{}", target.path);
            let path = target.path.clone();
            let user = target.user.clone();
            let secret = secret.to_vec();
            async move {
                let mut latencies = Vec::new();
                while Instant::now() < deadline {
                    let timestamp = chrono::Utc::now().timestamp();
                    let nonce = hex::encode(rand::random::<[u8; 16]>());
                    let parts = SignedParts {
                        method: "GET",
                        path_and_query: &path,
                        timestamp,
                        nonce: &nonce,
                        user: &user,
                        body: b"",
                    };
                    let signature = sign(&secret, &parts);
                    let sent = Instant::now();
                    let response = client
                        .get(&url)
                        .header(HEADER_TIMESTAMP, timestamp.to_string())
                        .header(HEADER_NONCE, &nonce)
                        .header(HEADER_USER, &user)
                        .header(HEADER_SIGNATURE, signature)
                        .send()
                        .await
                        .expect("request failed");
                    let status = response.status();
                    let body = response.bytes().await.expect("reading the body");
                    assert_eq!(status, 200, "{url}: {}", String::from_utf8_lossy(&body));
                    latencies.push(sent.elapsed());
                }
                latencies
            }
        })
        .collect();
    let mut latencies: Vec<Duration> =
        futures_util::future::join_all(tasks).await.into_iter().flatten().collect();
    let elapsed = start.elapsed();
    let cpu = process_cpu(pid) - cpu_before;
    latencies.sort();
    let at = |q: f64| {
        latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)].as_secs_f64()
            * 1e3
    };
    Run {
        rps: latencies.len() as f64 / elapsed.as_secs_f64(),
        p50_ms: at(0.50),
        p99_ms: at(0.99),
        requests: latencies.len(),
        cpu_us_per_request: cpu * 1e6 / latencies.len() as f64,
    }
}

/// A published free problem, and a finished submission of a bench user to poll (made once).
async fn fixtures(db: &PgPool) -> (String, Uuid, Uuid) {
    let (problem_id, slug): (Uuid, String) = sqlx::query_as(
        "select id, slug from problems where is_published and not is_premium order by slug limit 1",
    )
    .fetch_one(db)
    .await
    .expect("no published free problem: import the problems first");
    let user: Uuid = sqlx::query_scalar(
        "insert into users (email, username) values ('bench-reader@example.com', 'bench-reader')
         on conflict (email) do update set username = excluded.username returning id",
    )
    .fetch_one(db)
    .await
    .unwrap();
    let existing: Option<Uuid> =
        sqlx::query_scalar("select id from submissions where user_id = $1 limit 1")
            .bind(user)
            .fetch_optional(db)
            .await
            .unwrap();
    let submission = match existing {
        Some(id) => id,
        None => sqlx::query_scalar(
            "insert into submissions (user_id, problem_id, language, code, status, runtime_ms,
                                      memory_kb, test_cases_passed, test_cases_total, judged_at)
             values ($1, $2, 'python3', 'print(1)', 'accepted', 12, 9000, 10, 10, now())
             returning id",
        )
        .bind(user)
        .bind(problem_id)
        .fetch_one(db)
        .await
        .unwrap(),
    };
    (slug, user, submission)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// The bare server as a child process; killed when dropped.
struct BareServer(Child);

impl Drop for BareServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn drive() {
    let farm = env("FARM_URL").trim_end_matches('/').to_string();
    let farm_pid: u32 = env("FARM_PID").parse().expect("FARM_PID");
    let secret = env("FARM_SHARED_SECRET").into_bytes();
    let out = env("BENCH_OUT");
    let connections: Vec<usize> = env_or("BENCH_CONNECTIONS", "1,16,64")
        .split(',')
        .map(|c| c.trim().parse().expect("BENCH_CONNECTIONS"))
        .collect();
    let duration = Duration::from_secs_f64(env_or("BENCH_DURATION", "5").parse().unwrap());
    let rounds: usize = env_or("BENCH_ROUNDS", "3").parse().unwrap();
    let bare_addr = env_or("BENCH_BARE_ADDR", "127.0.0.1:18181");

    let db = PgPoolOptions::new().max_connections(2).connect(&env("DATABASE_URL")).await.unwrap();
    let (slug, user, submission) = fixtures(&db).await;
    let bare = BareServer(
        Command::new(std::env::current_exe().unwrap())
            .args(["--serve-bare", &bare_addr])
            .spawn()
            .expect("starting the bare server"),
    );
    let bare_url = format!("http://{bare_addr}");
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build().unwrap();
    for _ in 0..100 {
        if client.get(format!("{bare_url}/internal/problems/{slug}")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let targets = [
        Target { name: "problem", path: format!("/internal/problems/{slug}"), user: String::new() },
        Target {
            name: "submission",
            path: format!("/internal/submissions/{submission}"),
            user: user.to_string(),
        },
    ];
    let load_before = load_average();
    let mut runs = Vec::new();
    for &c in &connections {
        for round in 1..=rounds {
            for target in &targets {
                // Warm both pools and plans at this concurrency before timing.
                let warm = Duration::from_millis(300);
                load(&client, &bare_url, target, c, warm, &secret, bare.0.id()).await;
                load(&client, &farm, target, c, warm, &secret, farm_pid).await;
                let b = load(&client, &bare_url, target, c, duration, &secret, bare.0.id()).await;
                let f = load(&client, &farm, target, c, duration, &secret, farm_pid).await;
                eprintln!(
                    "farm {} c={c} round {round}: {:.0}/s vs bare {:.0}/s ({:.0}%), p99 {:.2} vs {:.2} ms, CPU {:.0} vs {:.0} µs/request",
                    target.name,
                    f.rps,
                    b.rps,
                    f.rps / b.rps * 100.0,
                    f.p99_ms,
                    b.p99_ms,
                    f.cpu_us_per_request,
                    b.cpu_us_per_request
                );
                runs.push((target.name, c, round, f, b));
            }
        }
    }
    let load_after = load_average();

    println!(
        "\nfarm suite: {:.0} s per run, {rounds} rounds (median), load average {load_before} -> {load_after}",
        duration.as_secs_f64()
    );
    println!("target      conns   farm/s   bare/s   ratio  p50 ms  p99 ms bare p99  CPU µs/req  bare CPU");
    let mut summary = Vec::new();
    for target in &targets {
        for &c in &connections {
            let mine: Vec<_> = runs.iter().filter(|r| r.0 == target.name && r.1 == c).collect();
            let m = |f: &dyn Fn(&Run, &Run) -> f64| {
                median(mine.iter().map(|r| f(&r.3, &r.4)).collect())
            };
            let row = serde_json::json!({
                "target": target.name, "connections": c, "rounds": mine.len(),
                "ratio": m(&|f, b| f.rps / b.rps),
                "farm_rps": m(&|f, _| f.rps), "bare_rps": m(&|_, b| b.rps),
                "farm_p50_ms": m(&|f, _| f.p50_ms), "farm_p99_ms": m(&|f, _| f.p99_ms),
                "bare_p50_ms": m(&|_, b| b.p50_ms), "bare_p99_ms": m(&|_, b| b.p99_ms),
                "farm_cpu_us": m(&|f, _| f.cpu_us_per_request),
                "bare_cpu_us": m(&|_, b| b.cpu_us_per_request),
            });
            println!(
                "{:<10}{c:>7} {:>8.0} {:>8.0} {:>7.0}% {:>7.2} {:>7.2} {:>8.2} {:>11.0} {:>9.0}",
                target.name,
                row["farm_rps"].as_f64().unwrap(),
                row["bare_rps"].as_f64().unwrap(),
                row["ratio"].as_f64().unwrap() * 100.0,
                row["farm_p50_ms"].as_f64().unwrap(),
                row["farm_p99_ms"].as_f64().unwrap(),
                row["bare_p99_ms"].as_f64().unwrap(),
                row["farm_cpu_us"].as_f64().unwrap(),
                row["bare_cpu_us"].as_f64().unwrap(),
            );
            summary.push(row);
        }
    }
    let runs: Vec<_> = runs
        .iter()
        .map(|(t, c, round, f, b)| {
            serde_json::json!({"target": t, "connections": c, "round": round, "farm": f, "bare": b})
        })
        .collect();
    let report = serde_json::json!({
        "suite": "farm", "duration_secs": duration.as_secs_f64(), "rounds": rounds,
        "load_average": {"before": load_before, "after": load_after},
        "target": "at least 80% of bare", "summary": summary, "runs": runs,
    });
    std::fs::write(&out, serde_json::to_vec_pretty(&report).unwrap()).expect("writing BENCH_OUT");
}
