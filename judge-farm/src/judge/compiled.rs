//! The program under test (a submission, or a Run's reference solution) compiled in a work box
//! of its own, and what running it on a test comes to: the run itself and the status its ending
//! decides (its output's is `output_judge`'s).

use std::path::{Path, PathBuf};

use algoarena_shared::verdict::Status;
use anyhow::{Context, Result};

use super::compile::{compile, in_own_box, refused, sandbox_env};
use super::task::{Evaluation, Source, Task};
use crate::functions;
use crate::languages::LanguageSpec;
use crate::model::TestCase;
use crate::sandbox::{Limits, Outcome, RunSpec, Sandbox, Termination, WorkBox};

/// Output a test run may write before it is stopped with Output Limit Exceeded.
const RUN_OUTPUT_BYTES: u64 = 16 * 1024 * 1024;

/// A program compiled in its box, with what each of its test runs needs.
pub(super) struct Compiled<'a> {
    pub sandbox: &'a dyn Sandbox,
    pub work_box: &'a WorkBox,
    pub language: &'a LanguageSpec,
    /// What each test run may use.
    pub limits: Limits,
    /// Where test inputs are written: outside the box, so a program cannot read the other
    /// tests' files.
    pub inputs: &'a Path,
}

/// Compiles `source` (for a function problem, with the generated driver) in a work box of its
/// own and lets `work` run it; the box is closed when `work` is done. `Ok(Err)` holds the
/// compiler's outcome: the user's compile error, not the judge's.
pub(super) async fn with_compiled<T>(
    sandbox: &dyn Sandbox,
    source: &Source<'_>,
    task: &Task<'_>,
    work: impl AsyncFnOnce(&Compiled<'_>) -> Result<T>,
) -> Result<Result<T, Outcome>> {
    let language = source.language;
    // A function problem's program is the user's code with the language's generated driver.
    let program = match task.evaluation {
        Evaluation::Function { signature, .. } => {
            if let Some(why) = functions::not_offered(language.language, signature) {
                return Ok(Err(not_offered(language, &why)));
            }
            functions::program(language.language, signature, source.code)
        }
        _ => source.code.to_string(),
    };
    in_own_box(sandbox, language.language, "the work box", async |work_box| {
        if let Err(compiler) = compile(sandbox, work_box, language, &program, source.files).await? {
            return Ok(Err(compiler));
        }
        let inputs = tempfile::tempdir().context("creating the input folder")?;
        let limits = test_limits(source, task.memory_limit_bytes);
        let compiled = Compiled { sandbox, work_box, language, limits, inputs: inputs.path() };
        work(&compiled).await.map(Ok)
    })
    .await
}

/// The compile error of a function problem that `language` cannot offer: nothing is compiled,
/// the message says why.
fn not_offered(language: &LanguageSpec, why: &str) -> Outcome {
    let name = language.language.display_name();
    refused(format!("This problem is not offered in {name}: {why}.\n"))
}

/// What each test run of `source` may use.
fn test_limits(source: &Source<'_>, memory_limit_bytes: u64) -> Limits {
    Limits {
        cpu_time_ms: source.time_limit_ms,
        // Wall time is generous so a loaded machine does not fail honest programs; sleepers
        // still end here.
        wall_time_ms: source.time_limit_ms * 2 + 1000,
        memory_bytes: memory_limit_bytes,
        max_processes: source.language.max_processes,
        output_bytes: RUN_OUTPUT_BYTES,
    }
}

impl Compiled<'_> {
    /// How the program is run: its language's command, read-only in its box.
    pub fn run_spec(&self, stdin: Option<PathBuf>, limits: Limits) -> RunSpec {
        RunSpec {
            argv: self.language.run.iter().map(|s| s.to_string()).collect(),
            env: sandbox_env(self.language),
            stdin,
            limits,
            box_writable: false,
        }
    }

    /// Runs the program on test `index`, its input on stdin.
    pub async fn run_test(&self, index: usize, test: &TestCase) -> Result<Outcome> {
        self.run_input(index, &test.input).await
    }

    /// Runs the program on `text` as its stdin (test `index`'s input, or a later pass's).
    pub async fn run_input(&self, index: usize, text: &str) -> Result<Outcome> {
        let input = self.inputs.join(format!("{index}.in"));
        std::fs::write(&input, text).context("writing the test input")?;
        let spec = self.run_spec(Some(input.clone()), self.limits);
        let outcome = self.sandbox.run(self.work_box, spec).await.context("running a test")?;
        let _ = std::fs::remove_file(&input);
        Ok(outcome)
    }
}

/// The verdict a run's ending decides by itself; None when it exited normally and its output
/// must be checked.
pub(super) fn ending_status(termination: Termination) -> Option<Status> {
    match termination {
        Termination::Exited(0) => None,
        Termination::Exited(_) | Termination::Signaled(_) => Some(Status::RuntimeError),
        Termination::CpuTimeLimit | Termination::WallTimeLimit => Some(Status::TimeLimitExceeded),
        Termination::MemoryLimit => Some(Status::MemoryLimitExceeded),
        Termination::OutputLimit => Some(Status::OutputLimitExceeded),
    }
}
