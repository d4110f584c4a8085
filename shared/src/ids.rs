//! Ids as types: a submission id is never mixed up with a user id, and a string that is not a
//! UUID is refused where it is parsed (by serde), not deep inside a handler.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn as_uuid(self) -> Uuid {
                self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                $name(id)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

uuid_id!(
    /// A submission (or a run): `submissions.id`.
    SubmissionId
);
uuid_id!(
    /// An account: `users.id`.
    UserId
);
uuid_id!(
    /// A community solution: `solutions.id`.
    SolutionId
);
uuid_id!(
    /// A signed-in session (one sign-in's refresh-token family): `sessions.family_id`.
    SessionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_uuid_strings_on_the_wire_and_refuse_anything_else() {
        let text = "\"67e55044-10b1-426f-9247-bb680e5fe0c8\"";
        let id: SubmissionId = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), text);
        assert!(serde_json::from_str::<SubmissionId>("\"not-a-uuid\"").is_err());
        assert_eq!("67e55044-10b1-426f-9247-bb680e5fe0c8".parse::<UserId>().unwrap().0, id.0);
    }
}
