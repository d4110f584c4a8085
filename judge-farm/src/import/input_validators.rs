//! Input validators: a package's program that checks every test input against the statement's
//! constraints before anything is imported. Kattis packages keep it in `input_validators/`
//! (a folder of one or several files, see `sources`, or one file directly there); native ones
//! name it in problem.toml (`validator = "validator.py"`). It is run in the sandbox per test
//! input (see `judge::InputValidator`); an input it rejects fails the import, naming the test
//! file.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use super::data::visible_entries;
use super::{sources, Package};
use crate::db::problems::NewTest;
use crate::judge::InputValidator;
use crate::model::Program;
use crate::sandbox::Sandbox;

/// A package's input validator and what to run it on.
#[derive(Debug, Clone)]
pub struct InputValidatorSpec {
    /// The program's source file or folder, for messages.
    pub source: PathBuf,
    pub program: Program,
    /// Per test of the package, in order: the input file (for messages) and the flags.
    pub runs: Vec<(PathBuf, Vec<String>)>,
}

/// The file a test's input was read from.
pub(super) fn input_file(dir: &Path, test: &NewTest) -> PathBuf {
    let set = if test.is_sample { "sample" } else { "secret" };
    dir.join("data").join(set).join(format!("{}.in", test.name))
}

/// The program of a Kattis package's input validator, if it has one: `input_validators/` holds
/// one folder (the program, of all its files), or one source file itself, beside which files
/// that no judged language compiles (its headers, notes) are left aside.
pub(super) fn find_kattis(dir: &Path) -> Result<Option<PathBuf>> {
    let root = dir.join("input_validators");
    if !root.is_dir() {
        return Ok(None);
    }
    let entries = visible_entries(&root)?;
    if let [folder] = entries.as_slice() {
        if folder.is_dir() {
            return Ok(Some(folder.clone()));
        }
    }
    let sources: Vec<&PathBuf> =
        entries.iter().filter(|p| p.is_file() && sources::language_of(p).is_some()).collect();
    let [source] = sources.as_slice() else {
        bail!(
            "{}: expected one input validator (a folder, or one source file); found {}",
            root.display(),
            sources.len()
        );
    };
    Ok(Some((*source).clone()))
}

/// The validator's name, as 2023-format flag maps key it: its folder's, or its file's without
/// the extension.
pub(super) fn validator_name(program: &Path) -> String {
    let named = if program.is_dir() { program.file_name() } else { program.file_stem() };
    named.unwrap_or_default().to_string_lossy().into_owned()
}

/// Reads the validator's source and pairs each test with its input file and flags.
pub(super) fn spec(
    dir: &Path,
    source: &Path,
    tests: &[NewTest],
    flags: Vec<Vec<String>>,
) -> Result<InputValidatorSpec> {
    let program = super::checker_program(source).context("input validator")?;
    let runs = tests.iter().map(|t| input_file(dir, t)).zip(flags).collect();
    Ok(InputValidatorSpec { source: source.to_path_buf(), program, runs })
}

/// Runs the package's input validator (compiled once) on every test input; fails naming the
/// first input it rejects, the problem and the validator's own words.
pub(super) async fn validate(sandbox: &dyn Sandbox, package: &Package) -> Result<()> {
    let Some(spec) = &package.input_validator else { return Ok(()) };
    let slug = &package.problem.slug;
    let result = InputValidator::with(sandbox, &spec.program, async |validator| {
        for (test, (file, flags)) in package.problem.tests.iter().zip(&spec.runs) {
            match validator.check(&test.input, flags).await {
                Ok(Ok(())) => {}
                Ok(Err(why)) => {
                    return Err(anyhow::anyhow!(
                        "{} (problem '{slug}'): the input validator {} rejects this input: {why}",
                        file.display(),
                        spec.source.display()
                    ));
                }
                Err(e) => {
                    return Err(e.context(format!(
                        "{} (problem '{slug}'): validating the input",
                        file.display()
                    )));
                }
            }
        }
        Ok(())
    })
    .await
    .with_context(|| format!("{} (problem '{slug}')", spec.source.display()))?;
    if result.is_ok() {
        tracing::info!(problem = %slug, inputs = spec.runs.len(), "test inputs validated");
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kattis_validator_is_a_folder_or_one_source_file_directly_there() {
        let dir = tempfile::tempdir().unwrap();
        assert!(find_kattis(dir.path()).unwrap().is_none());
        let folder = dir.path().join("input_validators/bounds");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("validate.cpp"), "").unwrap();
        std::fs::write(folder.join("range.cpp"), "").unwrap();
        let found = find_kattis(dir.path()).unwrap().unwrap();
        assert_eq!(found, folder);
        assert_eq!(validator_name(&found), "bounds");

        let flat = tempfile::tempdir().unwrap();
        let root = flat.path().join("input_validators");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("check.cpp"), "").unwrap();
        std::fs::write(root.join("check.h"), "").unwrap();
        let found = find_kattis(flat.path()).unwrap().unwrap();
        assert_eq!(validator_name(&found), "check");
        std::fs::write(root.join("other.py"), "").unwrap();
        assert!(format!("{:#}", find_kattis(flat.path()).unwrap_err())
            .contains("expected one input validator"));
    }

    #[test]
    fn a_test_is_named_by_its_input_file() {
        let test = NewTest {
            name: "group1/03".into(),
            input: String::new(),
            expected_output: String::new(),
            is_sample: false,
        };
        assert_eq!(input_file(Path::new("/p"), &test), Path::new("/p/data/secret/group1/03.in"));
    }
}
