//! How an ICPC package's statement shows its samples when that differs from the tests judged:
//! the 2023-07 format's `data/sample/<name>.in.statement` and `.ans.statement` (shown instead
//! of the `.in` and `.ans`), `.out` (a valid output shown instead of an `.ans` that is not one,
//! after `.ans.statement`), and `.in.download` / `.ans.download` (offered for download instead
//! of what is shown). A sample may be shown without being judged: `<name>.in.statement` with
//! `<name>.ans.statement` and no `.in`. Legacy packages get the same reading, as problemtools
//! and BAPCtools give them. An interactive problem shows its transcripts instead (see
//! `interaction`), so there these files are ignored with a note.

use std::path::{Path, PathBuf};

use algoarena_shared::api::{Sample, StatementSample};
use anyhow::{bail, Context, Result};

use super::data::{files_under, read};

/// The endings that make a package's samples shown otherwise than judged.
const OVERRIDES: [&str; 5] =
    [".in.statement", ".ans.statement", ".out", ".in.download", ".ans.download"];

/// The samples as the statement shows them (None: as they are judged), and what the import
/// reports about them.
pub(super) fn read_samples(
    package: &Path,
    interactive: bool,
) -> Result<(Option<Vec<StatementSample>>, Vec<String>)> {
    let files = files_under(&package.join("data/sample"), |_| true)?;
    let overrides: Vec<&PathBuf> = files.iter().filter(|f| ending(f).is_some()).collect();
    if overrides.is_empty() {
        return Ok((None, Vec::new()));
    }
    if interactive {
        let note = format!(
            "{}: ignored, an interactive problem's samples are shown as its .interaction \
             transcripts",
            overrides[0].strip_prefix(package).unwrap_or(overrides[0]).display()
        );
        return Ok((None, vec![note]));
    }
    // Every sample with an input, shown or judged, by its name (the path without the ending),
    // in the order the judged tests take (`data::read_tests` sorts the `.in` paths).
    let mut names: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| {
            let name = f.to_str()?;
            let base = name.strip_suffix(".in.statement").or_else(|| name.strip_suffix(".in"))?;
            Some(PathBuf::from(format!("{base}.in")))
        })
        .collect();
    names.sort();
    names.dedup();
    for file in &overrides {
        let name = file.to_string_lossy();
        let base = OVERRIDES.iter().find_map(|e| name.strip_suffix(e)).unwrap_or(&name);
        if !names.contains(&PathBuf::from(format!("{base}.in"))) {
            bail!("{}: a sample file without a {base}.in or {base}.in.statement", file.display());
        }
    }
    let samples =
        names.iter().map(|input| shown(&input.with_extension(""))).collect::<Result<_>>()?;
    Ok((Some(samples), Vec::new()))
}

/// The override ending `file` has, if any.
fn ending(file: &Path) -> Option<&'static str> {
    let name = file.file_name()?.to_str()?;
    OVERRIDES.into_iter().find(|e| name.ends_with(e))
}

/// The sample named `base` (a path without its ending) as the statement shows it.
fn shown(base: &Path) -> Result<StatementSample> {
    let with = |ending: &str| PathBuf::from(format!("{}{ending}", base.display()));
    let first = |endings: &[&str]| -> Result<Option<String>> {
        match endings.iter().map(|e| with(e)).find(|f| f.is_file()) {
            Some(file) => read(&file).map(Some),
            None => Ok(None),
        }
    };
    let input = first(&[".in.statement", ".in"])?
        .with_context(|| format!("{}: the sample's input is gone", with(".in").display()))?;
    let Some(output) = first(&[".ans.statement", ".out", ".ans"])? else {
        bail!(
            "{}: a sample shown without a test needs {}",
            with(".in.statement").display(),
            with(".ans.statement").display()
        );
    };
    let download = match (first(&[".in.download"])?, first(&[".ans.download"])?) {
        (None, None) => None,
        (input_file, output_file) => Some(Sample {
            input: input_file.unwrap_or_else(|| input.clone()),
            output: output_file.unwrap_or_else(|| output.clone()),
        }),
    };
    Ok(StatementSample { input, output, download })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_package::package;

    fn shown_of(files: &[(&str, &str)]) -> Result<Option<Vec<StatementSample>>> {
        read_samples(package(files).path(), false).map(|(shown, _)| shown)
    }

    #[test]
    fn samples_without_overrides_are_shown_as_judged() {
        let plain = [("data/sample/1.in", "1\n"), ("data/sample/1.ans", "1\n")];
        assert_eq!(shown_of(&plain).unwrap(), None);
        assert_eq!(shown_of(&[]).unwrap(), None, "no sample folder at all");
    }

    #[test]
    fn statement_files_then_out_then_the_test_are_shown_in_that_order() {
        let files = [
            ("data/sample/1.in", "5\n"),
            ("data/sample/1.ans", "any 2 of 5\n"),
            ("data/sample/1.out", "1 4\n"),
            ("data/sample/2.in", "3\n"),
            ("data/sample/2.ans", "judge's notes\n"),
            ("data/sample/2.in.statement", "3  (three)\n"),
            ("data/sample/2.ans.statement", "1 2\n"),
            ("data/sample/2.out", "2 1\n"),
            ("data/sample/3.in", "7\n"),
            ("data/sample/3.ans", "3 4\n"),
        ];
        let shown = shown_of(&files).unwrap().unwrap();
        let texts: Vec<(&str, &str)> =
            shown.iter().map(|s| (s.input.as_str(), s.output.as_str())).collect();
        assert_eq!(texts, [("5\n", "1 4\n"), ("3  (three)\n", "1 2\n"), ("7\n", "3 4\n")]);
        assert!(shown.iter().all(|s| s.download.is_none()));
    }

    #[test]
    fn a_sample_may_be_shown_without_being_judged_but_needs_its_answer() {
        let files = [
            ("data/sample/1.in", "1\n"),
            ("data/sample/1.ans", "1\n"),
            ("data/sample/0-picture.in.statement", "#.#\n"),
            ("data/sample/0-picture.ans.statement", "2\n"),
        ];
        let shown = shown_of(&files).unwrap().unwrap();
        assert_eq!(shown.len(), 2);
        assert_eq!((shown[0].input.as_str(), shown[0].output.as_str()), ("#.#\n", "2\n"));

        let e = shown_of(&files[..3]).unwrap_err().to_string();
        assert!(e.contains("0-picture.ans.statement"), "{e}");
        let orphan = [("data/sample/1.in", "1\n"), ("data/sample/x.ans.statement", "2\n")];
        let e = shown_of(&orphan).unwrap_err().to_string();
        assert!(e.contains("x.ans.statement") && e.contains("without"), "{e}");
    }

    #[test]
    fn downloads_default_to_what_is_shown() {
        let files = [
            ("data/sample/a/1.in", "1\n"),
            ("data/sample/a/1.ans", "1\n"),
            ("data/sample/a/1.in.statement", "one\n"),
            ("data/sample/a/1.ans.download", "1 (as a file)\n"),
        ];
        let shown = shown_of(&files).unwrap().unwrap();
        let download = shown[0].download.as_ref().unwrap();
        assert_eq!(
            (download.input.as_str(), download.output.as_str()),
            ("one\n", "1 (as a file)\n")
        );
    }

    #[test]
    fn an_interactive_problem_keeps_its_transcripts_and_says_so() {
        let files = [
            ("data/sample/1.in", "1\n"),
            ("data/sample/1.ans", "1\n"),
            ("data/sample/1.in.statement", "one\n"),
        ];
        let dir = package(&files);
        let (shown, notes) = read_samples(dir.path(), true).unwrap();
        assert_eq!(shown, None);
        assert!(notes[0].contains("data/sample/1.in.statement: ignored"), "{notes:?}");
    }
}
