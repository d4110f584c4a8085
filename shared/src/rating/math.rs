//! The numerical pieces of Elo-MMR: a Gaussian belief, the logistic (tanh) terms the paper
//! writes its likelihoods with, and a safeguarded Newton solver for monotone functions.

use serde::{Deserialize, Serialize};

/// π/√3: a logistic distribution with scale s has standard deviation s·π/√3.
pub(crate) const TANH_MULTIPLIER: f64 = std::f64::consts::PI / 1.732_050_807_568_877_2;

/// Where every performance and rating solution is searched, as in the reference
/// implementations.
pub(crate) const BOUNDS: (f64, f64) = (-6000.0, 9000.0);

/// A Gaussian belief about a skill: mean and standard deviation, in rating points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    pub mu: f64,
    pub sig: f64,
}

impl Rating {
    /// The belief after independent noise of deviation `sig_noise` is added.
    pub fn with_noise(self, sig_noise: f64) -> Rating {
        Rating { mu: self.mu, sig: self.sig.hypot(sig_noise) }
    }

    /// The whole number shown to people.
    pub fn display(self) -> i64 {
        self.mu.round() as i64
    }
}

/// `-w_out · tanh((x - mu) · w_arg)`: one opponent's (or one past performance's) logistic term.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) struct TanhTerm {
    pub mu: f64,
    pub w_arg: f64,
    pub w_out: f64,
}

/// Past this |z|, tanh(z) is ±1 to the last bit and its derivative is below 1e-16.
pub(crate) const TANH_SATURATES: f64 = 20.0;

impl TanhTerm {
    pub fn from_rating(rating: Rating) -> TanhTerm {
        let w = TANH_MULTIPLIER / rating.sig;
        TanhTerm { mu: rating.mu, w_arg: w * 0.5, w_out: w }
    }

    /// The precision this term carries when it is folded into a Gaussian.
    pub fn weight(&self) -> f64 {
        self.w_out * self.w_arg * 2.0 / (TANH_MULTIPLIER * TANH_MULTIPLIER)
    }

    /// `(-w_out·tanh(z), its derivative in x)`, z = (x - mu)·w_arg.
    #[inline]
    pub fn value(&self, x: f64) -> (f64, f64) {
        let t = ((x - self.mu) * self.w_arg).tanh();
        (-t * self.w_out, -(1.0 - t * t) * self.w_arg * self.w_out)
    }
}

/// Which way a monotone function goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slope {
    Increasing,
    Decreasing,
}

/// The root of a strictly monotone `f` (returning value and derivative) inside `bounds`:
/// Newton steps kept inside a bracket that the sign of `f` narrows, bisecting whenever a step
/// would leave it. The bracket comes from the sign, not the derivative, so a derivative that
/// is zero or slightly off (a tabulated curve far from every player) cannot lose the root.
pub(crate) fn solve(bounds: (f64, f64), slope: Slope, f: impl Fn(f64) -> (f64, f64)) -> f64 {
    let (mut lo, mut hi) = bounds;
    let mut guess = 0.5 * (lo + hi);
    for _ in 0..200 {
        let (value, deriv) = f(guess);
        if value == 0.0 {
            return guess;
        }
        if (value < 0.0) == (slope == Slope::Increasing) {
            lo = guess;
        } else {
            hi = guess;
        }
        let newton = guess - value / deriv;
        let next = if newton > lo && newton < hi { newton } else { 0.5 * (lo + hi) };
        if (next - guess).abs() <= 1e-13 * (1.0 + guess.abs()) || hi - lo <= 1e-12 {
            return next;
        }
        guess = next;
    }
    guess
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_solver_finds_the_root_of_increasing_and_decreasing_functions() {
        let up = solve(BOUNDS, Slope::Increasing, |x| ((x - 1234.5) * 0.01, 0.01));
        assert!((up - 1234.5).abs() < 1e-9);
        let term = TanhTerm::from_rating(Rating { mu: 1700.0, sig: 200.0 });
        let down = solve(BOUNDS, Slope::Decreasing, |x| {
            let (v, d) = term.value(x);
            (v + 0.5 * term.w_out, d)
        });
        // -tanh(z) = -0.5 at z = atanh(0.5).
        let expected = 1700.0 + 0.5f64.atanh() / term.w_arg;
        assert!((down - expected).abs() < 1e-8, "{down} vs {expected}");
    }

    #[test]
    fn a_flat_or_wrongly_signed_derivative_does_not_lose_the_root() {
        let lying = solve(BOUNDS, Slope::Decreasing, |x| (300.0 - x, 1e-30));
        assert!((lying - 300.0).abs() < 1e-6);
    }

    #[test]
    fn a_saturated_tanh_is_exactly_one() {
        assert_eq!(TANH_SATURATES.tanh(), 1.0);
    }
}
