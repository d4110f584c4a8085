//! A program a package gives as a folder, read as problemtools reads one: every file in it
//! belongs to the program. Its language and main source are found by `detect`; the main
//! source is stored as the program's code and every other file (the language's other sources,
//! headers, data, even sources of another language) by name beside it, to be written into its
//! box as they are. The folder's contents come from a problem setter, so names are checked
//! ([`FileName`]), the count and size are capped, and errors name the file.

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};

use super::super::data::visible_entries;
use super::detect::{detect, Detected};
use super::Read;
use crate::languages;
use crate::model::{FileName, Program, ProgramFiles};

/// At most this many files in a program's folder...
pub(super) const MAX_FILES: usize = 64;
/// ...and this many bytes in all: a validator with `testlib.h` (~200 KB) fits many times over.
pub(super) const MAX_BYTES: u64 = 4 << 20;

/// The scripts of problemtools' build/run programs.
const SCRIPTS: [&str; 2] = ["build", "run"];

/// The program in `folder`, or why it is not one the judge runs; an error names the file that
/// cannot be part of a program. Hidden files (`.gitignore`, editor files) are left out, as
/// everywhere in a package, and so are Python's bytecode caches.
pub(super) fn read(folder: &Path) -> Result<Result<Read, String>> {
    let entries = visible_entries(folder)?;
    if entries.iter().any(|p| p.file_name().is_some_and(|n| SCRIPTS.iter().any(|s| n == *s))) {
        return Ok(Err("a program built and run by its own build/run scripts is not supported: \
                       the judge's box has no shell, only the language's compiler and runtime \
                       run there; give the sources instead"
            .into()));
    }
    let mut files: Vec<(FileName, String)> = Vec::new();
    let mut bytes = 0u64;
    for path in &entries {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if name == "__pycache__" {
                continue;
            }
            bail!(
                "{}: a folder in a program's folder; its files sit directly in it",
                path.display()
            );
        }
        let name = FileName::parse(&name).map_err(|why| anyhow!("{}: {why}", path.display()))?;
        if files.len() == MAX_FILES {
            bail!("{}: one file too many; a program's folder holds {MAX_FILES}", path.display());
        }
        bytes += std::fs::metadata(path)
            .with_context(|| format!("{}: cannot read the file", path.display()))?
            .len();
        if bytes > MAX_BYTES {
            bail!(
                "{}: the program's files pass {} MiB in all with this one",
                path.display(),
                MAX_BYTES >> 20
            );
        }
        let text = String::from_utf8(
            std::fs::read(path)
                .with_context(|| format!("{}: cannot read the file", path.display()))?,
        )
        .map_err(|_| {
            anyhow!("{}: not UTF-8 text; a program's files are kept as text", path.display())
        })?;
        files.push((name, text));
    }
    let (language, main) = match detect(&files) {
        Detected::Judged { language, main } => (language, main),
        Detected::Unjudged(why) => return Ok(Err(why)),
    };
    let spec = languages::find(language).with_context(|| format!("{language:?} is not judged"))?;
    let (main_name, code) = files.remove(main);
    // The main source is written under the language's own name: no other file may take it.
    if let Some((taken, _)) = files.iter().find(|(name, _)| name.as_str() == spec.source_file) {
        bail!(
            "{}: the judge writes the main source {main_name} under this name; rename one of them",
            folder.join(taken.as_str()).display()
        );
    }
    let program = Program { language, code, files: files.into_iter().collect::<ProgramFiles>() };
    Ok(Ok(Read { main: folder.join(main_name.as_str()), program }))
}

#[cfg(test)]
mod tests {
    use algoarena_shared::language::Language;

    use super::*;

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    fn error(dir: &tempfile::TempDir) -> String {
        format!("{:#}", read(dir.path()).unwrap_err())
    }

    #[test]
    fn a_folder_is_its_main_source_with_every_other_file_beside_it() {
        let dir = folder(&[
            (
                "validate.cpp",
                "#include \"bounds.h\"\nint main() { return in_range(1) ? 42 : 43; }\n",
            ),
            ("bounds.cpp", "#include \"bounds.h\"\nbool in_range(long long x) { return x > 0; }\n"),
            ("bounds.h", "#pragma once\nbool in_range(long long x);\n"),
            ("gen.py", "print(1)\n"),
            (".gitignore", "*.o\n"),
        ]);
        let read = read(dir.path()).unwrap().unwrap();
        assert_eq!(read.main, dir.path().join("bounds.cpp"), "the first source by name");
        assert_eq!(read.program.language, Language::Cpp17);
        assert!(read.program.code.contains("bool in_range(long long x) {"), "kept as it is");
        let names: Vec<&str> = read.program.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["bounds.h", "gen.py", "validate.cpp"], "hidden files are left out");
    }

    #[test]
    fn scripts_and_unjudged_languages_are_not_programs_the_judge_runs() {
        let scripts = folder(&[("build", "#!/bin/sh\n"), ("sol.cpp", "")]);
        let why = read(scripts.path()).unwrap().unwrap_err();
        assert!(why.contains("build/run scripts") && why.contains("no shell"), "{why}");
        let haskell = folder(&[("Main.hs", "main = pure ()\n")]);
        assert_eq!(read(haskell.path()).unwrap().unwrap_err(), "unsupported language: Haskell");
    }

    #[test]
    fn untrusted_names_sizes_and_counts_are_refused_naming_the_file() {
        let spaced = folder(&[("sol.py", ""), ("my notes.txt", "")]);
        assert!(
            error(&spaced).contains("my notes.txt: ' ' is not a portable"),
            "{}",
            error(&spaced)
        );
        let dashed = folder(&[("sol.py", ""), ("-o", "")]);
        assert!(error(&dashed).contains("-o: a file name may not start"), "{}", error(&dashed));
        let nested = folder(&[("sol.py", "")]);
        std::fs::create_dir(nested.path().join("lib")).unwrap();
        assert!(error(&nested).contains("lib: a folder in a program's folder"));
        std::fs::create_dir(nested.path().join("__pycache__")).unwrap();
        std::fs::remove_dir(nested.path().join("lib")).unwrap();
        assert!(read(nested.path()).unwrap().is_ok(), "bytecode caches are left out");

        let many: Vec<(String, &str)> =
            (0..=MAX_FILES).map(|i| (format!("m{i:03}.py"), "")).collect();
        let many: Vec<(&str, &str)> = many.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        let e = error(&folder(&many));
        assert!(
            e.ends_with(&format!(
                "m064.py: one file too many; a program's folder holds {MAX_FILES}"
            )),
            "{e}"
        );
        let big = "x".repeat((MAX_BYTES / 2) as usize + 1);
        let huge = folder(&[("a.py", &big), ("b.py", &big)]);
        assert!(error(&huge).ends_with("b.py: the program's files pass 4 MiB in all with this one"));
        let binary = folder(&[("sol.py", "")]);
        std::fs::write(binary.path().join("data.bin"), [0xff, 0xfe]).unwrap();
        assert!(error(&binary).contains("data.bin: not UTF-8 text"));
    }

    #[test]
    fn no_other_file_may_take_the_main_sources_name_in_the_box() {
        let dir = folder(&[
            ("Main.java", "class Helper {}\n"),
            ("Solution.java", "class Solution { public static void main(String[] a) {} }\n"),
        ]);
        let e = error(&dir);
        assert!(e.ends_with("Main.java: the judge writes the main source Solution.java under this name; rename one of them"), "{e}");
    }
}
