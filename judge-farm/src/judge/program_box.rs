//! A problem's own program (a custom checker, an input validator) compiled once in a work box
//! of its own, apart from the submission's, and then run as often as needed.

use anyhow::{bail, Context, Result};

use super::{compile_limits, sandbox_env, trim_message, COMPILE_MESSAGE_BYTES};
use crate::languages::{self, LanguageSpec};
use crate::model::Program;
use crate::sandbox::{Limits, Termination};
use crate::sandbox::{Outcome, RunSpec, Sandbox, WorkBox};

/// A compiled program in its box; `what` names it in errors ("the checker").
pub(super) struct ProgramBox<'a> {
    pub sandbox: &'a dyn Sandbox,
    pub work_box: WorkBox,
    pub spec: &'static LanguageSpec,
}

impl<'a> ProgramBox<'a> {
    /// Writes and compiles `program`; a compile failure is the package's fault, an error.
    pub async fn prepare(
        sandbox: &'a dyn Sandbox,
        program: &Program,
        what: &str,
    ) -> Result<ProgramBox<'a>> {
        let spec = languages::find(program.language)
            .with_context(|| format!("{what}'s language is not available"))?;
        let work_box = sandbox
            .create_box_for(program.language)
            .with_context(|| format!("creating {what}'s box"))?;
        std::fs::write(work_box.path().join(spec.source_file), &program.code)
            .with_context(|| format!("writing {what}"))?;
        if let Some(compile) = spec.compile {
            let run = RunSpec {
                argv: compile.iter().map(|s| s.to_string()).collect(),
                env: sandbox_env(spec),
                stdin: None,
                limits: compile_limits(spec),
                box_writable: true,
            };
            let outcome =
                sandbox.run(&work_box, run).await.with_context(|| format!("compiling {what}"))?;
            if outcome.termination != Termination::Exited(0) {
                let message = trim_message(&outcome.stderr, COMPILE_MESSAGE_BYTES);
                sandbox.close_box(work_box).await;
                bail!("{what} does not compile: {message}");
            }
        }
        Ok(ProgramBox { sandbox, work_box, spec })
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
        Ok(self.sandbox.run(&self.work_box, run).await?)
    }

    pub async fn close(self) {
        self.sandbox.close_box(self.work_box).await;
    }
}
