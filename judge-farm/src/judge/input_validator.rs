//! A package's input validator, run with the Kattis interface: compiled once in a box of its
//! own, then run per test input with the input on stdin and the test group's
//! `input_validator_flags` as arguments. Exit 42 means the input is valid; anything else
//! (43, a crash, a time-out) rejects it, and what the validator printed says why.

use anyhow::{Context, Result};

use super::messages::trim_message;
use super::program_box::ProgramBox;
use crate::model::Program;
use crate::sandbox::{Limits, Sandbox, Termination};

/// What one validation may use: validators read whole inputs, so they get room.
const VALIDATE_LIMITS: Limits = Limits {
    cpu_time_ms: 10_000,
    wall_time_ms: 20_000,
    memory_bytes: 512 << 20,
    max_processes: 64,
    output_bytes: 1 << 20,
};
/// Kattis's "valid" exit code.
const VALID: i32 = 42;
/// How much of the validator's complaint an import error quotes.
const MESSAGE_BYTES: usize = 1024;

/// A compiled input validator, ready to read inputs.
pub struct InputValidator<'a> {
    program: &'a ProgramBox<'a>,
    scratch: tempfile::TempDir,
}

impl InputValidator<'_> {
    /// Compiles the validator in a box of its own and lets `work` check inputs with it; the
    /// box is closed when `work` is done. A validator that does not compile is the package's
    /// error, returned as the outer `Err`; `work`'s own result comes back as it is.
    pub async fn with<T>(
        sandbox: &dyn Sandbox,
        program: &Program,
        work: impl AsyncFnOnce(&InputValidator<'_>) -> T,
    ) -> Result<T> {
        ProgramBox::with(sandbox, program, "the input validator", async |program| {
            let scratch = tempfile::tempdir().context("creating the validator's input folder")?;
            Ok(work(&InputValidator { program, scratch }).await)
        })
        .await
    }

    /// `Ok(Err(why))` when the validator rejects `input`; `Err` only when it could not be run.
    pub async fn check(&self, input: &str, flags: &[String]) -> Result<Result<(), String>> {
        // Outside the box, as a test input is: the validator sees it only on stdin.
        let stdin = self.scratch.path().join("input");
        std::fs::write(&stdin, input).context("writing the input to validate")?;
        let outcome = self
            .program
            .run(flags.to_vec(), stdin, VALIDATE_LIMITS)
            .await
            .context("running the input validator")?;
        if outcome.termination == Termination::Exited(VALID) {
            return Ok(Ok(()));
        }
        let said = if outcome.stderr.iter().any(|b| !b.is_ascii_whitespace()) {
            &outcome.stderr
        } else {
            &outcome.stdout
        };
        let said = trim_message(said, MESSAGE_BYTES);
        let ending = match outcome.termination {
            Termination::Exited(code) => format!("exit code {code}, not 42"),
            other => format!("{other:?}"),
        };
        Ok(Err(if said.trim().is_empty() { ending } else { format!("{ending}: {}", said.trim()) }))
    }
}
