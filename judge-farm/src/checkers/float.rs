//! The float rule of Kattis's default output validator: tokens, with numbers compared within
//! a tolerance.
//!
//! The rule is not symmetric; the expected output decides what is a number:
//! - a token of the expected output that parses as a finite `f64` is a number, and the token
//!   in the same place of the actual output must be a finite number within the tolerance;
//! - any other expected token (text, or a non-finite literal like `inf` or `nan`) is compared
//!   as text under the case rule, so `nan` is accepted only where `nan` is expected;
//! - tokens that are equal as text are always accepted, which keeps integers too big for an
//!   `f64` exact when they are printed identically.
//!
//! A number `a` is within the tolerance of the expected `e` if `|e - a| <= absolute` or
//! `|e - a| <= relative * |e|`; either given tolerance suffices. With neither given, the numbers
//! must be equal (so `-0.0` still matches `0`). Parsing is Rust's `f64::from_str`: signs,
//! exponents and forms like `.5` and `5.` are numbers, hexadecimal floats are not.

use super::message::{quoted, shorten};
use super::tokens::{check_each_token, TokenRules};
use super::CheckResult;

/// How far a number may be from the expected one; `None` means that kind of tolerance is off.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Tolerance {
    pub absolute: Option<f64>,
    pub relative: Option<f64>,
}

impl Tolerance {
    fn accepts(self, expected: f64, actual: f64) -> bool {
        let difference = (expected - actual).abs();
        match (self.absolute, self.relative) {
            (None, None) => expected == actual,
            (absolute, relative) => {
                absolute.is_some_and(|bound| difference <= bound)
                    || relative.is_some_and(|bound| difference <= bound * expected.abs())
            }
        }
    }
}

pub(super) fn check(
    expected: &str,
    actual: &str,
    tolerance: Tolerance,
    rules: TokenRules,
) -> CheckResult {
    check_each_token(expected, actual, rules, |n, want, got| {
        compare_token(n, want, got, tolerance, rules)
    })
}

fn compare_token(
    n: usize,
    want: &str,
    got: &str,
    tolerance: Tolerance,
    rules: TokenRules,
) -> Option<String> {
    if rules.same_text(want, got) {
        return None;
    }
    let Some(expected) = finite_number(want) else {
        return Some(format!("token {n}: expected {}, got {}", quoted(want), quoted(got)));
    };
    let want = shorten(want);
    match got.parse::<f64>() {
        Ok(actual) if actual.is_finite() => (!tolerance.accepts(expected, actual)).then(|| {
            format!("token {n}: expected {want}, got {} (outside tolerance)", shorten(got))
        }),
        Ok(_) => {
            Some(format!("token {n}: expected {want}, got {} (not a finite number)", shorten(got)))
        }
        Err(_) => Some(format!("token {n}: expected the number {want}, got {}", quoted(got))),
    }
}

fn finite_number(token: &str) -> Option<f64> {
    token.parse::<f64>().ok().filter(|value| value.is_finite())
}

#[cfg(test)]
mod tests {
    use crate::checkers::test_support::{accepted, both_ways, message};
    use crate::checkers::Checker;

    fn float(absolute: Option<f64>, relative: Option<f64>) -> Checker {
        Checker::Float { absolute, relative, case_sensitive: false, space_change_sensitive: false }
    }

    fn tolerance(both: f64) -> Checker {
        float(Some(both), Some(both))
    }

    #[test]
    fn numbers_within_the_tolerance_are_accepted_either_way_round() {
        let checker = tolerance(1e-6);
        assert!(both_ways(&checker, "1.5", "1.5000001"));
        assert!(both_ways(&checker, "0.333333", "0.3333333333"));
        assert!(both_ways(&checker, "1e-7", "0"));
        assert!(both_ways(&checker, "1000000", "1.0000005e6"));
        assert!(!both_ways(&checker, "1.5", "1.6"));
    }

    #[test]
    fn relative_tolerance_is_relative_to_the_expected_value() {
        let checker = float(None, Some(0.6));
        // |2 - 1| = 1 is within 0.6 * |2| = 1.2 but not within 0.6 * |1| = 0.6.
        assert!(accepted(&checker, "2", "1"));
        assert!(!accepted(&checker, "1", "2"));
    }

    #[test]
    fn relative_tolerance_alone_demands_an_exact_zero() {
        let checker = float(None, Some(1e-6));
        assert!(!accepted(&checker, "0", "1e-7"));
        assert!(!accepted(&checker, "1e-7", "0"));
        assert!(both_ways(&checker, "0", "0.000"));
    }

    #[test]
    fn absolute_tolerance_alone_ignores_the_scale() {
        let checker = float(Some(1e-6), None);
        assert!(both_ways(&checker, "1e-7", "0"));
        assert!(!both_ways(&checker, "1000000", "1000000.1"));
    }

    #[test]
    fn either_tolerance_suffices_when_both_are_given() {
        let checker = float(Some(1e-3), Some(1e-6));
        assert!(accepted(&checker, "1000000", "1000000.5"), "relative allows 1");
        assert!(accepted(&checker, "0", "0.0005"), "absolute allows 1e-3");
        assert!(!accepted(&checker, "1", "1.01"));
    }

    #[test]
    fn without_any_tolerance_numbers_must_be_equal() {
        let checker = float(None, None);
        assert!(both_ways(&checker, "1.50", "1.5"));
        assert!(!both_ways(&checker, "1.5", "1.5000001"));
    }

    #[test]
    fn negative_zero_equals_zero() {
        assert!(both_ways(&tolerance(1e-9), "0", "-0.0"));
        assert!(both_ways(&float(None, None), "-0.0", "0"));
    }

    #[test]
    fn big_integers_printed_identically_are_accepted() {
        let big = "123456789012345678901234567890";
        assert!(both_ways(&float(Some(0.0), None), big, big));
    }

    #[test]
    fn text_where_a_number_is_expected_is_wrong() {
        let checker = tolerance(1e-6);
        assert!(!accepted(&checker, "1.5", "abc"));
        assert_eq!(
            message(&checker, "1 1.5", "1 abc"),
            "token 2: expected the number 1.5, got \"abc\""
        );
    }

    #[test]
    fn text_tokens_follow_the_case_rule() {
        assert!(both_ways(&tolerance(1e-6), "Case 1: 0.5", "case 1: 0.5000001"));
        let case_sensitive = Checker::Float {
            absolute: Some(1e-6),
            relative: None,
            case_sensitive: true,
            space_change_sensitive: false,
        };
        assert!(!both_ways(&case_sensitive, "Case 1: 0.5", "case 1: 0.5"));
    }

    #[test]
    fn space_change_sensitive_applies_to_numbers_too() {
        let checker = Checker::Float {
            absolute: Some(1e-6),
            relative: None,
            case_sensitive: false,
            space_change_sensitive: true,
        };
        assert!(both_ways(&checker, "1 2\n", "1.0000001 2\r\n"));
        assert!(!both_ways(&checker, "1 2", "1  2"));
    }

    #[test]
    fn nan_and_infinity_match_only_the_same_literal() {
        let checker = tolerance(1e-6);
        assert!(!accepted(&checker, "1.5", "nan"));
        assert!(!accepted(&checker, "1.5", "inf"));
        assert!(!accepted(&checker, "1e308", "1e400"), "1e400 overflows to infinity");
        assert_eq!(
            message(&checker, "1.5", "inf"),
            "token 1: expected 1.5, got inf (not a finite number)"
        );
        assert!(both_ways(&checker, "nan", "NaN"), "case-insensitive text");
        assert!(both_ways(&checker, "inf", "inf"));
        assert!(!both_ways(&checker, "inf", "1e400"));
        assert!(!both_ways(&checker, "nan", "0"));
    }

    #[test]
    fn missing_and_extra_numbers_are_wrong() {
        let checker = tolerance(1e-6);
        assert!(!both_ways(&checker, "1 2", "1"));
        assert!(!both_ways(&checker, "", "0"));
    }

    #[test]
    fn the_message_says_how_the_number_is_wrong() {
        assert_eq!(
            message(&tolerance(1e-6), "1 2 1.5000", "1 2 1.6"),
            "token 3: expected 1.5000, got 1.6 (outside tolerance)"
        );
    }
}
