//! What a submission row is: a submission judged on every test, or a run of the samples or of
//! the user's own inputs. `submissions.kind` stores the name; a run's inputs have their own
//! column (`run_inputs`).

/// What is queued: a submission judged on every test, or a run of the samples (`Run(None)`)
/// or of the user's own inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmissionKind {
    Submit,
    Run(Option<Vec<String>>),
}

impl SubmissionKind {
    /// The stored name, without a run's inputs.
    pub fn stored(&self) -> StoredKind {
        match self {
            SubmissionKind::Submit => StoredKind::Submit,
            SubmissionKind::Run(_) => StoredKind::Run,
        }
    }
}

/// The `submissions.kind` column: `submit` or `run`. The same closed set the API shows, so it
/// is shared's type (stored by name through its `sqlx` feature), not a second copy.
pub use algoarena_shared::api::SubmissionKind as StoredKind;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_stored_as_run_whatever_its_inputs() {
        assert_eq!(SubmissionKind::Submit.stored().as_str(), "submit");
        assert_eq!(SubmissionKind::Run(None).stored(), StoredKind::Run);
        assert_eq!(SubmissionKind::Run(Some(vec!["1".into()])).stored().as_str(), "run");
        for kind in [StoredKind::Submit, StoredKind::Run] {
            assert_eq!(StoredKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(StoredKind::parse("Submit"), None);
    }
}
