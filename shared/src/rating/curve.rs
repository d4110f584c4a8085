//! A sum of many tanh terms, tabulated once so that it can be evaluated anywhere in O(1).
//!
//! Every player's performance solves `V(x) + (their tie group's terms) + constant = 0`, where
//! `V` is the sum of all participants' terms: the same function for everyone. Evaluating it
//! exactly costs O(n) per point, so a round would cost O(n²); instead it is sampled (value and
//! derivative) on a fixed grid over the search bounds and read back by cubic Hermite
//! interpolation. Each term is a tanh at least ~230 rating points wide (its σ is at least the
//! performance deviation, ~196), so with a step of ~7.3 points the interpolation error is
//! below 1e-10 per term: about 1e-5 rating points of performance at worst, and far less in
//! practice (the tests compare against exact sums and against the `elommr` package).

use super::math::{TanhTerm, BOUNDS, TANH_SATURATES};

/// Grid intervals across `BOUNDS`.
const STEPS: usize = 2048;
const STEP: f64 = (BOUNDS.1 - BOUNDS.0) / STEPS as f64;

/// `Σ -w_out·tanh((x - mu)·w_arg)` over a set of terms that may grow and shrink.
#[derive(Debug, Clone)]
pub(crate) struct Curve {
    values: Vec<f64>,
    slopes: Vec<f64>,
}

fn grid(k: usize) -> f64 {
    BOUNDS.0 + k as f64 * STEP
}

/// The grid points where `term` is not saturated, `first..end`: left of them it is +w_out,
/// right of them -w_out, flat either way.
fn window(term: &TanhTerm) -> (usize, usize) {
    let reach = TANH_SATURATES / term.w_arg;
    let last = (STEPS + 1) as f64;
    let first = ((term.mu - reach - BOUNDS.0) / STEP).ceil().clamp(0.0, last);
    let end = (((term.mu + reach - BOUNDS.0) / STEP).floor() + 1.0).clamp(0.0, last);
    (first as usize, end as usize)
}

/// Calls `f(k, value, derivative)` for the grid points `first..end` of `term`'s window.
/// tanh(z) = (u - 1)/(u + 1) with u = e^{2z}, and on an even grid u is a geometric sequence:
/// one multiplication and one division per point instead of a tanh (re-seeded now and then so
/// rounding cannot build up).
fn sample(term: &TanhTerm, first: usize, end: usize, mut f: impl FnMut(usize, f64, f64)) {
    let ratio = (2.0 * STEP * term.w_arg).exp();
    let mut u = 0.0;
    for k in first..end {
        if (k - first) % 128 == 0 {
            u = (2.0 * (grid(k) - term.mu) * term.w_arg).exp();
        } else {
            u *= ratio;
        }
        let t = (u - 1.0) / (u + 1.0);
        f(k, -t * term.w_out, -(1.0 - t * t) * term.w_arg * term.w_out);
    }
}

impl Curve {
    pub fn empty() -> Curve {
        Curve { values: vec![0.0; STEPS + 1], slopes: vec![0.0; STEPS + 1] }
    }

    /// All of `terms` at once: the saturated stretches go through difference arrays, so only
    /// the grid points near each term evaluate a tanh.
    pub fn of(terms: impl IntoIterator<Item = TanhTerm>) -> Curve {
        let mut curve = Curve::empty();
        // A term adds +w_out on 0..first and -w_out on end..: record both steps.
        let mut plus_until = vec![0.0; STEPS + 2];
        let mut minus_from = vec![0.0; STEPS + 2];
        for term in terms {
            let (first, end) = window(&term);
            plus_until[first] += term.w_out;
            minus_from[end] += term.w_out;
            sample(&term, first, end, |k, v, d| {
                curve.values[k] += v;
                curve.slopes[k] += d;
            });
        }
        let mut plus: f64 = plus_until.iter().sum();
        let mut minus = 0.0;
        for k in 0..=STEPS {
            plus -= plus_until[k];
            minus += minus_from[k];
            curve.values[k] += plus - minus;
        }
        curve
    }

    /// Adds (`sign` 1) or removes (`sign` -1) one term.
    pub fn add(&mut self, term: &TanhTerm, sign: f64) {
        let (first, end) = window(term);
        self.values[..first].iter_mut().for_each(|v| *v += sign * term.w_out);
        self.values[end..].iter_mut().for_each(|v| *v -= sign * term.w_out);
        let (values, slopes) = (&mut self.values, &mut self.slopes);
        sample(term, first, end, |k, v, d| {
            values[k] += sign * v;
            slopes[k] += sign * d;
        });
    }

    /// The sum and its derivative at `x` (clamped to the bounds).
    pub fn eval(&self, x: f64) -> (f64, f64) {
        let pos = ((x - BOUNDS.0) / STEP).clamp(0.0, STEPS as f64);
        let k = (pos as usize).min(STEPS - 1);
        let t = pos - k as f64;
        let (p0, p1) = (self.values[k], self.values[k + 1]);
        let (m0, m1) = (self.slopes[k] * STEP, self.slopes[k + 1] * STEP);
        let (t2, t3) = (t * t, t * t * t);
        let value = (2.0 * t3 - 3.0 * t2 + 1.0) * p0
            + (t3 - 2.0 * t2 + t) * m0
            + (3.0 * t2 - 2.0 * t3) * p1
            + (t3 - t2) * m1;
        let deriv = ((6.0 * t2 - 6.0 * t) * (p0 - p1)
            + (3.0 * t2 - 4.0 * t + 1.0) * m0
            + (3.0 * t2 - 2.0 * t) * m1)
            / STEP;
        (value, deriv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rating::math::Rating;

    fn terms() -> Vec<TanhTerm> {
        // Deterministic spread of ratings and deviations, a few far outside the usual range.
        (0..300)
            .map(|i| {
                let mu = 1500.0 + ((i * 7919) % 3001) as f64 - 1500.0
                    + if i % 50 == 0 { 4000.0 } else { 0.0 };
                let sig = 200.0 + ((i * 104_729) % 250) as f64;
                TanhTerm::from_rating(Rating { mu, sig })
            })
            .collect()
    }

    fn exact(terms: &[TanhTerm], x: f64) -> (f64, f64) {
        terms.iter().fold((0.0, 0.0), |(s, sp), t| {
            let (v, d) = t.value(x);
            (s + v, sp + d)
        })
    }

    #[test]
    fn the_tabulated_sum_matches_the_exact_sum_everywhere_in_the_bounds() {
        let terms = terms();
        let bulk = Curve::of(terms.iter().copied());
        let mut one_by_one = Curve::empty();
        terms.iter().for_each(|t| one_by_one.add(t, 1.0));
        let (mut worst, mut worst_d) = (0.0f64, 0.0f64);
        let mut x = BOUNDS.0;
        while x <= BOUNDS.1 {
            let (want, want_d) = exact(&terms, x);
            for curve in [&bulk, &one_by_one] {
                let (got, got_d) = curve.eval(x);
                worst = worst.max((got - want).abs());
                worst_d = worst_d.max((got_d - want_d).abs());
            }
            x += 0.37 * STEP;
        }
        eprintln!("worst gap: {worst:e} on the value, {worst_d:e} on the slope");
        // 300 terms summing to about ±2.7: under 2e-11 each (the module's bound is 1e-10).
        assert!(worst < 5e-9 && worst_d < 1e-6);
    }

    #[test]
    fn removing_a_term_undoes_adding_it() {
        let terms = terms();
        let mut curve = Curve::of(terms.iter().copied());
        curve.add(&terms[7], -1.0);
        let (got, _) = curve.eval(1234.0);
        let (want, _) =
            exact(&terms[..7].iter().chain(&terms[8..]).copied().collect::<Vec<_>>(), 1234.0);
        assert!((got - want).abs() < 1e-9);
    }
}
