//! A problem's own checker program, run with the Kattis output-validator interface: compiled
//! once per submission in a work box of its own (the submission's box never sees it or the
//! answers), then for each test run as `checker <input> <answer> <feedback_dir>` with the
//! program's output on stdin. The three live in the box's `.judge/` folder, a name no file of
//! a program can take (program files never start with a dot), so a checker shipping its own
//! data file called `input` or `answer` keeps it. Exit 42 accepts, 43 rejects; anything else is the checker's
//! failure, which is the judge's error, never the submission's verdict. A multi-pass problem's
//! checker may also accept a run with the input of the next one, `feedback/nextpass.in`.

use std::io::Read;
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

/// The folder of a Kattis program's box that holds the test it judges.
const TEST_FOLDER: &str = ".judge";

/// A Kattis program's three arguments: the test's input, its answer and the feedback folder.
pub(super) fn kattis_args() -> [String; 3] {
    ["input", "answer", "feedback/"].map(|name| format!("/box/{TEST_FOLDER}/{name}"))
}

/// Lays out one run of a test in a Kattis program's box (a checker's or an interactor's):
/// `input` and `answer` in its test folder, and beside them the `feedback/` folder it may
/// write its judgement message to: empty for a test's first (or only) run, as the last run
/// left it for a later pass of a multi-pass test. Returns that folder. `what` names the
/// program in errors.
pub(super) fn kattis_files(
    work_box: &WorkBox,
    input: &str,
    answer: &str,
    what: &str,
    pass: Pass,
) -> Result<PathBuf> {
    let dir = write_test_files(work_box.path(), input, answer, what)?;
    match pass {
        Pass::Only | Pass::First => fresh_feedback(&dir),
        Pass::Later => Ok(dir.join("feedback")),
    }
}

/// Takes the next pass's input out of the feedback `folder` a multi-pass test's program left
/// (read, then removed, so the next pass starts without it): None on a single pass, or when it
/// wrote none.
pub(super) fn take_next_pass(folder: &Path, pass: Pass) -> Result<Option<Vec<u8>>> {
    if pass == Pass::Only {
        return Ok(None);
    }
    let next_pass = feedback_file(folder, "nextpass.in", NEXT_PASS_BYTES)
        .context("the validator's next-pass input")?;
    if next_pass.is_some() {
        std::fs::remove_file(folder.join("nextpass.in")).context("taking nextpass.in")?;
    }
    Ok(next_pass)
}

/// Writes one test's `input` and `answer` into the test folder of a Kattis program's box
/// `box_dir`, and returns that folder (its feedback folder is left as it is: a multi-pass
/// validator keeps what it wrote there in earlier passes).
fn write_test_files(box_dir: &Path, input: &str, answer: &str, what: &str) -> Result<PathBuf> {
    let dir = test_folder(box_dir).with_context(|| format!("making {what}'s test folder"))?;
    write_box_file(&dir, "input", input).with_context(|| format!("writing {what}'s input"))?;
    write_box_file(&dir, "answer", answer).with_context(|| format!("writing {what}'s answer"))?;
    Ok(dir)
}

/// The test folder of the box `box_dir`, made afresh unless it is a real folder: the program
/// may have replaced it with a link, which writes would follow to the host.
fn test_folder(box_dir: &Path) -> std::io::Result<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let dir = box_dir.join(TEST_FOLDER);
    if !std::fs::symlink_metadata(&dir).is_ok_and(|meta| meta.is_dir()) {
        remove_entry(&dir)?;
        std::fs::create_dir(&dir)?;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
    }
    Ok(dir)
}

/// Writes `text` as the file `name` of a box folder the program may have written to itself.
/// The farm writes as root on the host, so whatever the program left under that name (a link
/// to a host file above all, which a plain write would follow and overwrite) is removed first,
/// and the new file is made fresh, never through a link.
fn write_box_file(dir: &Path, name: &str, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join(name);
    remove_entry(&path)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .custom_flags(libc::O_NOFOLLOW)
        .mode(0o644)
        .open(&path)?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

/// Removes whatever a program left at `path` in its box: a folder with what is in it, or a
/// file or link itself (a link is removed, never followed: neither call follows one).
fn remove_entry(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Empties (or makes) the `feedback/` folder in the test folder `dir`; returns it.
fn fresh_feedback(dir: &Path) -> Result<PathBuf> {
    let feedback = dir.join("feedback");
    remove_entry(&feedback)?;
    std::fs::create_dir(&feedback).context("making the feedback folder")?;
    // The program runs as the sandbox user and writes its judgement message here.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&feedback, std::fs::Permissions::from_mode(0o777))
        .context("opening the feedback folder")?;
    Ok(feedback)
}

/// Opens the file `name` a Kattis program may have left in its feedback folder: None when it
/// left none. Only a regular file in the real folder is opened, never through a link (the
/// program could point one, or the folder itself or the test folder above it, at a file of the
/// host, which the farm would then read).
fn open_feedback(folder: &Path, name: &str) -> Result<Option<std::fs::File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let real_folder = |dir: &Path| std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir());
    if !real_folder(folder) || !folder.parent().is_some_and(real_folder) {
        bail!("the feedback folder was replaced by the program");
    }
    // O_NONBLOCK: a FIFO left there must not hang the open.
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(folder.join(name))
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => bail!("feedback/{name}: not a file the judge reads ({e})"),
    };
    if !file.metadata().context("reading a feedback file")?.is_file() {
        bail!("feedback/{name}: not a regular file");
    }
    Ok(Some(file))
}

/// Reads the file `name` a Kattis program may have left in its feedback folder (see
/// [`open_feedback`]): None when it left none; more than `cap` bytes is an error.
pub(super) fn feedback_file(folder: &Path, name: &str, cap: u64) -> Result<Option<Vec<u8>>> {
    let Some(file) = open_feedback(folder, name)? else { return Ok(None) };
    let mut text = Vec::new();
    file.take(cap + 1)
        .read_to_end(&mut text)
        .with_context(|| format!("reading feedback/{name}"))?;
    if text.len() as u64 > cap {
        bail!("feedback/{name}: more than {cap} bytes");
    }
    Ok(Some(text))
}

/// The first `max` bytes of a message a Kattis program left in its feedback folder (its
/// `judgemessage.txt`), or nothing when it left none or left something the judge does not read
/// (see [`open_feedback`]).
pub(super) fn feedback_message(folder: &Path, name: &str, max: u64) -> Vec<u8> {
    let mut text = Vec::new();
    if let Ok(Some(file)) = open_feedback(folder, name) {
        let _ = file.take(max).read_to_end(&mut text);
    }
    text
}

/// The largest `score_multiplier.txt` read: a number.
const MULTIPLIER_BYTES: u64 = 64;

/// The part of a scored test's worth a validator (or interactor) that accepted it gave: its
/// `score_multiplier.txt`, a number from 0 to 1, or the whole worth (1) when it wrote none.
/// Anything else there is the package's fault, the judge's error.
pub(super) fn score_multiplier(folder: &Path) -> Result<f64> {
    let Some(raw) = feedback_file(folder, "score_multiplier.txt", MULTIPLIER_BYTES)? else {
        return Ok(1.0);
    };
    let text = String::from_utf8_lossy(&raw);
    match text.trim().parse::<f64>() {
        Ok(part) if (0.0..=1.0).contains(&part) => Ok(part),
        _ => bail!(
            "the validator's score_multiplier.txt must hold a number from 0 to 1, not {:?}",
            text.chars().take(20).collect::<String>()
        ),
    }
}

/// The checker's judgement of one run.
#[derive(Debug, PartialEq)]
pub(super) enum Check {
    /// Exit 42, with `feedback/nextpass.in` when it wrote one (the next pass's input), and the
    /// part of the test's worth it gave (see [`score_multiplier`]).
    Accepted { next_pass: Option<String>, multiplier: f64 },
    /// Exit 43, with whether it wrote `nextpass.in` all the same (the format forbids that).
    Rejected { next_pass_written: bool },
}

/// Which run of a test is checked: the feedback folder is emptied before a test's first run
/// and kept through its later passes, as the format says; `nextpass.in` means something only
/// on a multi-pass problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pass {
    /// A single-pass problem's run.
    Only,
    /// A multi-pass problem's first run of a test.
    First,
    /// A multi-pass problem's later run of the same test.
    Later,
}

/// The largest next-pass input read back: the size of any test input's, far beyond real ones.
const NEXT_PASS_BYTES: u64 = 64 << 20;

/// A next pass's input as text (test inputs are text).
pub(super) fn next_pass_text(next_pass: Vec<u8>) -> Result<String> {
    String::from_utf8(next_pass).context("the validator's nextpass.in is not UTF-8 text")
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
        ProgramBox::with(sandbox, program, "the checker", async |program| {
            work(&CustomChecker { program }).await
        })
        .await
    }

    /// Whether the checker accepts `output` for this test: None when it rejects it, else the
    /// part of the test's worth it gave (see [`score_multiplier`]).
    pub(super) async fn accepts(
        &self,
        input: &str,
        answer: &str,
        output: &[u8],
        scratch: &Path,
    ) -> Result<Option<f64>> {
        Ok(match self.check(input, answer, output, scratch, Pass::Only).await? {
            Check::Accepted { multiplier, .. } => Some(multiplier),
            Check::Rejected { .. } => None,
        })
    }

    /// Judges `output` of a run whose input was `input`. On a multi-pass problem,
    /// `nextpass.in` is taken out of the feedback folder (read, then removed), so the next
    /// pass's check starts without it.
    pub(super) async fn check(
        &self,
        input: &str,
        answer: &str,
        output: &[u8],
        scratch: &Path,
        pass: Pass,
    ) -> Result<Check> {
        let folder = kattis_files(self.program.work_box, input, answer, "the checker", pass)?;
        let stdin = scratch.join("output");
        std::fs::write(&stdin, output).context("writing the output to check")?;
        let args = kattis_args().to_vec();
        let outcome =
            self.program.run(args, stdin, CHECK_LIMITS).await.context("running the checker")?;
        let next_pass = take_next_pass(&folder, pass)?;
        match outcome.termination {
            Termination::Exited(ACCEPTED) => Ok(Check::Accepted {
                next_pass: next_pass.map(next_pass_text).transpose()?,
                multiplier: score_multiplier(&folder)?,
            }),
            Termination::Exited(WRONG_ANSWER) => {
                Ok(Check::Rejected { next_pass_written: next_pass.is_some() })
            }
            other => bail!(
                "the checker failed ({other:?}; it must exit 42 or 43): {}",
                trim_message(&outcome.stderr, COMPILE_MESSAGE_BYTES)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_the_program_left_in_its_box_is_replaced_never_followed() {
        let host = tempfile::tempdir().unwrap();
        let secret = host.path().join("secret");
        std::fs::write(&secret, "the host's").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let tests = dir.path().join(TEST_FOLDER);
        std::fs::create_dir(&tests).unwrap();
        std::os::unix::fs::symlink(&secret, tests.join("input")).unwrap();
        std::fs::create_dir(tests.join("answer")).unwrap();
        std::os::unix::fs::symlink(host.path(), tests.join("feedback")).unwrap();

        let written = write_test_files(dir.path(), "1 2\n", "3\n", "the checker").unwrap();
        assert_eq!(written, tests);
        let feedback = fresh_feedback(&written).unwrap();
        assert_eq!(std::fs::read_to_string(&secret).unwrap(), "the host's", "not written through");
        assert!(secret.exists(), "the linked folder was not emptied");
        assert_eq!(std::fs::read_to_string(tests.join("input")).unwrap(), "1 2\n");
        assert_eq!(std::fs::read_to_string(tests.join("answer")).unwrap(), "3\n");
        assert!(!std::fs::symlink_metadata(&feedback).unwrap().is_symlink());

        // The test folder itself swapped for a link to a host folder.
        std::fs::remove_dir_all(&tests).unwrap();
        std::os::unix::fs::symlink(host.path(), &tests).unwrap();
        kattis_files_in(dir.path());
        assert!(!std::fs::symlink_metadata(&tests).unwrap().is_symlink());
        assert_eq!(std::fs::read_dir(host.path()).unwrap().count(), 1, "nothing written there");
    }

    /// Lays a test out in the box folder `dir` as [`kattis_files`] does.
    fn kattis_files_in(dir: &Path) -> PathBuf {
        fresh_feedback(&write_test_files(dir, "1\n", "1\n", "the checker").unwrap()).unwrap()
    }

    #[test]
    fn the_test_leaves_the_programs_own_files_alone() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["input", "answer", "feedback"] {
            std::fs::write(dir.path().join(name), "the checker's own data").unwrap();
        }
        let feedback = kattis_files_in(dir.path());
        for name in ["input", "answer", "feedback"] {
            let kept = std::fs::read_to_string(dir.path().join(name)).unwrap();
            assert_eq!(kept, "the checker's own data", "{name}");
        }
        assert_eq!(feedback, dir.path().join(".judge/feedback"));
        let args = kattis_args();
        assert_eq!(args, ["/box/.judge/input", "/box/.judge/answer", "/box/.judge/feedback/"]);
    }

    #[test]
    fn feedback_is_read_from_regular_files_of_the_real_folder_only() {
        let host = tempfile::tempdir().unwrap();
        std::fs::write(host.path().join("judgemessage.txt"), "host secret").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let feedback = kattis_files_in(dir.path());
        std::os::unix::fs::symlink(
            host.path().join("judgemessage.txt"),
            feedback.join("judgemessage.txt"),
        )
        .unwrap();
        assert!(feedback_message(&feedback, "judgemessage.txt", 100).is_empty());
        assert!(feedback_file(&feedback, "judgemessage.txt", 100).is_err());
        std::fs::remove_file(feedback.join("judgemessage.txt")).unwrap();
        std::fs::write(feedback.join("nextpass.in"), "decode\nabc\n").unwrap();
        assert_eq!(
            feedback_file(&feedback, "nextpass.in", 100).unwrap().unwrap(),
            b"decode\nabc\n"
        );
        assert!(feedback_file(&feedback, "nextpass.in", 4).is_err(), "over the cap");
        assert_eq!(feedback_file(&feedback, "missing", 4).unwrap(), None);
        std::fs::write(feedback.join("judgemessage.txt"), "a long message").unwrap();
        assert_eq!(feedback_message(&feedback, "judgemessage.txt", 6), b"a long");

        // A scored test's part: a number from 0 to 1, else the judge's error.
        assert_eq!(score_multiplier(&feedback).unwrap(), 1.0, "none written: the whole worth");
        for (text, part) in [
            ("0.5\n", Some(0.5)),
            ("1", Some(1.0)),
            ("0", Some(0.0)),
            ("1.5", None),
            ("half", None),
            ("NaN", None),
        ] {
            std::fs::write(feedback.join("score_multiplier.txt"), text).unwrap();
            assert_eq!(score_multiplier(&feedback).ok(), part, "{text:?}");
        }

        // The folder itself swapped for a link to a host folder.
        std::fs::remove_dir_all(&feedback).unwrap();
        std::os::unix::fs::symlink(host.path(), &feedback).unwrap();
        assert!(feedback_message(&feedback, "judgemessage.txt", 100).is_empty());
        assert!(feedback_file(&feedback, "judgemessage.txt", 100).is_err());

        // The test folder above it swapped for a link to a host folder with a feedback folder.
        let tests = dir.path().join(TEST_FOLDER);
        std::fs::remove_dir_all(&tests).unwrap();
        std::fs::create_dir(host.path().join("feedback")).unwrap();
        std::fs::write(host.path().join("feedback/judgemessage.txt"), "host secret").unwrap();
        std::os::unix::fs::symlink(host.path(), &tests).unwrap();
        assert!(feedback_message(&feedback, "judgemessage.txt", 100).is_empty());
        assert!(feedback_file(&feedback, "judgemessage.txt", 100).is_err());
    }
}
