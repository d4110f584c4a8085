//! The steps every program the judge runs goes through, a submission as much as a checker,
//! an interactor, an input validator or a reference solution: a work box of its own for its
//! whole life ([`in_own_box`]), its source (and a folder program's other files) written there
//! and compiled ([`compile`]), and the environment its runs get ([`sandbox_env`]).

use anyhow::{Context, Result};

use crate::languages::LanguageSpec;
use crate::model::ProgramFiles;
use crate::sandbox::{Limits, Outcome, RunSpec, Sandbox, Termination, WorkBox};
use algoarena_shared::language::Language;

/// Limits of the compile step: CPU and memory come from the language (JVM compilers need more),
/// wall time is twice the CPU budget, and a compiler's chatter is capped at 1 MiB.
pub(super) fn compile_limits(language: &LanguageSpec) -> Limits {
    Limits {
        cpu_time_ms: language.compile_cpu_secs * 1000,
        wall_time_ms: language.compile_cpu_secs * 2000,
        memory_bytes: language.compile_memory_mb << 20,
        max_processes: 64,
        output_bytes: 1024 * 1024,
    }
}

/// The environment a sandboxed program gets: nothing of the farm's own, plus what its
/// language's toolchain needs.
pub(super) fn sandbox_env(language: &LanguageSpec) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = vec![
        ("PATH".into(), "/usr/bin:/bin".into()),
        ("HOME".into(), "/box".into()),
        ("LANG".into(), "C.UTF-8".into()),
    ];
    env.extend(language.env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    env
}

/// Creates a work box for a `language` program, lets `work` use it, then closes it (which
/// kills and reaps whatever the program started) whether `work` succeeded or not. `what` names
/// the box in errors ("the work box", "the checker's box").
pub(super) async fn in_own_box<T>(
    sandbox: &dyn Sandbox,
    language: Language,
    what: &str,
    work: impl AsyncFnOnce(&WorkBox) -> Result<T>,
) -> Result<T> {
    // The docker backend picks the language's image here; the native one ignores it.
    let work_box = sandbox.create_box_for(language).with_context(|| format!("creating {what}"))?;
    let result = work(&work_box).await;
    // Everything the program started is gone before its result is used.
    sandbox.close_box(work_box).await;
    result
}

/// Writes `source` into the box as `language`'s source file, a folder program's other `files`
/// beside it, and compiles it: `Ok(Err)` holds the compiler's outcome when it failed (whose
/// fault that is, is for the caller to say). A single-file program has no `files`, so its box
/// and its compile line are the language's own.
pub(super) async fn compile(
    sandbox: &dyn Sandbox,
    work_box: &WorkBox,
    language: &LanguageSpec,
    source: &str,
    files: &ProgramFiles,
) -> Result<Result<(), Outcome>> {
    // Java and Kotlin start at whatever class declares `main` (see `entry_point`).
    let source = match crate::languages::entry_point::prepare(language.language, source) {
        Ok(source) => source,
        Err(message) => return Ok(Err(refused(message))),
    };
    for (name, text) in files.iter() {
        // The import refuses such a folder; a stored program is checked again all the same.
        if name.as_str() == language.source_file {
            return Ok(Err(refused(format!("{name}: the main source is written under this name"))));
        }
        std::fs::write(work_box.path().join(name.as_str()), text)
            .with_context(|| format!("writing {name}"))?;
    }
    std::fs::write(work_box.path().join(language.source_file), source.as_bytes())
        .context("writing the source file")?;
    let Some(argv) = language.compile_line(files.iter().map(|(name, _)| name.as_str())) else {
        return Ok(Ok(()));
    };
    let spec = RunSpec {
        argv,
        env: sandbox_env(language),
        stdin: None,
        limits: compile_limits(language),
        box_writable: true,
    };
    let outcome = sandbox.run(work_box, spec).await.context("running the compiler")?;
    Ok(if outcome.termination == Termination::Exited(0) { Ok(()) } else { Err(outcome) })
}

/// A compile step that never ran: its message is the compile error users see.
pub(super) fn refused(message: String) -> Outcome {
    Outcome {
        termination: Termination::Exited(1),
        cpu_time_ms: 0,
        wall_time_ms: 0,
        memory_kb: 0,
        stdout: Vec::new(),
        stderr: message.into_bytes(),
        // Nothing ran; no run is ever ordered against this one.
        ended_ns: 0,
    }
}
