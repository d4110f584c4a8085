//! Coalescing farm pushes into one batch per 50–100 ms: pushes wait in a queue, and a flush
//! folds them, in seq order, into the board and one [`ShardBatch`]. Pushes may arrive out of
//! order (the farm posts them concurrently), so a flush that sees a hole in the seqs waits
//! up to [`GAP_WAIT_MS`] for it before it gives up and folds what it has (the farm's next
//! snapshot, at most 30 s later, repairs the board; its diff reaches every client).

use algoarena_shared::contest_room::RoomPush;
use serde::{Deserialize, Serialize};

use super::board::Board;
use super::protocol::ShardBatch;

/// How long pushes are gathered before a flush (the TRD's 50–100 ms batching).
pub const BATCH_MS: u64 = 75;
/// How long a flush waits for a missing seq.
pub const GAP_WAIT_MS: u64 = 1_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub push: RoomPush,
    pub received_ms: u64,
}

/// What a flush produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub board: Board,
    /// None when nothing could be folded yet (or everything was stale).
    pub batch: Option<ShardBatch>,
    /// Pushes held back behind a hole in the seqs.
    pub keep: Vec<Pending>,
}

/// Folds the queue into `board` at `now_ms`.
pub fn fold(board: &Board, mut pending: Vec<Pending>, now_ms: u64) -> Folded {
    pending.sort_by_key(|p| p.push.seq());
    pending.dedup_by_key(|p| p.push.seq());
    // Older or repeated pushes (a retry, a straggler after a give-up) are already folded in.
    pending.retain(|p| p.push.seq() > board.seq);

    // The contiguous run from the board's seq. A room gets every push of its contest from the
    // first (seq 1), so even a fresh room waits for a hole before it folds past it.
    let mut expected = board.seq + 1;
    let mut run = 0;
    for p in &pending {
        if p.push.seq() != expected {
            break;
        }
        expected = p.push.seq() + 1;
        run += 1;
    }
    if run < pending.len() {
        let rest = &pending[run..];
        let snapshot_waits = rest.iter().any(|p| matches!(p.push, RoomPush::Snapshot { .. }));
        let oldest = rest.iter().map(|p| p.received_ms).min().unwrap_or(now_ms);
        if snapshot_waits || oldest + GAP_WAIT_MS <= now_ms {
            run = pending.len();
        }
    }
    let keep = pending.split_off(run);
    if pending.is_empty() {
        return Folded { board: board.clone(), batch: None, keep };
    }

    let mut next = board.clone();
    let mut submissions = Vec::new();
    let mut ended = None;
    let mut saw_snapshot = false;
    let mut touched: Vec<String> = Vec::new();
    for Pending { push, .. } in pending {
        next.seq = push.seq();
        match push {
            RoomPush::Delta { seq, rows, submission } => {
                touched.extend(rows.iter().map(|r| r.username.clone()));
                next.upsert(&rows);
                if let Some(notice) = submission {
                    submissions.push((seq, notice));
                }
            }
            RoomPush::Snapshot { rows, frozen, .. } => {
                saw_snapshot = true;
                next.rows = rows;
                next.frozen = frozen;
                next.sort();
            }
            RoomPush::Ended { seq } => {
                next.ended = true;
                ended = Some(seq);
            }
        }
    }
    let replace = next.frozen != board.frozen || (saw_snapshot && board.loses_rows(&next));
    let rows = if replace {
        next.rows.clone()
    } else if saw_snapshot {
        board.changed_rows(&next)
    } else {
        // Only the rows the deltas named can differ; each as it stands after the batch.
        touched.sort();
        touched.dedup();
        next.rows.iter().filter(|r| touched.binary_search(&r.username).is_ok()).cloned().collect()
    };
    let batch = ShardBatch {
        prev_seq: board.seq,
        seq: next.seq,
        rows,
        replace,
        frozen: next.frozen,
        submissions,
        ended,
    };
    Folded { board: next, batch: Some(batch), keep }
}

/// When the coordinator's next flush should run for this queue: after the batching window
/// for fresh pushes, or when a held-back push's gap wait runs out.
pub fn next_flush_ms(keep: &[Pending], now_ms: u64) -> Option<u64> {
    keep.iter().map(|p| p.received_ms + GAP_WAIT_MS).min().map(|t| t.max(now_ms + BATCH_MS))
}

#[cfg(test)]
mod tests {
    use super::super::board::tests::row;
    use super::*;
    use algoarena_shared::contest_room::SubmissionNotice;
    use algoarena_shared::verdict::Status;

    fn delta(seq: u64, rows: Vec<algoarena_shared::contest_room::StandingRow>) -> Pending {
        Pending { push: RoomPush::Delta { seq, rows, submission: None }, received_ms: 1_000 }
    }

    fn board_at(seq: u64) -> Board {
        let mut board = Board { seq, ..Board::default() };
        board.upsert(&[row(1, "ann", 3), row(2, "bob", 2), row(3, "cy", 1)]);
        board
    }

    #[test]
    fn a_window_of_deltas_folds_into_one_batch_with_each_row_once() {
        let board = board_at(4);
        let pending = vec![
            delta(6, vec![row(1, "cy", 9), row(2, "ann", 3), row(3, "bob", 2)]),
            delta(5, vec![row(1, "bob", 5), row(2, "ann", 3)]),
        ];
        let folded = fold(&board, pending, 1_050);
        let batch = folded.batch.unwrap();
        assert_eq!((batch.prev_seq, batch.seq), (4, 6));
        assert!(!batch.replace);
        let names: Vec<_> = batch.rows.iter().map(|r| (r.rank, r.username.as_str())).collect();
        assert_eq!(names, [(1, "cy"), (2, "ann"), (3, "bob")]);
        assert_eq!(folded.board.seq, 6);
        assert!(folded.keep.is_empty());
    }

    #[test]
    fn stale_and_repeated_pushes_are_dropped() {
        let board = board_at(4);
        let folded = fold(&board, vec![delta(3, vec![]), delta(4, vec![])], 1_050);
        assert_eq!(folded.batch, None);
        let folded = fold(&board, vec![delta(5, vec![]), delta(5, vec![])], 1_050);
        assert_eq!(folded.batch.unwrap().seq, 5);
    }

    #[test]
    fn a_hole_holds_later_pushes_until_it_fills_or_the_wait_ends() {
        let board = board_at(4);
        let folded = fold(&board, vec![delta(5, vec![]), delta(7, vec![])], 1_050);
        assert_eq!(folded.batch.as_ref().map(|b| b.seq), Some(5));
        assert_eq!(folded.keep.len(), 1);
        assert_eq!(next_flush_ms(&folded.keep, 1_050), Some(2_000));

        let filled = fold(&folded.board, vec![delta(7, vec![]), delta(6, vec![])], 1_100);
        assert_eq!(filled.batch.map(|b| (b.prev_seq, b.seq)), Some((5, 7)));

        let gave_up = fold(&folded.board, folded.keep.clone(), 2_000);
        assert_eq!(gave_up.batch.map(|b| (b.prev_seq, b.seq)), Some((5, 7)));
    }

    #[test]
    fn a_fresh_room_waits_for_seq_one_unless_a_snapshot_makes_it_moot() {
        let late = vec![delta(3, vec![row(1, "ann", 1)]), delta(2, vec![])];
        let folded = fold(&Board::default(), late.clone(), 1_000);
        assert_eq!(folded.batch, None, "seq 1 may still be on its way");
        let mut all = late;
        all.push(delta(1, vec![]));
        assert_eq!(
            fold(&Board::default(), all, 1_010).batch.map(|b| (b.prev_seq, b.seq)),
            Some((0, 3))
        );
        let gave_up = fold(&Board::default(), vec![delta(41, vec![])], 2_000);
        assert_eq!(gave_up.batch.map(|b| (b.prev_seq, b.seq)), Some((0, 41)));
        let snapshot = Pending {
            push: RoomPush::Snapshot { seq: 7, rows: vec![row(1, "ann", 1)], frozen: false },
            received_ms: 1_000,
        };
        assert_eq!(fold(&Board::default(), vec![snapshot], 1_000).batch.map(|b| b.seq), Some(7));
    }

    #[test]
    fn a_snapshot_sends_only_its_differences_unless_the_freeze_flips() {
        let board = board_at(4);
        let mut rows = board.rows.clone();
        rows[2] = row(3, "cy", 2);
        let snap = |frozen| Pending {
            push: RoomPush::Snapshot { seq: 5, rows: rows.clone(), frozen },
            received_ms: 1_000,
        };
        let batch = fold(&board, vec![snap(false)], 1_050).batch.unwrap();
        assert!(!batch.replace);
        assert_eq!(batch.rows, vec![row(3, "cy", 2)]);
        let batch = fold(&board, vec![snap(true)], 1_050).batch.unwrap();
        assert!(batch.replace && batch.frozen);
        assert_eq!(batch.rows.len(), 3);
    }

    #[test]
    fn verdicts_and_the_end_ride_along() {
        let notice = SubmissionNotice {
            username: "ann".into(),
            problem: "A".into(),
            status: Status::Accepted,
            failed_test: None,
        };
        let pending = vec![
            Pending {
                push: RoomPush::Delta { seq: 5, rows: vec![], submission: Some(notice.clone()) },
                received_ms: 1_000,
            },
            Pending { push: RoomPush::Ended { seq: 6 }, received_ms: 1_000 },
        ];
        let folded = fold(&board_at(4), pending, 1_050);
        let batch = folded.batch.unwrap();
        assert_eq!(batch.submissions, vec![(5, notice)]);
        assert_eq!(batch.ended, Some(6));
        assert!(folded.board.ended);
    }
}
