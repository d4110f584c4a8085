//! The Run button: a program run on chosen inputs (the samples with their answers, or the
//! user's own inputs), every case reported on its own instead of stopping at the first failure.
//! Custom inputs have no stored answers, so the problem's reference solution is run on them
//! first, by the same machinery, and its answers become the expected outputs.

use algoarena_shared::api::RunCase;
use algoarena_shared::verdict::Status;
use anyhow::{bail, Result};

use super::compiled::{ending_status, with_compiled, Compiled};
use super::custom_checker::CustomChecker;
use super::function::run_driver;
use super::interactive::Interactor;
use super::messages::{compile_message, shown, trim_message, COMPILE_MESSAGE_BYTES};
use super::output_judge::OutputJudge;
use super::task::{no_progress, Builtin, Evaluation, Judged, OnProgress, Source, Task};
use crate::model::TestCase;
use crate::model::Verdict;
use crate::sandbox::Sandbox;

/// One case as it ran: `answer` is what is compared (stdout, or a function's result; the
/// interactor's account of a conversation) and `printed` what a function printed besides.
struct CaseRun {
    status: Status,
    answer: Vec<u8>,
    /// A conversation with an interactive problem's interactor, whose files are not shown.
    conversation: bool,
    printed: Vec<u8>,
    stderr: Vec<u8>,
    runtime_ms: u64,
    memory_kb: u64,
}

/// How running a program on every case went.
enum Report {
    CompileError(String),
    Cases(Vec<CaseRun>),
}

/// Runs `task` on each of its tests. With a `reference`, the tests' expected outputs are
/// ignored and the reference's answers on the same inputs are expected instead; a case the
/// reference cannot answer (its input breaks the constraints) is only run, not checked.
pub(super) async fn run(
    sandbox: &dyn Sandbox,
    task: &Task<'_>,
    reference: Option<&Source<'_>>,
) -> Result<Judged> {
    let total = task.tests.len();
    (task.on_progress)(0, total);
    let expected: Vec<Option<String>> = match reference {
        None => task.tests.iter().map(|t| Some(t.expected_output.clone())).collect(),
        Some(reference) => {
            match run_all(sandbox, reference, task, &vec![None; total], &no_progress).await? {
                Report::CompileError(message) => {
                    bail!("the reference solution does not compile: {message}")
                }
                Report::Cases(cases) => cases
                    .into_iter()
                    .map(|case| {
                        (case.status == Status::Accepted)
                            .then(|| String::from_utf8_lossy(&case.answer).into_owned())
                    })
                    .collect(),
            }
        }
    };
    let report = run_all(sandbox, &task.source, task, &expected, task.on_progress).await?;
    Ok(Judged { verdict: verdict_of(task.tests, &expected, report), score: None })
}

/// The run's verdict: the first case's failure (or Accepted) and every case's result.
fn verdict_of(tests: &[TestCase], expected: &[Option<String>], report: Report) -> Verdict {
    let total = tests.len() as i32;
    let cases = match report {
        Report::CompileError(message) => {
            return Verdict {
                status: Status::CompileError,
                runtime_ms: None,
                memory_kb: None,
                passed: 0,
                total,
                error_message: Some(message),
                failed_test: None,
                cases: Vec::new(),
            }
        }
        Report::Cases(cases) => cases,
    };
    let unanswered: Vec<String> = expected
        .iter()
        .enumerate()
        .filter(|(_, e)| e.is_none())
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    let error_message = (!unanswered.is_empty()).then(|| {
        format!(
            "The reference solution could not answer case {}: check that the input follows the problem's format and constraints.",
            unanswered.join(", ")
        )
    });
    Verdict {
        status: cases
            .iter()
            .map(|c| c.status)
            .find(|s| *s != Status::Accepted)
            .unwrap_or(Status::Accepted),
        runtime_ms: cases.iter().map(|c| c.runtime_ms as i32).max(),
        memory_kb: cases.iter().map(|c| c.memory_kb as i32).max(),
        passed: cases.iter().filter(|c| c.status == Status::Accepted).count() as i32,
        total,
        error_message,
        failed_test: None,
        cases: tests
            .iter()
            .zip(expected)
            .zip(cases)
            .enumerate()
            .map(|(index, ((test, expected), case))| RunCase {
                number: index as i32 + 1,
                input: if case.conversation { String::new() } else { shown(test.input.as_bytes()) },
                expected: expected
                    .as_deref()
                    .filter(|_| !case.conversation)
                    .map(|e| shown(e.as_bytes())),
                actual: shown(&case.answer),
                conversation: case.conversation,
                stdout: shown(&case.printed),
                stderr: trim_message(&case.stderr, COMPILE_MESSAGE_BYTES),
                status: case.status,
                runtime_ms: case.runtime_ms as i32,
                memory_kb: case.memory_kb as i32,
            })
            .collect(),
    }
}

/// Compiles `source` in a box of its own and runs it on every test of `task`.
async fn run_all(
    sandbox: &dyn Sandbox,
    source: &Source<'_>,
    task: &Task<'_>,
    expected: &[Option<String>],
    on_progress: OnProgress<'_>,
) -> Result<Report> {
    let cases = with_compiled(sandbox, source, task, async |compiled| {
        run_cases(compiled, task, expected, on_progress).await
    })
    .await?;
    Ok(match cases {
        Ok(cases) => Report::Cases(cases),
        Err(compiler) => Report::CompileError(compile_message(&compiler)),
    })
}

async fn run_cases(
    compiled: &Compiled<'_>,
    task: &Task<'_>,
    expected: &[Option<String>],
    on_progress: OnProgress<'_>,
) -> Result<Vec<CaseRun>> {
    let tests = task.tests;
    match task.evaluation {
        Evaluation::Function { checker, .. } => {
            on_progress(1, tests.len());
            function_cases(compiled, tests, expected, checker).await
        }
        // Run takes an interactive problem's samples only (the route refuses inputs of the
        // user's own), so every case has its answer file for the interactor.
        Evaluation::Interactor(program) => {
            Interactor::with(compiled.sandbox, program, async |interactor| {
                let judge = OutputJudge::Interactor(interactor);
                stdin_cases(compiled, tests, expected, Some(&judge), on_progress).await
            })
            .await
        }
        Evaluation::MultiPassInteractor { interactor: program, passes } => {
            Interactor::with(compiled.sandbox, program, async |interactor| {
                let judge = OutputJudge::MultiPassInteractor(interactor, passes);
                stdin_cases(compiled, tests, expected, Some(&judge), on_progress).await
            })
            .await
        }
        // Only a case with an answer needs the checker program.
        Evaluation::CheckerProgram(program) if expected.iter().any(Option::is_some) => {
            CustomChecker::with(compiled.sandbox, program, async |checker| {
                let judge = OutputJudge::Program(checker);
                stdin_cases(compiled, tests, expected, Some(&judge), on_progress).await
            })
            .await
        }
        Evaluation::MultiPass { checker: program, passes }
            if expected.iter().any(Option::is_some) =>
        {
            CustomChecker::with(compiled.sandbox, program, async |checker| {
                let judge = OutputJudge::MultiPass(checker, passes);
                stdin_cases(compiled, tests, expected, Some(&judge), on_progress).await
            })
            .await
        }
        Evaluation::CheckerProgram(_) | Evaluation::MultiPass { .. } => {
            stdin_cases(compiled, tests, expected, None, on_progress).await
        }
        Evaluation::Builtin(checker) => {
            let judge = OutputJudge::Builtin(checker);
            stdin_cases(compiled, tests, expected, Some(&judge), on_progress).await
        }
    }
}

/// A stdin/stdout or interactive problem's cases: one run each (a conversation with the
/// interactor), checked like a submission's tests by `judge` (None only when no case has an
/// answer to check).
async fn stdin_cases(
    compiled: &Compiled<'_>,
    tests: &[TestCase],
    expected: &[Option<String>],
    judge: Option<&OutputJudge<'_>>,
    on_progress: OnProgress<'_>,
) -> Result<Vec<CaseRun>> {
    let mut cases = Vec::with_capacity(tests.len());
    for (index, (test, expected)) in tests.iter().zip(expected).enumerate() {
        on_progress(index + 1, tests.len());
        let (outcome, status, answer, conversation) = match (expected, judge) {
            (Some(answer), Some(judge)) => {
                let judged = judge.run_and_judge(compiled, index, test, answer).await?;
                (judged.outcome, judged.status, judged.answer, judged.from_interactor)
            }
            _ => {
                let outcome = compiled.run_test(index, test).await?;
                let status = ending_status(outcome.termination).unwrap_or(Status::Accepted);
                let stdout = outcome.stdout.clone();
                (outcome, status, stdout, false)
            }
        };
        cases.push(CaseRun {
            status,
            answer,
            conversation,
            printed: Vec::new(),
            stderr: outcome.stderr,
            runtime_ms: outcome.cpu_time_ms,
            memory_kb: outcome.memory_kb,
        });
    }
    Ok(cases)
}

/// A function problem's cases: one driver run for all of them, as in judging; each case gets
/// the run's CPU time and memory, since they shared one process.
async fn function_cases(
    compiled: &Compiled<'_>,
    tests: &[TestCase],
    expected: &[Option<String>],
    checker: Builtin<'_>,
) -> Result<Vec<CaseRun>> {
    let run = run_driver(compiled, tests).await?;
    let stopped_at =
        run.results.iter().position(Option::is_none).unwrap_or(tests.len().saturating_sub(1));
    Ok((0..tests.len())
        .map(|index| CaseRun {
            status: run.status(index, expected[index].as_deref(), checker),
            answer: run.results[index].clone().unwrap_or_default().into_bytes(),
            conversation: false,
            printed: run.printed(index).to_vec(),
            // The driver's stderr belongs to the whole run; it is shown once, with the case
            // where the program stopped.
            stderr: if index == stopped_at { run.outcome.stderr.clone() } else { Vec::new() },
            runtime_ms: run.outcome.cpu_time_ms,
            memory_kb: run.outcome.memory_kb,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(status: Status, answer: &str) -> CaseRun {
        CaseRun {
            status,
            answer: answer.into(),
            conversation: false,
            printed: Vec::new(),
            stderr: Vec::new(),
            runtime_ms: 5,
            memory_kb: 900,
        }
    }

    #[test]
    fn a_case_the_reference_could_not_answer_is_run_unchecked_and_named() {
        let tests: Vec<TestCase> = ["1 2\n", "oops\n"]
            .iter()
            .map(|i| TestCase { input: i.to_string(), expected_output: String::new() })
            .collect();
        let expected = vec![Some("3\n".to_string()), None];
        let report =
            Report::Cases(vec![case(Status::Accepted, "3\n"), case(Status::Accepted, "0\n")]);
        let verdict = verdict_of(&tests, &expected, report);
        assert_eq!((verdict.status, verdict.passed, verdict.total), (Status::Accepted, 2, 2));
        assert_eq!(verdict.cases[0].expected.as_deref(), Some("3\n"));
        assert_eq!(
            (verdict.cases[1].expected.as_deref(), verdict.cases[1].actual.as_str()),
            (None, "0\n")
        );
        assert!(verdict.error_message.unwrap().contains("could not answer case 2"));
    }

    #[test]
    fn the_first_failing_case_gives_the_run_its_status() {
        let tests: Vec<TestCase> = ["a", "b", "c"]
            .iter()
            .map(|i| TestCase { input: i.to_string(), expected_output: "x".into() })
            .collect();
        let expected = vec![Some("x".to_string()); 3];
        let report = Report::Cases(vec![
            case(Status::Accepted, "x"),
            case(Status::TimeLimitExceeded, ""),
            case(Status::WrongAnswer, "y"),
        ]);
        let verdict = verdict_of(&tests, &expected, report);
        assert_eq!((verdict.status, verdict.passed), (Status::TimeLimitExceeded, 1));
        assert_eq!(verdict.cases.len(), 3);
        assert!(verdict.error_message.is_none());
    }
}
