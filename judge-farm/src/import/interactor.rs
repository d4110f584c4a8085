//! Interactive problems in both package formats: whether a package declares one, and the rules
//! it must keep. A Kattis package says so with `validation: custom interactive` (legacy) or
//! `type: interactive` (2023 format; see `problem_yaml`) and ships its interactor as its output
//! validator (`output_validators/<name>/`, a source file or a folder of several, see
//! `sources`); an AlgoArena package names the source file in `[interactor] file = "..."`. The
//! interactor alone judges each test, so an interactive problem has no checker, and a function
//! problem, whose tests run through a generated driver in one process, cannot be interactive.

use std::path::Path;

use anyhow::Result;

use crate::checkers::Checker;
use crate::model::Program;

/// An AlgoArena package's `[interactor]` table.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct InteractorEntry {
    /// The interactor's source file, relative to the package; its language from the extension.
    pub file: String,
}

/// Reads an AlgoArena package's interactor, refusing the combinations that cannot be judged.
pub(super) fn native(
    dir: &Path,
    entry: &InteractorEntry,
    checker: &Checker,
    is_function: bool,
) -> Result<Program, String> {
    if is_function {
        return Err(
            "a function problem ([function] or [design]) cannot be interactive: its tests run \
                    through a generated driver, with no program to converse with"
                .into(),
        );
    }
    if *checker != Checker::default() {
        return Err(
            "an interactive problem has no [checker]: its interactor judges each test".into()
        );
    }
    super::checker_program(&dir.join(&entry.file)).map_err(|e| format!("interactor: {e:#}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_function_problem_or_a_checker_beside_an_interactor_is_refused_by_name() {
        let entry = InteractorEntry { file: "interactor.py".into() };
        let dir = Path::new("/nonexistent");
        let e = native(dir, &entry, &Checker::default(), true).unwrap_err();
        assert!(e.contains("function problem"), "{e}");
        let exact = Checker::Exact;
        let e = native(dir, &entry, &exact, false).unwrap_err();
        assert!(e.contains("no [checker]"), "{e}");
    }

    #[test]
    fn a_native_interactor_is_read_with_its_language_from_the_extension() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("interactor.py"), "import sys\n").unwrap();
        let entry = InteractorEntry { file: "interactor.py".into() };
        let program = native(dir.path(), &entry, &Checker::default(), false).unwrap();
        assert_eq!((program.language.id(), program.code.as_str()), ("python3", "import sys\n"));
        let missing = InteractorEntry { file: "nope.py".into() };
        assert!(native(dir.path(), &missing, &Checker::default(), false)
            .unwrap_err()
            .starts_with("interactor: "));
    }
}
