//! The token rule of Kattis's default output validator, shared by the float rule.
//!
//! The rule: both outputs are cut into tokens at whitespace (see [`is_space`]) and the tokens
//! must be equal in order. Case-insensitive comparison folds ASCII letters only, as C's
//! `tolower` does for Kattis; other letters must match exactly. When space-change-sensitive,
//! the whitespace run in front of each token must be equal too (after `\r\n` becomes `\n`);
//! whitespace after the last token is ignored either way.
//!
//! [`is_space`]: super::text::is_space

use super::message::quoted;
use super::sequence::compare_in_order;
use super::text::{normalise_newlines, tokens};
use super::CheckResult;

/// The two Kattis switches that govern the non-numeric parts of an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TokenRules {
    pub case_sensitive: bool,
    pub space_change_sensitive: bool,
}

impl TokenRules {
    pub(super) fn same_text(self, expected: &str, actual: &str) -> bool {
        if self.case_sensitive {
            expected == actual
        } else {
            expected.eq_ignore_ascii_case(actual)
        }
    }
}

pub(super) fn check(expected: &str, actual: &str, rules: TokenRules) -> CheckResult {
    check_each_token(expected, actual, rules, |n, want, got| {
        (!rules.same_text(want, got))
            .then(|| format!("token {n}: expected {}, got {}", quoted(want), quoted(got)))
    })
}

/// Walks the tokens of both outputs, checking the whitespace as `rules` say and leaving the
/// verdict on each pair of tokens to `compare_token`, which returns a message when they differ.
pub(super) fn check_each_token(
    expected: &str,
    actual: &str,
    rules: TokenRules,
    mut compare_token: impl FnMut(usize, &str, &str) -> Option<String>,
) -> CheckResult {
    // Without space sensitivity a `\r` is just whitespace, so the copy is only worth it here.
    let (expected, actual) = if rules.space_change_sensitive {
        (normalise_newlines(expected), normalise_newlines(actual))
    } else {
        (expected.into(), actual.into())
    };
    compare_in_order(
        tokens(&expected),
        tokens(&actual),
        "token",
        |token| token.text,
        |n, want, got| {
            if rules.space_change_sensitive && want.space_before != got.space_before {
                return Some(format!(
                    "whitespace before token {n} differs: expected {}, got {}",
                    quoted(want.space_before),
                    quoted(got.space_before)
                ));
            }
            compare_token(n, want.text, got.text)
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::checkers::test_support::{both_ways, message};
    use crate::checkers::Checker;

    const KATTIS_DEFAULT: Checker =
        Checker::Tokens { case_sensitive: false, space_change_sensitive: false };
    const CASE_SENSITIVE: Checker =
        Checker::Tokens { case_sensitive: true, space_change_sensitive: false };
    const SPACE_SENSITIVE: Checker =
        Checker::Tokens { case_sensitive: true, space_change_sensitive: true };

    #[test]
    fn any_whitespace_separates_tokens_by_default() {
        assert!(both_ways(&KATTIS_DEFAULT, "1 2\n3\n", "  1\n\n2\t3"));
        assert!(both_ways(&KATTIS_DEFAULT, "1 2\r\n", "1 2 "));
        assert!(both_ways(&KATTIS_DEFAULT, "", " \n"));
    }

    #[test]
    fn different_tokens_do_not_match() {
        assert!(!both_ways(&KATTIS_DEFAULT, "1 2", "1 3"));
        assert!(!both_ways(&KATTIS_DEFAULT, "12", "1 2"));
        assert!(!both_ways(&KATTIS_DEFAULT, "", "0"));
        // Text, not numbers: these are equal only as floats.
        assert!(!both_ways(&KATTIS_DEFAULT, "0", "-0.0"));
        assert!(!both_ways(&KATTIS_DEFAULT, "1", "1.0"));
    }

    #[test]
    fn big_integers_are_compared_as_text() {
        let big = "123456789012345678901234567890";
        assert!(both_ways(&KATTIS_DEFAULT, big, big));
        assert!(!both_ways(&KATTIS_DEFAULT, big, "123456789012345678901234567891"));
    }

    #[test]
    fn missing_and_extra_tokens_are_wrong() {
        assert!(!both_ways(&KATTIS_DEFAULT, "1 2 3", "1 2"));
        assert_eq!(
            message(&KATTIS_DEFAULT, "1 2 3", "1 2"),
            "output ends after 2 tokens; expected 3 tokens"
        );
        assert_eq!(
            message(&KATTIS_DEFAULT, "1 2", "1 2 3"),
            "unexpected extra output at token 3: \"3\""
        );
        assert_eq!(message(&KATTIS_DEFAULT, "1 2", "1 4"), "token 2: expected \"2\", got \"4\"");
    }

    #[test]
    fn case_is_folded_for_ascii_letters_unless_case_sensitive() {
        assert!(both_ways(&KATTIS_DEFAULT, "YES", "yes"));
        assert!(both_ways(&KATTIS_DEFAULT, "Possible", "pOSSIBLE"));
        assert!(!both_ways(&KATTIS_DEFAULT, "ÉTÉ", "été"));
        assert!(!both_ways(&CASE_SENSITIVE, "YES", "yes"));
        assert!(both_ways(&CASE_SENSITIVE, "YES", "YES"));
    }

    #[test]
    fn space_change_sensitive_compares_the_whitespace_between_tokens() {
        assert!(!both_ways(&SPACE_SENSITIVE, "1 2", "1  2"));
        assert!(!both_ways(&SPACE_SENSITIVE, "1 2", "1\n2"));
        assert!(!both_ways(&SPACE_SENSITIVE, "1 2", " 1 2"));
        assert_eq!(
            message(&SPACE_SENSITIVE, "1 2", "1\t2"),
            "whitespace before token 2 differs: expected \" \", got \"\\t\""
        );
    }

    #[test]
    fn space_change_sensitive_still_ignores_crlf_and_the_trailing_run() {
        assert!(both_ways(&SPACE_SENSITIVE, "1 2\n3\n", "1 2\r\n3\r\n"));
        assert!(both_ways(&SPACE_SENSITIVE, "1 2\n3", "1 2\n3  \n\n"));
        assert!(!both_ways(&SPACE_SENSITIVE, "1 \n2", "1\n2"));
    }
}
