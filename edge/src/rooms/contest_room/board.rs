//! The board a room holds: the farm's public standings as of push `seq`, kept in rank order.
//! Pure data, so the room's objects and the native tests share it.

use algoarena_shared::contest_room::{LeaderboardPage, StandingRow};
use serde::{Deserialize, Serialize};

/// Most rows one leaderboard page returns.
pub const MAX_PER_PAGE: u32 = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// The newest farm push folded in (0: none yet).
    pub seq: u64,
    /// Rank order (ties by username, so every copy of the board lists rows alike).
    pub rows: Vec<StandingRow>,
    pub frozen: bool,
    /// The farm said the contest is over.
    pub ended: bool,
}

impl Board {
    /// Replaces or adds each row (matched by username), then ranks every row again from its
    /// total. A farm delta carries only the participant whose verdict landed; the others it
    /// passed (or who passed them) move too, and their new ranks follow from the totals by the
    /// same rule the farm uses (`Total::rank_key`, ties sharing a rank), so the board is right
    /// at once rather than at the next snapshot.
    pub fn upsert(&mut self, rows: &[StandingRow]) {
        for row in rows {
            match self.rows.iter_mut().find(|r| r.username == row.username) {
                Some(old) => *old = row.clone(),
                None => self.rows.push(row.clone()),
            }
        }
        self.rerank();
    }

    /// Rank order by total (ties by username); tied totals share a rank and the next skips.
    fn rerank(&mut self) {
        self.rows.sort_by(|a, b| {
            a.total.rank_key().cmp(&b.total.rank_key()).then_with(|| a.username.cmp(&b.username))
        });
        let mut rank = 0;
        for i in 0..self.rows.len() {
            if i == 0 || self.rows[i].total.rank_key() != self.rows[i - 1].total.rank_key() {
                rank = i as u32 + 1;
            }
            self.rows[i].rank = rank;
        }
    }

    pub fn sort(&mut self) {
        self.rows.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.username.cmp(&b.username)));
    }

    /// The rows of `next` that are new or differ from this board's, in `next`'s order: what a
    /// client holding this board needs to draw `next`.
    pub fn changed_rows(&self, next: &Board) -> Vec<StandingRow> {
        let old: std::collections::HashMap<&str, &StandingRow> =
            self.rows.iter().map(|r| (r.username.as_str(), r)).collect();
        next.rows.iter().filter(|r| old.get(r.username.as_str()) != Some(r)).cloned().collect()
    }

    /// True when `next` drops a participant this board has: a delta cannot say "remove", so
    /// clients need a whole snapshot then.
    pub fn loses_rows(&self, next: &Board) -> bool {
        let kept: std::collections::HashSet<&str> =
            next.rows.iter().map(|r| r.username.as_str()).collect();
        self.rows.iter().any(|r| !kept.contains(r.username.as_str()))
    }

    /// One page (1-based; `per_page` clamped to 1..=MAX_PER_PAGE).
    pub fn page(&self, page: u32, per_page: u32) -> LeaderboardPage {
        let page = page.max(1);
        let per_page = per_page.clamp(1, MAX_PER_PAGE);
        let start = (page as usize - 1).saturating_mul(per_page as usize);
        let rows = self.rows.iter().skip(start).take(per_page as usize).cloned().collect();
        LeaderboardPage {
            rows,
            page,
            per_page,
            total: self.rows.len() as u64,
            frozen: self.frozen,
            seq: self.seq,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use algoarena_shared::scoring::{Points, Total};

    pub fn row(rank: u32, username: &str, points: u64) -> StandingRow {
        let total = Total { points: Points(points), ..Total::default() };
        StandingRow { rank, username: username.into(), total, cells: Vec::new() }
    }

    #[test]
    fn upsert_replaces_by_username_and_keeps_rank_order() {
        let mut board = Board::default();
        board.upsert(&[row(1, "ann", 3), row(2, "bob", 2)]);
        board.upsert(&[row(1, "bob", 5), row(2, "ann", 3), row(3, "cy", 1)]);
        let names: Vec<&str> = board.rows.iter().map(|r| r.username.as_str()).collect();
        assert_eq!(names, ["bob", "ann", "cy"]);
    }

    #[test]
    fn changed_rows_are_only_the_differing_ones() {
        let mut old = Board::default();
        old.upsert(&[row(1, "ann", 3), row(2, "bob", 2)]);
        let mut new = old.clone();
        new.upsert(&[row(3, "cy", 1)]);
        assert_eq!(old.changed_rows(&new), vec![row(3, "cy", 1)]);
        assert!(!old.loses_rows(&new));
        assert!(new.loses_rows(&old));
    }

    #[test]
    fn a_delta_moves_the_rows_it_passes() {
        let mut board = Board::default();
        board.upsert(&[row(1, "ann", 3), row(2, "bob", 2), row(3, "cy", 1)]);
        // cy solves two more: the farm sends cy's row only, with cy's new rank.
        board.upsert(&[row(1, "cy", 5)]);
        let ranks: Vec<(&str, u32)> =
            board.rows.iter().map(|r| (r.username.as_str(), r.rank)).collect();
        assert_eq!(ranks, [("cy", 1), ("ann", 2), ("bob", 3)]);
        // A tie shares the rank and the next one skips.
        board.upsert(&[row(2, "bob", 3)]);
        let ranks: Vec<u32> = board.rows.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [1, 2, 2]);
    }

    #[test]
    fn pages_are_one_based_and_clamped() {
        let mut board = Board::default();
        board.upsert(
            &(1..=5).map(|i| row(i, &format!("u{i}"), 10 - u64::from(i))).collect::<Vec<_>>(),
        );
        let page = board.page(2, 2);
        assert_eq!(page.rows.iter().map(|r| r.rank).collect::<Vec<_>>(), [3, 4]);
        assert_eq!(page.total, 5);
        assert_eq!(board.page(0, 0).rows.len(), 1);
        assert!(board.page(9, 2).rows.is_empty());
    }
}
