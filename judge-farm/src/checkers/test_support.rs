//! Helpers for the checkers' unit tests: running a checker and asserting symmetry.

use super::{CheckResult, Checker};

/// Whether `checker` accepts `actual` against `expected`.
pub(super) fn accepted(checker: &Checker, expected: &str, actual: &str) -> bool {
    run(checker, expected, actual).is_accepted()
}

/// Whether `checker` accepts `b` against `a`, after asserting that it decides the same with the
/// arguments swapped: every rule but the float one must be symmetric.
pub(super) fn both_ways(checker: &Checker, a: &str, b: &str) -> bool {
    let forward = accepted(checker, a, b);
    assert_eq!(forward, accepted(checker, b, a), "{checker:?} must be symmetric for {a:?} / {b:?}");
    forward
}

/// The wrong-answer message, failing the test if `actual` is accepted.
pub(super) fn message(checker: &Checker, expected: &str, actual: &str) -> String {
    match run(checker, expected, actual) {
        CheckResult::WrongAnswer { message } => message,
        CheckResult::Accepted => panic!("{checker:?} accepted {actual:?} for {expected:?}"),
    }
}

fn run(checker: &Checker, expected: &str, actual: &str) -> CheckResult {
    checker.check(expected, actual).expect("a built-in checker decides by itself")
}
