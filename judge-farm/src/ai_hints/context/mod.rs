//! What a hint may be built from: the allow-list. Every provider, local or remote, gets a
//! [`HintContext`] and nothing else, and a `HintContext` can only be made by [`load`] (its
//! `_sealed` field is private to this module and its children), which reads only what the user
//! may read themselves: the public statement and tags, the sample tests, the hint tiers open to
//! them, the editorial's headings (never its body), their own code, their latest verdict with
//! a failing test only when it is one they can see, and the AI hints they were already given.
//!
//! Hidden tests and reference solutions have no field here and no query in [`load`] reads
//! them: the test cases come through `where is_sample`, `solution_code` is never selected, and
//! a verdict's texts (the failing test, a runtime error's stderr) pass [`visible`]'s rules,
//! which keep them only when the failing test is a sample or the user's own input.

pub mod load;
pub mod visible;

use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

pub use load::load;

/// Only this module (and its children) can make one, so only [`load`] builds a context.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sealed;

/// Everything a hint is built from.
#[derive(Debug, Clone)]
pub struct HintContext {
    pub problem: PublicProblem,
    /// The sample tests, in order (numbered from 1 as the statement shows them).
    pub samples: Vec<VisibleTest>,
    /// The hint tiers the user may read, in order.
    pub hints: Vec<ReadableHint>,
    /// The editorial's headings, e.g. "Approach: ...": never its body or its code.
    pub editorial_outline: Vec<String>,
    pub attempt: Attempt,
    pub verdict: Option<VisibleVerdict>,
    /// AI hints already given on this problem, newest first (at most a few).
    pub earlier: Vec<EarlierHint>,
    /// The highest of the problem's hint tiers an AI hint has passed on to the user.
    pub highest_tier_given: Option<u32>,
    _sealed: Sealed,
}

/// What the problem page shows everyone.
#[derive(Debug, Clone)]
pub struct PublicProblem {
    pub title: String,
    pub difficulty: String,
    pub statement: String,
    pub constraints: Option<String>,
    pub tags: Vec<String>,
}

/// A test the user can see: a sample, or an input of their own Run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibleTest {
    pub label: TestLabel,
    pub input: String,
    /// The expected answer, when there is one (a custom input the reference could not answer
    /// has none).
    pub expected: Option<String>,
    _sealed: Sealed,
}

/// How a visible test is named to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestLabel {
    /// 1-based, as the statement numbers the samples.
    Sample(u32),
    /// 1-based, as the Run panel numbers the user's own cases.
    CustomInput(u32),
}

impl std::fmt::Display for TestLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TestLabel::Sample(n) => write!(f, "sample {n}"),
            TestLabel::CustomInput(n) => write!(f, "your custom input {n}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadableHint {
    pub tier: u32,
    pub body: String,
}

/// The user's code as sent with the request.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub language: Language,
    pub code: String,
    /// Whether it is still the problem's starter code (or empty).
    pub untouched: bool,
}

/// The user's latest finished practice submission or Run, reduced to what they can see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibleVerdict {
    pub status: Status,
    /// A Run (samples or custom inputs) rather than a submission on every test.
    pub was_run: bool,
    pub passed: Option<u32>,
    pub total: Option<u32>,
    /// Whether the code it judged is the code sent now.
    pub same_code: bool,
    pub failure: Option<Failure>,
    /// The compiler's message, or a runtime error's stderr on a visible test.
    pub message: Option<String>,
}

/// The first test the verdict failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// A test the user can see, with what their program answered.
    Visible { test: VisibleTest, actual: String },
    /// A hidden test: only its number is said, never its data.
    Hidden { number: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierHint {
    pub hint_tier: Option<u32>,
    pub body: String,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::TestCase;

    /// A context as `load` would make it: two samples, two readable tiers (tier 1 given
    /// before), a Wrong Answer on sample 2 of the code sent.
    pub(crate) fn example() -> HintContext {
        let samples = visible::samples(vec![
            TestCase { input: "1 2\n".into(), expected_output: "3\n".into() },
            TestCase { input: "5 5\n".into(), expected_output: "10\n".into() },
        ]);
        let failing = samples[1].clone();
        HintContext {
            problem: PublicProblem {
                title: "Sum".into(),
                difficulty: "Easy".into(),
                statement: "Add two numbers.".into(),
                constraints: None,
                tags: vec!["Math".into()],
            },
            samples,
            hints: vec![
                ReadableHint { tier: 1, body: "Read both.".into() },
                ReadableHint { tier: 2, body: "Use a map.".into() },
            ],
            editorial_outline: vec!["Approach: a map".into()],
            attempt: Attempt {
                language: Language::Python3,
                code: "print(7)".into(),
                untouched: false,
            },
            verdict: Some(VisibleVerdict {
                status: Status::WrongAnswer,
                was_run: false,
                passed: Some(1),
                total: Some(6),
                same_code: true,
                failure: Some(Failure::Visible { test: failing, actual: "7\n".into() }),
                message: None,
            }),
            earlier: vec![EarlierHint { hint_tier: Some(1), body: "Hint 1: Read both.".into() }],
            highest_tier_given: Some(1),
            _sealed: Sealed,
        }
    }
}
