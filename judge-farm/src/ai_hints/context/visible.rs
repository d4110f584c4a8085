//! The rules that reduce a stored verdict to what its author can see: a failing test's texts
//! only when it is a sample (checked against the sample's own input, not just its number) or
//! one of their own Run inputs; a runtime error's stderr only on such a test (on a hidden one it
//! could echo the hidden input); a compiler's message always (it is about their code alone).

use algoarena_shared::verdict::Status;

use super::{Failure, Sealed, TestLabel, VisibleTest, VisibleVerdict};
use crate::ai_hints::db::StoredVerdict;
use crate::model::TestCase;

/// Longest message or answer passed on (the judge already trims them to about 2 KiB).
const MAX_TEXT: usize = 2048;

/// The samples as the user sees them, numbered from 1.
pub fn samples(tests: Vec<TestCase>) -> Vec<VisibleTest> {
    tests
        .into_iter()
        .enumerate()
        .map(|(i, t)| VisibleTest {
            label: TestLabel::Sample(i as u32 + 1),
            input: t.input,
            expected: Some(t.expected_output),
            _sealed: Sealed,
        })
        .collect()
}

/// `stored` reduced to what its author can see; `samples` are the problem's, in judge order
/// (a submission runs the samples first, so its test `n` is sample `n` when `n` is at most
/// their count, and its input says so too).
pub fn reduce(
    stored: StoredVerdict,
    samples: &[VisibleTest],
    current_code: &str,
) -> VisibleVerdict {
    let same_code = stored.code.trim_end() == current_code.trim_end();
    let count = |n: Option<i32>| n.and_then(|n| u32::try_from(n).ok());
    let mut verdict = VisibleVerdict {
        status: stored.status,
        was_run: stored.was_run,
        passed: count(stored.passed),
        total: count(stored.total),
        same_code,
        failure: None,
        message: None,
    };
    if stored.status == Status::CompileError {
        verdict.message = stored.error_message.map(|m| cut(&m));
        return verdict;
    }
    if stored.was_run {
        if let Some(case) = stored.run_cases.iter().find(|c| c.status != Status::Accepted) {
            let visible = if stored.custom_inputs {
                u32::try_from(case.number).ok().map(|n| VisibleTest {
                    label: TestLabel::CustomInput(n),
                    input: case.input.clone(),
                    expected: case.expected.clone(),
                    _sealed: Sealed,
                })
            } else {
                sample_matching(samples, case.number, &case.input)
            };
            verdict.failure = Some(match visible {
                Some(test) => {
                    if case.status == Status::RuntimeError && !case.stderr.is_empty() {
                        verdict.message = Some(cut(&case.stderr));
                    }
                    Failure::Visible { test, actual: cut(&case.actual) }
                }
                None => Failure::Hidden { number: case.number.max(1) as u32 },
            });
        }
        return verdict;
    }
    if let Some(failed) = stored.failed_test {
        verdict.failure = Some(match sample_matching(samples, failed.number, &failed.input) {
            Some(test) => {
                if stored.status == Status::RuntimeError {
                    verdict.message = stored.error_message.map(|m| cut(&m));
                }
                Failure::Visible { test, actual: cut(&failed.actual) }
            }
            None => Failure::Hidden { number: failed.number.max(1) as u32 },
        });
    }
    verdict
}

/// Sample `number` (1-based) when the shown `input` is its input (whole, or its start when the
/// judge cut a long one and marked it with `…`).
fn sample_matching(samples: &[VisibleTest], number: i32, input: &str) -> Option<VisibleTest> {
    let index = usize::try_from(number).ok()?.checked_sub(1)?;
    let sample = samples.get(index)?;
    let same = sample.input == input
        || input.strip_suffix('…').is_some_and(|start| sample.input.starts_with(start));
    same.then(|| sample.clone())
}

/// At most [`MAX_TEXT`] bytes, cut on a character boundary.
fn cut(text: &str) -> String {
    if text.len() <= MAX_TEXT {
        return text.to_string();
    }
    let mut end = MAX_TEXT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

#[cfg(test)]
mod tests {
    use algoarena_shared::api::{FailedTest, RunCase};

    use super::*;

    fn problem_samples() -> Vec<VisibleTest> {
        samples(vec![
            TestCase { input: "1 2\n".into(), expected_output: "3\n".into() },
            TestCase { input: "5 5\n".into(), expected_output: "10\n".into() },
        ])
    }

    fn submitted(status: Status, failed: Option<(i32, &str)>, message: &str) -> StoredVerdict {
        StoredVerdict {
            status,
            was_run: false,
            custom_inputs: false,
            passed: Some(1),
            total: Some(6),
            error_message: Some(message.into()),
            failed_test: failed.map(|(number, input)| FailedTest {
                number,
                input: input.into(),
                expected: "HIDDEN-EXPECTED".into(),
                actual: "7\n".into(),
                stdout: String::new(),
                conversation: false,
            }),
            run_cases: Vec::new(),
            code: "print(1)".into(),
        }
    }

    #[test]
    fn a_failing_sample_is_shown_with_the_samples_own_texts_and_its_stderr() {
        let v = reduce(
            submitted(Status::RuntimeError, Some((2, "5 5\n")), "IndexError"),
            &problem_samples(),
            "print(1)\n",
        );
        let Some(Failure::Visible { test, actual }) = v.failure else { panic!("{v:?}") };
        assert_eq!(test.label, TestLabel::Sample(2));
        assert_eq!(test.expected.as_deref(), Some("10\n"));
        assert_eq!(actual, "7\n");
        assert_eq!(v.message.as_deref(), Some("IndexError"));
        assert!(v.same_code);
    }

    #[test]
    fn a_hidden_test_keeps_only_its_number_and_no_stderr() {
        for failed in [(3, "HIDDEN-INPUT"), (1, "HIDDEN-INPUT")] {
            let v = reduce(
                submitted(Status::RuntimeError, Some(failed), "echo HIDDEN-INPUT"),
                &problem_samples(),
                "other code",
            );
            assert_eq!(v.failure, Some(Failure::Hidden { number: failed.0 as u32 }));
            assert_eq!(v.message, None);
            assert!(!format!("{v:?}").contains("HIDDEN"), "{v:?}");
            assert!(!v.same_code);
        }
    }

    #[test]
    fn a_compile_error_keeps_the_compilers_message() {
        let v = reduce(submitted(Status::CompileError, None, "main.cpp:1: error"), &[], "");
        assert_eq!(v.message.as_deref(), Some("main.cpp:1: error"));
        assert_eq!(v.failure, None);
    }

    #[test]
    fn a_runs_own_input_is_visible_and_a_cut_sample_input_still_matches() {
        let case = RunCase {
            number: 1,
            input: "9 9\n".into(),
            expected: Some("18\n".into()),
            actual: "81\n".into(),
            conversation: false,
            stdout: String::new(),
            stderr: String::new(),
            status: Status::WrongAnswer,
            runtime_ms: 1,
            memory_kb: 1,
        };
        let run = StoredVerdict {
            was_run: true,
            custom_inputs: true,
            run_cases: vec![case],
            ..submitted(Status::WrongAnswer, None, "")
        };
        let v = reduce(run, &problem_samples(), "");
        let Some(Failure::Visible { test, .. }) = v.failure else { panic!("{v:?}") };
        assert_eq!(test.label, TestLabel::CustomInput(1));
        let long = samples(vec![TestCase { input: "x".repeat(3000), expected_output: "y".into() }]);
        let shown = format!("{}…", "x".repeat(2048));
        assert!(sample_matching(&long, 1, &shown).is_some());
        assert!(sample_matching(&long, 2, &shown).is_none());
        assert!(sample_matching(&long, 0, &shown).is_none());
    }
}
