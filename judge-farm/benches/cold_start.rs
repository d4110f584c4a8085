//! A fresh worker's first verdict (issue 19's cold path; run by hand as root, not a test):
//! how long from a worker's start until a trivial Python submission is judged, when the
//! worker first runs every language's self-test one after another (the old start), and when
//! the self-tests run beside the work and the job waits only for Python's
//! (`worker::self_test::Toolchains`, the start today). The baseline, measured in the same run,
//! is the same verdict from a worker that tests nothing. Wall time is the figure here: the
//! question is how long the first user waits.
//!
//! ```sh
//! cargo bench -p algoarena-judge-farm --bench cold_start --profile dev   # ~1 minute
//! ```
//! Knobs: BENCH_ROUNDS [3] (each figure is the median of that many starts), BENCH_OUT (a JSON
//! report; scripts/bench.sh cold-start sets it).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use algoarena_judge_farm::judge::{self, Evaluation, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::{ProgramFiles, TestCase};
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox, Sandbox};
use algoarena_judge_farm::worker::self_test::{check_languages, Toolchains};
use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

const A_PLUS_B: &str = "a, b = map(int, input().split())\nprint(a + b)\n";

/// A trivial Python submission judged on one test: the first user's wait after the start.
async fn first_verdict(sandbox: &dyn Sandbox) {
    let tests = [TestCase { input: "2 40\n".into(), expected_output: "42\n".into() }];
    let task = Task {
        source: Source {
            language: languages::find(Language::Python3).unwrap(),
            code: A_PLUS_B,
            files: ProgramFiles::none(),
            time_limit_ms: 2000,
        },
        memory_limit_bytes: 256 << 20,
        tests: &tests,
        evaluation: Evaluation::lines(),
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    let verdict = judge::judge(sandbox, &task).await.unwrap().verdict;
    assert_eq!(verdict.status, Status::Accepted, "{verdict:?}");
}

/// The median of `rounds` figures, each what one call of `start` measured.
async fn median<F: AsyncFnMut() -> Duration>(rounds: usize, mut start: F) -> Duration {
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        times.push(start().await);
    }
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` and friends
    }
    let config = NativeConfig {
        root: std::env::temp_dir().join("algoarena-bench-cold"),
        helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
        cgroup_name: "algoarena-bench-cold".into(),
        ..NativeConfig::default()
    };
    let sandbox: Arc<dyn Sandbox> =
        Arc::new(NativeSandbox::new(config).expect("the native sandbox starts (run as root)"));
    let rounds: usize =
        std::env::var("BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let concurrency = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);

    // Warm the page cache and the compile caches once, so no figure pays the first read.
    check_languages(sandbox.as_ref()).await.expect("every self-test passes");

    let every_language: Vec<Language> = languages::all().iter().map(|s| s.language).collect();
    let bare = median(rounds, async || {
        let begun = Instant::now();
        first_verdict(sandbox.as_ref()).await;
        begun.elapsed()
    })
    .await;
    let serial = median(rounds, async || {
        let begun = Instant::now();
        check_languages(sandbox.as_ref()).await.unwrap();
        first_verdict(sandbox.as_ref()).await;
        begun.elapsed()
    })
    .await;
    let lazy_first = median(rounds, async || {
        let begun = Instant::now();
        let toolchains = Toolchains::start(sandbox.clone(), concurrency);
        toolchains.ready(&[Language::Python3]).await.unwrap();
        first_verdict(sandbox.as_ref()).await;
        let first = begun.elapsed();
        // The rest finish outside the figure, so they do not load the next round.
        toolchains.ready(&every_language).await.unwrap();
        first
    })
    .await;

    println!("## A fresh worker's first Python verdict (median of {rounds} starts, wall time)");
    println!("  bare (no self-test):                         {:>7.0} ms", ms(bare));
    println!(
        "  every self-test first, one by one (before):  {:>7.0} ms = {:.1}x bare",
        ms(serial),
        serial.as_secs_f64() / bare.as_secs_f64()
    );
    println!(
        "  self-tests beside the work, {concurrency} at once (now):  {:>7.0} ms = {:.1}x bare (target: first verdict within 1 s: {})",
        ms(lazy_first),
        lazy_first.as_secs_f64() / bare.as_secs_f64(),
        if lazy_first <= Duration::from_secs(1) { "met" } else { "not met" }
    );
    if let Ok(out) = std::env::var("BENCH_OUT") {
        let report = serde_json::json!({
            "rounds": rounds,
            "concurrency": concurrency,
            "bare_ms": ms(bare),
            "serial_self_tests_ms": ms(serial),
            "concurrent_self_tests_ms": ms(lazy_first),
            "concurrent_over_bare": lazy_first.as_secs_f64() / bare.as_secs_f64(),
            "target": "first verdict within 1 s of the worker's start",
        });
        std::fs::write(&out, serde_json::to_vec_pretty(&report).unwrap())
            .expect("writing BENCH_OUT");
    }
}
