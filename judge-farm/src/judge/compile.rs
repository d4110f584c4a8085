//! The steps every program the judge runs goes through, a submission as much as a checker,
//! an interactor, an input validator or a reference solution: a work box of its own for its
//! whole life ([`in_own_box`]), its source written there and compiled ([`compile`]), and the
//! environment its runs get ([`sandbox_env`]).

use anyhow::{Context, Result};

use crate::languages::LanguageSpec;
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

/// Writes `source` into the box as `language`'s source file and compiles it: `Ok(Err)` holds
/// the compiler's outcome when it failed (whose fault that is, is for the caller to say).
pub(super) async fn compile(
    sandbox: &dyn Sandbox,
    work_box: &WorkBox,
    language: &LanguageSpec,
    source: &str,
) -> Result<Result<(), Outcome>> {
    std::fs::write(work_box.path().join(language.source_file), source)
        .context("writing the source file")?;
    let Some(compile) = language.compile else { return Ok(Ok(())) };
    let spec = RunSpec {
        argv: compile.iter().map(|s| s.to_string()).collect(),
        env: sandbox_env(language),
        stdin: None,
        limits: compile_limits(language),
        box_writable: true,
    };
    let outcome = sandbox.run(work_box, spec).await.context("running the compiler")?;
    Ok(if outcome.termination == Termination::Exited(0) { Ok(()) } else { Err(outcome) })
}
