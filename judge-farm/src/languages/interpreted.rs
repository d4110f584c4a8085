//! The shape of an interpreted language: no compile step, the interpreter reads the source
//! (and imports a folder program's other modules from beside it).

use algoarena_shared::language::Language;

use super::{LanguageSpec, Together};

/// A language whose source is run as it is.
pub const fn interpreted(
    language: Language,
    source_file: &'static str,
    run: &'static [&'static str],
    self_test: &'static str,
) -> LanguageSpec {
    LanguageSpec {
        language,
        source_file,
        more_extensions: &[],
        together: Together::Imported,
        compile: None,
        run,
        env: &[],
        compile_cpu_secs: 15,
        compile_memory_mb: 1024,
        max_processes: 64,
        self_test,
    }
}
