//! The exact rule: outputs equal byte for byte, up to line endings and trailing whitespace.
//!
//! The rule: both outputs have every `\r\n` replaced by `\n` and the whitespace at the very end
//! of the whole output removed; the results must then be identical. Whitespace anywhere else
//! (inside a line, at the end of a line that is not the last, blank lines in between) counts.

use super::lines::compare_lines;
use super::text::{is_space, normalise_newlines, split_lines};
use super::CheckResult;

pub(super) fn check(expected: &str, actual: &str) -> CheckResult {
    let expected = normalise_newlines(expected);
    let actual = normalise_newlines(actual);
    let expected = expected.trim_end_matches(is_space);
    let actual = actual.trim_end_matches(is_space);
    if expected == actual {
        return CheckResult::Accepted;
    }
    // The texts differ; walking them line by line only serves to say where.
    compare_lines(split_lines(expected), split_lines(actual))
}

#[cfg(test)]
mod tests {
    use crate::checkers::test_support::{both_ways, message};
    use crate::checkers::Checker;

    const EXACT: Checker = Checker::Exact;

    #[test]
    fn crlf_and_trailing_whitespace_at_the_end_are_ignored() {
        assert!(both_ways(&EXACT, "1 2\n3\n", "1 2\r\n3\r\n"));
        assert!(both_ways(&EXACT, "1 2\n3", "1 2\n3 \n\n\t\n"));
        assert!(both_ways(&EXACT, "", "\n\n"));
    }

    #[test]
    fn whitespace_before_the_end_counts() {
        assert!(!both_ways(&EXACT, "1 2\n3\n", "1 2 \n3\n"));
        assert!(!both_ways(&EXACT, "1 2\n", "1  2\n"));
        assert!(!both_ways(&EXACT, "1\n2\n", "1\n\n2\n"));
        assert!(!both_ways(&EXACT, "1\n", " 1\n"));
    }

    #[test]
    fn a_lone_carriage_return_is_not_a_line_ending() {
        assert!(!both_ways(&EXACT, "1\n2", "1\r2"));
    }

    #[test]
    fn empty_output_is_not_zero() {
        assert!(!both_ways(&EXACT, "", "0"));
        assert_eq!(message(&EXACT, "0\n", ""), "output ends after 0 lines; expected 1 line");
        assert_eq!(message(&EXACT, "", "0\n"), "unexpected extra output at line 1: \"0\"");
    }

    #[test]
    fn the_message_names_the_first_differing_line() {
        assert_eq!(
            message(&EXACT, "a\nb\nc\n", "a\nb \nc\n"),
            "line 2 differs: expected \"b\", got \"b \""
        );
    }
}
