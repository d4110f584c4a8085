//! A player's rating state between rounds and the two steps Elo-MMR applies to it: noise
//! before a round (drift, with the old logistic terms partly moved into the Gaussian part),
//! and the update with the round's performance (a robust average of all terms).

use serde::{Deserialize, Serialize};

use super::math::{solve, Rating, Slope, TanhTerm, BOUNDS};
use super::system::INITIAL;

/// What the farm stores per user and passes back next round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerState {
    /// The current belief: `rating.mu` is the rating.
    rating: Rating,
    /// The Gaussian part of the prior.
    normal: Rating,
    /// One logistic term per past performance (the oldest first).
    logistic: Vec<TanhTerm>,
    /// Rated rounds so far.
    rounds: u32,
    /// The `Round::at` of the last one.
    last_round_at: Option<i64>,
}

impl Default for PlayerState {
    fn default() -> Self {
        PlayerState::new()
    }
}

impl PlayerState {
    /// A player who was never rated: 1500 ± 350.
    pub fn new() -> PlayerState {
        PlayerState {
            rating: INITIAL,
            normal: INITIAL,
            logistic: Vec::new(),
            rounds: 0,
            last_round_at: None,
        }
    }

    pub fn rating(&self) -> Rating {
        self.rating
    }

    pub fn rounds(&self) -> u32 {
        self.rounds
    }

    /// Starts a round at `at`: returns the seconds since the last one (0 for a first round)
    /// and counts the round.
    pub(crate) fn enter_round(&mut self, at: i64) -> i64 {
        let since = self.last_round_at.map_or(0, |last| at - last);
        self.last_round_at = Some(at);
        self.rounds += 1;
        since
    }

    /// Adds noise of deviation `sig_noise`, moving part of the logistic terms' weight into the
    /// Gaussian part (the paper's "best" transfer).
    pub(crate) fn add_noise(&mut self, sig_noise: f64, transfer_speed: f64) {
        let noisy = self.rating.with_noise(sig_noise);
        let decay = (self.rating.sig / noisy.sig).powi(2);
        let transfer = decay.powf(transfer_speed);
        self.rating = noisy;

        let wt_norm_old = self.normal.sig.powi(-2);
        let wt_from_norm_old = transfer * wt_norm_old;
        let wt_from_transfers = (1.0 - transfer)
            * (wt_norm_old + self.logistic.iter().map(TanhTerm::weight).sum::<f64>());
        let wt_total = wt_from_norm_old + wt_from_transfers;
        self.normal.mu =
            (wt_from_norm_old * self.normal.mu + wt_from_transfers * self.rating.mu) / wt_total;
        self.normal.sig = (decay * wt_total).powf(-0.5);
        for term in &mut self.logistic {
            term.w_out *= transfer * decay;
        }
    }

    /// Records a performance and recomputes the belief.
    pub(crate) fn update(&mut self, performance: Rating, max_history: Option<usize>) {
        if max_history.is_some_and(|max| self.logistic.len() >= max) && !self.logistic.is_empty() {
            let oldest = self.logistic.remove(0);
            let wn = self.normal.sig.powi(-2);
            let wl = oldest.weight();
            self.normal.mu = (wn * self.normal.mu + wl * oldest.mu) / (wn + wl);
            self.normal.sig = (wn + wl).powf(-0.5);
        }
        self.logistic.push(TanhTerm::from_rating(performance));
        let normal_weight = self.normal.sig.powi(-2);
        let mu = robust_average(&self.logistic, -self.normal.mu * normal_weight, normal_weight);
        let sig = (self.rating.sig.powi(-2) + performance.sig.powi(-2)).powf(-0.5);
        self.rating = Rating { mu, sig };
    }
}

/// The zero of `offset + slope·x + Σ w_out·tanh((x - mu)·w_arg)`, which increases strictly.
fn robust_average(terms: &[TanhTerm], offset: f64, slope: f64) -> f64 {
    solve(BOUNDS, Slope::Increasing, |x| {
        terms.iter().fold((offset + slope * x, slope), |(s, sp), term| {
            let (v, d) = term.value(x);
            (s - v, sp - d)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_player_is_1500_plus_or_minus_350() {
        let player = PlayerState::new();
        assert_eq!(player.rating(), Rating { mu: 1500.0, sig: 350.0 });
        assert_eq!(player.rounds(), 0);
    }

    #[test]
    fn noise_widens_the_belief_and_keeps_its_mean() {
        let mut player = PlayerState::new();
        player.add_noise(100.0, 1.0);
        assert_eq!(player.rating().mu, 1500.0);
        assert!((player.rating().sig - 350f64.hypot(100.0)).abs() < 1e-9);
    }

    #[test]
    fn a_performance_above_the_rating_raises_it_and_lowers_the_uncertainty() {
        let mut player = PlayerState::new();
        player.update(Rating { mu: 1900.0, sig: 196.0 }, None);
        assert!(player.rating().mu > 1500.0 && player.rating().mu < 1900.0);
        assert!(player.rating().sig < 350.0);
    }

    #[test]
    fn a_bounded_history_folds_the_oldest_performance_into_the_gaussian_part() {
        let mut player = PlayerState::new();
        for mu in [1600.0, 1700.0, 1800.0] {
            player.update(Rating { mu, sig: 196.0 }, Some(2));
        }
        assert_eq!(player.logistic.len(), 2);
        assert_ne!(player.normal, INITIAL);
    }

    #[test]
    fn the_state_round_trips_through_json() {
        let mut player = PlayerState::new();
        player.update(Rating { mu: 1700.0, sig: 196.0 }, None);
        let json = serde_json::to_string(&player).unwrap();
        let back: PlayerState = serde_json::from_str(&json).unwrap();
        assert!((back.rating().mu - player.rating().mu).abs() < 1e-9);
        assert_eq!((back.rounds(), back.logistic.len()), (player.rounds(), 1));
    }
}
