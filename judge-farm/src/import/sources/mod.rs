//! Programs a package gives as one source file or as a folder (validators, output validators,
//! interactors, folder submissions), read as problemtools reads them:
//! - a file is one source, its language from its extension (and a `#!` line naming a language
//!   the judge does not run, such as Python 2); a C or C++ source gets the local headers it
//!   includes put in place (see `headers`);
//! - a folder is one program of all its files (see `folder`): its language is the one most of
//!   its sources are in, its main source the only one, `main.*`, or the first by name (see
//!   `detect`), and its other files are written beside that in the box, where the language
//!   compiles its other sources with it or imports them (see `languages::Together`).
//!
//! Folders with `build`/`run` scripts are not programs the judge can run: its box has no shell.

mod detect;
mod folder;
mod headers;

use std::path::{Path, PathBuf};

use algoarena_shared::language::Language;
use anyhow::{anyhow, Context, Result};

use super::data::read as read_text;
use super::unsupported;
use crate::languages;
use crate::model::Program;

/// A program read from a package, with the file its main source is (to name it).
#[derive(Debug)]
pub(super) struct Read {
    pub main: PathBuf,
    pub program: Program,
}

/// The language a file's extension names (`.cc` is C++; see `LanguageSpec::is_source`).
pub(super) fn language_of(path: &Path) -> Option<Language> {
    let name = path.file_name()?.to_str()?;
    languages::all().iter().find(|spec| spec.is_source(name)).map(|spec| spec.language)
}

/// The program at `path` (a source file or a folder), or why it is not one the judge runs
/// (its language; no source; build scripts). An error is a file that cannot be read or cannot
/// be part of a program.
pub(super) fn read(path: &Path) -> Result<Result<Read, String>> {
    if path.is_dir() {
        return folder::read(path);
    }
    let bytes =
        std::fs::read(path).with_context(|| format!("{}: cannot read the file", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let language = match (language_of(path), unsupported::by_shebang(&text)) {
        (Some(language), None) => language,
        (_, Some(name)) => return Ok(Err(format!("unsupported language: {name}"))),
        (None, None) => {
            let name = unsupported::name(path, Some(&text));
            return Ok(Err(format!("unsupported language: {name}")));
        }
    };
    let code = if matches!(language, Language::C | Language::Cpp17) {
        headers::inlined(path)?
    } else {
        read_text(path)?
    };
    Ok(Ok(Read { main: path.to_path_buf(), program: Program::single(language, code) }))
}

/// The program at `path`, which must be one the judge runs: a checker's, an interactor's or a
/// validator's. Errors name the file or folder.
pub(super) fn program_of(path: &Path) -> Result<Read> {
    read(path)?.map_err(|why| anyhow!("{}: {why}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_one_source_and_a_folder_one_program_of_all_its_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("check.py");
        std::fs::write(&file, "import sys\n").unwrap();
        let read = program_of(&file).unwrap();
        assert_eq!(
            (read.main, read.program),
            (file, Program::single(Language::Python3, "import sys\n"))
        );

        let folder = dir.path().join("sum");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("main.py"), "from arith import add\n").unwrap();
        std::fs::write(folder.join("arith.py"), "def add(a, b): return a + b\n").unwrap();
        let read = program_of(&folder).unwrap();
        assert_eq!(read.main, folder.join("main.py"));
        assert_eq!(read.program.code, "from arith import add\n");
        let files: Vec<(&str, &str)> =
            read.program.files.iter().map(|(n, t)| (n.as_str(), t)).collect();
        assert_eq!(files, [("arith.py", "def add(a, b): return a + b\n")]);
    }

    #[test]
    fn what_the_judge_does_not_run_is_said_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.py");
        std::fs::write(&old, "#!/usr/bin/env python2\nprint 1\n").unwrap();
        assert_eq!(read(&old).unwrap().unwrap_err(), "unsupported language: Python 2");
        let e = format!("{:#}", program_of(&old).unwrap_err());
        assert!(e.ends_with("old.py: unsupported language: Python 2"), "{e}");
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let e = format!("{:#}", program_of(&empty).unwrap_err());
        assert!(e.ends_with("empty: no source file in a judged language"), "{e}");
    }

    #[test]
    fn extensions_name_languages() {
        assert_eq!(language_of(Path::new("a/b/sol.py")), Some(Language::Python3));
        assert_eq!(language_of(Path::new("Main.kt")), Some(Language::Kotlin));
        assert_eq!(language_of(Path::new("notes.txt")), None);
        assert_eq!(language_of(Path::new("sol.c")), Some(Language::C));
        assert_eq!(language_of(Path::new("sol.cc")), Some(Language::Cpp17));
        assert_eq!(language_of(Path::new("check.h")), None);
    }
}
