//! A program a problem ships besides its tests: a custom checker, an interactor, an input
//! validator or the reference solution that answers runs. Stored as JSON in Postgres
//! (`problems.checker_program`, `interactor`, `solution_code`), so its serde shape is fixed.

use algoarena_shared::language::Language;
use serde::{Deserialize, Serialize};

/// A program as a package ships it and the database keeps it: `{"language": .., "code": ..}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    pub language: Language,
    pub code: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_json_shape_is_language_id_and_code() {
        let program = Program { language: Language::Cpp17, code: "int main() {}".into() };
        let json = serde_json::to_string(&program).unwrap();
        assert_eq!(json, r#"{"language":"cpp17","code":"int main() {}"}"#);
        assert_eq!(serde_json::from_str::<Program>(&json).unwrap(), program);
    }
}
