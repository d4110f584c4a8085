//! Every box the judge opens is closed, whichever step fails: checked with a sandbox that
//! counts its boxes and fails the compile step it is told to.

use std::sync::atomic::{AtomicUsize, Ordering};

use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

use super::{judge, no_progress, Evaluation, Mode, Source, Task};
use crate::languages;
use crate::model::TestCase;
use crate::model::{Program, ProgramFiles};
use crate::sandbox::{BoxFuture, Outcome, RunSpec, Sandbox, SandboxError, Termination, WorkBox};

/// Runs nothing: the `failing_run`-th run (1-based) exits 1, every other exits 0 printing
/// `3`. Counts the boxes it creates and closes.
struct CountingSandbox {
    root: tempfile::TempDir,
    failing_run: usize,
    runs: AtomicUsize,
    created: AtomicUsize,
    closed: AtomicUsize,
}

impl CountingSandbox {
    fn failing(failing_run: usize) -> CountingSandbox {
        CountingSandbox {
            root: tempfile::tempdir().unwrap(),
            failing_run,
            runs: AtomicUsize::new(0),
            created: AtomicUsize::new(0),
            closed: AtomicUsize::new(0),
        }
    }

    fn boxes(&self) -> (usize, usize) {
        (self.created.load(Ordering::SeqCst), self.closed.load(Ordering::SeqCst))
    }
}

impl Sandbox for CountingSandbox {
    fn create_box(&self) -> Result<WorkBox, SandboxError> {
        self.created.fetch_add(1, Ordering::SeqCst);
        WorkBox::create(self.root.path(), 1 << 20, 0, 0)
    }

    fn run<'a>(
        &'a self,
        _bx: &'a WorkBox,
        _spec: RunSpec,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        let run = self.runs.fetch_add(1, Ordering::SeqCst) + 1;
        let code = if run == self.failing_run { 1 } else { 0 };
        Box::pin(async move {
            Ok(Outcome {
                termination: Termination::Exited(code),
                cpu_time_ms: 1,
                wall_time_ms: 1,
                memory_kb: 1,
                stdout: b"3\n".to_vec(),
                stderr: b"nope".to_vec(),
                ended_ns: 0,
            })
        })
    }

    fn close_box(&self, bx: WorkBox) -> BoxFuture<'_, ()> {
        self.closed.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move { drop(bx) })
    }
}

async fn judge_cpp(
    sandbox: &CountingSandbox,
    evaluation: Evaluation<'_>,
) -> anyhow::Result<Status> {
    judge_cpp_as(sandbox, evaluation, Mode::Submit { tally: None }).await
}

async fn judge_cpp_as(
    sandbox: &CountingSandbox,
    evaluation: Evaluation<'_>,
    mode: Mode<'_>,
) -> anyhow::Result<Status> {
    let tests = [TestCase { input: "1 2\n".into(), expected_output: "3\n".into() }];
    let task = Task {
        source: Source {
            language: languages::find(Language::Cpp17).unwrap(),
            code: "int main() {}",
            files: ProgramFiles::none(),
            time_limit_ms: 1000,
        },
        memory_limit_bytes: 64 << 20,
        tests: &tests,
        evaluation,
        mode,
        on_progress: &no_progress,
    };
    Ok(judge(sandbox, &task).await?.verdict.status)
}

#[tokio::test]
async fn a_compile_error_closes_the_submissions_box() {
    let sandbox = CountingSandbox::failing(1);
    assert_eq!(judge_cpp(&sandbox, Evaluation::lines()).await.unwrap(), Status::CompileError);
    assert_eq!(sandbox.boxes(), (1, 1));
}

#[tokio::test]
async fn a_checker_that_does_not_compile_closes_both_boxes() {
    // Run 1 compiles the submission, run 2 the checker.
    let sandbox = CountingSandbox::failing(2);
    let checker = Program::single(Language::Cpp17, "broken");
    let error = judge_cpp(&sandbox, Evaluation::CheckerProgram(&checker)).await.unwrap_err();
    assert!(format!("{error:#}").contains("the checker does not compile"), "{error:#}");
    assert_eq!(sandbox.boxes(), (2, 2));
}

#[tokio::test]
async fn a_judged_submission_leaves_no_box_open() {
    let sandbox = CountingSandbox::failing(0);
    assert_eq!(judge_cpp(&sandbox, Evaluation::lines()).await.unwrap(), Status::Accepted);
    assert_eq!(sandbox.boxes(), (1, 1));
}

#[tokio::test]
async fn a_run_whose_reference_does_not_compile_closes_the_references_box() {
    let sandbox = CountingSandbox::failing(1);
    let reference = Source {
        language: languages::find(Language::Cpp17).unwrap(),
        code: "broken",
        files: ProgramFiles::none(),
        time_limit_ms: 1000,
    };
    let mode = Mode::Run { reference: Some(reference) };
    let error = judge_cpp_as(&sandbox, Evaluation::lines(), mode).await.unwrap_err();
    assert!(error.to_string().contains("the reference solution does not compile"), "{error}");
    assert_eq!(sandbox.boxes(), (1, 1));
}
