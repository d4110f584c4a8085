//! Judging a submission: compile it, run its tests in order until the first that fails (a
//! scored problem's failure skips only the rest of its group, see `model::scoring`), and reduce the
//! outcomes to one verdict.

use algoarena_shared::verdict::Status;
use anyhow::Result;

use super::compiled::{with_compiled, Compiled};
use super::custom_checker::CustomChecker;
use super::function;
use super::interactive::Interactor;
use super::messages::{
    compile_message, failed_conversation, failed_test, trim_message, COMPILE_MESSAGE_BYTES,
};
use super::output_judge::OutputJudge;
use super::task::{Evaluation, Judged, Task};
use crate::model::Tally;
use crate::model::Verdict;
use crate::sandbox::{Outcome, Sandbox};

/// Judges `task` as a submission; with a `tally`, the verdict comes with the score.
pub(super) async fn judge_submission(
    sandbox: &dyn Sandbox,
    task: &Task<'_>,
    mut tally: Option<Tally>,
) -> Result<Judged> {
    let total = task.tests.len();
    (task.on_progress)(0, total);
    let judged = with_compiled(sandbox, &task.source, task, async |compiled| {
        judge_compiled(compiled, task, tally.as_mut()).await
    })
    .await?;
    let verdict = judged.unwrap_or_else(|compiler| compile_error(&compiler, total));
    // Nothing ran after a compile error, so its tally scores 0.
    Ok(Judged { verdict, score: tally.map(|tally| tally.score()) })
}

async fn judge_compiled(
    compiled: &Compiled<'_>,
    task: &Task<'_>,
    tally: Option<&mut Tally>,
) -> Result<Verdict> {
    match task.evaluation {
        Evaluation::Function { checker, .. } => {
            (task.on_progress)(1, task.tests.len());
            function::judge_all(compiled, task.tests, checker).await
        }
        Evaluation::Interactor(program) => {
            Interactor::with(compiled.sandbox, program, async |interactor| {
                run_tests(compiled, task, &OutputJudge::Interactor(interactor), tally).await
            })
            .await
        }
        Evaluation::MultiPassInteractor { interactor: program, passes } => {
            Interactor::with(compiled.sandbox, program, async |interactor| {
                let judge = OutputJudge::MultiPassInteractor(interactor, passes);
                run_tests(compiled, task, &judge, tally).await
            })
            .await
        }
        Evaluation::CheckerProgram(program) => {
            CustomChecker::with(compiled.sandbox, program, async |checker| {
                run_tests(compiled, task, &OutputJudge::Program(checker), tally).await
            })
            .await
        }
        Evaluation::MultiPass { checker: program, passes } => {
            CustomChecker::with(compiled.sandbox, program, async |checker| {
                run_tests(compiled, task, &OutputJudge::MultiPass(checker, passes), tally).await
            })
            .await
        }
        Evaluation::Builtin(checker) => {
            run_tests(compiled, task, &OutputJudge::Builtin(checker), tally).await
        }
    }
}

/// Runs the tests one by one until the first that fails; with a `tally` (a scored problem), a
/// failure skips only the rest of its group, and the first failure decides the status.
async fn run_tests(
    compiled: &Compiled<'_>,
    task: &Task<'_>,
    judge: &OutputJudge<'_>,
    mut tally: Option<&mut Tally>,
) -> Result<Verdict> {
    let total = task.tests.len();
    let mut verdict = Verdict::before_tests(total);
    for (index, test) in task.tests.iter().enumerate() {
        if tally.as_ref().is_some_and(|t| t.skips(index)) {
            continue;
        }
        (task.on_progress)(index + 1, total);
        let judged = judge.run_and_judge(compiled, index, test, &test.expected_output).await?;
        let (outcome, status) = (&judged.outcome, judged.status);
        verdict.runtime_ms = verdict.runtime_ms.max(Some(outcome.cpu_time_ms as i32));
        verdict.memory_kb = verdict.memory_kb.max(Some(outcome.memory_kb as i32));
        if let Some(tally) = tally.as_deref_mut() {
            tally.record(index, (status == Status::Accepted).then_some(judged.multiplier));
        }
        if status != Status::Accepted && verdict.status == Status::Accepted {
            verdict.status = status;
            let actual = judged.failure_answer();
            verdict.failed_test = Some(if judged.from_interactor {
                failed_conversation(index, actual)
            } else {
                failed_test(index, test, actual, b"")
            });
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
