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
