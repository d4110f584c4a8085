//! Judging a function problem: the generated driver runs every test in one process (see
//! `functions`), so there is one run whose CPU budget is the per-test limit times the number
//! of tests (capped), a fresh marker, and then one result frame per test to check. The first
//! test without a right result decides the verdict: a wrong frame is Wrong Answer; a missing
//! one takes the run's own ending (time, memory, output, a crash), or Runtime Error when the
//! program just stopped early.

use algoarena_shared::verdict::Status;
use anyhow::{Context, Result};
use serde_json::Value;

use super::compiled::{ending_status, Compiled};
use super::messages::{failed_test, trim_message, COMPILE_MESSAGE_BYTES};
use super::task::Builtin;
use crate::checkers::{Checker, UnorderedBy};
use crate::functions::protocol;
use crate::model::TestCase;
use crate::model::Verdict;
use crate::sandbox::{Limits, Outcome};

/// The most CPU one function-problem run may have, however many tests it holds.
const MAX_TOTAL_CPU_MS: u64 = 30_000;

/// The CPU one run over `tests` tests may use, given the per-test limit (both in the run's
/// language): the per-test limit for each test, capped at [`MAX_TOTAL_CPU_MS`].
pub fn cpu_budget_ms(per_test_ms: u64, tests: usize) -> u64 {
    (per_test_ms * tests.max(1) as u64).min(MAX_TOTAL_CPU_MS.max(per_test_ms))
}

/// One run of the driver over every test of a task.
pub(super) struct DriverRun {
    pub outcome: Outcome,
    /// Each test's result frame, if the driver got to write it.
    pub results: Vec<Option<String>>,
    marker: String,
}

impl DriverRun {
    /// What the program printed while test `index` ran.
    pub fn printed(&self, index: usize) -> &[u8] {
        printed_during(&self.outcome.stdout, &self.marker, index)
    }

    /// Test `index`'s status: its result checked against `expected` (when there is one to
    /// check), or, without a result, how the run ended.
    pub fn status(&self, index: usize, expected: Option<&str>, checker: Builtin<'_>) -> Status {
        match (&self.results[index], expected) {
            (Some(json), Some(expected)) if !results_match(expected, json, checker.checker()) => {
                Status::WrongAnswer
            }
            (Some(_), _) => Status::Accepted,
            // The program ended normally without answering this test: a runtime error.
            (None, _) => ending_status(self.outcome.termination).unwrap_or(Status::RuntimeError),
        }
    }
}

/// Runs the driver once over all of `tests`, under a fresh marker.
pub(super) async fn run_driver(compiled: &Compiled<'_>, tests: &[TestCase]) -> Result<DriverRun> {
    let marker = protocol::new_marker();
    let lines: Vec<String> = tests.iter().map(|t| t.input.trim().to_string()).collect();
    // Outside the box, like every test input: the program sees it only as its stdin.
    let input = compiled.inputs.join("tests.in");
    std::fs::write(&input, protocol::stdin(&marker, &lines)).context("writing the tests")?;
    let per_test = compiled.limits;
    let cpu_time_ms = cpu_budget_ms(per_test.cpu_time_ms, tests.len());
    let limits = Limits { cpu_time_ms, wall_time_ms: cpu_time_ms * 2 + 1000, ..per_test };
    let spec = compiled.run_spec(Some(input), limits);
    let outcome =
        compiled.sandbox.run(compiled.work_box, spec).await.context("running the tests")?;
    let results = protocol::split_output(&outcome.stdout, &marker, tests.len()).results;
    Ok(DriverRun { outcome, results, marker })
}

/// Judges a function submission: the first test without a right result decides.
pub(super) async fn judge_all(
    compiled: &Compiled<'_>,
    tests: &[TestCase],
    checker: Builtin<'_>,
) -> Result<Verdict> {
    let run = run_driver(compiled, tests).await?;
    let mut verdict = Verdict {
        // One process ran every test: its time and memory are the submission's.
        runtime_ms: Some(run.outcome.cpu_time_ms as i32),
        memory_kb: Some(run.outcome.memory_kb as i32),
        ..Verdict::before_tests(tests.len())
    };
    for (index, test) in tests.iter().enumerate() {
        let status = run.status(index, Some(&test.expected_output), checker);
        if status != Status::Accepted {
            verdict.status = status;
            let actual = run.results[index].as_deref().unwrap_or("");
            verdict.failed_test =
                Some(failed_test(index, test, actual.as_bytes(), run.printed(index)));
            if status == Status::RuntimeError {
                verdict.error_message =
                    Some(trim_message(&run.outcome.stderr, COMPILE_MESSAGE_BYTES));
            }
            break;
        }
        verdict.passed += 1;
    }
    Ok(verdict)
}

/// What the program printed while test `index` ran: after the previous test's frame, up to
/// this test's own (or to the end, when it has none).
fn printed_during<'a>(stdout: &'a [u8], marker: &str, index: usize) -> &'a [u8] {
    let opening = format!("\n{marker} ");
    let frames: Vec<usize> = stdout
        .windows(opening.len())
        .enumerate()
        .filter(|(_, w)| *w == opening.as_bytes())
        .map(|(at, _)| at)
        .collect();
    let start = match index.checked_sub(1).and_then(|previous| frames.get(previous)) {
        // Past the previous frame's line.
        Some(&at) => stdout[at + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(stdout.len(), |end| at + 1 + end + 1),
        None => 0,
    };
    let end = frames.get(index).copied().unwrap_or(stdout.len()).max(start);
    &stdout[start..end]
}

/// Whether a driver's result is the expected one: the same JSON value, with numbers compared
/// as numbers (within the tolerance of a float checker) and, for an unordered checker, the
/// top-level array taken as a multiset.
fn results_match(expected: &str, actual: &str, checker: &Checker) -> bool {
    let (Ok(expected), Ok(actual)) =
        (serde_json::from_str::<Value>(expected.trim()), serde_json::from_str::<Value>(actual))
    else {
        return false;
    };
    let tolerance = match checker {
        Checker::Float { absolute, relative, .. } => {
            Some((absolute.unwrap_or(0.0), relative.unwrap_or(0.0)))
        }
        _ => None,
    };
    match (checker, &expected, &actual) {
        (
            Checker::Unordered { by: UnorderedBy::Lines | UnorderedBy::Tokens },
            Value::Array(e),
            Value::Array(a),
        ) => {
            let sorted = |items: &[Value]| {
                let mut keys: Vec<String> = items.iter().map(Value::to_string).collect();
                keys.sort();
                keys
            };
            // Elements compare by their text once each is brought to one form.
            e.len() == a.len() && sorted(&normalized(e)) == sorted(&normalized(a))
        }
        _ => values_match(&expected, &actual, tolerance),
    }
}

/// Numbers as doubles, so `2` and `2.0` read the same.
fn normalized(items: &[Value]) -> Vec<Value> {
    fn norm(v: &Value) -> Value {
        match v {
            Value::Number(n) => n.as_f64().map(Value::from).unwrap_or_else(|| v.clone()),
            Value::Array(items) => Value::Array(items.iter().map(norm).collect()),
            other => other.clone(),
        }
    }
    items.iter().map(norm).collect()
}

fn values_match(expected: &Value, actual: &Value, tolerance: Option<(f64, f64)>) -> bool {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => {
            if let (Some(e), Some(a)) = (e.as_i64(), a.as_i64()) {
                return e == a;
            }
            let (Some(e), Some(a)) = (e.as_f64(), a.as_f64()) else { return false };
            match tolerance {
                Some((absolute, relative)) => {
                    (e - a).abs() <= absolute || (e - a).abs() <= relative * e.abs()
                }
                None => e == a,
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(e, a)| values_match(e, a, tolerance))
        }
        (Value::Object(e), Value::Object(a)) => {
            e.len() == a.len()
                && e.iter().all(|(k, v)| a.get(k).is_some_and(|w| values_match(v, w, tolerance)))
        }
        _ => expected == actual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_test_printed_lies_between_its_frames() {
        let out = b"a\n\nM 0 [1]\nb\nc\n\nM 1 [2]\nd";
        assert_eq!(printed_during(out, "M", 0), b"a\n");
        assert_eq!(printed_during(out, "M", 1), b"b\nc\n");
        assert_eq!(printed_during(out, "M", 2), b"d");
    }

    #[test]
    fn results_compare_as_json_values() {
        let exact = Checker::Lines;
        assert!(results_match("[0, 1]\n", "[0,1]", &exact));
        assert!(results_match("2", "2.0", &exact));
        assert!(!results_match("[0,1]", "[1,0]", &exact));
        assert!(!results_match("\"a\"", "\"b\"", &exact));
        assert!(!results_match("[0,1]", "not json", &exact));
        let float = Checker::Float {
            absolute: Some(1e-6),
            relative: None,
            case_sensitive: false,
            space_change_sensitive: false,
        };
        assert!(results_match("[0.5,1.25]", "[0.5000001,1.25]", &float));
        assert!(!results_match("[0.5]", "[0.51]", &float));
        let any_order = Checker::Unordered { by: UnorderedBy::Lines };
        assert!(results_match("[[1,2],[3]]", "[[3],[1,2]]", &any_order));
        assert!(results_match("[1,1,2]", "[2,1,1]", &any_order));
        assert!(!results_match("[1,1,2]", "[2,2,1]", &any_order));
    }
}
