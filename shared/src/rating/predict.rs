//! Live rating-change prediction: during a contest each participant sees the change the
//! current board would give them, refreshed as the board moves, without re-running the round.
//!
//! The round (`round.rs`) solves, for each tie group g,
//! `V(x) + (m-1)·T_g(x) + W_worse - W_better = 0`. Everything a verdict can change is cheap to
//! keep up to date:
//! - At contest start each registered player is readied once (drift applied, their logistic
//!   term and performance deviation fixed): O(history) each.
//! - `V`, the sum over everyone who has submitted, is a tabulated curve; a player's first
//!   submission adds their term to it: O(grid), once per participant.
//! - The tie groups live in a treap keyed by rank (`groups.rs`) whose subtrees carry their
//!   weights, so `W_better` is an O(log g) walk and a verdict that moves a player from one
//!   group to another is O(log g) plus O(1) to move them between the groups' member lists.
//!   A group of more than `TABULATE_FROM` players also keeps its own tabulated `T_g`, updated
//!   in O(grid) when someone joins or leaves it (the big "nothing solved yet" group).
//! - A prediction is then one Newton solve on O(1)-to-evaluate curves (or a short list of
//!   tied terms) plus the player's own update, O(log g + history). Nothing is recomputed for
//!   the players a verdict passes over: their predictions are read when asked for.
//!
//! With the final board, the prediction is the round's result (a test checks it). At 50,000
//! participants (`shared/benches/rating.rs`, one loaded core) a verdict costs ~3 µs, one into
//! or out of a big tie group ~7 µs, a prediction ~5 µs; `resume` rebuilds a room in ~0.3 s.

use std::collections::BTreeMap;

use super::curve::Curve;
use super::groups::Groups;
use super::math::TanhTerm;
use super::player::PlayerState;
use super::round::{performance, Entrant, RatingChange, Tied};
use super::system::{EloMmr, Round};
use crate::scoring::{RankKey, Total};

/// Tie groups larger than this keep a tabulated sum of their terms.
const TABULATE_FROM: usize = 64;
/// ... and drop it again below this (so one player going back and forth costs nothing).
const UNTABULATE_BELOW: usize = 32;

#[derive(Debug, Clone)]
struct Group {
    key: RankKey,
    members: Vec<u32>,
    terms: Vec<TanhTerm>,
    weight: f64,
    curve: Option<Curve>,
}

#[derive(Debug, Clone)]
struct Player {
    entrant: Entrant,
    /// The group the player is in and their slot in its member list.
    at: Option<(usize, usize)>,
}

/// The predictions of one contest. Players are numbered by their position in the list given
/// to [`Predictor::new`].
#[derive(Debug, Clone)]
pub struct Predictor {
    system: EloMmr,
    round: Round,
    players: Vec<Player>,
    field: Curve,
    tree: Groups,
    groups: Vec<Group>,
    free_groups: Vec<usize>,
}

impl Predictor {
    /// Readies every registered player at contest start. Nobody is on the board yet.
    pub fn new(system: &EloMmr, round: &Round, players: Vec<PlayerState>) -> Predictor {
        let players = players
            .into_iter()
            .map(|state| Player { entrant: Entrant::new(system, round, state), at: None })
            .collect();
        Predictor {
            system: system.clone(),
            round: *round,
            players,
            field: Curve::empty(),
            tree: Groups::new(),
            groups: Vec::new(),
            free_groups: Vec::new(),
        }
    }

    /// Rebuilds a predictor mid-contest (a restarted room, say) from every player's current
    /// total (None before their first submission), in bulk: the field and the big groups'
    /// curves are tabulated once each instead of one player at a time.
    ///
    /// # Panics
    /// When `totals` and `players` differ in length.
    pub fn resume(
        system: &EloMmr,
        round: &Round,
        players: Vec<PlayerState>,
        totals: &[Option<Total>],
    ) -> Predictor {
        assert_eq!(players.len(), totals.len(), "one total (or None) per player");
        let mut predictor = Predictor::new(system, round, players);
        let active = || totals.iter().enumerate().filter_map(|(p, t)| t.map(|t| (p, t)));
        predictor.field = Curve::of(active().map(|(p, _)| predictor.players[p].entrant.term));
        let mut by_key: BTreeMap<RankKey, Vec<u32>> = BTreeMap::new();
        for (p, total) in active() {
            by_key.entry(total.rank_key()).or_default().push(p as u32);
        }
        for (key, members) in by_key {
            let g = predictor.groups.len();
            let terms: Vec<TanhTerm> =
                members.iter().map(|&p| predictor.players[p as usize].entrant.term).collect();
            let weight = terms.iter().map(|t| t.w_out).sum();
            let curve = (members.len() > TABULATE_FROM).then(|| Curve::of(terms.iter().copied()));
            for (slot, &p) in members.iter().enumerate() {
                predictor.players[p as usize].at = Some((g, slot));
            }
            predictor.groups.push(Group { key, members, terms, weight, curve });
            predictor.tree.insert(key, g);
            predictor.tree.set_weight(key, weight);
        }
        predictor
    }

    pub fn len(&self) -> usize {
        self.players.len()
    }

    pub fn is_empty(&self) -> bool {
        self.players.is_empty()
    }

    /// Records `player`'s current total (after any verdict of theirs). Their first call puts
    /// them on the board: only players who submitted are rated.
    pub fn set_total(&mut self, player: usize, total: Total) {
        let key = total.rank_key();
        match self.players[player].at {
            Some((g, _)) if self.groups[g].key == key => return,
            Some(_) => self.leave(player),
            None => {
                let term = self.players[player].entrant.term;
                self.field.add(&term, 1.0);
            }
        }
        self.join(player, key);
    }

    /// The rating change `player` would get if the contest ended now; None until they submit.
    pub fn predict(&self, player: usize) -> Option<RatingChange> {
        let (g, _) = self.players[player].at?;
        let group = &self.groups[g];
        let better = self.tree.weight_ahead(group.key);
        let worse = self.tree.total() - better - group.weight;
        let tied = match &group.curve {
            Some(curve) => Tied::Curve(curve),
            None => Tied::Terms(&group.terms),
        };
        let x = performance(&self.field, tied, self.system.tie_multiplier() - 1.0, worse - better);
        Some(self.players[player].entrant.clone().finish(&self.system, &self.round, x))
    }

    /// The rating change `player` would get if the contest ended now with their total at
    /// `total` and everyone else's as recorded, without recording it. A frozen board uses
    /// this: the predictor holds the board as the public sees it, and each participant adds
    /// their own verdicts (which they see through the freeze) for their own prediction only.
    /// O(grid) at most (a copy of one tabulated curve), nothing is changed.
    pub fn predict_as(&self, player: usize, total: Total) -> RatingChange {
        let key = total.rank_key();
        let now = self.players[player].at;
        if let Some((g, _)) = now {
            if self.groups[g].key == key {
                return self.predict(player).expect("a player in a group is on the board");
            }
        }
        let term = self.players[player].entrant.term;
        // The field holds everyone who submitted: the player too, from now on.
        let with_me;
        let field = match now {
            Some(_) => &self.field,
            None => {
                let mut field = self.field.clone();
                field.add(&term, 1.0);
                with_me = field;
                &with_me
            }
        };
        // Their recorded place (if any) leaves the sums; the target group gains their term.
        let own_ahead = match now {
            Some((g, _)) if self.groups[g].key < key => term.w_out,
            _ => 0.0,
        };
        let own_counted = if now.is_some() { term.w_out } else { 0.0 };
        let target = self.tree.group(key).map(|g| &self.groups[g]);
        let better = self.tree.weight_ahead(key) - own_ahead;
        let tied_weight = target.map_or(0.0, |g| g.weight) + term.w_out;
        let total_weight = self.tree.total() - own_counted + term.w_out;
        let worse = total_weight - better - tied_weight;
        let (curve, terms): (Option<Curve>, Vec<TanhTerm>) = match target {
            Some(Group { curve: Some(curve), .. }) => {
                let mut curve = curve.clone();
                curve.add(&term, 1.0);
                (Some(curve), Vec::new())
            }
            Some(group) => (None, group.terms.iter().copied().chain([term]).collect()),
            None => (None, vec![term]),
        };
        let tied = match &curve {
            Some(curve) => Tied::Curve(curve),
            None => Tied::Terms(&terms),
        };
        let x = performance(field, tied, self.system.tie_multiplier() - 1.0, worse - better);
        self.players[player].entrant.clone().finish(&self.system, &self.round, x)
    }

    fn join(&mut self, player: usize, key: RankKey) {
        let g = match self.tree.group(key) {
            Some(g) => g,
            None => {
                let group =
                    Group { key, members: Vec::new(), terms: Vec::new(), weight: 0.0, curve: None };
                let g = match self.free_groups.pop() {
                    Some(g) => {
                        self.groups[g] = group;
                        g
                    }
                    None => {
                        self.groups.push(group);
                        self.groups.len() - 1
                    }
                };
                self.tree.insert(key, g);
                g
            }
        };
        let term = self.players[player].entrant.term;
        let group = &mut self.groups[g];
        group.members.push(player as u32);
        group.terms.push(term);
        group.weight += term.w_out;
        match &mut group.curve {
            Some(curve) => curve.add(&term, 1.0),
            None if group.members.len() > TABULATE_FROM => {
                group.curve = Some(Curve::of(group.terms.iter().copied()));
            }
            None => {}
        }
        self.players[player].at = Some((g, group.members.len() - 1));
        let weight = group.weight;
        self.tree.set_weight(key, weight);
    }

    fn leave(&mut self, player: usize) {
        let Some((g, slot)) = self.players[player].at.take() else { return };
        let term = self.players[player].entrant.term;
        let group = &mut self.groups[g];
        group.members.swap_remove(slot);
        group.terms.swap_remove(slot);
        if let Some(&moved) = group.members.get(slot) {
            self.players[moved as usize].at = Some((g, slot));
        }
        let key = group.key;
        if group.members.is_empty() {
            self.tree.remove(key);
            self.groups[g].curve = None;
            self.free_groups.push(g);
            return;
        }
        // A small group is re-summed, so the rounding error of many decrements cannot build
        // up; a big one is decremented (re-summing it would cost O(its size)).
        if group.members.len() <= TABULATE_FROM {
            group.weight = group.terms.iter().map(|t| t.w_out).sum();
        } else {
            group.weight -= term.w_out;
        }
        if group.members.len() < UNTABULATE_BELOW {
            group.curve = None;
        } else if let Some(curve) = &mut group.curve {
            curve.add(&term, -1.0);
        }
        let weight = group.weight;
        self.tree.set_weight(key, weight);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rating::round::{rate, Standing};
    use crate::scoring::{Penalty, Points};

    fn total(points: u64, penalty: u64) -> Total {
        Total { points: Points(points), penalty: Penalty(penalty) }
    }

    /// Players with some history, so the terms differ.
    fn veterans(n: usize) -> Vec<PlayerState> {
        let system = EloMmr::default();
        let ranks: Vec<u32> = (0..n as u32).map(|i| (i * 7919) % (n as u32) + 1).collect();
        let standings =
            ranks.iter().map(|&rank| Standing { state: PlayerState::new(), rank }).collect();
        rate(&system, &Round::at(0), standings).into_iter().map(|c| c.state).collect()
    }

    #[test]
    fn with_the_final_board_the_prediction_is_the_rounds_result() {
        let n = 400;
        let players = veterans(n);
        let system = EloMmr::default();
        let round = Round::at(86_400);
        let mut predictor = Predictor::new(&system, &round, players.clone());
        // A contest's worth of moves: many verdicts per player, big and small tie groups.
        let mut totals = vec![None; n];
        for step in 0..5 * n {
            let p = (step * 2_654_435_761) % n;
            if p % 10 == 0 {
                continue; // these never submit
            }
            let points = ((step / n) as u64 + (p as u64 % 3)).min(4);
            let t = total(points, (p as u64 * 17) % 5);
            predictor.set_total(p, t);
            totals[p] = Some(t);
        }
        let rated: Vec<usize> = (0..n).filter(|&p| totals[p].is_some()).collect();
        let mut keys: Vec<RankKey> = rated.iter().map(|&p| totals[p].unwrap().rank_key()).collect();
        keys.sort();
        let standings = rated
            .iter()
            .map(|&p| {
                let key = totals[p].unwrap().rank_key();
                Standing {
                    state: players[p].clone(),
                    rank: keys.partition_point(|k| *k < key) as u32 + 1,
                }
            })
            .collect();
        let official = rate(&system, &round, standings);
        for (&p, change) in rated.iter().zip(&official) {
            let predicted = predictor.predict(p).unwrap();
            assert!(
                (predicted.after.mu - change.after.mu).abs() < 1e-6,
                "player {p}: {} vs {}",
                predicted.after.mu,
                change.after.mu
            );
            assert_eq!(predicted.delta(), change.delta());
        }
        assert!(predictor.predict(0).is_none(), "no submission, no rating");
    }

    #[test]
    fn a_resumed_predictor_predicts_what_the_incremental_one_does() {
        let n = 300;
        let players = veterans(n);
        let (system, round) = (EloMmr::default(), Round::at(1));
        let mut incremental = Predictor::new(&system, &round, players.clone());
        let mut totals = vec![None; n];
        for step in 0..3 * n {
            let p = (step * 7919) % n;
            if p % 7 == 0 {
                continue;
            }
            // Half the field stays in one big group at 0 (tabulated), the rest spreads out.
            let t = if p % 2 == 0 {
                Total::default()
            } else {
                total((step % 4) as u64, (p % 9) as u64)
            };
            incremental.set_total(p, t);
            totals[p] = Some(t);
        }
        let resumed = Predictor::resume(&system, &round, players, &totals);
        for (p, total) in totals.iter().enumerate() {
            match (incremental.predict(p), resumed.predict(p)) {
                (Some(a), Some(b)) => assert!((a.after.mu - b.after.mu).abs() < 1e-7, "player {p}"),
                (None, None) => assert!(total.is_none()),
                _ => panic!("player {p}: one predicts and the other does not"),
            }
        }
    }

    /// `predict_as` agrees with recording the total and predicting, from every kind of
    /// starting place (off the board, ahead, behind, tied) into every kind of target group
    /// (a new one, a small one, a big tabulated one, their own).
    #[test]
    fn predicting_as_a_total_is_recording_it_and_predicting() {
        let n = 400;
        let (system, round) = (EloMmr::default(), Round::at(3_600));
        let mut predictor = Predictor::new(&system, &round, veterans(n));
        for p in 0..n {
            match p % 5 {
                0 => {}                                            // never submitted
                1 | 2 => predictor.set_total(p, Total::default()), // the big group at 0
                _ => predictor.set_total(p, total(1 + (p % 4) as u64, (p % 3) as u64)),
            }
        }
        let targets =
            [Total::default(), total(1, 0), total(2, 1), total(4, 2), total(9, 9), total(3, 77)];
        for p in [0, 5, 1, 2, 3, 4, 8, 9, 399] {
            for &t in &targets {
                let asked = predictor.predict_as(p, t);
                let mut recorded = predictor.clone();
                recorded.set_total(p, t);
                let expected = recorded.predict(p).unwrap();
                assert!(
                    (asked.after.mu - expected.after.mu).abs() < 1e-7,
                    "player {p} at {t:?}: {} vs {}",
                    asked.after.mu,
                    expected.after.mu
                );
                assert_eq!(asked.delta(), expected.delta());
            }
        }
        // Asking changed nothing.
        assert!(predictor.predict(0).is_none());
        let again = Predictor::resume(
            &system,
            &round,
            veterans(n),
            &(0..n)
                .map(|p| match p % 5 {
                    0 => None,
                    1 | 2 => Some(Total::default()),
                    _ => Some(total(1 + (p % 4) as u64, (p % 3) as u64)),
                })
                .collect::<Vec<_>>(),
        );
        for p in [1, 3, 7] {
            let (a, b) = (predictor.predict(p).unwrap(), again.predict(p).unwrap());
            assert!((a.after.mu - b.after.mu).abs() < 1e-7);
        }
    }

    #[test]
    fn climbing_the_board_raises_the_prediction() {
        let mut predictor = Predictor::new(&EloMmr::default(), &Round::at(0), veterans(50));
        for p in 0..50 {
            predictor.set_total(p, total(1, p as u64));
        }
        let before = predictor.predict(25).unwrap().after.mu;
        predictor.set_total(25, total(2, 1000));
        let after = predictor.predict(25).unwrap();
        assert!(after.after.mu > before);
        // Someone overtaken sees their prediction drop.
        let mut overtaken = predictor.clone();
        let was = overtaken.predict(0).unwrap().after.mu;
        overtaken.set_total(30, total(5, 0));
        assert!(overtaken.predict(0).unwrap().after.mu < was);
    }
}
