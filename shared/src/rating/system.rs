//! The Elo-MMR system's parameters. The defaults are those of the `elommr` Python package
//! 1.2.1 (our test oracle): weight limit 0.2 and σ limit 80, i.e. the paper's β =
//! 80·√(1 + 1/0.2) ≈ 195.96 (the authors' `multi-skill` crate defaults to β = 200), no drift
//! in time, ties not split, transfer speed 1, no newcomer delay, unbounded history; players
//! start at μ = 1500, σ = 350.

use serde::{Deserialize, Serialize};

use super::math::Rating;

/// A new player's belief.
pub const INITIAL: Rating = Rating { mu: 1500.0, sig: 350.0 };

/// Elo-MMR's knobs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EloMmr {
    /// The weight of a contest of weight 1, between 0 and 1.
    pub weight_limit: f64,
    /// The uncertainty a regular player's σ converges to.
    pub sig_limit: f64,
    /// Variance added per second between a player's contests.
    pub drift_per_sec: f64,
    /// Count a tie as half a win and half a loss (else as a tie of its own).
    pub split_ties: bool,
    /// How fast old performances move from the robust (logistic) to the Gaussian part.
    pub transfer_speed: f64,
    /// Multipliers of the weight of a player's first contests (their n-th uses entry n).
    pub noob_delay: Vec<f64>,
    /// Past performances kept apart before the oldest is folded into the Gaussian part.
    pub max_history: Option<usize>,
}

impl Default for EloMmr {
    fn default() -> Self {
        EloMmr {
            weight_limit: 0.2,
            sig_limit: 80.0,
            drift_per_sec: 0.0,
            split_ties: false,
            transfer_speed: 1.0,
            noob_delay: Vec::new(),
            max_history: None,
        }
    }
}

/// One rating round's own settings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Round {
    /// When it took place, in seconds (since the Unix epoch, say); only differences matter,
    /// and only when `drift_per_sec` is not 0.
    pub at: i64,
    /// The contest's relative weight (1 for a regular one).
    pub weight: f64,
    /// The highest performance anyone can be credited with.
    pub perf_ceiling: Option<f64>,
}

impl Round {
    pub fn at(at: i64) -> Round {
        Round { at, weight: 1.0, perf_ceiling: None }
    }
}

impl EloMmr {
    /// A performance's deviation and the discrete drift variance, for a player with
    /// `rounds_before` earlier rounds.
    pub(crate) fn sig_perf_and_drift(&self, weight: f64, rounds_before: u32) -> (f64, f64) {
        let mut weight = weight * self.weight_limit;
        if let Some(delay) = self.noob_delay.get(rounds_before as usize) {
            weight *= delay;
        }
        let sig_perf = self.sig_limit * (1.0 + 1.0 / weight).sqrt();
        (sig_perf, weight * self.sig_limit * self.sig_limit)
    }

    /// How a tied opponent's term is counted: twice for a tie of its own, once when split.
    pub(crate) fn tie_multiplier(&self) -> f64 {
        if self.split_ties {
            1.0
        } else {
            2.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_papers_with_beta_80_root_6() {
        let (sig_perf, drift) = EloMmr::default().sig_perf_and_drift(1.0, 0);
        assert!((sig_perf - 80.0 * 6f64.sqrt()).abs() < 1e-9);
        // Drift is sig_limit⁴ / (β² - sig_limit²), as the paper has it.
        assert!((drift - 80f64.powi(4) / (sig_perf * sig_perf - 6400.0)).abs() < 1e-9);
    }

    #[test]
    fn a_newcomer_delay_lowers_the_weight_of_the_first_rounds_only() {
        let system = EloMmr { noob_delay: vec![0.5], ..EloMmr::default() };
        assert!(system.sig_perf_and_drift(1.0, 0).0 > system.sig_perf_and_drift(1.0, 1).0);
        assert_eq!(system.sig_perf_and_drift(1.0, 1), EloMmr::default().sig_perf_and_drift(1.0, 1));
    }
}
