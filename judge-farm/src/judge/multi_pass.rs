//! Multi-pass problems (the ICPC format's `type: multi-pass`, as problemtools judges them): a
//! test is a chain of runs of the program. After each run the output validator judges the
//! output as usual; when it accepts and also writes `feedback/nextpass.in`, the program runs
//! again with that file as its input, and the validator sees the new input beside the same
//! answer and the feedback folder as it left it. A run that breaks a limit or crashes decides
//! the test; a rejection decides it; an acceptance without a next input ends it accepted.
//! A validator that writes a next input while rejecting, or still asks for another pass after
//! the last one, is the package's fault: the judge's error, never the user's verdict.

use algoarena_shared::verdict::Status;
use anyhow::{bail, Result};

use super::compiled::{ending_status, Compiled};
use super::custom_checker::{Check, CustomChecker, Pass};
use crate::model::{Passes, TestCase};
use crate::sandbox::Outcome;

/// Runs test `index` through up to `passes` runs, each judged by `checker`. Returns the last
/// run, carrying the slowest run's CPU time and the most memory any run used (the figures a
/// test reports, as problemtools reports the slowest pass), and the test's status.
pub(super) async fn run_and_judge(
    compiled: &Compiled<'_>,
    checker: &CustomChecker<'_>,
    passes: Passes,
    index: usize,
    test: &TestCase,
    answer: &str,
) -> Result<(Outcome, Status)> {
    let mut input = test.input.clone();
    let (mut slowest_ms, mut most_kb) = (0, 0);
    for pass in 1..=passes.get() {
        let mut outcome = compiled.run_input(index, &input).await?;
        slowest_ms = slowest_ms.max(outcome.cpu_time_ms);
        most_kb = most_kb.max(outcome.memory_kb);
        (outcome.cpu_time_ms, outcome.memory_kb) = (slowest_ms, most_kb);
        if let Some(status) = ending_status(outcome.termination) {
            return Ok((outcome, status));
        }
        let which = if pass == 1 { Pass::First } else { Pass::Later };
        let check = checker.check(&input, answer, &outcome.stdout, compiled.inputs, which).await?;
        match check {
            Check::Rejected { next_pass_written: true } => {
                bail!("the output validator wrote nextpass.in and rejected the run (pass {pass})")
            }
            Check::Rejected { next_pass_written: false } => {
                return Ok((outcome, Status::WrongAnswer))
            }
            Check::Accepted { next_pass: None } => return Ok((outcome, Status::Accepted)),
            Check::Accepted { next_pass: Some(next) } => input = next,
        }
    }
    bail!("the output validator still asked for another pass after {passes} passes")
}
