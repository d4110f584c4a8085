//! The function-signature drivers (`functions`) against the real toolchains in the native
//! sandbox, one test per language, each compiling four programs:
//!
//! - `Echo`, a design class whose starter code is generated and filled in (`function_cases`,
//!   `function_solutions`): one `echo*` method per value type returning its argument, fed
//!   tricky values (extremes, empty containers, escapes, unicode, doubles near every edge) and
//!   checked byte for byte against the canonical input; plus state across calls, a void method,
//!   a constructor argument, reversing a `ListNode` and inverting a `TreeNode`;
//! - `twoSum`, a plain function, solved correctly;
//! - `twoSum` solved wrongly by code that prints to stdout and stderr (a fake frame among it),
//!   reads stdin (also before `main`, where the language allows) and throws at the third test:
//!   its prints must pass through untouched without counting, stdin must be empty, and the
//!   tests from the throw on must have no frame;
//! - `merge` (LeetCode 88), an in-place function whose answer is its first parameter.
//!
//! Needs root and the toolchains of `scripts/install-deps.sh`. Run with
//! `cargo test -p algoarena-judge-farm --test function_drivers` (`-- --nocapture` shows the
//! timings). Every generated program is kept under `$TMPDIR/algoarena-function-drivers/` for
//! inspection.

mod function_cases;
mod function_solutions;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use algoarena_judge_farm::functions::{self, canonical, protocol, Signature};
use algoarena_judge_farm::languages::{self, LanguageSpec};
use algoarena_judge_farm::sandbox::{
    Limits, NativeConfig, NativeSandbox, Outcome, RunSpec, Sandbox, Termination, WorkBox,
};
use algoarena_shared::language::Language;
use function_cases::{
    echo_signature, echo_tests, fill_starter, merge_signature, merge_tests, two_sum_signature,
    two_sum_tests, two_sum_wrong_tests, ECHO, TWO_SUM_WRONG_PRINTS,
};
use function_solutions::for_language;

fn sandbox() -> &'static NativeSandbox {
    static SANDBOX: OnceLock<NativeSandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        let config = NativeConfig {
            root: std::env::temp_dir().join("algoarena-function-driver-tests"),
            helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
            cgroup_name: "algoarena-function-driver-tests".into(),
            ..NativeConfig::default()
        };
        NativeSandbox::new(config).expect("the native sandbox starts (run the tests as root)")
    })
}

/// The environment the judge gives a program (see `judge::sandbox_env`).
fn environment(spec: &LanguageSpec) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = vec![
        ("PATH".into(), "/usr/bin:/bin".into()),
        ("HOME".into(), "/box".into()),
        ("LANG".into(), "C.UTF-8".into()),
    ];
    env.extend(spec.env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    env
}

/// A compiled program, ready to run.
struct Program {
    spec: &'static LanguageSpec,
    work_box: WorkBox,
    kept_at: PathBuf,
}

/// Generates, keeps a copy of, and compiles one program; Err carries the compiler's message.
async fn compile(
    language: Language,
    name: &str,
    sig: &Signature,
    user_code: &str,
) -> Result<Program, String> {
    let spec = languages::find(language).expect("every language is judged");
    let source = functions::program(language, sig, user_code);
    let kept_at = std::env::temp_dir()
        .join("algoarena-function-drivers")
        .join(language.id())
        .join(format!("{name}-{}", spec.source_file));
    std::fs::create_dir_all(kept_at.parent().unwrap()).unwrap();
    std::fs::write(&kept_at, &source).unwrap();
    let work_box = sandbox().create_box_for(language).unwrap();
    std::fs::write(work_box.path().join(spec.source_file), &source).unwrap();
    if let Some(compile) = spec.compile {
        let run = RunSpec {
            argv: compile.iter().map(|s| s.to_string()).collect(),
            env: environment(spec),
            stdin: None,
            limits: Limits {
                cpu_time_ms: spec.compile_cpu_secs * 1000,
                wall_time_ms: spec.compile_cpu_secs * 3000,
                memory_bytes: spec.compile_memory_mb << 20,
                max_processes: 64,
                output_bytes: 1 << 20,
            },
            box_writable: true,
        };
        let outcome = sandbox().run(&work_box, run).await.unwrap();
        if outcome.termination != Termination::Exited(0) {
            return Err(format!(
                "{name} did not compile ({:?}), program kept at {}:\n{}{}",
                outcome.termination,
                kept_at.display(),
                text(&outcome.stderr),
                text(&outcome.stdout)
            ));
        }
    }
    Ok(Program { spec, work_box, kept_at })
}

/// One run of every test, taken apart by the judge's side of the protocol.
struct Run {
    outcome: Outcome,
    results: Vec<Option<String>>,
    user_output: String,
}

async fn run(program: &Program, tests: &[String]) -> Run {
    let marker = protocol::new_marker();
    let input = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(input.path(), protocol::stdin(&marker, tests)).unwrap();
    let spec = RunSpec {
        argv: program.spec.run.iter().map(|s| s.to_string()).collect(),
        env: environment(program.spec),
        stdin: Some(input.path().to_path_buf()),
        limits: Limits {
            cpu_time_ms: 10_000,
            wall_time_ms: 30_000,
            memory_bytes: 256 << 20,
            max_processes: program.spec.max_processes,
            output_bytes: 16 << 20,
        },
        box_writable: false,
    };
    let outcome = sandbox().run(&program.work_box, spec).await.unwrap();
    let split = protocol::split_output(&outcome.stdout, &marker, tests.len());
    Run { results: split.results, user_output: text(&split.user_output), outcome }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Compiles and runs the four programs of `language`, panicking with every failure found.
async fn check_language(language: Language) {
    let start = Instant::now();
    let solutions = for_language(language);
    let mut failures = Vec::new();

    let echo = echo_signature();
    let echo_code = fill_starter(&functions::starter_code(language, &echo), &solutions.echo);
    let (tests, answers): (Vec<String>, Vec<String>) = echo_tests(language).into_iter().unzip();
    let answers: Vec<Option<String>> = answers.into_iter().map(Some).collect();
    let echo_run =
        check_program(language, "echo", &echo, &echo_code, &tests, &answers, &mut failures).await;

    let two_sum = two_sum_signature();
    let (tests, answers) = two_sum_tests();
    check_program(
        language,
        "two-sum",
        &two_sum,
        solutions.two_sum,
        &tests,
        &answers,
        &mut failures,
    )
    .await;

    let (tests, frames) = two_sum_wrong_tests();
    let wrong = check_program(
        language,
        "two-sum-wrong",
        &two_sum,
        solutions.two_sum_wrong,
        &tests,
        &frames,
        &mut failures,
    );
    if let Some(run) = wrong.await {
        if run.outcome.termination == Termination::Exited(0) {
            failures
                .push("two-sum-wrong: the exception did not end the program with an error".into());
        }
        for printed in TWO_SUM_WRONG_PRINTS {
            if !run.user_output.contains(printed) {
                failures.push(format!(
                    "two-sum-wrong: the user's output lacks {printed:?}:\n{}",
                    run.user_output
                ));
            }
        }
        let stderr = text(&run.outcome.stderr);
        if !stderr.contains("boom") || !stderr.contains("to stderr") {
            failures.push(format!(
                "two-sum-wrong: stderr lacks the user's message or the exception:\n{stderr}"
            ));
        }
    }

    let (tests, answers) = merge_tests();
    check_program(
        language,
        "merge",
        &merge_signature(),
        solutions.merge,
        &tests,
        &answers,
        &mut failures,
    )
    .await;

    let cpu: u64 = echo_run.map_or(0, |run| run.outcome.cpu_time_ms);
    println!(
        "{:<10} {} failures in {:.1} s (echo run: {cpu} ms CPU)",
        language.id(),
        failures.len(),
        start.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} failures in {}:\n{}",
        failures.len(),
        language.id(),
        failures.join("\n")
    );
}

/// Compiles one program and runs `tests`, recording every frame that differs from `expected`
/// (and an abnormal end when every test should have a result); None when it did not compile.
async fn check_program(
    language: Language,
    name: &str,
    sig: &Signature,
    user_code: &str,
    tests: &[String],
    expected: &[Option<String>],
    failures: &mut Vec<String>,
) -> Option<Run> {
    let program = match compile(language, name, sig, user_code).await {
        Ok(program) => program,
        Err(error) => {
            failures.push(error);
            return None;
        }
    };
    let run = run(&program, tests).await;
    for (k, (got, want)) in run.results.iter().zip(expected).enumerate() {
        if got != want {
            failures.push(format!("{name} test {k}: expected {want:?}\n    got {got:?}"));
        }
    }
    if expected.iter().all(Option::is_some) && run.outcome.termination != Termination::Exited(0) {
        failures.push(format!(
            "{name}: ended {:?} (program kept at {}):\n{}",
            run.outcome.termination,
            program.kept_at.display(),
            text(&run.outcome.stderr)
        ));
    }
    Some(run)
}

#[tokio::test]
async fn python3_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Python3).await;
}

#[tokio::test]
async fn java_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Java).await;
}

#[tokio::test]
async fn cpp17_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Cpp17).await;
}

#[tokio::test]
async fn javascript_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Javascript).await;
}

#[tokio::test]
async fn typescript_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Typescript).await;
}

#[tokio::test]
async fn go_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Go).await;
}

#[tokio::test]
async fn rust_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Rust).await;
}

#[tokio::test]
async fn kotlin_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Kotlin).await;
}

#[tokio::test]
async fn csharp_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::Csharp).await;
}

#[tokio::test]
async fn c_drivers_round_trip_every_type_and_frame_only_results() {
    check_language(Language::C).await;
}

/// The hand-written values of `function_cases::ECHO` must be canonical by the reference
/// rules, or the round trip would test the table instead of the drivers.
#[test]
fn the_echo_values_are_canonical() {
    for (method, ty, values) in ECHO {
        for value in *values {
            match *ty {
                "double" => {
                    assert_eq!(canonical::double(value.parse().unwrap()), *value, "{method}")
                }
                "string" | "char" => {
                    let parsed: String = serde_json::from_str(value).unwrap();
                    assert_eq!(canonical::string(&parsed), *value, "{method}");
                }
                _ => assert!(
                    serde_json::from_str::<serde_json::Value>(value).is_ok(),
                    "{method}: {value}"
                ),
            }
        }
    }
}
