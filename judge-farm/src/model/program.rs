//! A program a problem ships besides its tests: a custom checker, an interactor, an input
//! validator or the reference solution that answers runs. Stored as JSON in Postgres
//! (`problems.checker_program`, `interactor`, `solution_code`), so its serde shape is fixed:
//! `{"language", "code"}`, and `"files"` only for a program given as a folder of several files,
//! so single-file programs, and every row stored before folders were judged, keep their shape.

use algoarena_shared::language::Language;
use serde::{Deserialize, Serialize};

use super::program_files::ProgramFiles;

/// A program as a package ships it and the database keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    pub language: Language,
    /// The main source: the file the language's command compiles or runs.
    pub code: String,
    /// The folder's other files, written beside the main source: sources compiled with it
    /// (or imported by it), headers and data (see `languages::Together`).
    #[serde(default, skip_serializing_if = "ProgramFiles::is_empty")]
    pub files: ProgramFiles,
}

impl Program {
    /// A program of one source file.
    pub fn single(language: Language, code: impl Into<String>) -> Program {
        Program { language, code: code.into(), files: ProgramFiles::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FileName;

    #[test]
    fn the_stored_json_shape_is_language_id_and_code() {
        let program = Program::single(Language::Cpp17, "int main() {}");
        let json = serde_json::to_string(&program).unwrap();
        assert_eq!(json, r#"{"language":"cpp17","code":"int main() {}"}"#);
        assert_eq!(serde_json::from_str::<Program>(&json).unwrap(), program);
    }

    #[test]
    fn a_folder_program_adds_its_other_files_by_name() {
        let mut program = Program::single(Language::Python3, "import helper\n");
        program.files.insert(FileName::parse("helper.py").unwrap(), "x = 1\n".into());
        let json = serde_json::to_string(&program).unwrap();
        assert_eq!(
            json,
            r#"{"language":"python3","code":"import helper\n","files":{"helper.py":"x = 1\n"}}"#
        );
        assert_eq!(serde_json::from_str::<Program>(&json).unwrap(), program);
    }
}
