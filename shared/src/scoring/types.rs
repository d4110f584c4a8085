//! The typed quantities of a contest board: times since the start, points, penalties, who
//! takes part and what one submission contributes.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use crate::ids::UserId;
use crate::verdict::Status;

/// Whole seconds since the contest's start (for a virtual participant, since their own start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContestTime(pub u32);

impl ContestTime {
    pub const ZERO: ContestTime = ContestTime(0);

    pub fn from_minutes(minutes: u32) -> ContestTime {
        ContestTime(minutes * 60)
    }

    pub fn seconds(self) -> u32 {
        self.0
    }

    /// Whole minutes, rounded down (ICPC counts a solve at 59:59 as minute 59).
    pub fn whole_minutes(self) -> u32 {
        self.0 / 60
    }
}

/// Points in integer units: a problem's points (LeetCode), problems solved (ICPC) or the sum
/// of partial-score groups (IOI). Packages give whole points, so no fractions are needed.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Points(pub u64);

/// The tie-breaker, in whole seconds; lower is better. ICPC's is whole minutes, so it is always
/// a multiple of 60 there.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Penalty(pub u64);

impl Penalty {
    pub fn seconds(self) -> u64 {
        self.0
    }

    /// Whole minutes, as ICPC boards show it.
    pub fn minutes(self) -> u64 {
        self.0 / 60
    }
}

/// A participant's result: more points first, then less penalty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Total {
    pub points: Points,
    pub penalty: Penalty,
}

impl Total {
    /// A key that sorts better results first; equal keys are tied.
    pub fn rank_key(self) -> RankKey {
        RankKey(Reverse(self.points), self.penalty)
    }
}

/// [`Total`] ordered for ranking: a smaller key ranks ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RankKey(Reverse<Points>, Penalty);

/// A problem's position in the contest (0 is "A").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProblemIndex(pub u16);

/// How someone takes part: in the contest itself, or later in a virtual run of it. The same
/// user may be on a replayed board twice, once each way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entry {
    Live,
    Virtual,
}

/// One row of a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Participant {
    pub user: UserId,
    pub entry: Entry,
}

impl Participant {
    pub fn live(user: UserId) -> Participant {
        Participant { user, entry: Entry::Live }
    }

    pub fn virtual_(user: UserId) -> Participant {
        Participant { user, entry: Entry::Virtual }
    }
}

/// A submission as the board sees it. `inserted_at` is when it was accepted into the system
/// (not when it was judged): one inserted at or after the end does not count, one judged after
/// the end does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub participant: Participant,
    pub problem: ProblemIndex,
    pub inserted_at: ContestTime,
    pub status: Status,
    /// IOI: the points its partial-score groups earned (0 unless judged). Ignored by the
    /// other formats, which only look at `status`.
    pub score: Points,
}

/// What a submission's status means for the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Queued or being judged: shown as pending, changes nothing yet.
    Pending,
    Accepted,
    /// A verdict that costs a penalty where the format has one.
    Rejected,
    /// A compile error or a judge failure: costs nothing, counts for nothing.
    Free,
}

impl Outcome {
    pub fn of(status: Status) -> Outcome {
        match status {
            Status::Queued | Status::Judging => Outcome::Pending,
            Status::Accepted => Outcome::Accepted,
            Status::CompileError | Status::InternalError => Outcome::Free,
            Status::WrongAnswer
            | Status::TimeLimitExceeded
            | Status::MemoryLimitExceeded
            | Status::RuntimeError
            | Status::OutputLimitExceeded => Outcome::Rejected,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_points_rank_ahead_and_then_less_penalty() {
        let total = |points, penalty| Total { points: Points(points), penalty: Penalty(penalty) };
        assert!(total(10, 900).rank_key() < total(9, 0).rank_key());
        assert!(total(10, 100).rank_key() < total(10, 101).rank_key());
        assert_eq!(total(10, 100).rank_key(), total(10, 100).rank_key());
    }

    #[test]
    fn every_status_has_one_outcome_and_only_accepted_is_accepted() {
        for status in Status::ALL {
            assert_eq!(Outcome::of(status) == Outcome::Accepted, status == Status::Accepted);
        }
        assert_eq!(Outcome::of(Status::CompileError), Outcome::Free);
        assert_eq!(Outcome::of(Status::Judging), Outcome::Pending);
        assert_eq!(Outcome::of(Status::TimeLimitExceeded), Outcome::Rejected);
    }

    #[test]
    fn icpc_minutes_round_down() {
        assert_eq!(ContestTime(3599).whole_minutes(), 59);
        assert_eq!(ContestTime::from_minutes(3).seconds(), 180);
    }
}
