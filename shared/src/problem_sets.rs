//! Problem sets (`GET /api/problems/sets`, `/sets/:setSlug`, TRD §4.2): curated, ordered lists
//! of problems, with the signed-in reader's progress ("solved x of n"). The shared answers are
//! the same for everyone (the edge caches them); the progress comes from one per-user call.

use serde::{Deserialize, Serialize};

use crate::api::ProblemSummary;

/// A set in the list. `solved` is the reader's, merged in by the edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemSetSummary {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// How many of its problems everyone may see now.
    pub problems: u64,
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
    pub items: Vec<ProblemSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solved: Option<u64>,
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
