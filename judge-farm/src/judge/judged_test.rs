//! One test as judged, whatever judged it (a checker, a chain of passes, an interactor): the
//! program's run, the status, and what the user is shown of it.

use algoarena_shared::verdict::Status;

use super::interactive::Exchange;
use crate::sandbox::{Outcome, Termination};

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
