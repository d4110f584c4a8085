//! The judge's result for one submission, and the status it is stored with
//! (`submissions.status`, read and written as `Status` through shared's `sqlx` feature).

use algoarena_shared::api::{FailedTest, RunCase};
pub use algoarena_shared::verdict::Status;

/// The judge's result for one submission.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub status: Status,
    pub runtime_ms: Option<i32>,
    pub memory_kb: Option<i32>,
    pub passed: i32,
    pub total: i32,
    pub error_message: Option<String>,
    /// The first failed test (not stored for contest submissions).
    pub failed_test: Option<FailedTest>,
    /// A run's cases (empty for a submission).
    pub cases: Vec<RunCase>,
}

impl Verdict {
    /// Where judging `total` tests starts: accepted, nothing passed or measured yet.
    pub fn before_tests(total: usize) -> Verdict {
        Verdict {
            status: Status::Accepted,
            runtime_ms: Some(0),
            memory_kb: Some(0),
            passed: 0,
            total: total as i32,
            error_message: None,
            failed_test: None,
            cases: Vec::new(),
        }
    }
}
