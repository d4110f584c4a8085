//! What a submission row is: a submission judged on every test, or a run of the samples or of
//! the user's own inputs. `submissions.kind` stores the name; a run's inputs have their own
//! column (`run_inputs`).

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef, Postgres};

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

/// The `submissions.kind` column: `submit` or `run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoredKind {
    Submit,
    Run,
}

impl StoredKind {
    /// The stored (and wire) name.
    pub fn as_str(self) -> &'static str {
        match self {
            StoredKind::Submit => "submit",
            StoredKind::Run => "run",
        }
    }

    pub fn parse(name: &str) -> Option<StoredKind> {
        [StoredKind::Submit, StoredKind::Run].into_iter().find(|k| k.as_str() == name)
    }
}

// Stored as text (a `varchar` column), like shared's `Status` and `Language`: delegating to
// `str` accepts every text type, which `derive(sqlx::Type)` with `type_name = "text"` does not.
impl sqlx::Type<Postgres> for StoredKind {
    fn type_info() -> PgTypeInfo {
        <str as sqlx::Type<Postgres>>::type_info()
    }

    fn compatible(ty: &PgTypeInfo) -> bool {
        <str as sqlx::Type<Postgres>>::compatible(ty)
    }
}

impl sqlx::Encode<'_, Postgres> for StoredKind {
    fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
        <&str as sqlx::Encode<Postgres>>::encode(self.as_str(), buf)
    }
}

impl<'r> sqlx::Decode<'r, Postgres> for StoredKind {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        let name = <&str as sqlx::Decode<Postgres>>::decode(value)?;
        StoredKind::parse(name).ok_or_else(|| format!("{name:?} is not a submission kind").into())
    }
}

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
