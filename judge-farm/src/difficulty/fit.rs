//! The Elo-style model of users and problems, fitted from first attempt sessions. Each user
//! and each problem has a rating on the Elo scale, and a user solves a problem in their first
//! session with probability `chance(user, problem)`, the logistic of the difference (400
//! points: 10 to 1 odds). The fit is the maximum a posteriori estimate under a normal prior
//! on every rating (users around [`USER_PRIOR_MEAN`], problems around their labelled
//! difficulty's mean), which keeps a rating with few attempts near its prior, makes the
//! optimum unique (the likelihood alone is blind to a shift of everyone) and keeps the ratings
//! of someone who solved everything finite.
//!
//! It is found by block coordinate ascent: given the problems' ratings the users' are
//! independent one-dimensional concave problems, and the other way round, so each sweep takes
//! one Newton step for every user and then for every problem. Everything runs in a fixed
//! order over sorted ids, so the same attempts give bit-identical ratings whatever their order.

use std::collections::BTreeMap;

use algoarena_shared::api::Difficulty;
use uuid::Uuid;

/// The prior mean of a user's rating (also the rating of a user with no attempt).
pub const USER_PRIOR_MEAN: f64 = 1500.0;
/// The prior's standard deviation, for users and problems alike: a few dozen attempts outweigh
/// it.
pub const PRIOR_SD: f64 = 350.0;
/// Sweeps stop once no rating moves by more than this many points.
pub const TOLERANCE: f64 = 1e-4;
pub const MAX_SWEEPS: usize = 500;
/// The largest move of one Newton step, so a far start cannot overshoot.
const MAX_STEP: f64 = 400.0;

/// The logistic slope on the Elo scale: a 400-point lead is 10 to 1 odds.
fn slope() -> f64 {
    std::f64::consts::LN_10 / 400.0
}

/// The prior mean of a problem's rating: its author's label, turned into a number.
pub fn problem_prior_mean(difficulty: Difficulty) -> f64 {
    match difficulty {
        Difficulty::Easy => 1200.0,
        Difficulty::Medium => 1500.0,
        Difficulty::Hard => 1800.0,
    }
}

/// The probability that a user rated `user` solves a problem rated `problem` in their first
/// session.
pub fn chance(user: f64, problem: f64) -> f64 {
    1.0 / (1.0 + (-slope() * (user - problem)).exp())
}

/// One (user, problem) pair's first attempt session: solved or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Attempt {
    pub user: Uuid,
    pub problem: Uuid,
    pub solved: bool,
}

/// A fitted rating and the attempts behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rated {
    pub rating: f64,
    pub attempts: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    pub users: BTreeMap<Uuid, Rated>,
    pub problems: BTreeMap<Uuid, Rated>,
    pub sweeps: usize,
    /// Whether the last sweep moved no rating by more than [`TOLERANCE`].
    pub converged: bool,
}

/// Ratings with their prior means, indexed densely in id order.
struct Side {
    ids: Vec<Uuid>,
    ratings: Vec<f64>,
    means: Vec<f64>,
    attempts: Vec<u32>,
}

impl Side {
    fn new(ids: Vec<Uuid>, mean: impl Fn(Uuid) -> f64) -> Side {
        let means: Vec<f64> = ids.iter().map(|&id| mean(id)).collect();
        Side { ratings: means.clone(), attempts: vec![0; ids.len()], ids, means }
    }

    fn index(&self, id: Uuid) -> usize {
        self.ids.binary_search(&id).expect("every attempt's ids are indexed")
    }

    fn into_map(self) -> BTreeMap<Uuid, Rated> {
        self.ids
            .into_iter()
            .zip(self.ratings.into_iter().zip(self.attempts))
            .map(|(id, (rating, attempts))| (id, Rated { rating, attempts }))
            .collect()
    }
}

/// Fits every user and problem that appears in `attempts`; `problem_mean` gives a problem's
/// prior mean (see [`problem_prior_mean`]).
pub fn fit(attempts: &[Attempt], problem_mean: impl Fn(Uuid) -> f64) -> Fit {
    let mut sorted = attempts.to_vec();
    sorted.sort_unstable();
    sorted.dedup_by_key(|a| (a.user, a.problem));
    let ids = |pick: fn(&Attempt) -> Uuid| {
        let mut ids: Vec<Uuid> = sorted.iter().map(pick).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let mut users = Side::new(ids(|a| a.user), |_| USER_PRIOR_MEAN);
    let mut problems = Side::new(ids(|a| a.problem), problem_mean);
    // (user index, problem index, outcome), in sorted order.
    let pairs: Vec<(usize, usize, f64)> = sorted
        .iter()
        .map(|a| (users.index(a.user), problems.index(a.problem), f64::from(u8::from(a.solved))))
        .collect();
    for &(u, p, _) in &pairs {
        users.attempts[u] += 1;
        problems.attempts[p] += 1;
    }

    let mut sweeps = 0;
    let mut converged = pairs.is_empty();
    while !converged && sweeps < MAX_SWEEPS {
        sweeps += 1;
        let moved_users = newton_step(&mut users, &problems, &pairs, Role::User);
        let moved_problems = newton_step(&mut problems, &users, &pairs, Role::Problem);
        converged = moved_users.max(moved_problems) <= TOLERANCE;
    }
    Fit { users: users.into_map(), problems: problems.into_map(), sweeps, converged }
}

#[derive(Clone, Copy)]
enum Role {
    User,
    Problem,
}

/// One Newton step on every rating of `side` with `other` held fixed; returns the largest move.
fn newton_step(side: &mut Side, other: &Side, pairs: &[(usize, usize, f64)], role: Role) -> f64 {
    let k = slope();
    let precision = 1.0 / (PRIOR_SD * PRIOR_SD);
    // The log posterior's first and second derivatives in each of this side's ratings.
    let mut gradient: Vec<f64> =
        side.ratings.iter().zip(&side.means).map(|(r, m)| -(r - m) * precision).collect();
    let mut curvature = vec![precision; side.ratings.len()];
    for &(u, p, solved) in pairs {
        let (own, theirs, sign) = match role {
            Role::User => (u, p, 1.0),
            Role::Problem => (p, u, -1.0),
        };
        let (user, problem) = match role {
            Role::User => (side.ratings[own], other.ratings[theirs]),
            Role::Problem => (other.ratings[theirs], side.ratings[own]),
        };
        let p_solve = chance(user, problem);
        gradient[own] += sign * k * (solved - p_solve);
        curvature[own] += k * k * p_solve * (1.0 - p_solve);
    }
    let mut largest: f64 = 0.0;
    for (i, rating) in side.ratings.iter_mut().enumerate() {
        let step = (gradient[i] / curvature[i]).clamp(-MAX_STEP, MAX_STEP);
        *rating += step;
        largest = largest.max(step.abs());
    }
    largest
}

#[cfg(test)]
mod tests {
    use rand::rngs::StdRng;
    use rand::seq::SliceRandom;
    use rand::{Rng, SeedableRng};

    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    /// 60 users of known skill (900 to 2080) try 6 problems of known rating, all labelled
    /// Medium so the prior cannot tell them apart; outcomes are drawn from the model itself.
    fn synthetic() -> (Vec<Attempt>, Vec<(Uuid, f64)>) {
        let mut rng = StdRng::seed_from_u64(13);
        let problems: Vec<(Uuid, f64)> = [1000.0, 1300.0, 1500.0, 1700.0, 1900.0, 2100.0]
            .iter()
            .enumerate()
            .map(|(i, &r)| (id(1000 + i as u128), r))
            .collect();
        let mut attempts = Vec::new();
        for u in 0..60u128 {
            let skill = 900.0 + 20.0 * u as f64;
            for &(problem, rating) in &problems {
                let solved = rng.gen::<f64>() < chance(skill, rating);
                attempts.push(Attempt { user: id(u), problem, solved });
            }
        }
        (attempts, problems)
    }

    fn medium(_: Uuid) -> f64 {
        problem_prior_mean(Difficulty::Medium)
    }

    #[test]
    fn harder_problems_get_higher_ratings() {
        let (attempts, problems) = synthetic();
        let fit = fit(&attempts, medium);
        let fitted: Vec<f64> = problems.iter().map(|(p, _)| fit.problems[p].rating).collect();
        // The easiest and the hardest are far apart, in the right order.
        assert!(fitted[5] - fitted[0] > 500.0, "{fitted:?}");
        assert!(fitted[4] > fitted[1], "{fitted:?}");
        assert_eq!(fit.problems[&problems[0].0].attempts, 60);
        // The strongest user is rated above the weakest.
        assert!(fit.users[&id(59)].rating > fit.users[&id(0)].rating + 200.0);
    }

    #[test]
    fn the_fit_converges_to_the_posteriors_optimum() {
        let (attempts, _) = synthetic();
        let fit = fit(&attempts, medium);
        assert!(fit.converged && fit.sweeps < MAX_SWEEPS, "{} sweeps", fit.sweeps);
        // At the optimum every problem's score equation holds: the misses it predicts, less
        // the misses seen, balance the prior's pull.
        let k = slope();
        for (problem, rated) in &fit.problems {
            let mut gradient = -(rated.rating - medium(*problem)) / (PRIOR_SD * PRIOR_SD);
            for a in attempts.iter().filter(|a| a.problem == *problem) {
                let p = chance(fit.users[&a.user].rating, rated.rating);
                gradient -= k * (f64::from(u8::from(a.solved)) - p);
            }
            assert!(gradient.abs() < 1e-5, "{problem}: {gradient}");
        }
    }

    #[test]
    fn the_same_attempts_in_any_order_give_identical_ratings() {
        let (mut attempts, _) = synthetic();
        let first = fit(&attempts, medium);
        attempts.shuffle(&mut StdRng::seed_from_u64(7));
        let second = fit(&attempts, medium);
        // Bit for bit, not approximately.
        assert_eq!(first, second);
    }

    #[test]
    fn a_perfect_record_stays_finite_and_an_empty_one_is_empty() {
        let attempts = [Attempt { user: id(1), problem: id(2), solved: true }];
        let fit1 = fit(&attempts, medium);
        let rating = fit1.users[&id(1)].rating;
        assert!(rating.is_finite() && rating > USER_PRIOR_MEAN && rating < 2500.0, "{rating}");
        let empty = fit(&[], medium);
        assert!(empty.users.is_empty() && empty.converged);
    }

    #[test]
    fn chance_is_the_logistic_of_the_difference() {
        assert!((chance(1500.0, 1500.0) - 0.5).abs() < 1e-12);
        assert!((chance(1900.0, 1500.0) - 10.0 / 11.0).abs() < 1e-12);
        assert!((chance(1500.0, 1900.0) - 1.0 / 11.0).abs() < 1e-12);
    }
}
