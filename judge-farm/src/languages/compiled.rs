//! The shape of a compiled language: one compile step in a writable box (its own time, memory
//! and output limits, once per submission), then the same command for every test. A folder
//! program's other sources are compiled with the main one.

use algoarena_shared::language::Language;

use super::{LanguageSpec, Together};

/// A language compiled once per submission with the default compile budget (15 s CPU, 1 GiB).
pub const fn compiled(
    language: Language,
    source_file: &'static str,
    compile: &'static [&'static str],
    run: &'static [&'static str],
    self_test: &'static str,
) -> LanguageSpec {
    LanguageSpec {
        language,
        source_file,
        more_extensions: &[],
        together: Together::Listed,
        compile: Some(compile),
        run,
        env: &[],
        compile_cpu_secs: 15,
        compile_memory_mb: 1024,
        max_processes: 64,
        self_test,
    }
}
