//! Problem sets (`GET /api/problems/sets`, `/sets/:setSlug`, TRD §4.2): curated, ordered lists
//! of problems, with the signed-in reader's progress ("solved x of n"). The shared answers are
//! the same for everyone (the edge caches them); the progress comes from one per-user call.

use serde::{Deserialize, Serialize};

use crate::api::ProblemSummary;
use crate::error::ErrorDetail;
use crate::premium::PREMIUM_REQUIRED;

/// A set in the list. `solved` is the reader's, merged in by the edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemSetSummary {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// How many of its problems everyone may see now.
    pub problems: u64,
    /// A premium set's list is for premium members only (issue 14); the list shows a lock.
    #[serde(default)]
    pub is_premium: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solved: Option<u64>,
}

/// One set with its problems in order. Each item's `status` and the set's `solved` are the
/// reader's, merged in by the edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemSetDetail {
    pub slug: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub is_premium: bool,
    pub items: Vec<ProblemSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solved: Option<u64>,
}

/// What a reader who is not premium sees of a premium set: its list entry without progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetTeaser {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// How many problems the set holds.
    pub problems: u64,
}

/// The 403 body of a locked set: the one error shape plus the teaser beside it (as a locked
/// problem's, `premium::LockedProblem`), so `premium::is_locked_body` recognises it too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedSet {
    pub error: ErrorDetail,
    pub teaser: SetTeaser,
}

impl LockedSet {
    /// The teaser of `set`, whose items are counted and then left out.
    pub fn of(set: &ProblemSetDetail) -> LockedSet {
        LockedSet {
            error: ErrorDetail {
                code: PREMIUM_REQUIRED.to_string(),
                message: format!("The problem set '{}' is for premium members.", set.title),
            },
            teaser: SetTeaser {
                slug: set.slug.clone(),
                title: set.title.clone(),
                description: set.description.clone(),
                problems: set.items.len() as u64,
            },
        }
    }
}

/// A user's solved count in every set (`GET /internal/problems/sets/progress`); sets with
/// none solved are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetProgress {
    pub sets: Vec<SetSolved>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetSolved {
    pub slug: String,
    pub solved: u64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::premium::is_locked_body;

    #[test]
    fn a_locked_set_keeps_the_error_shape_and_counts_without_listing() {
        let set = ProblemSetDetail {
            slug: "top-picks".into(),
            title: "Top Picks".into(),
            description: "Asked often.".into(),
            is_premium: true,
            items: vec![],
            solved: None,
        };
        let json = serde_json::to_string(&LockedSet::of(&set)).unwrap();
        assert!(is_locked_body(&json), "{json}");
        assert!(!is_locked_body(&serde_json::to_string(&set).unwrap()));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["error"]["code"], PREMIUM_REQUIRED);
        assert_eq!(value["teaser"]["title"], "Top Picks");
        assert_eq!(value["teaser"]["problems"], 0);
        assert!(value.get("items").is_none());
    }
}
