//! The "any order" rule: the answer is a multiset of lines or of tokens.
//!
//! The rule: by lines, each line is stripped of surrounding whitespace (see [`is_space`]) and
//! empty lines are dropped; by tokens, the output is cut at whitespace. The resulting multisets
//! must be equal: the same items, each the same number of times. Comparison is case-sensitive
//! and, within a line, space-sensitive.
//!
//! [`is_space`]: super::text::is_space

use super::message::{count, quoted};
use super::text::{is_space, tokens};
use super::{CheckResult, UnorderedBy};

pub(super) fn check(expected: &str, actual: &str, by: UnorderedBy) -> CheckResult {
    let (mut expected, mut actual, noun) = match by {
        UnorderedBy::Lines => (lines(expected), lines(actual), "line"),
        UnorderedBy::Tokens => (token_texts(expected), token_texts(actual), "token"),
    };
    expected.sort_unstable();
    actual.sort_unstable();
    match first_difference(&expected, &actual) {
        None => CheckResult::Accepted,
        Some(item) => {
            let wanted = expected.iter().filter(|other| **other == item).count();
            let got = actual.iter().filter(|other| **other == item).count();
            CheckResult::wrong(format!(
                "the {noun} {} appears {} in the output; expected {}",
                quoted(item),
                count(got, "time"),
                count(wanted, "time")
            ))
        }
    }
}

fn lines(text: &str) -> Vec<&str> {
    text.split('\n')
        .map(|line| line.trim_matches(is_space))
        .filter(|line| !line.is_empty())
        .collect()
}

fn token_texts(text: &str) -> Vec<&str> {
    tokens(text).map(|token| token.text).collect()
}

/// The smallest item whose count differs between the two sorted lists, found by merging them.
fn first_difference<'a>(expected: &[&'a str], actual: &[&'a str]) -> Option<&'a str> {
    let (mut i, mut j) = (0, 0);
    while i < expected.len() && j < actual.len() {
        match expected[i].cmp(actual[j]) {
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => return Some(expected[i]),
            std::cmp::Ordering::Greater => return Some(actual[j]),
        }
    }
    expected.get(i).or(actual.get(j)).copied()
}

#[cfg(test)]
mod tests {
    use crate::checkers::test_support::{both_ways, message};
    use crate::checkers::{Checker, UnorderedBy};

    const BY_LINES: Checker = Checker::Unordered { by: UnorderedBy::Lines };
    const BY_TOKENS: Checker = Checker::Unordered { by: UnorderedBy::Tokens };

    #[test]
    fn lines_may_come_in_any_order() {
        assert!(both_ways(&BY_LINES, "1 2\n3 4\n5 6\n", "5 6\n1 2\n3 4"));
        assert!(both_ways(&BY_LINES, "a\nb\n", "  b \r\n\n\na\t\n"));
        assert!(both_ways(&BY_LINES, "", "\n\n"));
    }

    #[test]
    fn lines_keep_their_inside_and_their_case() {
        assert!(!both_ways(&BY_LINES, "1 2\n", "1  2\n"));
        assert!(!both_ways(&BY_LINES, "1 2\n", "2 1\n"));
        assert!(!both_ways(&BY_LINES, "yes\n", "YES\n"));
    }

    #[test]
    fn duplicates_count_as_a_multiset_not_a_set() {
        assert!(!both_ways(&BY_LINES, "a\na\nb\n", "a\nb\nb\n"));
        assert!(!both_ways(&BY_LINES, "a\na\n", "a\n"));
        assert!(!both_ways(&BY_TOKENS, "1 1 2", "1 2 2"));
        assert!(!both_ways(&BY_TOKENS, "1 1 2", "1 2"));
        assert!(both_ways(&BY_TOKENS, "1 1 2", "2 1 1"));
        assert_eq!(
            message(&BY_LINES, "a\na\nb\n", "b\na\n"),
            "the line \"a\" appears 1 time in the output; expected 2 times"
        );
    }

    #[test]
    fn tokens_may_come_in_any_order_and_any_spacing() {
        assert!(both_ways(&BY_TOKENS, "3 1 2\n", "1\n2\n3\n"));
        assert!(!both_ways(&BY_TOKENS, "1 2 3", "1 2 4"));
        assert!(!both_ways(&BY_TOKENS, "", "0"));
    }

    #[test]
    fn missing_and_unexpected_items_are_named() {
        assert_eq!(
            message(&BY_TOKENS, "1 2 3", "1 2"),
            "the token \"3\" appears 0 times in the output; expected 1 time"
        );
        assert_eq!(
            message(&BY_TOKENS, "1 2", "1 2 0"),
            "the token \"0\" appears 1 time in the output; expected 0 times"
        );
    }
}
