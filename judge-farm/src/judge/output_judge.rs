//! Whether a test's output is right: the problem's built-in rule or its checker program, run
//! on one test of the compiled program (a multi-pass problem's test being several runs), or an
//! interactive problem's interactor, talking to it.

use algoarena_shared::verdict::Status;
use anyhow::Result;

use super::compiled::{ending_status, Compiled};
use super::custom_checker::{CustomChecker, Pass};
use super::interactive::Interactor;
use super::judged_test::JudgedTest;
use super::multi_pass::PassJudge;
use super::task::Builtin;
use crate::model::{Passes, TestCase};

/// What decides whether a test's stdout is right.
pub(super) enum OutputJudge<'a> {
    Builtin(Builtin<'a>),
    Program(&'a CustomChecker<'a>),
    /// A multi-pass problem's checker: a test is up to `Passes` runs (see `multi_pass`).
    MultiPass(&'a CustomChecker<'a>, Passes),
    /// An interactive problem's interactor: the output goes to it as the program writes.
    Interactor(&'a Interactor<'a>),
    /// An interactive multi-pass problem's interactor: a test is up to `Passes` conversations.
    MultiPassInteractor(&'a Interactor<'a>, Passes),
}

impl OutputJudge<'_> {
    /// Runs the program on test `index` and judges it against its `answer`: the run's ending
    /// decides, or, when it exited normally, whether its output is right. A multi-pass
    /// problem's test is several runs, and what comes back is the last one.
    pub async fn run_and_judge(
        &self,
        compiled: &Compiled<'_>,
        index: usize,
        test: &TestCase,
        answer: &str,
    ) -> Result<JudgedTest> {
        match self {
            OutputJudge::MultiPass(checker, passes) => {
                let judge = PassJudge::Checker(checker);
                judge.run_and_judge(compiled, *passes, index, test, answer).await
            }
            // The interactor reads the test's own answer file: a Run of an interactive problem
            // takes no inputs of its own, so `answer` is always that file's.
            OutputJudge::Interactor(interactor) => {
                let exchange =
                    interactor.exchange(compiled, &test.input, answer, Pass::Only).await?;
                Ok(JudgedTest::of_exchange(exchange))
            }
            OutputJudge::MultiPassInteractor(interactor, passes) => {
                let judge = PassJudge::Interactor(interactor);
                judge.run_and_judge(compiled, *passes, index, test, answer).await
            }
            OutputJudge::Program(checker) => {
                let outcome = compiled.run_test(index, test).await?;
                if let Some(status) = ending_status(outcome.termination) {
                    return Ok(JudgedTest::of_stdout(outcome, status));
                }
                let part =
                    checker.accepts(&test.input, answer, &outcome.stdout, compiled.inputs).await?;
                let status = output_status(part.is_some());
                Ok(JudgedTest {
                    multiplier: part.unwrap_or(1.0),
                    ..JudgedTest::of_stdout(outcome, status)
                })
            }
            OutputJudge::Builtin(checker) => {
                let outcome = compiled.run_test(index, test).await?;
                let status = ending_status(outcome.termination).unwrap_or_else(|| {
                    output_status(
                        checker.accepts(answer, &String::from_utf8_lossy(&outcome.stdout)),
                    )
                });
                Ok(JudgedTest::of_stdout(outcome, status))
            }
        }
    }
}

/// The status of a run whose output was judged.
pub(super) fn output_status(accepted: bool) -> Status {
    if accepted {
        Status::Accepted
    } else {
        Status::WrongAnswer
    }
}
