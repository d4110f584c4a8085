//! Sandbox overhead and judging throughput (run by hand as root, not a test). Prints ratios
//! against baselines measured in the same run; CPU is measured with getrusage (this process and
//! every reaped descendant: the box's keeper, builder and init and the programs), never wall time.
//!
//! ```sh
//! cargo bench -p algoarena-judge-farm --bench judge            # ~1 minute
//! BENCH_RUNS=200 BENCH_SUBMISSIONS=40 cargo bench -p algoarena-judge-farm --bench judge
//! ```
//!
//! 1. A static binary run bare (fork+exec+wait) and sandboxed, per test: target ≤ 2× the bare
//!    CPU; and a submission's sandbox set-up (work box created and removed): target ≤ 5 ms CPU.
//! 2. Judging a 10-test problem in C++ and in Python, `BENCH_CONCURRENCY` [2 per core] at once:
//!    target ≥ 85 % of cores / (CPU cost of one submission, judged alone).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use algoarena_judge_farm::judge::{self, Evaluation, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::{ProgramFiles, TestCase};
use algoarena_judge_farm::sandbox::{
    Limits, NativeConfig, NativeSandbox, RunSpec, Sandbox, Termination,
};
use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

/// CPU used so far by this process plus every descendant it has reaped.
fn cpu() -> Duration {
    let get = |who| {
        // SAFETY: getrusage fills the zeroed struct.
        let u = unsafe {
            let mut u: libc::rusage = std::mem::zeroed();
            libc::getrusage(who, &mut u);
            u
        };
        let t = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
        t(u.ru_utime) + t(u.ru_stime)
    };
    get(libc::RUSAGE_SELF) + get(libc::RUSAGE_CHILDREN)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A static C program doing `work` iterations of a small loop (0: exits at once).
fn static_binary(dir: &std::path::Path, name: &str, work: u64) -> PathBuf {
    let src = dir.join(format!("{name}.c"));
    std::fs::write(
        &src,
        format!("int main(){{volatile unsigned long x=0;for(unsigned long i=0;i<{work}UL;i++)x+=i;return 0;}}\n"),
    )
    .unwrap();
    let bin = dir.join(name);
    let ok = Command::new("gcc")
        .args(["-O2", "-static", "-o"])
        .arg(&bin)
        .arg(&src)
        .status()
        .unwrap()
        .success();
    assert!(ok, "gcc -static failed (libc6-dev has libc.a)");
    bin
}

async fn overhead(sandbox: &NativeSandbox, runs: usize) {
    let dir = tempfile::tempdir().unwrap();
    println!(
        "## Sandbox overhead per test ({runs} runs each, CPU = this process + reaped descendants)"
    );
    // BENCH_ONLY_TRIVIAL=1 measures the empty program alone (for profiling the fixed cost).
    let only_trivial = std::env::var("BENCH_ONLY_TRIVIAL").is_ok();
    for (name, work) in [("trivial", 0u64), ("busy-20ms", 30_000_000)] {
        if only_trivial && work > 0 {
            return;
        }
        let bin = static_binary(dir.path(), name, work);
        let (before, start) = (cpu(), Instant::now());
        for _ in 0..runs {
            let status = Command::new(&bin).stdin(Stdio::null()).status().unwrap();
            assert!(status.success());
        }
        let (bare_cpu, bare_wall) = ((cpu() - before) / runs as u32, start.elapsed() / runs as u32);

        // The box's set-up and closing are inside the measured span: the keeper, the box's
        // init and the programs are only reaped (and their CPU counted) when the box closes.
        let (before, start) = (cpu(), Instant::now());
        let bx = sandbox.create_box().unwrap();
        std::fs::copy(&bin, bx.path().join("main")).unwrap();
        let spec = RunSpec {
            argv: vec!["/box/main".into()],
            env: vec![("PATH".into(), "/usr/bin:/bin".into())],
            stdin: None,
            limits: Limits {
                cpu_time_ms: 5000,
                wall_time_ms: 10_000,
                memory_bytes: 256 << 20,
                max_processes: 64,
                output_bytes: 1 << 20,
            },
            box_writable: false,
        };
        let mut program_cpu = 0;
        for _ in 0..runs {
            let outcome = sandbox.run(&bx, spec.clone()).await.unwrap();
            assert_eq!(outcome.termination, Termination::Exited(0));
            program_cpu += outcome.cpu_time_ms;
        }
        sandbox.close_box(bx).await;
        let (boxed_cpu, boxed_wall) =
            ((cpu() - before) / runs as u32, start.elapsed() / runs as u32);
        println!(
            "{name:>10}: bare {:.2} ms CPU ({:.2} ms wall); sandboxed {:.2} ms CPU ({:.2} ms wall; the program's own cgroup CPU {:.2} ms); \
             ratio {:.2}x, fixed cost {:.2} ms CPU per test",
            ms(bare_cpu),
            ms(bare_wall),
            ms(boxed_cpu),
            ms(boxed_wall),
            program_cpu as f64 / runs as f64,
            boxed_cpu.as_secs_f64() / bare_cpu.as_secs_f64(),
            ms(boxed_cpu.saturating_sub(bare_cpu)),
        );
    }
    let (before, start) = (cpu(), Instant::now());
    for _ in 0..runs {
        let bx = sandbox.create_box().unwrap();
        std::fs::write(bx.path().join("main.cpp"), "int main(){}").unwrap();
        sandbox.close_box(bx).await;
    }
    println!(
        "submission set-up (work box mounted, keeper started, namespaces and root built, source written, all closed and reaped): \
         {:.2} ms CPU ({:.2} ms wall) per submission (target <= 5 ms)",
        ms((cpu() - before) / runs as u32),
        ms(start.elapsed() / runs as u32)
    );
}

const CPP: &str = "#include <bits/stdc++.h>\nint main(){long long a,b;std::cin>>a>>b;long long s=0;for(int i=0;i<1000000;i++)s+=i%7;std::cout<<a+b+s-s<<\"\\n\";}\n";
const PYTHON: &str = "a, b = map(int, input().split())\ns = sum(i % 7 for i in range(100000))\nprint(a + b + s - s)\n";

async fn throughput(
    sandbox: Arc<NativeSandbox>,
    language: Language,
    code: &'static str,
    submissions: usize,
) {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let tests: Arc<Vec<TestCase>> = Arc::new(
        (0..10)
            .map(|i| TestCase {
                input: format!("{i} {}\n", i * 3),
                expected_output: format!("{}\n", i * 4),
            })
            .collect(),
    );
    let spec = languages::find(language).unwrap();
    let judge_one = move |sandbox: Arc<NativeSandbox>, tests: Arc<Vec<TestCase>>| async move {
        let task = Task {
            source: Source {
                language: spec,
                code,
                files: ProgramFiles::none(),
                time_limit_ms: 5000,
            },
            memory_limit_bytes: 256 << 20,
            tests: &tests,
            evaluation: Evaluation::lines(),
            mode: Mode::Submit { tally: None },
            on_progress: &judge::no_progress,
        };
        let verdict = judge::judge(sandbox.as_ref(), &task).await.unwrap().verdict;
        assert_eq!(verdict.status, Status::Accepted, "{verdict:?}");
    };
    // Warm up (page cache, PCH), then the CPU cost of one submission, judged alone.
    judge_one(sandbox.clone(), tests.clone()).await;
    let alone = submissions.div_ceil(2).max(2);
    let (before, start) = (cpu(), Instant::now());
    for _ in 0..alone {
        judge_one(sandbox.clone(), tests.clone()).await;
    }
    let cost = (cpu() - before) / alone as u32;
    let alone_wall = start.elapsed() / alone as u32;
    let ideal = cores as f64 / cost.as_secs_f64();

    // Then `BENCH_CONCURRENCY` judging tasks at once [2 per core], as a worker with that
    // WORKER_CONCURRENCY runs them: a submission waits on process starts and pipes part of the
    // time, so one task per core leaves the cores partly idle.
    let next = Arc::new(AtomicUsize::new(0));
    let (before, start) = (cpu(), Instant::now());
    let mut tasks = Vec::new();
    let concurrency = env_usize("BENCH_CONCURRENCY", 2 * cores);
    for _ in 0..concurrency {
        let (sandbox, tests, next) = (sandbox.clone(), tests.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            while next.fetch_add(1, Ordering::Relaxed) < submissions {
                judge_one(sandbox.clone(), tests.clone()).await;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let wall = start.elapsed();
    let used = cpu() - before;
    let measured = submissions as f64 / wall.as_secs_f64();
    // On a shared machine the judge does not get every core: the share it got, and the
    // throughput that share allows at the cost measured alone, separate load from overhead.
    let share = used.as_secs_f64() / (wall.as_secs_f64() * cores as f64);
    println!(
        "{:>8}, 10 tests: {:.0} ms CPU per submission ({:.0} ms wall alone); ideal {cores} cores / cost = {ideal:.2}/s; \
         measured {measured:.2}/s with {concurrency} at once = {:.0} % of ideal (target >= 85 %); \
         CPU obtained {:.0} % of {cores} cores, {:.0} ms CPU per submission at once, {:.0} % of what that CPU allows",
        language.display_name(),
        ms(cost),
        ms(alone_wall),
        100.0 * measured / ideal,
        100.0 * share,
        ms(used / submissions as u32),
        100.0 * measured / (ideal * share),
    );
}

#[tokio::main]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` and friends
    }
    let config = NativeConfig {
        root: std::env::temp_dir().join("algoarena-bench"),
        helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
        cgroup_name: "algoarena-bench".into(),
        ..NativeConfig::default()
    };
    let sandbox =
        Arc::new(NativeSandbox::new(config).expect("the native sandbox starts (run as root)"));
    let runs = env_usize("BENCH_RUNS", 100);
    let submissions = env_usize("BENCH_SUBMISSIONS", 20);
    overhead(&sandbox, runs).await;
    if std::env::var("BENCH_ONLY_TRIVIAL").is_ok() {
        return;
    }
    println!("## Judging throughput ({submissions} submissions per language)");
    throughput(sandbox.clone(), Language::Cpp17, CPP, submissions).await;
    throughput(sandbox.clone(), Language::Python3, PYTHON, submissions).await;
}
