//! Time limits as the ICPC package format defines them. A package that gives none in
//! problem.yaml gets its slowest accepted reference's time times `ac_to_time_limit` (legacy
//! `time_multiplier`), rounded up to a whole multiple of `time_resolution` and at least one
//! such step, as problemtools computes it. Either way, the references that must be too slow
//! (`time_limit_exceeded`, `brute_force`) are judged with the limit times
//! `time_limit_to_tle` (legacy `time_safety_margin`) and must exceed even that, so the limit
//! is not a hair's breadth from passing them.
//!
//! Times are C++ times: the platform gives each language its own multiple of the problem's
//! limit (`judge::time_limit_for`), so a reference's time is divided by its language's
//! multiple before it is compared.

use algoarena_shared::language::Language;

/// How a package's time limit is found and checked (Kattis packages; native ones state theirs
/// and are checked with [`NATIVE_RULE`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TimeRule {
    /// problem.yaml gave the limit (the stored one); false: computed by [`computed_ms`].
    pub fixed: bool,
    pub ac_to_time_limit: f64,
    pub time_limit_to_tle: f64,
    /// Seconds.
    pub resolution: f64,
}

/// The catalogue's own packages state their limit, and are held to the 2023-07 format's
/// default margins: every accepted reference within half the limit in its language, and every
/// too-slow one too slow even at 1.5 times it (issue 15: the reference passes with a wide
/// margin in every language the limits allow).
pub(super) const NATIVE_RULE: TimeRule =
    TimeRule { fixed: true, ac_to_time_limit: 2.0, time_limit_to_tle: 1.5, resolution: 1.0 };

/// The longest a reference may run while the limit is computed: the platform's largest limit.
pub(super) const MEASURING_LIMIT_MS: u64 = 20_000;

/// A run's time in C++ terms (see the module's comment).
pub(super) fn normalized_ms(runtime_ms: u64, language: Language) -> f64 {
    let base = f64::from(Language::Cpp17.time_limit_ms());
    runtime_ms as f64 * base / f64::from(language.time_limit_ms())
}

/// The limit (ms) the slowest accepted reference's time gives.
pub(super) fn computed_ms(rule: &TimeRule, slowest_ms: f64) -> u64 {
    let exact_s = slowest_ms / 1000.0 * rule.ac_to_time_limit;
    // A hair of tolerance, so 0.3 s × 5 (1.5000000000000002 in floating point) is 1.5.
    let steps = ((exact_s / rule.resolution) - 1e-9).ceil().max(1.0);
    (steps * rule.resolution * 1000.0).round() as u64
}

/// The limit the references that must be too slow are judged with.
pub(super) fn tle_check_ms(rule: &TimeRule, time_limit_ms: u64) -> u64 {
    (time_limit_ms as f64 * rule.time_limit_to_tle).round() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(ac: f64, tle: f64, resolution: f64) -> TimeRule {
        TimeRule { fixed: false, ac_to_time_limit: ac, time_limit_to_tle: tle, resolution }
    }

    #[test]
    fn the_limit_is_the_slowest_time_times_the_multiplier_rounded_up_to_the_resolution() {
        let legacy = rule(5.0, 2.0, 1.0);
        assert_eq!(computed_ms(&legacy, 30.0), 1000, "at least one step");
        assert_eq!(computed_ms(&legacy, 210.0), 2000, "1.05 s rounds up to 2");
        assert_eq!(computed_ms(&legacy, 400.0), 2000, "exactly 2 s stays 2");
        assert_eq!(tle_check_ms(&legacy, 2000), 4000);
        let fine = rule(2.0, 1.5, 0.1);
        assert_eq!(computed_ms(&fine, 230.0), 500);
        assert_eq!(computed_ms(&fine, 10.0), 100);
        assert_eq!(tle_check_ms(&fine, 500), 750);
    }

    #[test]
    fn times_are_compared_in_cpp_terms() {
        let python = f64::from(Language::Python3.time_limit_ms());
        let cpp = f64::from(Language::Cpp17.time_limit_ms());
        assert!((normalized_ms(300, Language::Python3) - 300.0 * cpp / python).abs() < 1e-9);
        assert_eq!(normalized_ms(300, Language::Cpp17), 300.0);
    }
}
