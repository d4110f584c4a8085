//! What a query can fail with: the constraint violations callers answer differently, or any
//! other database failure. Kept free of HTTP: `crate::error` maps it to a response.

/// A unique constraint a caller tells the user about (the rest stay database failures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    Email,
    Username,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An insert collided with an existing row on a unique column the user chose.
    #[error("the {0:?} is already taken")]
    Taken(Taken),
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Turns a unique violation on a constraint whose name contains one of `rules`' names into
    /// [`Error::Taken`]; anything else stays [`Error::Sqlx`].
    pub fn on_unique(e: sqlx::Error, rules: &[(&str, Taken)]) -> Error {
        let constraint = match &e {
            sqlx::Error::Database(db) if db.is_unique_violation() => db.constraint(),
            _ => None,
        };
        let taken = constraint
            .and_then(|c| rules.iter().find(|(name, _)| c.contains(name)))
            .map(|&(_, taken)| taken);
        match taken {
            Some(taken) => Error::Taken(taken),
            None => Error::Sqlx(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_unique_violation_becomes_taken() {
        let e = Error::on_unique(sqlx::Error::RowNotFound, &[("email", Taken::Email)]);
        assert!(matches!(e, Error::Sqlx(sqlx::Error::RowNotFound)), "{e:?}");
    }
}
