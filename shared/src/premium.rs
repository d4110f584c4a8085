//! Premium gating's wire types (issue 14): the teaser a locked problem answers with, and the
//! companies list. Both tiers build and read them, so the teaser's shape cannot drift.

use serde::{Deserialize, Serialize};

use crate::api::ProblemSummary;
use crate::error::ErrorDetail;

/// The error code of every premium gate, on both tiers.
pub const PREMIUM_REQUIRED: &str = "premium_required";

/// The longest teaser excerpt, in characters (a cut one ends with an ellipsis).
pub const EXCERPT_MAX_CHARS: usize = 280;

/// What a reader who is not premium sees of a premium problem: its list entry and the first
/// paragraph of its statement. Samples, constraints, limits, starter code, hints, the editorial
/// and companies are withheld.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemTeaser {
    #[serde(flatten)]
    pub summary: ProblemSummary,
    pub excerpt: String,
}

/// The 403 body of a locked problem: the one error shape plus the teaser beside it, so a client
/// that only reads `error` still understands it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LockedProblem {
    pub error: ErrorDetail,
    pub teaser: ProblemTeaser,
}

impl LockedProblem {
    pub fn new(summary: ProblemSummary, description: &str) -> LockedProblem {
        LockedProblem {
            error: ErrorDetail {
                code: PREMIUM_REQUIRED.to_string(),
                message: "This problem is for premium members.".to_string(),
            },
            teaser: ProblemTeaser { summary, excerpt: excerpt(description) },
        }
    }
}

/// One company with the number of published problems it is known to ask
/// (`GET /api/problems/companies`, premium members only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyCount {
    pub slug: String,
    pub name: String,
    pub problems: u32,
}

/// The teaser's excerpt: the statement's first paragraph (up to its first blank line, lines
/// joined by spaces), cut at a word boundary to at most [`EXCERPT_MAX_CHARS`] characters.
pub fn excerpt(markdown: &str) -> String {
    let paragraph = markdown
        .trim_start()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if paragraph.chars().count() <= EXCERPT_MAX_CHARS {
        return paragraph;
    }
    let cut: String = paragraph.chars().take(EXCERPT_MAX_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > EXCERPT_MAX_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// Whether a stored or relayed problem (or problem set) answer is a [`LockedProblem`] (or a
/// `problem_sets::LockedSet`) rather than a detail: a locked body begins with its `error`
/// field, a detail with its slug.
pub fn is_locked_body(body: &str) -> bool {
    body.trim_start().starts_with("{\"error\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Difficulty;

    fn summary() -> ProblemSummary {
        ProblemSummary {
            slug: "edit-distance".into(),
            title: "Edit Distance".into(),
            difficulty: Difficulty::Hard,
            tags: vec!["Dynamic Programming".into()],
            acceptance_rate: 0.0,
            is_premium: true,
            status: None,
        }
    }

    #[test]
    fn the_excerpt_is_the_first_paragraph_on_one_line() {
        let text = "Given two words,\nturn one into the other.\n\nSecret second paragraph.";
        assert_eq!(excerpt(text), "Given two words, turn one into the other.");
        assert_eq!(excerpt("\n\n  Only one.  "), "Only one.");
        assert_eq!(excerpt(""), "");
    }

    #[test]
    fn a_long_first_paragraph_is_cut_at_a_word_with_an_ellipsis() {
        let long = "word ".repeat(200);
        let cut = excerpt(&long);
        assert!(cut.chars().count() <= EXCERPT_MAX_CHARS, "{}", cut.len());
        assert!(cut.ends_with("word…"), "{cut}");
    }

    #[test]
    fn a_locked_answer_keeps_the_error_shape_and_is_recognised() {
        let locked = LockedProblem::new(summary(), "First.\n\nSecond.");
        let json = serde_json::to_string(&locked).unwrap();
        assert!(json.starts_with(r#"{"error":{"code":"premium_required""#), "{json}");
        assert!(json.contains(r#""excerpt":"First.""#) && !json.contains("Second"), "{json}");
        assert!(is_locked_body(&json));
        assert!(!is_locked_body(r#"{"slug":"two-sum"}"#));
        let back: LockedProblem = serde_json::from_str(&json).unwrap();
        assert_eq!(back, locked);
    }
}
