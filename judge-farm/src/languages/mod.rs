//! The languages this farm judges: how to compile and run each, one small file per language
//! (like DMOJ's executors/), the shared shapes in `compiled`, `interpreted` and `jvm`, how a
//! program of several files is built (`together`), and the registry.
//!
//! Memory Limit Exceeded comes only from the cgroup's OOM-kill record. Managed runtimes get a
//! heap ceiling *above* any problem's memory limit (JVM `-Xmx1g`, Node
//! `--max-old-space-size=1024`; Go and Mono have no ceiling by default), so it is the kernel's
//! OOM killer that stops a hungry program, never the runtime's own out-of-memory error.

mod c;
mod compiled;
mod cpp17;
mod csharp;
pub mod entry_point;
mod go;
mod interpreted;
mod java;
mod javascript;
mod jvm;
mod kotlin;
mod python3;
mod rust;
mod together;
mod typescript;

use algoarena_shared::language::Language;

pub use together::Together;

/// Folder of the caches the install script prepares once (the C++ precompiled header, the warm
/// Go build cache); it sits under /usr, which every sandbox sees read-only.
pub const CACHE_DIR: &str = "/usr/local/lib/algoarena";

/// How one language is compiled (optionally) and run inside the sandbox. Paths are as the
/// sandbox sees them: the submission's folder is `/box`, also the working directory.
#[derive(Debug)]
pub struct LanguageSpec {
    pub language: Language,
    /// File name the source is written to inside the box.
    pub source_file: &'static str,
    /// Extensions of the language's sources besides `source_file`'s (C++'s `.cc`), for
    /// programs a package gives as files or folders.
    pub more_extensions: &'static [&'static str],
    /// How the other sources of a folder program join the main one.
    pub together: Together,
    /// Compiler command line, when the language has a compile step.
    pub compile: Option<&'static [&'static str]>,
    /// Command line that runs the program.
    pub run: &'static [&'static str],
    /// Variables added to the sandbox's environment, for compiling and running.
    pub env: &'static [(&'static str, &'static str)],
    /// CPU seconds the compile step may use (summed over its threads); wall time is twice that.
    pub compile_cpu_secs: u64,
    /// Memory of the compile step, in MiB.
    pub compile_memory_mb: u64,
    /// Tasks (processes and threads) a test run may have at once: runtimes start threads.
    pub max_processes: u32,
    /// A program that reads two integers and prints their sum: run at worker start-up so a
    /// broken toolchain is found before a user meets it.
    pub self_test: &'static str,
}

impl LanguageSpec {
    /// Extra environment variables for compiling and running.
    pub const fn env(mut self, env: &'static [(&'static str, &'static str)]) -> Self {
        self.env = env;
        self
    }

    /// A compile step bigger than the default (JVM compilers).
    pub const fn compile_budget(mut self, cpu_secs: u64, memory_mb: u64) -> Self {
        self.compile_cpu_secs = cpu_secs;
        self.compile_memory_mb = memory_mb;
        self
    }

    /// Extensions the language's sources may have besides `source_file`'s.
    pub const fn more_extensions(mut self, extensions: &'static [&'static str]) -> Self {
        self.more_extensions = extensions;
        self
    }

    /// How a folder's other sources take part, when not as the shape's default.
    pub const fn together(mut self, together: Together) -> Self {
        self.together = together;
        self
    }

    /// More tasks for a run than the default (runtimes with many threads).
    pub const fn max_processes(mut self, n: u32) -> Self {
        self.max_processes = n;
        self
    }
}

const REGISTRY: &[&LanguageSpec] = &[
    &python3::SPEC,
    &java::SPEC,
    &cpp17::SPEC,
    &javascript::SPEC,
    &typescript::SPEC,
    &go::SPEC,
    &rust::SPEC,
    &kotlin::SPEC,
    &csharp::SPEC,
    &c::SPEC,
];

/// The spec of a language, or None when this farm cannot judge it yet.
pub fn find(language: Language) -> Option<&'static LanguageSpec> {
    REGISTRY.iter().copied().find(|s| s.language == language)
}

pub fn all() -> &'static [&'static LanguageSpec] {
    REGISTRY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_of_trd_5_is_registered_once() {
        for language in Language::ALL {
            assert_eq!(
                REGISTRY.iter().filter(|s| s.language == language).count(),
                1,
                "{language:?}"
            );
        }
    }

    #[test]
    fn every_command_is_an_absolute_path_and_sources_live_in_the_box() {
        for spec in all() {
            assert!(spec.run[0].starts_with('/'), "{:?}", spec.language);
            assert!(spec.compile.is_none_or(|c| c[0].starts_with('/')), "{:?}", spec.language);
            assert!(!spec.source_file.contains('/'));
        }
    }
}
