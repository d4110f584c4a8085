//! The hostile-code suite (`tests/hostile/<case>/`) and every language's self-test, judged on
//! the native sandbox through the real pipeline. Needs root and the toolchains of
//! `scripts/install-deps.sh`. Run with `cargo test -p algoarena-judge-farm --test hostile --
//! --nocapture` (`HOSTILE_CASES=a,b` picks cases). Other backends run the same folder by calling
//! `hostile_suite::run_suite` with their sandbox.

mod hostile_suite;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use algoarena_judge_farm::judge::{self, Evaluation, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::{ProgramFiles, TestCase};
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox, Sandbox};
use algoarena_shared::verdict::Status;

fn native() -> Arc<dyn Sandbox> {
    let config = NativeConfig {
        root: std::env::temp_dir().join("algoarena-hostile-tests"),
        helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
        cgroup_name: "algoarena-hostile-tests".into(),
        ..NativeConfig::default()
    };
    Arc::new(NativeSandbox::new(config).expect("the native sandbox starts (run the tests as root)"))
}

#[tokio::test]
async fn every_hostile_case_gets_its_verdict_and_the_sandbox_stays_healthy() {
    hostile_suite::run_suite(native(), "native").await;
}

#[tokio::test]
async fn every_language_passes_its_self_test() {
    let sandbox = native();
    let tests = [TestCase { input: "2 40\n".into(), expected_output: "42\n".into() }];
    let mut failures = Vec::new();
    for spec in languages::all() {
        let task = Task {
            source: Source {
                language: spec,
                code: spec.self_test,
                files: ProgramFiles::none(),
                time_limit_ms: 10_000,
            },
            memory_limit_bytes: 256 << 20,
            tests: &tests,
            evaluation: Evaluation::lines(),
            mode: Mode::Submit { tally: None },
            on_progress: &judge::no_progress,
        };
        let start = Instant::now();
        let verdict = judge::judge(sandbox.as_ref(), &task).await.unwrap().verdict;
        println!(
            "{:<10} {:?} in {:.2} s (run cpu {:?} ms, mem {:?} KB) {}",
            spec.language.id(),
            verdict.status,
            start.elapsed().as_secs_f64(),
            verdict.runtime_ms,
            verdict.memory_kb,
            verdict.error_message.clone().unwrap_or_default()
        );
        if verdict.status != Status::Accepted {
            failures.push(spec.language.id());
        }
    }
    assert!(failures.is_empty(), "self-tests failed: {failures:?}");
}
