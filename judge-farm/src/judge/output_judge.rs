//! Whether a test's output is right: the problem's built-in rule or its checker program, run
//! on one test of the compiled program (a multi-pass problem's test being several runs).

use algoarena_shared::verdict::Status;
use anyhow::Result;

use super::compiled::{ending_status, Compiled};
use super::custom_checker::CustomChecker;
use super::multi_pass;
use super::task::Builtin;
use crate::model::{Passes, TestCase};
use crate::sandbox::Outcome;

/// What decides whether a test's stdout is right.
pub(super) enum OutputJudge<'a> {
    Builtin(Builtin<'a>),
    Program(&'a CustomChecker<'a>),
    /// A multi-pass problem's checker: a test is up to `Passes` runs (see `multi_pass`).
    MultiPass(&'a CustomChecker<'a>, Passes),
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
    ) -> Result<(Outcome, Status)> {
        match self {
            OutputJudge::MultiPass(checker, passes) => {
                multi_pass::run_and_judge(compiled, checker, *passes, index, test, answer).await
            }
            OutputJudge::Program(checker) => {
                let outcome = compiled.run_test(index, test).await?;
                let status = match ending_status(outcome.termination) {
                    Some(status) => status,
                    None => output_status(
                        checker
                            .accepts(&test.input, answer, &outcome.stdout, compiled.inputs)
                            .await?,
                    ),
                };
                Ok((outcome, status))
            }
            OutputJudge::Builtin(checker) => {
                let outcome = compiled.run_test(index, test).await?;
                let status = ending_status(outcome.termination).unwrap_or_else(|| {
                    output_status(
                        checker.accepts(answer, &String::from_utf8_lossy(&outcome.stdout)),
                    )
                });
                Ok((outcome, status))
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
