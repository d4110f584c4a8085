//! Scored problems, IOI style: the hidden tests fall into groups, and a group's points are
//! earned only when every one of its tests passes; the score is the sum. A problem's own
//! validator may accept a test for part of its worth (the ICPC format's
//! `score_multiplier.txt`, a fraction from 0 to 1): a group then earns its points times the
//! smallest fraction any of its tests got, as CMS's "group min" does. Samples are judged
//! too (a failed sample still decides the status) but are worth nothing. Once a test of a group
//! fails, the rest of that group cannot change the score and is skipped.
//! Stored as `problems.scoring` (JSON) and each test's `test_cases.group_name`.

use serde::{Deserialize, Serialize};

/// A scored problem's groups in judging order, as `problems.scoring` stores them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scoring {
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    pub score: f64,
}

/// What a submission earned of what it could have.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub score: f64,
    pub max_score: f64,
}

impl Scoring {
    pub fn max_score(&self) -> f64 {
        self.groups.iter().map(|g| g.score).sum()
    }

    /// A fresh tally for tests in the given groups (one entry per test, in judging order;
    /// None for a sample). A test naming no group of this scoring counts like a sample: it
    /// decides the status but no points.
    pub fn tally(&self, test_groups: &[Option<String>]) -> Tally {
        // Slot 0 holds the tests worth nothing; group `i` is slot `i + 1`.
        let worth: Vec<f64> =
            std::iter::once(0.0).chain(self.groups.iter().map(|g| g.score)).collect();
        let slot_of = test_groups
            .iter()
            .map(|name| {
                name.as_deref()
                    .and_then(|name| self.groups.iter().position(|g| g.name == name))
                    .map_or(0, |i| i + 1)
            })
            .collect();
        Tally {
            ran: vec![false; worth.len()],
            failed: vec![false; worth.len()],
            fraction: vec![1.0; worth.len()],
            worth,
            slot_of,
        }
    }
}

/// The running account of one scored judging: which groups ran, which failed, and the
/// smallest part of its worth each earned so far.
#[derive(Debug, Clone)]
pub struct Tally {
    worth: Vec<f64>,
    slot_of: Vec<usize>,
    ran: Vec<bool>,
    failed: Vec<bool>,
    fraction: Vec<f64>,
}

impl Tally {
    /// Whether test `index` can be skipped: a test of its group has failed already.
    pub fn skips(&self, index: usize) -> bool {
        self.failed[self.slot_of[index]]
    }

    /// Records the outcome of test `index`: None when it failed, else the part of its worth
    /// it earned (1 unless its validator said less).
    pub fn record(&mut self, index: usize, earned: Option<f64>) {
        let slot = self.slot_of[index];
        self.ran[slot] = true;
        match earned {
            None => self.failed[slot] = true,
            Some(part) => self.fraction[slot] = self.fraction[slot].min(part.clamp(0.0, 1.0)),
        }
    }

    /// The score so far: the points of every group that ran without a failure, times the
    /// smallest part any of its tests earned (nothing ran after a compile error, so it scores
    /// 0).
    pub fn score(&self) -> Score {
        let earned = (0..self.worth.len())
            .filter(|&s| self.ran[s] && !self.failed[s])
            .map(|s| self.worth[s] * self.fraction[s])
            .sum();
        Score { score: earned, max_score: self.worth.iter().sum() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scoring() -> Scoring {
        Scoring {
            groups: vec![
                Group { name: "small".into(), score: 30.0 },
                Group { name: "large".into(), score: 70.0 },
            ],
        }
    }

    fn groups(names: &[Option<&str>]) -> Vec<Option<String>> {
        names.iter().map(|n| n.map(String::from)).collect()
    }

    #[test]
    fn a_group_earns_its_points_only_when_all_of_its_tests_pass() {
        let tests = groups(&[None, Some("small"), Some("small"), Some("large"), Some("large")]);
        let mut tally = scoring().tally(&tests);
        for (index, passed) in [true, true, true, true, false].into_iter().enumerate() {
            tally.record(index, passed.then_some(1.0));
        }
        assert_eq!(tally.score(), Score { score: 30.0, max_score: 100.0 });

        let mut all = scoring().tally(&tests);
        (0..tests.len()).for_each(|i| all.record(i, Some(1.0)));
        assert_eq!(all.score().score, 100.0);
    }

    #[test]
    fn a_group_earns_the_smallest_part_its_validator_gave_any_of_its_tests() {
        let tests = groups(&[Some("small"), Some("small"), Some("large"), Some("large")]);
        let mut tally = scoring().tally(&tests);
        tally.record(0, Some(0.5));
        tally.record(1, Some(0.8));
        tally.record(2, Some(1.0));
        tally.record(3, Some(0.25));
        assert_eq!(tally.score().score, 30.0 * 0.5 + 70.0 * 0.25);
        assert!(!tally.skips(1) && !tally.skips(3), "a part is no failure");
        tally.record(1, None);
        assert_eq!(tally.score().score, 70.0 * 0.25, "a failure still costs the group");
    }

    #[test]
    fn after_a_failure_the_rest_of_that_group_is_skipped_but_not_the_next_group() {
        let tests = groups(&[Some("small"), Some("small"), Some("large")]);
        let mut tally = scoring().tally(&tests);
        assert!(!tally.skips(0));
        tally.record(0, None);
        assert!(tally.skips(1), "the rest of the failed group");
        assert!(!tally.skips(2), "the next group still runs");
        tally.record(2, Some(1.0));
        assert_eq!(tally.score().score, 70.0);
    }

    #[test]
    fn samples_are_worth_nothing_and_nothing_run_scores_nothing() {
        let tests = groups(&[None, Some("small"), Some("nowhere")]);
        let mut tally = scoring().tally(&tests);
        assert_eq!(
            tally.score(),
            Score { score: 0.0, max_score: 100.0 },
            "a compile error scores 0"
        );
        tally.record(0, None);
        tally.record(1, Some(1.0));
        tally.record(2, None);
        assert_eq!(tally.score().score, 30.0, "a failed sample or ungrouped test costs no points");
        assert!(!tally.skips(1));
    }
}
