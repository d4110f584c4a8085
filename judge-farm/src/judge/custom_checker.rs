//! A problem's own checker program, run with the Kattis output-validator interface: compiled
//! once per submission in a work box of its own (the submission's box never sees it or the
//! answers), then for each test run as `checker <input> <answer> <feedback_dir>` with the
//! program's output on stdin. Exit 42 accepts, 43 rejects; anything else is the checker's
//! failure, which is the judge's error, never the submission's verdict.

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use super::{compile_limits, sandbox_env, trim_message, COMPILE_MESSAGE_BYTES};
use crate::languages::{self, LanguageSpec};
use crate::sandbox::{Limits, RunSpec, Sandbox, Termination, WorkBox};
use algoarena_shared::language::Language;

/// A checker program as a package ships it and the database keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckerProgram {
    pub language: Language,
    pub code: String,
}

/// What one check may use: checkers read whole outputs, so they get room.
const CHECK_LIMITS: Limits =
    Limits { cpu_time_ms: 10_000, wall_time_ms: 20_000, memory_bytes: 512 << 20, max_processes: 64, output_bytes: 1 << 20 };
/// Kattis's exit codes.
const ACCEPTED: i32 = 42;
const WRONG_ANSWER: i32 = 43;

/// A compiled checker, ready to judge outputs.
pub(super) struct CustomChecker<'a> {
    sandbox: &'a dyn Sandbox,
    work_box: WorkBox,
    spec: &'static LanguageSpec,
}

impl<'a> CustomChecker<'a> {
    pub(super) async fn prepare(sandbox: &'a dyn Sandbox, program: &CheckerProgram) -> Result<CustomChecker<'a>> {
        let spec = languages::find(program.language).context("the checker's language is not available")?;
        let work_box = sandbox.create_box_for(program.language).context("creating the checker's box")?;
        std::fs::write(work_box.path().join(spec.source_file), &program.code).context("writing the checker")?;
        if let Some(compile) = spec.compile {
            let run = RunSpec {
                argv: compile.iter().map(|s| s.to_string()).collect(),
                env: sandbox_env(spec),
                stdin: None,
                limits: compile_limits(spec),
                box_writable: true,
            };
            let outcome = sandbox.run(&work_box, run).await.context("compiling the checker")?;
            if outcome.termination != Termination::Exited(0) {
                let message = trim_message(&outcome.stderr, COMPILE_MESSAGE_BYTES);
                sandbox.close_box(work_box).await;
                bail!("the checker does not compile: {message}");
            }
        }
        Ok(CustomChecker { sandbox, work_box, spec })
    }

    /// Whether the checker accepts `output` for this test.
    pub(super) async fn accepts(&self, input: &str, answer: &str, output: &[u8], scratch: &Path) -> Result<bool> {
        let dir = self.work_box.path();
        std::fs::write(dir.join("input"), input).context("writing the checker's input")?;
        std::fs::write(dir.join("answer"), answer).context("writing the checker's answer")?;
        let feedback = dir.join("feedback");
        let _ = std::fs::remove_dir_all(&feedback);
        std::fs::create_dir(&feedback).context("making the feedback folder")?;
        // The checker runs as the sandbox user and writes its judgement message here.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&feedback, std::fs::Permissions::from_mode(0o777)).context("opening the feedback folder")?;
        let stdin = scratch.join("output");
        std::fs::write(&stdin, output).context("writing the output to check")?;
        let mut argv: Vec<String> = self.spec.run.iter().map(|s| s.to_string()).collect();
        argv.extend(["/box/input".into(), "/box/answer".into(), "/box/feedback/".into()]);
        let run = RunSpec { argv, env: sandbox_env(self.spec), stdin: Some(stdin), limits: CHECK_LIMITS, box_writable: true };
        let outcome = self.sandbox.run(&self.work_box, run).await.context("running the checker")?;
        match outcome.termination {
            Termination::Exited(ACCEPTED) => Ok(true),
            Termination::Exited(WRONG_ANSWER) => Ok(false),
            other => bail!(
                "the checker failed ({other:?}; it must exit 42 or 43): {}",
                trim_message(&outcome.stderr, COMPILE_MESSAGE_BYTES)
            ),
        }
    }

    pub(super) async fn close(self) {
        self.sandbox.close_box(self.work_box).await;
    }
}
