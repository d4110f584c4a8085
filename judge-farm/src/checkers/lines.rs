//! The default ICPC-style line rule, which `lines_match` has always applied.
//!
//! The rule: outputs are equal line by line, ignoring whitespace at the end of each line and
//! empty lines at the end of the output, with `\r\n` treated as `\n`. Spaces inside a line and
//! blank lines between lines count.

use super::message::quoted;
use super::sequence::compare_in_order;
use super::CheckResult;

/// The lines that matter. This keeps `str::lines` and `str::trim_end` (Unicode whitespace), as
/// the first version did, so verdicts of already judged submissions stay reproducible.
fn significant_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
    lines
}

pub(super) fn check(expected: &str, actual: &str) -> CheckResult {
    compare_lines(significant_lines(expected), significant_lines(actual))
}

/// Compares two outputs' lines in order, naming the first line that differs; shared with the
/// exact rule, which uses it only to say where.
pub(super) fn compare_lines<'a>(expected: Vec<&'a str>, actual: Vec<&'a str>) -> CheckResult {
    compare_in_order(
        expected,
        actual,
        "line",
        |line| line,
        |n, want, got| {
            (want != got).then(|| {
                format!("line {n} differs: expected {}, got {}", quoted(want), quoted(got))
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::checkers::test_support::{both_ways, message};
    use crate::checkers::Checker;

    const LINES: Checker = Checker::Lines;

    #[test]
    fn trailing_whitespace_and_final_newlines_do_not_matter() {
        assert!(both_ways(&LINES, "3\n", "3"));
        assert!(both_ways(&LINES, "1 2\n3\n", "1 2   \r\n3\n\n\n"));
        assert!(both_ways(&LINES, "1 2\r\n3\r\n", "1 2\n3\n"));
    }

    #[test]
    fn different_content_or_inner_spacing_does_not_match() {
        assert!(!both_ways(&LINES, "3\n", "4\n"));
        assert!(!both_ways(&LINES, "1 2\n", "1  2\n"));
        assert!(!both_ways(&LINES, "1\n2\n", "1\n\n2\n"));
        assert!(!both_ways(&LINES, "1\n", " 1\n"));
    }

    #[test]
    fn empty_output_is_not_zero() {
        assert!(!both_ways(&LINES, "", "0"));
        assert!(both_ways(&LINES, "", "\n \n"));
    }

    #[test]
    fn missing_and_extra_lines_are_reported() {
        assert_eq!(
            message(&LINES, "1\n2\n3\n", "1\n2\n"),
            "output ends after 2 lines; expected 3 lines"
        );
        assert_eq!(message(&LINES, "1\n", "1\n2\n"), "unexpected extra output at line 2: \"2\"");
        assert_eq!(
            message(&LINES, "1\n2\n", "1\n3\n"),
            "line 2 differs: expected \"2\", got \"3\""
        );
    }

    #[test]
    fn the_message_quotes_at_most_a_short_excerpt_of_the_output() {
        let huge = "x".repeat(1_000_000);
        let text = message(&LINES, "1\n", &huge);
        assert!(text.len() < 120, "{text}");
    }
}
