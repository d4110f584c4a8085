//! Interactive problems in both package formats: whether a package declares one, and the rules
//! it must keep. A Kattis package says so with `validation: custom interactive` (legacy) or
//! `type: interactive` (2023 format) and ships its interactor as its output validator
//! (`output_validators/<name>/`, one source file); an AlgoArena package names the source file
//! in `[interactor] file = "..."`. The interactor alone judges each test, so an interactive
//! problem has no checker, and a function problem, whose tests run through a generated driver
//! in one process, cannot be interactive.

use std::path::Path;

use anyhow::Result;

use crate::checkers::Checker;
use crate::model::Program;

/// Whether a problem.yaml's `validation` and `type` declare an interactive problem; an error
/// for the interactive kinds the judge does not run (scored ones).
pub(super) fn kattis_declares(
    validation: Option<&str>,
    kind: Option<&str>,
) -> Result<bool, String> {
    let words = |text: Option<&str>| {
        text.unwrap_or("").split_whitespace().map(str::to_string).collect::<Vec<_>>()
    };
    let (validation, kind) = (words(validation), words(kind));
    let interactive = validation.iter().chain(&kind).any(|w| w == "interactive");
    if interactive
        && (validation.iter().any(|w| w == "score") || kind.iter().any(|w| w == "scoring"))
    {
        return Err(
            "scored interactive problems are not supported (an interactive problem is pass-fail)"
                .into(),
        );
    }
    Ok(interactive)
}

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
    fn both_kattis_spellings_declare_an_interactive_problem_and_scored_ones_are_refused() {
        assert_eq!(kattis_declares(Some("custom interactive"), None), Ok(true));
        assert_eq!(kattis_declares(None, Some("interactive")), Ok(true));
        assert_eq!(kattis_declares(Some("custom"), Some("pass-fail")), Ok(false));
        assert_eq!(kattis_declares(None, None), Ok(false));
        assert!(kattis_declares(Some("custom interactive score"), None)
            .unwrap_err()
            .contains("scored interactive"));
        assert!(kattis_declares(None, Some("scoring interactive")).is_err());
    }

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
