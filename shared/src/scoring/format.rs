//! The three scoring formats and the formula each applies to a participant's problem cells.
//!
//! - LeetCode: the points of every solved problem; ties go to the earlier finish, which is the
//!   time of the last first-accepted submission plus 5 minutes per rejected submission made on
//!   a solved problem before its first accept.
//! - ICPC: problems solved; ties go to the lower penalty, the sum over solved problems of the
//!   first accept's whole minute plus 20 minutes per rejected submission before it.
//! - IOI: the sum over problems of the best score any submission earned; no tie-breaker.
//!
//! Everywhere, compile errors and judge failures are free, submissions after a problem's first
//! accept change nothing, and rejections on an unsolved problem cost nothing.

use serde::{Deserialize, Serialize};

use super::types::{ContestTime, Penalty, Points, Total};

/// How a contest is scored; chosen per contest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    #[serde(rename = "leetcode")]
    LeetCode,
    Icpc,
    Ioi,
}

/// LeetCode's price of one rejected submission, added to the finish time.
pub const LEETCODE_REJECTION: u64 = 5 * 60;
/// ICPC's price of one rejected submission, in minutes.
pub const ICPC_REJECTION_MINUTES: u64 = 20;

/// What one participant did on one problem, as far as the viewer can see.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    /// The first accepted submission's time.
    pub solved_at: Option<ContestTime>,
    /// Rejected submissions before the first accept (all of them while unsolved).
    pub rejected: u32,
    /// IOI: the best score of any judged submission.
    pub best_score: Points,
    /// Submissions not judged yet.
    pub pending: u32,
}

impl Format {
    /// The participant's total from their cells, one per problem in contest order; `points`
    /// holds each problem's worth (used by LeetCode only).
    pub fn total(self, cells: &[Cell], points: &[Points]) -> Total {
        match self {
            Format::LeetCode => leetcode(cells, points),
            Format::Icpc => icpc(cells),
            Format::Ioi => ioi(cells),
        }
    }
}

fn solved(cells: &[Cell]) -> impl Iterator<Item = (usize, ContestTime, u32)> + '_ {
    cells.iter().enumerate().filter_map(|(i, c)| c.solved_at.map(|at| (i, at, c.rejected)))
}

fn leetcode(cells: &[Cell], points: &[Points]) -> Total {
    let mut earned = 0;
    let mut finish = 0;
    let mut rejected = 0;
    for (problem, at, wrong) in solved(cells) {
        earned += points.get(problem).map_or(0, |p| p.0);
        finish = finish.max(u64::from(at.seconds()));
        rejected += u64::from(wrong);
    }
    Total { points: Points(earned), penalty: Penalty(finish + LEETCODE_REJECTION * rejected) }
}

fn icpc(cells: &[Cell]) -> Total {
    let mut count = 0;
    let mut minutes = 0;
    for (_, at, wrong) in solved(cells) {
        count += 1;
        minutes += u64::from(at.whole_minutes()) + ICPC_REJECTION_MINUTES * u64::from(wrong);
    }
    Total { points: Points(count), penalty: Penalty(minutes * 60) }
}

fn ioi(cells: &[Cell]) -> Total {
    Total { points: Points(cells.iter().map(|c| c.best_score.0).sum()), penalty: Penalty(0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solved_at(minute: u32, rejected: u32) -> Cell {
        Cell { solved_at: Some(ContestTime::from_minutes(minute)), rejected, ..Cell::default() }
    }

    fn unsolved(rejected: u32) -> Cell {
        Cell { rejected, ..Cell::default() }
    }

    fn scored(score: u64) -> Cell {
        Cell { best_score: Points(score), ..Cell::default() }
    }

    const WORTH: [Points; 3] = [Points(3), Points(4), Points(5)];

    #[test]
    fn leetcode_adds_the_solved_points_and_finishes_at_the_last_accept_plus_five_minutes_a_rejection(
    ) {
        let total =
            Format::LeetCode.total(&[solved_at(10, 1), unsolved(7), solved_at(30, 2)], &WORTH);
        assert_eq!(total.points, Points(8));
        // Last accept at 30:00, three rejections on solved problems; the seven on B are free.
        assert_eq!(total.penalty, Penalty(30 * 60 + 3 * 300));
    }

    #[test]
    fn leetcode_ties_on_points_go_to_the_earlier_finish_and_equal_finishes_tie() {
        let fast = Format::LeetCode.total(&[solved_at(20, 0), solved_at(25, 0)], &WORTH);
        let slow_clean = Format::LeetCode.total(&[solved_at(5, 0), solved_at(29, 0)], &WORTH);
        let careless = Format::LeetCode.total(&[solved_at(10, 1), solved_at(20, 0)], &WORTH);
        assert_eq!(fast.points, slow_clean.points);
        assert!(fast.rank_key() < slow_clean.rank_key());
        // 20:00 plus one rejection is 25:00, the same finish as `fast`: a tie.
        assert_eq!(careless.rank_key(), fast.rank_key());
        // More points outrank any finish time: C alone (5) at 90:00 beats A alone (3) at 1:00.
        let hard = Format::LeetCode.total(&[unsolved(0), unsolved(0), solved_at(90, 4)], &WORTH);
        assert!(hard.rank_key() < Format::LeetCode.total(&[solved_at(1, 0)], &WORTH).rank_key());
        assert!(fast.rank_key() < hard.rank_key());
    }

    #[test]
    fn icpc_counts_solves_then_minutes_of_each_accept_plus_twenty_a_rejection() {
        let cells = [solved_at(10, 0), unsolved(5), solved_at(47, 2)];
        let total = Format::Icpc.total(&cells, &WORTH);
        assert_eq!(total.points, Points(2));
        assert_eq!(total.penalty.minutes(), 10 + 47 + 40);
        // Seconds within a minute do not count.
        let late = Cell { solved_at: Some(ContestTime(10 * 60 + 59)), ..Cell::default() };
        assert_eq!(Format::Icpc.total(&[late], &WORTH).penalty.minutes(), 10);
    }

    #[test]
    fn icpc_ties_need_equal_counts_and_equal_minutes() {
        let a = Format::Icpc.total(&[solved_at(30, 1), solved_at(40, 0)], &WORTH);
        let b = Format::Icpc.total(&[solved_at(50, 0), unsolved(3), solved_at(40, 0)], &WORTH);
        let c = Format::Icpc.total(&[solved_at(1, 0)], &WORTH);
        assert_eq!(a.rank_key(), b.rank_key());
        assert!(a.rank_key() < c.rank_key(), "two solves beat one however fast");
    }

    #[test]
    fn ioi_sums_the_best_scores_and_equal_sums_tie_whatever_the_time() {
        let a = Format::Ioi.total(&[scored(30), scored(100), solved_at(1, 9)], &WORTH);
        assert_eq!(a.points, Points(130));
        assert_eq!(a.penalty, Penalty(0));
        let b = Format::Ioi.total(&[scored(100), scored(30)], &WORTH);
        assert_eq!(a.rank_key(), b.rank_key());
        assert!(Format::Ioi.total(&[scored(131)], &WORTH).rank_key() < a.rank_key());
    }

    #[test]
    fn nothing_solved_is_zero_on_every_format() {
        for format in [Format::LeetCode, Format::Icpc, Format::Ioi] {
            assert_eq!(format.total(&[unsolved(3), unsolved(0)], &WORTH), Total::default());
        }
    }

    #[test]
    fn formats_are_snake_case_on_the_wire() {
        assert_eq!(serde_json::to_string(&Format::LeetCode).unwrap(), "\"leetcode\"");
        assert_eq!(serde_json::from_str::<Format>("\"icpc\"").unwrap(), Format::Icpc);
        assert!(serde_json::from_str::<Format>("\"ICPC\"").is_err());
    }
}
