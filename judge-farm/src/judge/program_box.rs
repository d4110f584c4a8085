//! A problem's own program (a custom checker, an interactor, an input validator) compiled once
//! in a work box of its own, apart from the submission's, and then run as often as needed.

use anyhow::{bail, Context, Result};

use super::compile::{compile, in_own_box, sandbox_env};
use super::messages::{trim_message, COMPILE_MESSAGE_BYTES};
use crate::languages::{self, LanguageSpec};
use crate::model::Program;
use crate::sandbox::{Limits, Outcome, RunSpec, Sandbox, WorkBox};

/// A compiled program in its box.
pub(super) struct ProgramBox<'a> {
    pub sandbox: &'a dyn Sandbox,
    pub work_box: &'a WorkBox,
    pub spec: &'static LanguageSpec,
}

impl ProgramBox<'_> {
    /// Compiles `program` in a box of its own and lets `work` run it; the box is closed when
    /// `work` is done. A compile failure is the problem package's fault: an error naming
    /// `what` ("the checker").
    pub async fn with<T>(
        sandbox: &dyn Sandbox,
        program: &Program,
        what: &str,
        work: impl AsyncFnOnce(&ProgramBox<'_>) -> Result<T>,
    ) -> Result<T> {
        let language = program.language;
        let spec = languages::find(language)
            .with_context(|| format!("{what}'s language is not available"))?;
        in_own_box(sandbox, language, &format!("{what}'s box"), async |work_box| {
            let compiled = compile(sandbox, work_box, spec, &program.code, &program.files)
                .await
                .with_context(|| format!("compiling {what}"))?;
            if let Err(compiler) = compiled {
                let message = trim_message(&compiler.stderr, COMPILE_MESSAGE_BYTES);
                bail!("{what} does not compile: {message}");
            }
            work(&ProgramBox { sandbox, work_box, spec }).await
        })
        .await
    }

    /// Runs the program with `args` after its language's command, `stdin` (a file outside the
    /// box) as its input.
    pub async fn run(
        &self,
        args: Vec<String>,
        stdin: std::path::PathBuf,
        limits: Limits,
    ) -> Result<Outcome> {
        let mut argv: Vec<String> = self.spec.run.iter().map(|s| s.to_string()).collect();
        argv.extend(args);
        let run = RunSpec {
            argv,
            env: sandbox_env(self.spec),
            stdin: Some(stdin),
            limits,
            box_writable: true,
        };
        Ok(self.sandbox.run(self.work_box, run).await?)
    }
}
