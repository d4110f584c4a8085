//! The languages this farm judges: how to compile and run each, one small file per language
//! (like DMOJ's executors/), plus the registry.

mod cpp17;
mod javascript;
mod python3;

use algoarena_shared::language::Language;

/// How one language is compiled (optionally) and run inside the sandbox. Paths are as the
/// sandbox sees them: the submission's folder is `/box`.
#[derive(Debug)]
pub struct LanguageSpec {
    pub language: Language,
    /// File name the source is written to inside the box.
    pub source_file: &'static str,
    /// Compiler command line, when the language has a compile step.
    pub compile: Option<&'static [&'static str]>,
    /// Command line that runs the program.
    pub run: &'static [&'static str],
    /// A program that reads two integers and prints their sum: run at worker start-up so a
    /// broken toolchain is found before a user meets it.
    pub self_test: &'static str,
}

const REGISTRY: &[&LanguageSpec] = &[&python3::SPEC, &cpp17::SPEC, &javascript::SPEC];

/// The spec of a language, or None when this farm cannot judge it yet.
pub fn find(language: Language) -> Option<&'static LanguageSpec> {
    REGISTRY.iter().copied().find(|s| s.language == language)
}

pub fn all() -> &'static [&'static LanguageSpec] {
    REGISTRY
}
