//! The standings: every participant's cells and total, ranked with ties, as one viewer sees
//! them at one moment. Pure: the same submissions always give the same board, so the farm's
//! live board, a frozen board and a virtual contest's replay are the same function.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::format::{Cell, Format};
use super::freeze::{shows, Freeze, Viewer};
use super::types::{ContestTime, Entry, Outcome, Participant, Points, Submission, Total};
use crate::ids::UserId;

/// What a contest's board needs to know about the contest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub format: Format,
    /// Each problem's worth, in contest order (LeetCode adds them; the others only count
    /// the problems).
    pub points: Vec<Points>,
    /// The contest's length: submissions inserted at or after it do not count.
    pub duration: ContestTime,
    pub freeze: Option<Freeze>,
}

/// One participant's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// 1-based; tied participants share a rank and the next one skips (1, 1, 3).
    pub rank: u32,
    pub participant: Participant,
    pub total: Total,
    /// One per problem, in contest order.
    pub cells: Vec<Cell>,
}

/// Rows best first; tied rows in participant order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub rows: Vec<Row>,
}

impl Board {
    /// The row of one participant, if they submitted anything the viewer can see.
    pub fn row(&self, participant: Participant) -> Option<&Row> {
        self.rows.iter().find(|r| r.participant == participant)
    }

    /// The live participants and their ranks, best first: who a rating round may rate (the
    /// caller keeps the registered ones). Virtual entries are never rated.
    pub fn live_ranks(&self) -> impl Iterator<Item = (UserId, u32)> + '_ {
        self.rows
            .iter()
            .filter(|r| r.participant.entry == Entry::Live)
            .map(|r| (r.participant.user, r.rank))
    }
}

/// The board at `now` (seconds since the start) for `viewer`. `submissions` come in insertion
/// order; equal times keep that order. Everyone with a counted submission has a row, even a
/// compile error's author.
pub fn board(rules: &Rules, submissions: &[Submission], now: ContestTime, viewer: Viewer) -> Board {
    let mut seen: Vec<&Submission> = submissions
        .iter()
        .filter(|s| shows(s, rules.duration, rules.freeze, now, viewer))
        .filter(|s| usize::from(s.problem.0) < rules.points.len())
        .collect();
    seen.sort_by_key(|s| s.inserted_at); // stable: equal times keep insertion order

    let mut cells: BTreeMap<Participant, Vec<Cell>> = BTreeMap::new();
    for s in seen {
        let row =
            cells.entry(s.participant).or_insert_with(|| vec![Cell::default(); rules.points.len()]);
        record(&mut row[usize::from(s.problem.0)], s);
    }
    let mut rows: Vec<Row> = cells
        .into_iter()
        .map(|(participant, cells)| Row {
            rank: 0,
            participant,
            total: rules.format.total(&cells, &rules.points),
            cells,
        })
        .collect();
    // Stable, and the map gave participant order: ties stay in participant order.
    rows.sort_by_key(|r| r.total.rank_key());
    for i in 0..rows.len() {
        rows[i].rank = if i > 0 && rows[i - 1].total == rows[i].total {
            rows[i - 1].rank
        } else {
            i as u32 + 1
        };
    }
    Board { rows }
}

/// A virtual participant's board at `elapsed` seconds into their run: the original contest
/// replayed to the same elapsed time, with their own submissions (timed from their own start,
/// and entered as [`Participant::virtual_`]) among them. The contest is over, so the replay
/// shows everything sent by `elapsed`, the freeze notwithstanding.
pub fn virtual_board(
    rules: &Rules,
    original: &[Submission],
    own: &[Submission],
    elapsed: ContestTime,
) -> Board {
    let all: Vec<Submission> = original.iter().chain(own).copied().collect();
    board(rules, &all, elapsed, Viewer::Staff)
}

fn record(cell: &mut Cell, s: &Submission) {
    let outcome = Outcome::of(s.status);
    if outcome == Outcome::Pending {
        cell.pending += 1;
        return;
    }
    if matches!(outcome, Outcome::Accepted | Outcome::Rejected) {
        cell.best_score = cell.best_score.max(s.score);
    }
    if cell.solved_at.is_some() {
        return; // after the first accept nothing costs or counts
    }
    match outcome {
        Outcome::Accepted => cell.solved_at = Some(s.inserted_at),
        Outcome::Rejected => cell.rejected += 1,
        Outcome::Pending | Outcome::Free => {}
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::ids::UserId;
    use crate::scoring::types::{Penalty, ProblemIndex};
    use crate::verdict::Status;

    fn user(n: u128) -> Participant {
        Participant::live(UserId(Uuid::from_u128(n)))
    }

    fn sub(who: Participant, problem: u16, minute: u32, status: Status) -> Submission {
        Submission {
            participant: who,
            problem: ProblemIndex(problem),
            inserted_at: ContestTime::from_minutes(minute),
            status,
            score: Points(0),
        }
    }

    fn rules(format: Format) -> Rules {
        Rules {
            format,
            points: vec![Points(3), Points(5)],
            duration: ContestTime::from_minutes(90),
            freeze: None,
        }
    }

    const LATER: ContestTime = ContestTime(10_000);
    use Status::{Accepted as Ac, CompileError as Ce, Judging, WrongAnswer as Wa};

    #[test]
    fn leetcode_board_ranks_with_ties_sharing_a_rank_and_compile_errors_free() {
        let subs = [
            sub(user(1), 0, 10, Wa),
            sub(user(1), 0, 12, Ac), // finish 12:00 + 5:00
            sub(user(2), 0, 17, Ac), // finish 17:00: tied with user 1
            sub(user(3), 0, 5, Ce),
            sub(user(3), 0, 6, Ce),
            sub(user(3), 0, 8, Ac), // compile errors are free: finish 8:00
            sub(user(4), 1, 80, Ac),
            sub(user(4), 1, 81, Wa), // after the accept: free
            sub(user(5), 0, 1, Ce),
        ];
        let board = board(&rules(Format::LeetCode), &subs, LATER, Viewer::Public);
        let ranks: Vec<(u128, u32)> =
            board.rows.iter().map(|r| (r.participant.user.0.as_u128(), r.rank)).collect();
        assert_eq!(ranks, [(4, 1), (3, 2), (1, 3), (2, 3), (5, 5)]);
        assert_eq!(board.row(user(4)).unwrap().total.penalty, Penalty(80 * 60));
        assert_eq!(board.row(user(1)).unwrap().total.penalty, Penalty(17 * 60));
        assert_eq!(board.row(user(5)).unwrap().total, Total::default());
    }

    #[test]
    fn icpc_board_counts_solves_then_penalty_minutes() {
        let subs = [
            sub(user(1), 0, 10, Wa),
            sub(user(1), 0, 20, Ac),
            sub(user(1), 1, 30, Ac), // 2 solved, 20 + 20 + 30 = 70
            sub(user(2), 1, 5, Ac),
            sub(user(2), 0, 65, Ac), // 2 solved, 70: tied
            sub(user(3), 0, 1, Ac),
            sub(user(3), 1, 2, Wa),
        ];
        let board = board(&rules(Format::Icpc), &subs, LATER, Viewer::Public);
        let ranks: Vec<u32> = board.rows.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [1, 1, 3]);
        assert_eq!(board.rows[0].total.penalty.minutes(), 70);
        assert_eq!(board.rows[2].cells[1].rejected, 1);
    }

    #[test]
    fn ioi_board_takes_each_problems_best_score_and_pending_counts_nothing() {
        let scored = |who, problem, minute, status, score| Submission {
            score: Points(score),
            ..sub(user(who), problem, minute, status)
        };
        let subs = [
            scored(1, 0, 1, Wa, 40),
            scored(1, 0, 2, Wa, 20),
            scored(1, 1, 3, Ac, 100),
            scored(2, 0, 4, Ac, 100),
            scored(2, 1, 5, Wa, 40),
            scored(2, 1, 6, Judging, 0),
        ];
        let board = board(&rules(Format::Ioi), &subs, LATER, Viewer::Public);
        assert_eq!(board.rows[0].total.points, Points(140));
        assert_eq!(board.rows[1].total.points, Points(140));
        assert_eq!((board.rows[0].rank, board.rows[1].rank), (1, 1));
        assert_eq!(board.row(user(2)).unwrap().cells[1].pending, 1);
    }

    #[test]
    fn a_submission_inserted_after_the_end_does_not_count_but_one_judged_after_does() {
        let subs = [sub(user(1), 0, 89, Ac), sub(user(2), 0, 90, Ac)];
        // The farm passes the verdict it has now: the 89th-minute one was judged late.
        let board = board(&rules(Format::Icpc), &subs, LATER, Viewer::Public);
        assert_eq!(board.rows.len(), 1);
        assert_eq!(board.rows[0].participant, user(1));
        assert_eq!(board.rows[0].total.points, Points(1));
    }

    #[test]
    fn the_frozen_public_board_stops_changing_while_each_participant_sees_their_own_verdicts() {
        let rules = Rules {
            freeze: Some(Freeze {
                starts_at: ContestTime::from_minutes(60),
                lifts_at: ContestTime::from_minutes(120),
            }),
            ..rules(Format::Icpc)
        };
        let early = [sub(user(1), 0, 10, Ac), sub(user(2), 0, 20, Ac)];
        let mut late = early.to_vec();
        late.push(sub(user(2), 1, 70, Ac));
        late.push(sub(user(1), 1, 75, Wa));
        let at_freeze = board(&rules, &early, ContestTime::from_minutes(60), Viewer::Public);
        let frozen = board(&rules, &late, ContestTime::from_minutes(80), Viewer::Public);
        assert_eq!(frozen, at_freeze, "the public board did not move");

        let mine =
            board(&rules, &late, ContestTime::from_minutes(80), Viewer::Participant(user(2)));
        assert_eq!(mine.row(user(2)).unwrap().total.points, Points(2));
        assert_eq!(mine.rows[0].participant, user(2), "they see themselves ahead");
        assert_eq!(
            mine.row(user(1)).unwrap().cells[1],
            Cell::default(),
            "not the others' verdicts"
        );

        let lifted = board(&rules, &late, ContestTime::from_minutes(120), Viewer::Public);
        assert_eq!(lifted.row(user(2)).unwrap().total.points, Points(2));
        assert_eq!(lifted.row(user(1)).unwrap().cells[1].rejected, 1);
    }

    #[test]
    fn on_random_boards_a_rank_is_one_plus_the_rows_strictly_ahead() {
        let statuses = [Ac, Wa, Ce, Judging, Status::TimeLimitExceeded, Status::InternalError];
        let mut seed = 12_345u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        for format in [Format::LeetCode, Format::Icpc, Format::Ioi] {
            let subs: Vec<Submission> = (0..400)
                .map(|_| Submission {
                    score: Points(next(4) * 25),
                    ..sub(
                        user(u128::from(next(40) as u32)),
                        next(2) as u16,
                        next(100) as u32,
                        statuses[next(6) as usize],
                    )
                })
                .collect();
            let board = board(&rules(format), &subs, LATER, Viewer::Public);
            assert!(board.rows.len() > 30);
            for row in &board.rows {
                let ahead = board.rows.iter().filter(|r| r.total.rank_key() < row.total.rank_key());
                assert_eq!(row.rank as usize, 1 + ahead.count(), "{format:?}");
            }
            let keys: Vec<_> = board.rows.iter().map(|r| r.total.rank_key()).collect();
            assert!(keys.windows(2).all(|w| w[0] <= w[1]), "best first");
        }
    }

    #[test]
    fn a_virtual_board_replays_the_contest_to_the_elapsed_time_beside_the_virtual_entry() {
        let original = [sub(user(1), 0, 10, Ac), sub(user(2), 0, 30, Ac), sub(user(2), 1, 50, Ac)];
        // User 1 runs the contest again virtually, timed from their own start.
        let me = Participant::virtual_(user(1).user);
        let own = [sub(me, 0, 15, Ac), sub(me, 1, 40, Ac)];
        let rules = rules(Format::Icpc);

        let at_20 = virtual_board(&rules, &original, &own, ContestTime::from_minutes(20));
        let order: Vec<Participant> = at_20.rows.iter().map(|r| r.participant).collect();
        assert_eq!(order, [user(1), me], "user 2 had not solved anything by 20:00");

        let at_45 = virtual_board(&rules, &original, &own, ContestTime::from_minutes(45));
        assert_eq!(at_45.rows[0].participant, me);
        assert_eq!(at_45.row(user(2)).unwrap().total.points, Points(1));

        let at_end = virtual_board(&rules, &original, &own, ContestTime::from_minutes(90));
        assert_eq!(at_end.rows[0].participant, me, "55 minutes beat 80");
        assert_eq!(at_end.row(user(2)).unwrap().rank, 2);
        assert_eq!(at_end.row(user(1)).unwrap().rank, 3);

        // The live contest's freeze hides nothing from a replay.
        let frozen = Rules {
            freeze: Some(Freeze {
                starts_at: ContestTime::from_minutes(40),
                lifts_at: ContestTime::from_minutes(200),
            }),
            ..rules.clone()
        };
        let replay = virtual_board(&frozen, &original, &own, ContestTime::from_minutes(90));
        assert_eq!(replay, at_end);

        // Only the live entries are rated, with their ranks on the shared board.
        let rated: Vec<(u128, u32)> =
            at_end.live_ranks().map(|(u, r)| (u.0.as_u128(), r)).collect();
        assert_eq!(rated, [(2, 2), (1, 3)]);
    }
}
