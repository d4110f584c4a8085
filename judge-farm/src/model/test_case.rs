//! A test as the judge runs it: an input and the answer its output is checked against.

use sqlx::FromRow;

/// One test of a problem (or a run's case), read from `test_cases`.
#[derive(Debug, Clone, FromRow)]
pub struct TestCase {
    pub input: String,
    pub expected_output: String,
}
