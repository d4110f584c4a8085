//! Multi-pass problems (the ICPC format's `type: multi-pass`, as problemtools judges them): a
//! test is a chain of runs of the program. After each run the output validator judges the
//! output as usual; when it accepts and also writes `feedback/nextpass.in`, the program runs
//! again with that file as its input, and the validator sees the new input beside the same
//! answer and the feedback folder as it left it. A run that breaks a limit or crashes decides
//! the test; a rejection decides it; an acceptance without a next input ends it accepted.
//! A validator that writes a next input while rejecting, or still asks for another pass after
//! the last one, is the package's fault: the judge's error, never the user's verdict. An
//! interactive multi-pass problem's passes are conversations with its interactor, which
//! writes the next input as a checker does; each pass's status is the conversation's.

use algoarena_shared::verdict::Status;
use anyhow::{bail, Result};

use super::compiled::{ending_status, Compiled};
use super::custom_checker::{next_pass_text, Check, CustomChecker, Pass};
use super::interactive::Interactor;
use super::judged_test::JudgedTest;
use crate::model::{Passes, TestCase};

/// What one pass asks of the next.
enum Next {
    /// Nothing: the pass decided the test.
    Stop,
    /// Another run, on this input.
    Input(String),
    /// The validator wrote a next input while rejecting the run: the package's fault.
    WrittenOnRejection,
}

/// What judges each pass: the checker of a multi-pass problem, or the interactor of an
/// interactive one.
pub(super) enum PassJudge<'a> {
    Checker(&'a CustomChecker<'a>),
    Interactor(&'a Interactor<'a>),
}

impl PassJudge<'_> {
    /// Runs test `index` through up to `passes` runs. Returns the last, carrying the slowest
    /// run's CPU time and the most memory any run used (the figures a test reports, as
    /// problemtools reports the slowest pass).
    pub(super) async fn run_and_judge(
        &self,
        compiled: &Compiled<'_>,
        passes: Passes,
        index: usize,
        test: &TestCase,
        answer: &str,
    ) -> Result<JudgedTest> {
        let mut input = test.input.clone();
        let (mut slowest_ms, mut most_kb) = (0, 0);
        for pass in 1..=passes.get() {
            let which = if pass == 1 { Pass::First } else { Pass::Later };
            let (mut judged, next) = self.one_pass(compiled, index, &input, answer, which).await?;
            slowest_ms = slowest_ms.max(judged.outcome.cpu_time_ms);
            most_kb = most_kb.max(judged.outcome.memory_kb);
            (judged.outcome.cpu_time_ms, judged.outcome.memory_kb) = (slowest_ms, most_kb);
            match next {
                Next::Stop => return Ok(judged),
                Next::Input(next) => input = next,
                Next::WrittenOnRejection => bail!(
                    "the output validator wrote nextpass.in and rejected the run (pass {pass})"
                ),
            }
        }
        bail!("the output validator still asked for another pass after {passes} passes")
    }

    /// One run on `input`, judged, and what it asks of the next.
    async fn one_pass(
        &self,
        compiled: &Compiled<'_>,
        index: usize,
        input: &str,
        answer: &str,
        pass: Pass,
    ) -> Result<(JudgedTest, Next)> {
        match self {
            PassJudge::Checker(checker) => {
                let outcome = compiled.run_input(index, input).await?;
                if let Some(status) = ending_status(outcome.termination) {
                    return Ok((JudgedTest::of_stdout(outcome, status), Next::Stop));
                }
                let check =
                    checker.check(input, answer, &outcome.stdout, compiled.inputs, pass).await?;
                let (status, next, multiplier) = match check {
                    Check::Rejected { next_pass_written: true } => {
                        (Status::WrongAnswer, Next::WrittenOnRejection, 1.0)
                    }
                    Check::Rejected { next_pass_written: false } => {
                        (Status::WrongAnswer, Next::Stop, 1.0)
                    }
                    Check::Accepted { next_pass: None, multiplier } => {
                        (Status::Accepted, Next::Stop, multiplier)
                    }
                    Check::Accepted { next_pass: Some(next), multiplier } => {
                        (Status::Accepted, Next::Input(next), multiplier)
                    }
                };
                Ok((JudgedTest { multiplier, ..JudgedTest::of_stdout(outcome, status) }, next))
            }
            PassJudge::Interactor(interactor) => {
                let mut exchange = interactor.exchange(compiled, input, answer, pass).await?;
                let next = match exchange.next_pass.take() {
                    Some(_) if !exchange.interactor_accepted => Next::WrittenOnRejection,
                    // A run that broke a limit or crashed ends the test, whatever the
                    // interactor said.
                    Some(next) if exchange.status == Status::Accepted => {
                        Next::Input(next_pass_text(next)?)
                    }
                    _ => Next::Stop,
                };
                Ok((JudgedTest::of_exchange(exchange), next))
            }
        }
    }
}
