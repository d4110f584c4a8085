//! A problem's own checker program, run with the Kattis output-validator interface: compiled
//! once per submission in a work box of its own (the submission's box never sees it or the
//! answers), then for each test run as `checker <input> <answer> <feedback_dir>` with the
//! program's output on stdin. Exit 42 accepts, 43 rejects; anything else is the checker's
//! failure, which is the judge's error, never the submission's verdict.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use super::messages::{trim_message, COMPILE_MESSAGE_BYTES};
use super::program_box::ProgramBox;
use crate::model::Program;
use crate::sandbox::{Limits, Sandbox, Termination, WorkBox};

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

/// Lays out one test in a Kattis program's box (a checker's or an interactor's): `input` and
/// `answer` beside it, and an empty `feedback/` folder it may write its judgement message to.
/// Returns that folder. `what` names the program in errors.
pub(super) fn kattis_files(
    work_box: &WorkBox,
    input: &str,
    answer: &str,
    what: &str,
) -> Result<PathBuf> {
    let dir = work_box.path();
    std::fs::write(dir.join("input"), input).with_context(|| format!("writing {what}'s input"))?;
    std::fs::write(dir.join("answer"), answer)
        .with_context(|| format!("writing {what}'s answer"))?;
    let feedback = dir.join("feedback");
    let _ = std::fs::remove_dir_all(&feedback);
    std::fs::create_dir(&feedback).context("making the feedback folder")?;
    // The program runs as the sandbox user and writes its judgement message here.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&feedback, std::fs::Permissions::from_mode(0o777))
        .context("opening the feedback folder")?;
    Ok(feedback)
}

/// A compiled checker, ready to judge outputs.
pub(super) struct CustomChecker<'a> {
    program: &'a ProgramBox<'a>,
}

impl CustomChecker<'_> {
    /// Compiles the checker in a box of its own and lets `work` judge outputs with it; the
    /// box is closed when `work` is done.
    pub(super) async fn with<T>(
        sandbox: &dyn Sandbox,
        program: &Program,
        work: impl AsyncFnOnce(&CustomChecker<'_>) -> Result<T>,
    ) -> Result<T> {
        ProgramBox::with(sandbox, program.language, &program.code, "the checker", async |program| {
            work(&CustomChecker { program }).await
        })
        .await
    }

    /// Whether the checker accepts `output` for this test.
    pub(super) async fn accepts(
        &self,
        input: &str,
        answer: &str,
        output: &[u8],
        scratch: &Path,
    ) -> Result<bool> {
        kattis_files(self.program.work_box, input, answer, "the checker")?;
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
}
