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

/// One participant on a contest's final board, with their rating change when the contest was
/// rated and has been finalised (`GET /api/contests/:slug/results`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultRow {
    #[serde(flatten)]
    pub row: crate::contest_room::StandingRow,
    /// None: not rated in this contest (unrated, not finalised yet, or no submission).
    pub old_rating: Option<i32>,
    pub new_rating: Option<i32>,
}

/// A page of a contest's final board (best first), once its board is final.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContestResults {
    #[serde(flatten)]
    pub summary: ContestSummary,
    pub problems: Vec<ContestProblemEntry>,
    /// Whether the rating round has been applied (rated contests; false for unrated ones).
    pub finalised: bool,
    pub rows: Vec<ResultRow>,
    pub page: u32,
    pub per_page: u32,
    /// Participants on the board.
    pub total: u64,
}

/// A user's virtual run of a past contest: its own clock, from `started_at` for the contest's
/// length (`POST`/`GET /api/contests/:slug/virtual`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VirtualRun {
    pub contest_slug: String,
    /// RFC 3339.
    pub started_at: String,
    pub ends_at: String,
    /// Seconds since `started_at`, at most the contest's length.
    pub elapsed_secs: u32,
    pub finished: bool,
}

/// One row of a virtual run's board: the original participants as they stood at the run's
/// elapsed time, and the runner (`virtual_entry`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VirtualRow {
    #[serde(flatten)]
    pub row: crate::contest_room::StandingRow,
    pub virtual_entry: bool,
}

/// A virtual run with the replayed board at its elapsed time: the runner's own row and rank,
/// and a page of the board (`GET /api/contests/:slug/virtual?page=&per_page=`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VirtualStanding {
    pub run: VirtualRun,
    pub problems: Vec<ContestProblemEntry>,
    /// None before the runner's first submission.
    pub me: Option<VirtualRow>,
    pub rows: Vec<VirtualRow>,
    pub page: u32,
    pub per_page: u32,
    /// Rows on the replayed board (the runner included once they submitted).
    pub total: u64,
}

/// The body of `POST /api/contests/:slug/rejudge` (admins): the problem's letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RejudgeRequest {
    pub problem: String,
}

/// What a rejudge queued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejudgeQueued {
    pub problem: String,
    pub queued: u64,
}
