//! Submission statuses: the two in-progress states and the final verdicts.

use serde::{Deserialize, Serialize};

/// Where a submission stands. Stored in `submissions.status` as the snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Queued,
    Judging,
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    RuntimeError,
    CompileError,
    OutputLimitExceeded,
    InternalError,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Status::Queued,
        Status::Judging,
        Status::Accepted,
        Status::WrongAnswer,
        Status::TimeLimitExceeded,
        Status::MemoryLimitExceeded,
        Status::RuntimeError,
        Status::CompileError,
        Status::OutputLimitExceeded,
        Status::InternalError,
    ];

    /// The database and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Judging => "judging",
            Status::Accepted => "accepted",
            Status::WrongAnswer => "wrong_answer",
            Status::TimeLimitExceeded => "time_limit_exceeded",
            Status::MemoryLimitExceeded => "memory_limit_exceeded",
            Status::RuntimeError => "runtime_error",
            Status::CompileError => "compile_error",
            Status::OutputLimitExceeded => "output_limit_exceeded",
            Status::InternalError => "internal_error",
        }
    }

    pub fn parse(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// True for verdicts; false while the submission waits or is being judged.
    pub fn is_final(self) -> bool {
        !matches!(self, Status::Queued | Status::Judging)
    }

    /// The name shown to people.
    pub fn display_name(self) -> &'static str {
        match self {
            Status::Queued => "In queue",
            Status::Judging => "Judging",
            Status::Accepted => "Accepted",
            Status::WrongAnswer => "Wrong Answer",
            Status::TimeLimitExceeded => "Time Limit Exceeded",
            Status::MemoryLimitExceeded => "Memory Limit Exceeded",
            Status::RuntimeError => "Runtime Error",
            Status::CompileError => "Compile Error",
            Status::OutputLimitExceeded => "Output Limit Exceeded",
            Status::InternalError => "Internal Error",
        }
    }
}

stored_as_text!(Status, Status::as_str, Status::parse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips_through_its_name() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.as_str()));
        }
        assert_eq!(Status::parse("Accepted"), None);
    }

    #[test]
    fn only_verdicts_are_final() {
        assert!(!Status::Queued.is_final());
        assert!(!Status::Judging.is_final());
        assert!(Status::WrongAnswer.is_final());
    }
}
