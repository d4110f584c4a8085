//! A problem's own checker program, run with the Kattis output-validator interface: compiled
//! once per submission in a work box of its own (the submission's box never sees it or the
//! answers), then for each test run as `checker <input> <answer> <feedback_dir>` with the
//! program's output on stdin. Exit 42 accepts, 43 rejects; anything else is the checker's
//! failure, which is the judge's error, never the submission's verdict.

use std::path::Path;

use anyhow::{bail, Context, Result};

use super::program_box::ProgramBox;
use super::{trim_message, COMPILE_MESSAGE_BYTES};
use crate::model::Program;
use crate::sandbox::{Limits, Sandbox, Termination};

/// What one check may use: checkers read whole outputs, so they get room.
const CHECK_LIMITS: Limits = Limits {
    cpu_time_ms: 10_000,
    wall_time_ms: 20_000,
    memory_bytes: 512 << 20,
    max_processes: 64,
    output_bytes: 1 << 20,
};
/// Kattis's exit codes.
const ACCEPTED: i32 = 42;
const WRONG_ANSWER: i32 = 43;

/// A compiled checker, ready to judge outputs.
pub(super) struct CustomChecker<'a> {
    program: ProgramBox<'a>,
}

impl<'a> CustomChecker<'a> {
    pub(super) async fn prepare(
        sandbox: &'a dyn Sandbox,
        program: &Program,
    ) -> Result<CustomChecker<'a>> {
        Ok(CustomChecker { program: ProgramBox::prepare(sandbox, program, "the checker").await? })
    }

    /// Whether the checker accepts `output` for this test.
    pub(super) async fn accepts(
        &self,
        input: &str,
        answer: &str,
        output: &[u8],
        scratch: &Path,
    ) -> Result<bool> {
        let dir = self.program.work_box.path();
        std::fs::write(dir.join("input"), input).context("writing the checker's input")?;
        std::fs::write(dir.join("answer"), answer).context("writing the checker's answer")?;
        let feedback = dir.join("feedback");
        let _ = std::fs::remove_dir_all(&feedback);
        std::fs::create_dir(&feedback).context("making the feedback folder")?;
        // The checker runs as the sandbox user and writes its judgement message here.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&feedback, std::fs::Permissions::from_mode(0o777))
            .context("opening the feedback folder")?;
        let stdin = scratch.join("output");
        std::fs::write(&stdin, output).context("writing the output to check")?;
        let args = vec!["/box/input".into(), "/box/answer".into(), "/box/feedback/".into()];
        let outcome =
            self.program.run(args, stdin, CHECK_LIMITS).await.context("running the checker")?;
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
        self.program.close().await;
    }
}
