//! One rated round: every rated player's state and rank in, their new states out.
//!
//! Elo-MMR, as in Ebtekar & Liu (WWW 2021) and the `elommr` package: each player's belief gets
//! the round's drift, each becomes a logistic term; a player's performance is the x where the
//! derivative of their rank's log-likelihood,
//! `Σ_{better} (v_j(x) - w_j) + m·Σ_{tied} v_j(x) + Σ_{worse} (v_j(x) + w_j)`
//! (v_j = -w_j·tanh((x - μ_j)·w'_j), m = 2, or 1 when ties are split), is zero; the new belief
//! is the robust average of the prior and all past performances.
//!
//! The sum regroups as `V(x) + (m-1)·T_g(x) + (W_worse - W_better)`: V, the sum over all
//! players, is the same for everyone and is tabulated once (`curve.rs`); T_g runs over the
//! player's tie group only; the weights are prefix sums. Tied players share one equation, so
//! a round costs O(n·grid + n·log n + Σ history) instead of the reference's O(n²): ~0.4 s for
//! 50,000 players on one core (`shared/benches/rating.rs`).

use super::curve::Curve;
use super::math::{solve, Rating, Slope, TanhTerm, BOUNDS};
use super::player::PlayerState;
use super::system::{EloMmr, Round};

/// A rated player's place in the round.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub state: PlayerState,
    /// 1-based; tied players share a rank. Only the order matters (1, 1, 3 and 1, 1, 2 agree).
    pub rank: u32,
}

/// What the round did to one player.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingChange {
    /// The state to store for the next round.
    pub state: PlayerState,
    pub before: Rating,
    pub after: Rating,
    /// The performance the player was credited with.
    pub performance: f64,
}

impl RatingChange {
    /// The change in the shown (whole) rating.
    pub fn delta(&self) -> i64 {
        self.after.display() - self.before.display()
    }
}

/// A player readied for a round: drift applied, term and performance deviation known.
#[derive(Debug, Clone)]
pub(crate) struct Entrant {
    pub state: PlayerState,
    pub before: Rating,
    pub term: TanhTerm,
    pub sig_perf: f64,
}

impl Entrant {
    pub fn new(system: &EloMmr, round: &Round, mut state: PlayerState) -> Entrant {
        let before = state.rating();
        let rounds_before = state.rounds();
        let since = state.enter_round(round.at);
        let (sig_perf, discrete_drift) = system.sig_perf_and_drift(round.weight, rounds_before);
        let sig_drift = (discrete_drift + system.drift_per_sec * since as f64).sqrt();
        state.add_noise(sig_drift, system.transfer_speed);
        let term = TanhTerm::from_rating(state.rating().with_noise(sig_perf));
        Entrant { state, before, term, sig_perf }
    }

    /// The entrant's new state given the performance their tie group solved for.
    pub fn finish(mut self, system: &EloMmr, round: &Round, performance: f64) -> RatingChange {
        let performance = round.perf_ceiling.map_or(performance, |c| performance.min(c));
        self.state.update(Rating { mu: performance, sig: self.sig_perf }, system.max_history);
        RatingChange {
            before: self.before,
            after: self.state.rating(),
            state: self.state,
            performance,
        }
    }
}

/// The performance that solves `field(x) + tie_mul·Σ tied + offset = 0`, with the tied terms
/// either listed or tabulated.
pub(crate) fn performance(field: &Curve, tied: Tied<'_>, tie_extra: f64, offset: f64) -> f64 {
    solve(BOUNDS, Slope::Decreasing, |x| {
        let (v, d) = field.eval(x);
        let (tv, td) = match tied {
            Tied::Terms(terms) => terms.iter().fold((0.0, 0.0), |(s, sp), t| {
                let (v, d) = t.value(x);
                (s + v, sp + d)
            }),
            Tied::Curve(curve) => curve.eval(x),
        };
        (v + tie_extra * tv + offset, d + tie_extra * td)
    })
}

/// The terms of a tie group, few enough to sum or already tabulated.
#[derive(Clone, Copy)]
pub(crate) enum Tied<'a> {
    Terms(&'a [TanhTerm]),
    Curve(&'a Curve),
}

/// Rates one round. Returns one change per standing, in the same order. Pass the rated
/// players only: registered participants (not virtual ones) with at least one submission.
pub fn rate(system: &EloMmr, round: &Round, standings: Vec<Standing>) -> Vec<RatingChange> {
    let ranks: Vec<u32> = standings.iter().map(|s| s.rank).collect();
    let entrants: Vec<Entrant> =
        standings.into_iter().map(|s| Entrant::new(system, round, s.state)).collect();
    let field = Curve::of(entrants.iter().map(|e| e.term));
    let total_w: f64 = entrants.iter().map(|e| e.term.w_out).sum();

    let mut order: Vec<usize> = (0..entrants.len()).collect();
    order.sort_by_key(|&i| ranks[i]);
    let mut perf = vec![0.0; entrants.len()];
    let mut better_w = 0.0;
    let mut start = 0;
    while start < order.len() {
        let end =
            start + order[start..].iter().take_while(|&&i| ranks[i] == ranks[order[start]]).count();
        let group = &order[start..end];
        let tied: Vec<TanhTerm> = group.iter().map(|&i| entrants[i].term).collect();
        let tied_w: f64 = tied.iter().map(|t| t.w_out).sum();
        let worse_w = total_w - better_w - tied_w;
        let x = performance(
            &field,
            Tied::Terms(&tied),
            system.tie_multiplier() - 1.0,
            worse_w - better_w,
        );
        group.iter().for_each(|&i| perf[i] = x);
        better_w += tied_w;
        start = end;
    }
    entrants.into_iter().zip(perf).map(|(e, x)| e.finish(system, round, x)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh(ranks: &[u32]) -> Vec<Standing> {
        ranks.iter().map(|&rank| Standing { state: PlayerState::new(), rank }).collect()
    }

    #[test]
    fn two_new_players_move_apart_symmetrically_as_in_the_elommr_readme() {
        // The package's README: 1629/171 and 1371/171 after one round, perf 1654 and 1346.
        let changes = rate(&EloMmr::default(), &Round::at(0), fresh(&[1, 2]));
        assert_eq!(changes[0].after.display(), 1629);
        assert_eq!(changes[1].after.display(), 1371);
        assert_eq!(changes[0].after.sig.round(), 171.0);
        assert_eq!(changes[0].performance.round(), 1654.0);
        assert!((changes[0].after.mu - 1500.0 + changes[1].after.mu - 1500.0).abs() < 1e-6);
        assert_eq!(changes[0].delta(), 129);
        // And the second round of the README: 1645/130 and 1355/130.
        let again = rate(
            &EloMmr::default(),
            &Round::at(1000),
            changes
                .into_iter()
                .zip([1, 2])
                .map(|(c, rank)| Standing { state: c.state, rank })
                .collect(),
        );
        assert_eq!((again[0].after.display(), again[1].after.display()), (1645, 1355));
        assert_eq!(again[0].after.sig.round(), 130.0);
    }

    #[test]
    fn tied_players_with_equal_priors_get_equal_ratings_and_order_of_input_does_not_matter() {
        let changes = rate(&EloMmr::default(), &Round::at(0), fresh(&[3, 1, 1, 4]));
        assert_eq!(changes[1].after, changes[2].after);
        assert!(changes[1].after.mu > changes[0].after.mu);
        assert!(changes[0].after.mu > changes[3].after.mu);
        let reordered = rate(&EloMmr::default(), &Round::at(0), fresh(&[1, 4, 3, 1]));
        assert!((reordered[2].after.mu - changes[0].after.mu).abs() < 1e-9);
    }

    #[test]
    fn everyone_tied_changes_no_rating() {
        let changes = rate(&EloMmr::default(), &Round::at(0), fresh(&[1, 1, 1]));
        for change in changes {
            assert!((change.after.mu - 1500.0).abs() < 1e-6);
        }
    }

    #[test]
    fn a_performance_ceiling_caps_the_winner() {
        let round = Round { perf_ceiling: Some(1550.0), ..Round::at(0) };
        let capped = rate(&EloMmr::default(), &round, fresh(&[1, 2]));
        assert_eq!(capped[0].performance, 1550.0);
        assert!(capped[0].after.mu < 1550.0);
    }
}
