//! The contest API's bodies (TRD §4.6): built by the farm, passed through by the edge, read
//! by the web app.

use serde::{Deserialize, Serialize};

use crate::contest_package::ContestKind;
use crate::scoring::Format;

/// Where a contest is in its life, by the farm's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContestPhase {
    Upcoming,
    Running,
    Ended,
}

/// A contest in the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContestSummary {
    pub slug: String,
    pub title: String,
    pub kind: ContestKind,
    pub format: Format,
    pub rated: bool,
    /// RFC 3339.
    pub starts_at: String,
    pub ends_at: String,
    pub phase: ContestPhase,
    pub registrants: u64,
}

/// One page of contests, latest start first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContestPage {
    pub items: Vec<ContestSummary>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

/// One problem of a contest, in contest order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContestProblemEntry {
    /// A, B, C...
    pub letter: String,
    pub slug: String,
    pub title: String,
    pub points: u64,
}

/// A contest with its problems (empty before the start, except for its setters) and whether
/// the caller is registered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContestDetail {
    #[serde(flatten)]
    pub summary: ContestSummary,
    pub problems: Vec<ContestProblemEntry>,
    /// False for an anonymous caller.
    pub registered: bool,
}

/// One rated contest in a user's history (`GET /api/users/:username/rating-history`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingHistoryEntry {
    pub contest_slug: String,
    pub contest_title: String,
    /// The user's rank on the contest's final board.
    pub rank: u32,
    pub old_rating: i32,
    pub new_rating: i32,
    /// When the contest ended (RFC 3339): the chart's x axis.
    pub at: String,
}

/// A user's rating and its history, oldest contest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingHistory {
    pub username: String,
    pub rating: i32,
    pub entries: Vec<RatingHistoryEntry>,
}
