//! Output checkers: pure functions deciding whether a program's output is right.
//!
//! A problem names its rule with a [`Checker`], which is stored as JSON next to the problem.
//! Each rule lives in its own module and documents itself there; this module holds the types
//! and dispatches to them. A wrong answer is a [`CheckResult`], not an error: the only error is
//! asking a [`Checker::Custom`] to decide by itself, because that rule is a program the judge
//! has to run in the sandbox.

mod exact;
mod float;
mod kattis_flags;
mod lines;
mod message;
mod sequence;
mod text;
mod tokens;
mod unordered;

#[cfg(test)]
mod test_support;

use serde::{Deserialize, Serialize};

pub use kattis_flags::from_kattis_flags;

/// How a test's output is compared with the expected output.
///
/// Serialised with a `kind` tag, e.g. `{"kind": "tokens", "case_sensitive": true,
/// "space_change_sensitive": false}`; flags left out take Kattis's defaults (off) and unknown
/// fields are rejected, so a misspelt flag in a stored problem is found when it is loaded.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Checker {
    /// Identical after `\r\n` becomes `\n` and whitespace at the end of the whole output is
    /// removed; whitespace anywhere else counts. See `exact.rs`.
    Exact,
    /// Equal line by line, ignoring whitespace at the end of each line and empty lines at the
    /// end, `\r\n` treated as `\n`: the rule [`lines_match`] applies. See `lines.rs`.
    #[default]
    Lines,
    /// Kattis's default validator: equal whitespace-separated tokens. See `tokens.rs`.
    Tokens {
        /// Letters must match in case; otherwise ASCII letters are compared case-insensitively.
        #[serde(default)]
        case_sensitive: bool,
        /// The whitespace between tokens must match too (trailing whitespace still does not).
        #[serde(default)]
        space_change_sensitive: bool,
    },
    /// Kattis's default validator with a float tolerance: tokens, where a number in the
    /// expected output accepts any number within a tolerance of it. See `float.rs`.
    Float {
        /// Accept `|expected - actual| <= absolute`.
        #[serde(default)]
        absolute: Option<f64>,
        /// Accept `|expected - actual| <= relative * |expected|`.
        #[serde(default)]
        relative: Option<f64>,
        /// As for [`Checker::Tokens`], for the tokens that are not numbers.
        #[serde(default)]
        case_sensitive: bool,
        /// As for [`Checker::Tokens`].
        #[serde(default)]
        space_change_sensitive: bool,
    },
    /// The answer may come in any order: equal multisets of lines or of tokens. See
    /// `unordered.rs`.
    Unordered {
        /// What the items of the answer are.
        by: UnorderedBy,
    },
    /// A checker program from the problem package decides; [`Checker::check`] cannot.
    Custom {
        /// The checker's source file, relative to the problem package.
        program: String,
    },
}

/// The items of an answer that may come in any order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnorderedBy {
    /// Non-empty lines, each trimmed of surrounding whitespace.
    Lines,
    /// Whitespace-separated tokens.
    Tokens,
}

/// What a built-in checker decided about one test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckResult {
    /// The output is right.
    Accepted,
    /// `message` says where the output first goes wrong, e.g. `line 2 differs: ...`. It quotes
    /// at most 40 characters of each output; that includes the expected answer, so whether a
    /// contestant may see it is for the caller to decide.
    WrongAnswer { message: String },
}

impl CheckResult {
    /// Whether the output is right.
    pub fn is_accepted(&self) -> bool {
        matches!(self, CheckResult::Accepted)
    }

    fn wrong(message: String) -> Self {
        CheckResult::WrongAnswer { message }
    }
}

/// A checker that cannot give a verdict by itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckerError {
    /// The judge has to compile and run this program in the sandbox instead.
    #[error("the custom checker {program:?} is a program and must be run in the sandbox")]
    CustomProgram { program: String },
}

impl Checker {
    /// Checks `actual` (the program's output) against `expected` (the test's answer).
    ///
    /// Every built-in rule returns `Ok`; only [`Checker::Custom`] returns
    /// [`CheckerError::CustomProgram`], which is the caller's cue to run that program.
    pub fn check(&self, expected: &str, actual: &str) -> Result<CheckResult, CheckerError> {
        Ok(match self {
            Checker::Exact => exact::check(expected, actual),
            Checker::Lines => lines::check(expected, actual),
            Checker::Tokens { case_sensitive, space_change_sensitive } => tokens::check(
                expected,
                actual,
                tokens::TokenRules {
                    case_sensitive: *case_sensitive,
                    space_change_sensitive: *space_change_sensitive,
                },
            ),
            Checker::Float { absolute, relative, case_sensitive, space_change_sensitive } => {
                float::check(
                    expected,
                    actual,
                    float::Tolerance { absolute: *absolute, relative: *relative },
                    tokens::TokenRules {
                        case_sensitive: *case_sensitive,
                        space_change_sensitive: *space_change_sensitive,
                    },
                )
            }
            Checker::Unordered { by } => unordered::check(expected, actual, *by),
            Checker::Custom { program } => {
                return Err(CheckerError::CustomProgram { program: program.clone() })
            }
        })
    }
}

/// The default ICPC-style comparison ([`Checker::Lines`]): equal line by line, ignoring
/// trailing spaces on each line and trailing empty lines, with `\r\n` treated as `\n`.
pub fn lines_match(expected: &str, actual: &str) -> bool {
    lines::check(expected, actual).is_accepted()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_variant() -> Vec<Checker> {
        vec![
            Checker::Exact,
            Checker::Lines,
            Checker::Tokens { case_sensitive: true, space_change_sensitive: false },
            Checker::Float {
                absolute: Some(1e-9),
                relative: None,
                case_sensitive: false,
                space_change_sensitive: true,
            },
            Checker::Unordered { by: UnorderedBy::Lines },
            Checker::Unordered { by: UnorderedBy::Tokens },
            Checker::Custom { program: "output_validators/check.cpp".into() },
        ]
    }

    #[test]
    fn every_variant_survives_a_json_round_trip() {
        for checker in every_variant() {
            let json = serde_json::to_string(&checker).unwrap();
            let back: Checker = serde_json::from_str(&json).unwrap();
            assert_eq!(back, checker, "{json}");
        }
    }

    #[test]
    fn the_json_names_the_kind_in_snake_case() {
        let json = |checker: &Checker| serde_json::to_value(checker).unwrap();
        assert_eq!(json(&Checker::Exact), serde_json::json!({"kind": "exact"}));
        assert_eq!(
            json(&Checker::Tokens { case_sensitive: true, space_change_sensitive: false }),
            serde_json::json!({"kind": "tokens", "case_sensitive": true, "space_change_sensitive": false})
        );
        assert_eq!(
            json(&Checker::Unordered { by: UnorderedBy::Tokens }),
            serde_json::json!({"kind": "unordered", "by": "tokens"})
        );
        assert_eq!(
            json(&Checker::Custom { program: "check.py".into() }),
            serde_json::json!({"kind": "custom", "program": "check.py"})
        );
    }

    #[test]
    fn flags_left_out_of_the_json_take_the_kattis_defaults() {
        let tokens: Checker = serde_json::from_str(r#"{"kind": "tokens"}"#).unwrap();
        assert_eq!(
            tokens,
            Checker::Tokens { case_sensitive: false, space_change_sensitive: false }
        );
        let float: Checker =
            serde_json::from_str(r#"{"kind": "float", "relative": 1e-6}"#).unwrap();
        assert_eq!(
            float,
            Checker::Float {
                absolute: None,
                relative: Some(1e-6),
                case_sensitive: false,
                space_change_sensitive: false
            }
        );
    }

    #[test]
    fn unknown_kinds_and_misspelt_fields_are_rejected() {
        assert!(serde_json::from_str::<Checker>(r#"{"kind": "fuzzy"}"#).is_err());
        assert!(serde_json::from_str::<Checker>(r#"{"kind": "tokens", "case_sensitiv": true}"#)
            .is_err());
        assert!(serde_json::from_str::<Checker>(r#"{"kind": "unordered"}"#).is_err());
    }

    #[test]
    fn the_default_checker_is_the_line_rule() {
        assert_eq!(Checker::default(), Checker::Lines);
    }

    #[test]
    fn a_custom_checker_is_not_decided_here() {
        let checker = Checker::Custom { program: "check.cpp".into() };
        assert_eq!(
            checker.check("1", "1"),
            Err(CheckerError::CustomProgram { program: "check.cpp".into() })
        );
    }

    #[test]
    fn lines_match_is_the_line_rule() {
        assert!(lines_match("1 2\n3\n", "1 2   \r\n3\n\n\n"));
        assert!(!lines_match("1 2\n", "1  2\n"));
        assert!(!lines_match("", "0"));
    }
}
