//! What the Worker, a room's coordinator and its shards say to each other (never seen by
//! browsers or the farm). Objects are reached at `https://room<path>` with these headers.

use algoarena_shared::contest_room::{StandingRow, SubmissionNotice};
use serde::{Deserialize, Serialize};

/// Coordinator: a farm push (body: `RoomPush`).
pub const PUSH: &str = "https://room/push";
/// Coordinator: a socket connects (forwarded to a shard).
pub const CONNECT: &str = "https://room/connect";
/// Coordinator: the board as JSON (`Board`), 204 before the first push.
pub const BOARD: &str = "https://room/board";
/// Coordinator: one leaderboard page (`?page=&per_page=`, a `LeaderboardPage`), 204 before
/// the first push.
pub const PAGE: &str = "https://room/page";
/// Coordinator: the farm said the contest's facts changed; drop the kept copy.
pub const FORGET: &str = "https://room/forget";
/// Shard: accept a socket (forwarded by the coordinator).
pub const SHARD_CONNECT: &str = "https://room/shard/connect";
/// Shard: a folded batch (body: `ShardBatch`).
pub const BATCH: &str = "https://room/batch";
/// Shard: the minute tick (body: `Tick`).
pub const TICK: &str = "https://room/tick";

/// The contest's slug (every request, so an object knows which room it is).
pub const HEADER_SLUG: &str = "x-room-slug";
/// The signed-in viewer's username; absent for anonymous viewers.
pub const HEADER_USER: &str = "x-room-user";
/// The signed-in viewer's access token `exp` (seconds): the shard closes the socket then.
pub const HEADER_TOKEN_EXP: &str = "x-room-token-exp";
/// A random key of the connection, hashed to choose its shard.
pub const HEADER_KEY: &str = "x-room-key";
/// How many shards the room should have by its registrants (the coordinator never shrinks).
pub const HEADER_SHARDS: &str = "x-room-shards";
/// The contest's end (RFC 3339), for the minute ticks.
pub const HEADER_ENDS_AT: &str = "x-room-ends-at";
/// Coordinator to shard on connect: the board's seq, so a shard that is behind (new, or it
/// missed a batch) fetches the board before it sends a snapshot.
pub const HEADER_SEQ: &str = "x-room-seq";
/// On the 101 answer: which shard took the socket (`i/n`), for tests and operators.
pub const HEADER_SHARD: &str = "x-aa-room-shard";
/// On the 101 answer: where the room's facts about the contest came from for this socket,
/// `kept` (the coordinator's copy) or `farm` (the Worker asked the farm), for tests and
/// operators.
pub const HEADER_CONTEST_FROM: &str = "x-aa-room-contest";

/// The coordinator's answer to a connect when it keeps no facts about the contest (a new
/// room, or the farm said they changed): the Worker asks the farm and connects again with them.
pub const NEEDS_CONTEST: u16 = 428;

/// What the coordinator keeps about its contest, so a connecting socket costs no farm call:
/// the end (for the ticks) and the shard count its registrants call for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptContest {
    pub ends_at: String,
    pub shards: u32,
    /// When it was fetched (ms since the epoch): a copy is dropped after `KEPT_CONTEST_MS`
    /// even if a change call from the farm got lost.
    pub fetched_ms: u64,
}

/// How long a kept copy lasts without a change call.
pub const KEPT_CONTEST_MS: u64 = 5 * 60_000;

impl KeptContest {
    pub fn fresh_at(&self, now_ms: u64) -> bool {
        now_ms.saturating_sub(self.fetched_ms) < KEPT_CONTEST_MS
    }
}

/// One flush of the coordinator, sent to every shard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardBatch {
    /// The board seq this batch applies to; a shard holding another one refetches the board.
    pub prev_seq: u64,
    pub seq: u64,
    /// Changed rows, or (with `replace`) the whole board.
    pub rows: Vec<StandingRow>,
    /// The rows are the whole board: a delta could not express the change (the freeze
    /// flipped or a participant left the board), so clients get a snapshot.
    pub replace: bool,
    pub frozen: bool,
    /// Verdicts for their authors, with the seq of the push that carried each.
    pub submissions: Vec<(u64, SubmissionNotice)>,
    /// The seq of the farm's `Ended` push, when this batch holds it.
    pub ended: Option<u64>,
}

/// The minute tick (RFC 3339 times).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    pub now: String,
    pub ends_at: String,
}

/// A time in milliseconds since the epoch as RFC 3339, by the runtime's clock (timer ticks).
pub fn iso(ms: u64) -> String {
    worker::js_sys::Date::new(&(ms as f64).into()).to_iso_string().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_contest_expires_even_without_a_change_call() {
        let kept = KeptContest { ends_at: "x".into(), shards: 1, fetched_ms: 1_000 };
        assert!(kept.fresh_at(1_000));
        assert!(kept.fresh_at(1_000 + KEPT_CONTEST_MS - 1));
        assert!(!kept.fresh_at(1_000 + KEPT_CONTEST_MS));
        assert!(kept.fresh_at(0), "a clock that went back keeps it");
    }
}
