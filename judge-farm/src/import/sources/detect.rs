//! Which language a program's folder is in and which of its files is the main source, decided
//! as problemtools decides (`problemtools/languages.py` and `run/source.py`, with the rules of
//! its `config/languages.yaml`):
//! - language: each language counts the folder's files that are its sources (by extension);
//!   the most files win, and a tie goes to the language of higher priority (C++ 1000, C 950,
//!   Python 2 860, Python 3 850, Java 800, C# 700, Rust 575, JavaScript 500, Go 400, Kotlin
//!   250; TypeScript, which the format does not know, 475). A `.py` file whose `#!` line names
//!   Python 2 counts for Python 2 as well as for Python 3 (which loses the tie), a `.py2` file
//!   for Python 2 alone. Languages the judge does not run are counted by extension and win only
//!   with more files (their priorities are problemtools' business).
//! - main source: the only source; else the one named `main.<extension>` (any case); else the
//!   first source by name. The others are compiled with it or imported by it (see
//!   `languages::Together`); problemtools runs `{mainfile}` the same way. Java and Kotlin run
//!   whichever class declares `main`, as a single file does (see `languages::entry_point`), so
//!   for them the same choice is made among the sources that declare one, when any does.

use algoarena_shared::language::Language;

use super::super::unsupported;
use crate::languages::{self, entry_point};
use crate::model::FileName;

/// What a folder's files make.
#[derive(Debug, PartialEq)]
pub(super) enum Detected {
    /// A program in a judged language, and the index of its main source among the files.
    Judged { language: Language, main: usize },
    /// Not a program the judge runs: why (its language, or no source at all).
    Unjudged(String),
}

/// problemtools' priority of a judged language (TypeScript's is ours).
fn priority(language: Language) -> u32 {
    match language {
        Language::Cpp17 => 1000,
        Language::C => 950,
        Language::Python3 => 850,
        Language::Java => 800,
        Language::Csharp => 700,
        Language::Rust => 575,
        Language::Javascript => 500,
        Language::Typescript => 475,
        Language::Go => 400,
        Language::Kotlin => 250,
    }
}
const PYTHON2: &str = "Python 2";
const PYTHON2_PRIORITY: u32 = 860;

/// The language of the folder's `files` (in name order, with their texts) and its main source.
pub(super) fn detect(files: &[(FileName, String)]) -> Detected {
    let count = |is_source: &dyn Fn(&str, &str) -> bool| {
        files.iter().filter(|(name, text)| is_source(name.as_str(), text)).count()
    };
    // (files, priority, language): the greatest wins.
    let mut candidates: Vec<(usize, u32, Result<Language, &str>)> = languages::all()
        .iter()
        .map(|spec| {
            (count(&|name, _| spec.is_source(name)), priority(spec.language), Ok(spec.language))
        })
        .collect();
    let python2 = count(&|name, text| {
        name.ends_with(".py2")
            || (name.ends_with(".py") && unsupported::by_shebang(text) == Some(PYTHON2))
    });
    candidates.push((python2, PYTHON2_PRIORITY, Err(PYTHON2)));
    for (name, _) in files {
        if let Some(other) = unsupported::by_extension(name.as_str()) {
            match candidates.iter_mut().find(|c| c.2 == Err(other)) {
                Some(candidate) => candidate.0 += 1,
                None => candidates.push((1, 0, Err(other))),
            }
        }
    }
    let best = candidates.into_iter().max_by_key(|(files, priority, _)| (*files, *priority));
    match best {
        Some((n, _, Ok(language))) if n > 0 => {
            Detected::Judged { language, main: main_source(language, files) }
        }
        Some((n, _, Err(other))) if n > 0 => {
            Detected::Unjudged(format!("unsupported language: {other}"))
        }
        _ => Detected::Unjudged("no source file in a judged language".into()),
    }
}

/// The index of the main source among `files` for a program in `language` (see the module's
/// comment); `files` holds at least one source of it.
fn main_source(language: Language, files: &[(FileName, String)]) -> usize {
    let Some(spec) = languages::find(language) else { return 0 };
    let sources: Vec<usize> =
        (0..files.len()).filter(|&i| spec.is_source(files[i].0.as_str())).collect();
    let declaring: Vec<usize> = sources
        .iter()
        .copied()
        .filter(|&i| entry_point::declares_main(language, &files[i].1))
        .collect();
    let pool = if declaring.is_empty() { sources } else { declaring };
    let named_main =
        |i: &usize| files[*i].0.as_str().get(..5).is_some_and(|p| p.eq_ignore_ascii_case("main."));
    let first = |among: Vec<usize>| among.into_iter().min_by_key(|&i| &files[i].0);
    let mains: Vec<usize> = pool.iter().copied().filter(named_main).collect();
    first(mains).or_else(|| first(pool)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(named: &[(&str, &str)]) -> Vec<(FileName, String)> {
        named.iter().map(|(n, t)| (FileName::parse(n).unwrap(), t.to_string())).collect()
    }

    fn judged(named: &[(&str, &str)]) -> (Language, String) {
        let files = files(named);
        match detect(&files) {
            Detected::Judged { language, main } => (language, files[main].0.to_string()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_language_with_the_most_files_wins_and_ties_go_by_priority() {
        let cpp = [("validate.cpp", ""), ("bounds.cc", ""), ("gen.py", ""), ("bounds.h", "")];
        assert_eq!(judged(&cpp).0, Language::Cpp17);
        let python = [("a.py", ""), ("b.py", ""), ("c.cpp", "")];
        assert_eq!(judged(&python).0, Language::Python3);
        assert_eq!(judged(&[("a.c", ""), ("b.cpp", "")]).0, Language::Cpp17);
        assert_eq!(judged(&[("A.java", ""), ("b.py", "")]).0, Language::Python3);
        let none = files(&[("README", ""), ("notes.txt", "")]);
        assert_eq!(detect(&none), Detected::Unjudged("no source file in a judged language".into()));
    }

    #[test]
    fn python_2_is_told_by_its_shebang_and_other_languages_by_their_extensions() {
        let py2 = "#!/usr/bin/env python2\nprint 1\n";
        let unjudged = |named: &[(&str, &str)]| detect(&files(named));
        let two = Detected::Unjudged("unsupported language: Python 2".into());
        assert_eq!(unjudged(&[("sol.py", py2)]), two);
        assert_eq!(unjudged(&[("sol.py", py2), ("util.py2", "")]), two);
        // A helper without the shebang is evidence for Python 3 only: 2 files against 1.
        assert_eq!(judged(&[("sol.py", py2), ("util.py", "")]).0, Language::Python3);
        let haskell = [("Main.hs", ""), ("Util.hs", ""), ("ffi.c", "")];
        assert_eq!(unjudged(&haskell), Detected::Unjudged("unsupported language: Haskell".into()));
    }

    #[test]
    fn the_main_source_is_the_only_one_or_main_or_the_first_by_name() {
        assert_eq!(judged(&[("data.txt", ""), ("solve.py", "")]).1, "solve.py");
        assert_eq!(judged(&[("arith.py", ""), ("main.py", "")]).1, "main.py");
        assert_eq!(judged(&[("arith.py", ""), ("MAIN.py3", "")]).1, "MAIN.py3");
        assert_eq!(judged(&[("b.py", ""), ("a.py", ""), ("c.py", "")]).1, "a.py");
        assert_eq!(judged(&[("bounds.cpp", ""), ("validate.cpp", "")]).1, "bounds.cpp");
    }

    #[test]
    fn a_jvm_folder_runs_the_class_that_declares_main() {
        let adder = "public class Adder { static long add(long a, long b) { return a + b; } }";
        let solution = "public class Solution { public static void main(String[] a) {} }";
        let (language, main) = judged(&[("Adder.java", adder), ("Solution.java", solution)]);
        assert_eq!((language, main.as_str()), (Language::Java, "Solution.java"));
        let main_too = "class Main { public static void main(String[] a) {} }";
        let both = [("Main.java", main_too), ("Solution.java", solution)];
        assert_eq!(judged(&both).1, "Main.java");
        let kotlin =
            [("add.kt", "fun add(a: Long, b: Long) = a + b\n"), ("sum.kt", "fun main() {}\n")];
        assert_eq!(judged(&kotlin).1, "sum.kt");
        // Without any `main`, the format's rule picks one and its compile says what is missing.
        assert_eq!(judged(&[("B.java", adder), ("A.java", adder)]).1, "A.java");
    }
}
