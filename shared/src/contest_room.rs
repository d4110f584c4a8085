//! A contest room's wire (TRD §4.6 events). The farm, which holds the authoritative standings,
//! pushes [`RoomPush`] messages, signed, to the contest's room at the edge after each committed
//! verdict and as periodic snapshots; the room (a Durable Object) batches them and sends
//! [`RoomEvent`]s to browsers over WebSockets. Sequence numbers come from the farm, so a
//! browser that sees a gap asks for a snapshot instead of drawing a wrong board.

use serde::{Deserialize, Serialize};

use crate::scoring::{Cell, Total};
use crate::verdict::Status;

/// Where the farm posts a room's pushes (signed like every farm-to-edge call).
pub fn push_path(slug: &str) -> String {
    format!("/internal/contests/{slug}/room")
}

/// Where the farm tells a room that its contest's facts changed (a registration, a
/// re-import), so the room drops the copy it keeps for connecting sockets. Signed like every
/// farm-to-edge call; the body is an empty JSON object.
pub fn contest_changed_path(slug: &str) -> String {
    format!("/internal/contests/{slug}/room/contest")
}

/// One participant's row as boards show it: the public leaderboard, the room's snapshot and
/// its deltas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandingRow {
    /// 1-based; tied participants share a rank.
    pub rank: u32,
    pub username: String,
    pub total: Total,
    /// One per problem, in contest order.
    pub cells: Vec<Cell>,
}

/// A verdict that landed on a contest submission; the room forwards it to its author only
/// (everyone else learns of it through the board).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionNotice {
    pub username: String,
    /// The problem's letter in the contest (A, B, ...).
    pub problem: String,
    pub status: Status,
    /// The first failed test's number, when the verdict is a rejection.
    pub failed_test: Option<u32>,
}

/// What the farm pushes to a room. `seq` grows by one per push of a contest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RoomPush {
    /// The rows that changed after one committed verdict (or a rejudge), and the verdict.
    Delta { seq: u64, rows: Vec<StandingRow>, submission: Option<SubmissionNotice> },
    /// The whole public board: at least every 30 s while running, and at the end.
    Snapshot {
        seq: u64,
        rows: Vec<StandingRow>,
        /// True while the public board is frozen.
        frozen: bool,
    },
    /// The contest is over; a snapshot of the final (unfrozen) board precedes it.
    Ended { seq: u64 },
}

impl RoomPush {
    pub fn seq(&self) -> u64 {
        match self {
            RoomPush::Delta { seq, .. }
            | RoomPush::Snapshot { seq, .. }
            | RoomPush::Ended { seq } => *seq,
        }
    }
}

/// What a room sends to a browser, under the TRD's event names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event")]
pub enum RoomEvent {
    /// Sent first on every (re)connection, and whenever the client reports a gap.
    #[serde(rename = "contest:snapshot")]
    Snapshot { seq: u64, rows: Vec<StandingRow>, frozen: bool },
    /// The caller's own verdict.
    #[serde(rename = "contest:submission")]
    Submission { seq: u64, submission: SubmissionNotice },
    /// Rows that changed, batched over 50–100 ms; `seq` is the newest push folded in and
    /// `prev_seq` the board it applies to, so a client holding another seq knows it missed
    /// something and resyncs (a batch folds several seqs, so `seq` alone cannot show a gap).
    #[serde(rename = "contest:rank_update")]
    RankUpdate {
        seq: u64,
        #[serde(default)]
        prev_seq: u64,
        rows: Vec<StandingRow>,
    },
    /// Every minute, so countdowns stay in step with the server's clock (RFC 3339 times).
    #[serde(rename = "contest:timer_tick")]
    TimerTick { now: String, ends_at: String },
    #[serde(rename = "contest:ended")]
    Ended { seq: u64 },
}

/// What a browser may send to its room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RoomRequest {
    /// The client saw a gap in `seq` (or just reconnected) and wants the whole board again.
    Resync { last_seq: Option<u64> },
}

/// The signed leaderboard snapshot the farm publishes and the edge serves
/// (`GET /api/contests/:slug/leaderboard`), paginated at the edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderboardPage {
    pub rows: Vec<StandingRow>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
    pub frozen: bool,
    /// The push sequence the page was drawn from.
    pub seq: u64,
}

/// `GET /api/contests/:slug/my-rank`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRank {
    /// None until the caller's first submission.
    pub row: Option<StandingRow>,
    pub participants: u64,
    /// The live rating change predicted from the public board (during a freeze, the frozen
    /// one) with the caller's own full row in it (rated contests only).
    pub predicted_rating_change: Option<i32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_carry_the_trd_names() {
        let tick = RoomEvent::TimerTick { now: "a".into(), ends_at: "b".into() };
        let json = serde_json::to_value(&tick).unwrap();
        assert_eq!(json["event"], "contest:timer_tick");
        let push: RoomPush = serde_json::from_str(r#"{"type":"ended","seq":7}"#).unwrap();
        assert_eq!(push.seq(), 7);
    }
}
