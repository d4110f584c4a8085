//! The judging pipeline: compile once, run every test in the sandbox, check (or, for an
//! interactive problem, let the problem's interactor converse with the program, see
//! `interactive`), and reduce the per-test outcomes to one verdict. A wrong answer is a verdict; only a failure of the judge
//! itself is an error.
//! A scored problem's tests are judged by group (see `model::scoring`): a failure skips only the rest of
//! its group, and the verdict comes with the score.

use std::path::Path;

use algoarena_shared::verdict::Status;
use anyhow::{Context, Result};

mod custom_checker;
mod function;
mod input_validator;
mod interactive;
mod program_box;
mod run;

pub use input_validator::InputValidator;
pub use run::run;

use crate::checkers::Checker;
use crate::functions::{self, Signature};
use crate::languages::LanguageSpec;
use crate::model::{Program, Score, Tally, TestCase, Verdict};
use crate::sandbox::{Limits, Outcome, RunSpec, Sandbox, Termination, WorkBox};
use algoarena_shared::api::FailedTest;

/// Limits of the compile step: CPU and memory come from the language (JVM compilers need more),
/// wall time is twice the CPU budget, and a compiler's chatter is capped at 1 MiB.
pub(crate) fn compile_limits(language: &LanguageSpec) -> Limits {
    Limits {
        cpu_time_ms: language.compile_cpu_secs * 1000,
        wall_time_ms: language.compile_cpu_secs * 2000,
        memory_bytes: language.compile_memory_mb << 20,
        max_processes: 64,
        output_bytes: 1024 * 1024,
    }
}
/// Output a test run may write before it is stopped with Output Limit Exceeded.
const RUN_OUTPUT_BYTES: u64 = 16 * 1024 * 1024;
/// How much of a compiler's message the user sees.
pub(crate) const COMPILE_MESSAGE_BYTES: usize = 4096;

/// The environment a sandboxed program gets: nothing of the farm's own, plus what its
/// language's toolchain needs.
pub(crate) fn sandbox_env(language: &LanguageSpec) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = vec![
        ("PATH".into(), "/usr/bin:/bin".into()),
        ("HOME".into(), "/box".into()),
        ("LANG".into(), "C.UTF-8".into()),
    ];
    env.extend(language.env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    env
}

/// A problem's time limit for `language`: problems state it for C++, and other languages
/// scale by TRD §5's table. Shared by the worker and the import's reference solutions.
pub fn time_limit_for(
    problem_time_limit_ms: u64,
    language: algoarena_shared::language::Language,
) -> u64 {
    let base = u64::from(algoarena_shared::language::Language::Cpp17.time_limit_ms());
    problem_time_limit_ms * u64::from(language.time_limit_ms()) / base
}

/// What a submission is judged against.
pub struct Task<'a> {
    pub language: &'a LanguageSpec,
    pub code: &'a str,
    /// The problem's time limit for this language, per test.
    pub time_limit_ms: u64,
    pub memory_limit_bytes: u64,
    pub tests: &'a [TestCase],
    /// How each test's output is compared with its answer.
    pub checker: &'a Checker,
    /// For a function problem: the signature whose driver runs every test in one process.
    pub signature: Option<&'a Signature>,
    /// The program of a custom checker (`checker` is then `Checker::Custom`).
    pub checker_program: Option<&'a Program>,
    /// For an interactive problem: the program each test runs against (`checker` unused).
    pub interactor: Option<&'a Program>,
}

/// Judges one submission from source to verdict.
pub async fn judge(sandbox: &dyn Sandbox, task: &Task<'_>) -> Result<Verdict> {
    judge_with_progress(sandbox, task, &|_, _| {}).await
}

/// Told where the judge is: `(0, total)` before compiling, `(k, total)` before test `k`
/// (1-based). It only observes; the verdict is the same with or without it.
pub type OnProgress<'a> = &'a (dyn Fn(usize, usize) + Send + Sync);

/// [`judge`], calling `on_progress` as it goes.
pub async fn judge_with_progress(
    sandbox: &dyn Sandbox,
    task: &Task<'_>,
    on_progress: OnProgress<'_>,
) -> Result<Verdict> {
    judge_in_fresh_box(sandbox, task, None, on_progress).await
}

/// [`judge_with_progress`] for a scored problem: `tally` knows each test's group, a failed
/// test skips only the rest of its group, and the verdict comes with the score.
pub async fn judge_scored(
    sandbox: &dyn Sandbox,
    task: &Task<'_>,
    mut tally: Tally,
    on_progress: OnProgress<'_>,
) -> Result<(Verdict, Score)> {
    let verdict = judge_in_fresh_box(sandbox, task, Some(&mut tally), on_progress).await?;
    Ok((verdict, tally.score()))
}

/// One submission's box, from creation to being closed and reaped.
async fn judge_in_fresh_box(
    sandbox: &dyn Sandbox,
    task: &Task<'_>,
    tally: Option<&mut Tally>,
    on_progress: OnProgress<'_>,
) -> Result<Verdict> {
    on_progress(0, task.tests.len());
    // The docker backend picks the language's image here; the native one ignores it.
    let work_box =
        sandbox.create_box_for(task.language.language).context("creating the work box")?;
    let verdict = judge_in_box(sandbox, &work_box, task, tally, on_progress).await;
    // Everything the submission started is gone before its verdict is stored.
    sandbox.close_box(work_box).await;
    verdict
}

async fn judge_in_box(
    sandbox: &dyn Sandbox,
    work_box: &WorkBox,
    task: &Task<'_>,
    tally: Option<&mut Tally>,
    on_progress: OnProgress<'_>,
) -> Result<Verdict> {
    let total = task.tests.len();
    if let Err(compiler) = build(sandbox, work_box, task).await? {
        return Ok(compile_error(&compiler, total));
    }
    let inputs = tempfile::tempdir().context("creating the input folder")?;
    let limits = test_limits(task);
    if task.signature.is_some() {
        on_progress(1, total);
        return function::judge_all(sandbox, work_box, task, inputs.path(), limits).await;
    }
    if let Some(interactor) = task.interactor {
        return interactive::judge_tests(sandbox, work_box, task, interactor, limits, on_progress)
            .await;
    }
    let custom = match task.checker_program {
        Some(program) => Some(custom_checker::CustomChecker::prepare(sandbox, program).await?),
        None => None,
    };
    let verdict = run_tests(
        sandbox,
        work_box,
        task,
        inputs.path(),
        limits,
        custom.as_ref(),
        tally,
        on_progress,
    )
    .await;
    if let Some(custom) = custom {
        custom.close().await;
    }
    verdict
}

/// Writes the program into the box and compiles it: `Err` holds the compiler's outcome when
/// it failed (the user's compile error, not the judge's).
pub(crate) async fn build(
    sandbox: &dyn Sandbox,
    work_box: &WorkBox,
    task: &Task<'_>,
) -> Result<Result<(), Outcome>> {
    // A function problem's program is the user's code with the language's generated driver.
    let source = match task.signature {
        Some(signature) => functions::program(task.language.language, signature, task.code),
        None => task.code.to_string(),
    };
    std::fs::write(work_box.path().join(task.language.source_file), source)
        .context("writing the source file")?;
    let Some(compile) = task.language.compile else { return Ok(Ok(())) };
    let spec = RunSpec {
        argv: compile.iter().map(|s| s.to_string()).collect(),
        env: sandbox_env(task.language),
        stdin: None,
        limits: compile_limits(task.language),
        box_writable: true,
    };
    let outcome = sandbox.run(work_box, spec).await.context("running the compiler")?;
    Ok(if outcome.termination == Termination::Exited(0) { Ok(()) } else { Err(outcome) })
}

/// What each test run may use.
pub(crate) fn test_limits(task: &Task<'_>) -> Limits {
    Limits {
        cpu_time_ms: task.time_limit_ms,
        // Wall time is generous so a loaded machine does not fail honest programs; sleepers
        // still end here.
        wall_time_ms: task.time_limit_ms * 2 + 1000,
        memory_bytes: task.memory_limit_bytes,
        max_processes: task.language.max_processes,
        output_bytes: RUN_OUTPUT_BYTES,
    }
}

/// Runs the tests one by one until the first that fails; with a `tally` (a scored problem), a
/// failure skips only the rest of its group, and the first failure decides the status.
#[allow(clippy::too_many_arguments)]
async fn run_tests(
    sandbox: &dyn Sandbox,
    work_box: &WorkBox,
    task: &Task<'_>,
    inputs: &Path,
    limits: Limits,
    custom: Option<&custom_checker::CustomChecker<'_>>,
    mut tally: Option<&mut Tally>,
    on_progress: OnProgress<'_>,
) -> Result<Verdict> {
    let total = task.tests.len();
    let mut verdict = Verdict::before_tests(task.tests.len());
    for (index, test) in task.tests.iter().enumerate() {
        if tally.as_ref().is_some_and(|t| t.skips(index)) {
            continue;
        }
        on_progress(index + 1, total);
        let outcome = run_test(sandbox, work_box, task, inputs, index, test, limits).await?;
        verdict.runtime_ms = verdict.runtime_ms.max(Some(outcome.cpu_time_ms as i32));
        verdict.memory_kb = verdict.memory_kb.max(Some(outcome.memory_kb as i32));
        let status = match (custom, outcome.termination) {
            (Some(checker), Termination::Exited(0)) => {
                if checker
                    .accepts(&test.input, &test.expected_output, &outcome.stdout, inputs)
                    .await?
                {
                    Status::Accepted
                } else {
                    Status::WrongAnswer
                }
            }
            _ => test_status(&outcome, &test.expected_output, task.checker)?,
        };
        if let Some(tally) = tally.as_deref_mut() {
            tally.record(index, status == Status::Accepted);
        }
        if status != Status::Accepted && verdict.status == Status::Accepted {
            verdict.status = status;
            let actual = if outcome.termination == Termination::Exited(0) {
                &outcome.stdout[..]
            } else {
                b""
            };
            verdict.failed_test = Some(failed_test(index, test, actual, b""));
            if status == Status::RuntimeError {
                verdict.error_message = Some(trim_message(&outcome.stderr, COMPILE_MESSAGE_BYTES));
            }
        }
        if status != Status::Accepted {
            if tally.is_none() {
                break;
            }
            continue;
        }
        verdict.passed += 1;
    }
    Ok(verdict)
}

pub(crate) async fn run_test(
    sandbox: &dyn Sandbox,
    work_box: &WorkBox,
    task: &Task<'_>,
    inputs: &Path,
    index: usize,
    test: &TestCase,
    limits: Limits,
) -> Result<Outcome> {
    // Inputs live outside the box so a program cannot read the other tests' files.
    let input = inputs.join(format!("{index}.in"));
    std::fs::write(&input, &test.input).context("writing the test input")?;
    let spec = RunSpec {
        argv: task.language.run.iter().map(|s| s.to_string()).collect(),
        env: sandbox_env(task.language),
        stdin: Some(input.clone()),
        limits,
        box_writable: false,
    };
    let outcome = sandbox.run(work_box, spec).await.context("running a test")?;
    let _ = std::fs::remove_file(&input);
    Ok(outcome)
}

pub(crate) fn test_status(outcome: &Outcome, expected: &str, checker: &Checker) -> Result<Status> {
    if let Some(status) = ending_status(outcome.termination) {
        return Ok(status);
    }
    let actual = String::from_utf8_lossy(&outcome.stdout);
    // A custom checker is run by the caller; one reaching here is the judge's own failure,
    // not a verdict to guess.
    Ok(if checker.check(expected, &actual)?.is_accepted() {
        Status::Accepted
    } else {
        Status::WrongAnswer
    })
}

/// The verdict a run's ending decides by itself; None when it exited normally and its output
/// must be checked.
pub(crate) fn ending_status(termination: Termination) -> Option<Status> {
    match termination {
        Termination::Exited(0) => None,
        Termination::Exited(_) | Termination::Signaled(_) => Some(Status::RuntimeError),
        Termination::CpuTimeLimit | Termination::WallTimeLimit => Some(Status::TimeLimitExceeded),
        Termination::MemoryLimit => Some(Status::MemoryLimitExceeded),
        Termination::OutputLimit => Some(Status::OutputLimitExceeded),
    }
}

fn compile_error(outcome: &Outcome, total: usize) -> Verdict {
    Verdict {
        status: Status::CompileError,
        runtime_ms: None,
        memory_kb: None,
        passed: 0,
        total: total as i32,
        error_message: Some(compile_message(outcome)),
        failed_test: None,
        cases: Vec::new(),
    }
}

/// What the user is told of a failed compile: the compiler's own words (trimmed, without host
/// paths), or which of its limits it hit.
pub(crate) fn compile_message(outcome: &Outcome) -> String {
    let mut message = String::from_utf8_lossy(&outcome.stderr).into_owned();
    if message.trim().is_empty() {
        message = String::from_utf8_lossy(&outcome.stdout).into_owned();
    }
    if matches!(outcome.termination, Termination::CpuTimeLimit | Termination::WallTimeLimit) {
        message = "Compilation took too long.".into();
    } else if outcome.termination == Termination::MemoryLimit {
        message = "Compilation used too much memory.".into();
    }
    trim_message(message.as_bytes(), COMPILE_MESSAGE_BYTES)
}

/// Host folders a compiler may name in its messages (the toolchains' own sources), replaced by
/// a neutral name so users see no host layout.
const TOOLCHAIN_PATHS: &[(&str, &str)] = &[
    ("/usr/local/lib/algoarena/", ""),
    ("/usr/lib/go-1.23/src/", "$GOROOT/src/"),
    ("/usr/lib/go-1.23/", "$GOROOT/"),
    ("/usr/lib/gcc/x86_64-linux-gnu/12/", ""),
    ("/usr/include/c++/12/", ""),
    ("/usr/include/x86_64-linux-gnu/c++/12/", ""),
    ("/usr/include/", ""),
    ("/usr/src/rustc-", "rustc-"),
    ("/usr/lib/rustlib/src/rust/", ""),
    ("/usr/lib/node_modules/", ""),
    ("/usr/lib/jvm/java-17-openjdk-amd64/", ""),
    ("/usr/lib/mono/", ""),
    ("/tmp/gocache/", ""),
];

/// How much of each text of a failed test or a run's case the user sees.
const FAILED_TEST_BYTES: usize = 2048;

/// A test's or a program's text as the user sees it: at most [`FAILED_TEST_BYTES`], cut on a
/// character boundary and marked as cut.
pub(crate) fn shown(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text);
    if text.len() <= FAILED_TEST_BYTES {
        return text.into_owned();
    }
    let mut end = FAILED_TEST_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// The failed test as the user sees it (texts trimmed by [`shown`]).
pub(crate) fn failed_test(
    index: usize,
    test: &TestCase,
    actual: &[u8],
    stdout: &[u8],
) -> FailedTest {
    FailedTest {
        number: index as i32 + 1,
        input: shown(test.input.as_bytes()),
        expected: shown(test.expected_output.as_bytes()),
        actual: shown(actual),
        stdout: shown(stdout),
    }
}

/// A message for the user: at most `max` bytes, without the sandbox's or the toolchains'
/// folder names.
pub(crate) fn trim_message(raw: &[u8], max: usize) -> String {
    let mut text = String::from_utf8_lossy(raw).replace("/box/", "");
    for (path, replacement) in TOOLCHAIN_PATHS {
        if text.contains(path) {
            text = text.replace(path, replacement);
        }
    }
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n… (trimmed)", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_lose_sandbox_paths_and_are_trimmed_on_a_character_boundary() {
        assert_eq!(trim_message(b"/box/main.cpp:1:1: error", 100), "main.cpp:1:1: error");
        assert_eq!(
            trim_message(b"In file included from /usr/include/c++/12/bits/stl_algo.h:61", 100),
            "In file included from bits/stl_algo.h:61"
        );
        let long = "é".repeat(10);
        let trimmed = trim_message(long.as_bytes(), 5);
        assert!(trimmed.starts_with("éé") && trimmed.ends_with("(trimmed)"));
    }
}
