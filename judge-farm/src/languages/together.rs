//! How a program of several files is built: a package may give a validator, an interactor or a
//! reference as a folder (the ICPC/Kattis format, as problemtools runs it). Its main source is
//! written as the language's `source_file` and its other files beside it under their own
//! names; this says how the other sources of the language take part. A single-file program,
//! which every user's submission is, keeps the language's commands exactly as they are.

use super::LanguageSpec;

/// How a folder's other sources join its main one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Together {
    /// Named on the compile line right after the main source, so they are compiled and linked
    /// together (problemtools' `{files}`): C, C++, C#, Go, Java, Kotlin.
    Listed,
    /// Found by the main source itself: Python and JavaScript import the modules beside it at
    /// run time, rustc reads the `mod`s beside `main.rs`.
    Imported,
    /// Found by the compiler following the main source's imports once this flag is on the
    /// compile line: esbuild's `--bundle` puts TypeScript's imported modules into `main.js`
    /// (Node could not load a `.ts` module itself).
    Bundled(&'static str),
}

impl LanguageSpec {
    /// Whether a file of this name is a source of the language (by its extension, as
    /// problemtools' `files` globs: case matters, `x.C` is C++ and `x.c` is C).
    pub fn is_source(&self, name: &str) -> bool {
        let Some((_, extension)) = name.rsplit_once('.') else { return false };
        let own = self.source_file.rsplit_once('.').map(|(_, e)| e);
        own == Some(extension) || self.more_extensions.contains(&extension)
    }

    /// The compile command for the main source with `others` beside it (the names of a
    /// folder's other files, in order; data files among them are left out here). None when
    /// the language has no compile step.
    pub fn compile_line<'n>(&self, others: impl Iterator<Item = &'n str>) -> Option<Vec<String>> {
        let compile = self.compile?;
        let mut line: Vec<String> = compile.iter().map(|s| s.to_string()).collect();
        let sources: Vec<&str> = others.filter(|name| self.is_source(name)).collect();
        if sources.is_empty() {
            return Some(line);
        }
        let at = line.iter().position(|arg| names_source(arg, self.source_file));
        // A compile line that does not name its source cannot take others: a unit test keeps
        // every language's naming it.
        let Some(at) = at else { return Some(line) };
        match self.together {
            Together::Imported => {}
            Together::Bundled(flag) => line.insert(at + 1, flag.to_string()),
            Together::Listed if line[at].ends_with(&format!(" {}", self.source_file)) => {
                // A shell script's last word (Go's copies its warm cache first). File names are
                // portable characters only (`model::FileName`), so each is one word as it is.
                line[at] = format!("{} {}", line[at], sources.join(" "));
            }
            Together::Listed => {
                // As the main source is named: `/box/main.cpp` gives `/box/helper.cpp`.
                let folder = &line[at][..line[at].len() - self.source_file.len()];
                let listed: Vec<String> = sources.iter().map(|s| format!("{folder}{s}")).collect();
                line.splice(at + 1..at + 1, listed);
            }
        }
        Some(line)
    }
}

/// Whether a compile-line argument is the main source: its name, its path in the box, or the
/// last word of a shell script.
fn names_source(arg: &str, source_file: &str) -> bool {
    arg == source_file
        || arg.strip_suffix(source_file).is_some_and(|rest| rest.ends_with(['/', ' ']))
}

#[cfg(test)]
mod tests {
    use algoarena_shared::language::Language;

    use super::*;
    use crate::languages::{all, find};

    fn line(language: Language, others: &[&str]) -> Vec<String> {
        find(language).unwrap().compile_line(others.iter().copied()).unwrap()
    }

    #[test]
    fn a_single_file_compiles_with_the_languages_own_line() {
        for spec in all().iter().filter(|s| s.compile.is_some()) {
            let own: Vec<String> = spec.compile.unwrap().iter().map(|s| s.to_string()).collect();
            assert_eq!(spec.compile_line(std::iter::empty()).unwrap(), own, "{:?}", spec.language);
            // Data files beside it change nothing either.
            assert_eq!(spec.compile_line(["notes.txt"].into_iter()).unwrap(), own);
        }
    }

    #[test]
    fn every_compile_line_names_its_source_so_others_can_join_it() {
        for spec in all().iter().filter(|s| s.compile.is_some()) {
            assert!(
                spec.compile.unwrap().iter().any(|a| names_source(a, spec.source_file)),
                "{:?}",
                spec.language
            );
        }
    }

    #[test]
    fn listed_sources_follow_the_main_one_as_it_is_named() {
        let cpp = line(Language::Cpp17, &["bounds.cpp", "bounds.h", "x.cc", "y.c"]);
        let at = cpp.iter().position(|a| a == "/box/main.cpp").unwrap();
        assert_eq!(cpp[at + 1..at + 3], ["/box/bounds.cpp", "/box/x.cc"]);
        assert!(!cpp.iter().any(|a| a.contains("bounds.h") || a.contains("y.c")), "{cpp:?}");
        let java = line(Language::Java, &["Adder.java"]);
        assert_eq!(java[java.len() - 2..], ["Main.java", "Adder.java"]);
        let go = line(Language::Go, &["util.go", "more.go"]);
        assert!(go[2].ends_with(" main.go util.go more.go"), "{go:?}");
        let c = line(Language::C, &["lib.c"]);
        assert_eq!(c[c.len() - 3..], ["/box/main.c", "/box/lib.c", "-lm"]);
    }

    #[test]
    fn imported_sources_are_only_written_and_bundled_ones_turn_the_flag_on() {
        let rust = find(Language::Rust).unwrap();
        let own: Vec<String> = rust.compile.unwrap().iter().map(|s| s.to_string()).collect();
        assert_eq!(line(Language::Rust, &["graph.rs"]), own);
        let ts = line(Language::Typescript, &["helper.ts"]);
        assert_eq!(ts[1..3], ["main.ts", "--bundle"]);
    }

    #[test]
    fn extensions_follow_the_format() {
        let cpp = find(Language::Cpp17).unwrap();
        for name in ["a.cpp", "a.cc", "a.cxx", "a.c++", "a.C"] {
            assert!(cpp.is_source(name), "{name}");
        }
        assert!(!cpp.is_source("a.c") && !cpp.is_source("a.h") && !cpp.is_source("cpp"));
        assert!(find(Language::C).unwrap().is_source("a.c"));
        assert!(find(Language::Python3).unwrap().is_source("a.py3"));
    }
}
