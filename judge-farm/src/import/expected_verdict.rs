//! What each folder under `submissions/` promises, by the rules of the ICPC package format
//! (legacy and 2023-07) and two folders of ours. The judge stops at a submission's first failed
//! test, so a folder's rule is checked on that verdict:
//! - `accepted`, `wrong_answer`, `time_limit_exceeded`, `compile_error`,
//!   `output_limit_exceeded`, `memory_limit_exceeded`: exactly that verdict;
//! - `run_time_error`: a run-time error, or running out of memory (what Kattis calls a run
//!   time error, we call memory limit exceeded);
//! - `brute_force` (2023-07): too slow or crashing (time limit, run-time error, memory);
//! - `rejected` (2023-07): anything but accepted;
//! - `partially_accepted` (legacy, scored problems): some of the points but not all, or
//!   exactly the `@EXPECTED_SCORE@` it declares, whatever its verdict.

use algoarena_shared::verdict::Status;

use crate::model::Score;

/// The verdict a reference's folder promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Verdict(Status),
    PartiallyAccepted,
    Rejected,
    BruteForce,
}

/// The folder names, for messages.
pub(super) const FOLDERS: &str = "accepted, partially_accepted, wrong_answer, \
    time_limit_exceeded, run_time_error, memory_limit_exceeded, output_limit_exceeded, \
    compile_error, rejected, brute_force";

impl Expected {
    /// What a folder of this name promises; None for a folder the format does not have.
    pub(super) fn of_folder(name: &str) -> Option<Expected> {
        Some(match name {
            "accepted" => Expected::Verdict(Status::Accepted),
            "wrong_answer" => Expected::Verdict(Status::WrongAnswer),
            "time_limit_exceeded" => Expected::Verdict(Status::TimeLimitExceeded),
            "run_time_error" => Expected::Verdict(Status::RuntimeError),
            "memory_limit_exceeded" => Expected::Verdict(Status::MemoryLimitExceeded),
            "compile_error" => Expected::Verdict(Status::CompileError),
            "output_limit_exceeded" => Expected::Verdict(Status::OutputLimitExceeded),
            "partially_accepted" => Expected::PartiallyAccepted,
            "rejected" => Expected::Rejected,
            "brute_force" => Expected::BruteForce,
            _ => return None,
        })
    }

    pub(super) fn is_accepted(self) -> bool {
        self == Expected::Verdict(Status::Accepted)
    }

    /// Whether a reference of this folder must fail on time: it is then judged with the time
    /// limit times the format's safety margin, which it must still exceed.
    pub(super) fn wants_too_slow(self) -> bool {
        matches!(self, Expected::Verdict(Status::TimeLimitExceeded) | Expected::BruteForce)
    }

    /// Whether `status` keeps the folder's promise (a partially accepted reference is judged
    /// by its score, see [`Expected::score_mismatch`]).
    pub(super) fn admits(self, status: Status) -> bool {
        use Status::*;
        match self {
            Expected::Verdict(RuntimeError) => matches!(status, RuntimeError | MemoryLimitExceeded),
            Expected::Verdict(wanted) => status == wanted,
            Expected::PartiallyAccepted => true,
            Expected::Rejected => status != Accepted,
            Expected::BruteForce => {
                matches!(status, TimeLimitExceeded | RuntimeError | MemoryLimitExceeded)
            }
        }
    }

    /// Why `got` is not the score a reference of this folder declaring `declared` must get;
    /// None when it is. Accepted references score full marks, partially accepted ones what
    /// they declare, or else more than nothing and less than everything.
    pub(super) fn score_mismatch(self, declared: Option<f64>, got: Score) -> Option<String> {
        let expected = match (self, declared) {
            (_, Some(points)) => points,
            (Expected::Verdict(Status::Accepted), None) => got.max_score,
            (Expected::PartiallyAccepted, None) => {
                let partial = got.score > 1e-9 && got.score < got.max_score - 1e-9;
                return (!partial).then(|| {
                    format!(
                        "partially accepted, expected some points but not all, got {} of {}",
                        got.score, got.max_score
                    )
                });
            }
            _ => return None,
        };
        ((expected - got.score).abs() > 1e-9)
            .then(|| format!("expected score {expected}, got {} of {}", got.score, got.max_score))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_follow_the_formats_verdict_rules() {
        let of = |name| Expected::of_folder(name).unwrap();
        assert!(of("run_time_error").admits(Status::MemoryLimitExceeded), "Kattis RTE is our MLE");
        assert!(of("run_time_error").admits(Status::RuntimeError));
        assert!(!of("run_time_error").admits(Status::TimeLimitExceeded));
        assert!(
            of("rejected").admits(Status::WrongAnswer) && !of("rejected").admits(Status::Accepted)
        );
        assert!(of("brute_force").admits(Status::TimeLimitExceeded));
        assert!(of("brute_force").admits(Status::MemoryLimitExceeded));
        assert!(!of("brute_force").admits(Status::WrongAnswer));
        assert!(of("brute_force").wants_too_slow() && !of("rejected").wants_too_slow());
        assert_eq!(Expected::of_folder("misc"), None);
    }

    #[test]
    fn partially_accepted_references_score_some_points_or_what_they_declare() {
        let score = |score| Score { score, max_score: 100.0 };
        let partial = Expected::PartiallyAccepted;
        assert_eq!(partial.score_mismatch(None, score(30.0)), None);
        assert!(partial.score_mismatch(None, score(100.0)).is_some());
        assert!(partial.score_mismatch(None, score(0.0)).is_some());
        assert_eq!(partial.score_mismatch(Some(30.0), score(30.0)), None);
        assert!(partial.score_mismatch(Some(40.0), score(30.0)).is_some());
        let accepted = Expected::Verdict(Status::Accepted);
        assert!(accepted.score_mismatch(None, score(70.0)).unwrap().contains("expected score 100"));
        assert_eq!(Expected::Rejected.score_mismatch(None, score(0.0)), None);
    }
}
