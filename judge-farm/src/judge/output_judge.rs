//! Whether a test's output is right: the problem's built-in rule or its checker program, run
//! on one test of the compiled program (a multi-pass problem's test being several runs), or an
//! interactive problem's interactor, talking to it.

use algoarena_shared::verdict::Status;
use anyhow::Result;

use super::compiled::{ending_status, Compiled};
use super::custom_checker::{CustomChecker, Pass};
use super::interactive::{Exchange, Interactor};
use super::multi_pass::PassJudge;
use super::task::Builtin;
use crate::model::{Passes, TestCase};
use crate::sandbox::{Outcome, Termination};

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

/// One test as judged.
pub(super) struct JudgedTest {
    /// The program's run (the last one of a multi-pass test).
    pub outcome: Outcome,
    pub status: Status,
    /// What the user is shown as the program's answer: its stdout, or on an interactive
    /// problem (whose stdout went to the interactor) the interactor's account of the
    /// conversation, its `judgemessage.txt`.
    pub answer: Vec<u8>,
    /// Whether `answer` is the interactor's account (the test was a conversation).
    pub from_interactor: bool,
    /// The part of a scored test's worth its validator or interactor gave an accepted run
    /// (its `score_multiplier.txt`); 1 otherwise.
    pub multiplier: f64,
}

impl JudgedTest {
    pub(super) fn of_stdout(mut outcome: Outcome, status: Status) -> JudgedTest {
        let answer = std::mem::take(&mut outcome.stdout);
        JudgedTest { outcome, status, answer, from_interactor: false, multiplier: 1.0 }
    }

    pub(super) fn of_exchange(exchange: Exchange) -> JudgedTest {
        JudgedTest {
            outcome: exchange.solution,
            status: exchange.status,
            answer: exchange.feedback,
            from_interactor: true,
            multiplier: exchange.multiplier,
        }
    }

    /// What a failed submission shows as the program's answer: its stdout only when it ended
    /// normally (what a crash or a broken limit left half-written is no answer), the
    /// interactor's account whatever became of the program (it says what went wrong).
    pub fn failure_answer(&self) -> &[u8] {
        if self.from_interactor || self.outcome.termination == Termination::Exited(0) {
            &self.answer
        } else {
            b""
        }
    }
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
