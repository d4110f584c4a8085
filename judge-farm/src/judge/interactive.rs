//! Interactive problems: the problem ships an interactor (the Kattis interface), which for each
//! test runs as `interactor <input> <answer> <feedback_dir>/` beside the solution, its stdout
//! the solution's stdin and its stdin the solution's stdout. It is compiled once per submission
//! in a work box of its own, so the solution's box never sees the input or the answer. The
//! interactor exits 42 to accept and 43 to reject; anything else is the judge's own failure,
//! never the user's verdict.

use algoarena_shared::verdict::Status;
use anyhow::{bail, Context, Result};

use super::compile::sandbox_env;
use super::compiled::{ending_status, Compiled};
use super::custom_checker::kattis_files;
use super::messages::{failed_test, trim_message, COMPILE_MESSAGE_BYTES};
use super::program_box::ProgramBox;
use super::task::OnProgress;
use crate::model::Program;
use crate::model::TestCase;
use crate::model::Verdict;
use crate::sandbox::{cross_wired, Limits, Outcome, RunSpec, Sandbox, Termination};

/// Kattis's exit codes.
const ACCEPTED: i32 = 42;
const WRONG_ANSWER: i32 = 43;
/// How long an interactor may run past the solution's wall limit: it must outlive the
/// solution, so that a stalled conversation ends with the solution's time limit.
const INTERACTOR_GRACE_MS: u64 = 10_000;
/// Wall time the solution gets on top of its usual limit: its clock runs while the interactor
/// starts up and thinks, which is not the solution's doing (a Python interactor under gVisor
/// takes a good part of a second just to start).
const CONVERSATION_WALL_MS: u64 = 2_000;

/// The solution's limits in a conversation: its own, with the wall clock widened.
fn solution_limits(limits: Limits) -> Limits {
    Limits { wall_time_ms: limits.wall_time_ms + CONVERSATION_WALL_MS, ..limits }
}

/// What the interactor may use: fixed and generous, whatever the solution's limits.
fn interactor_limits(solution: &Limits) -> Limits {
    Limits {
        cpu_time_ms: 10_000,
        wall_time_ms: solution.wall_time_ms + INTERACTOR_GRACE_MS,
        memory_bytes: 512 << 20,
        max_processes: 64,
        // Only its stderr is captured: its stdout goes to the solution.
        output_bytes: 1 << 20,
    }
}

/// One test as it came out: the solution's run, the status, and what the interactor wrote to
/// `judgemessage.txt`.
struct Exchange {
    solution: Outcome,
    status: Status,
    feedback: Vec<u8>,
}

/// The status of one exchange, as Kattis decides it: a limit the solution broke wins; then
/// the interactor's rejection; then the solution's crash; otherwise the interactor's
/// acceptance. An interactor that neither accepts nor rejects is an error.
fn exchange_status(solution: Termination, interactor: &Outcome) -> Result<Status> {
    let limit = ending_status(solution).filter(|s| *s != Status::RuntimeError);
    if let Some(status) = limit {
        return Ok(status);
    }
    match interactor.termination {
        Termination::Exited(WRONG_ANSWER) => Ok(Status::WrongAnswer),
        Termination::Exited(ACCEPTED) => Ok(ending_status(solution).unwrap_or(Status::Accepted)),
        other => bail!(
            "the interactor failed ({other:?}; it must exit 42 or 43): {}",
            trim_message(&interactor.stderr, COMPILE_MESSAGE_BYTES)
        ),
    }
}

/// A compiled interactor, ready to talk to solutions.
struct Interactor<'a> {
    program: &'a ProgramBox<'a>,
}

impl Interactor<'_> {
    /// Compiles the interactor in a box of its own and lets `work` converse with it; the box
    /// is closed when `work` is done.
    async fn with<T>(
        sandbox: &dyn Sandbox,
        program: &Program,
        work: impl AsyncFnOnce(&Interactor<'_>) -> Result<T>,
    ) -> Result<T> {
        ProgramBox::with(
            sandbox,
            program.language,
            &program.code,
            "the interactor",
            async |program| work(&Interactor { program }).await,
        )
        .await
    }

    /// Runs the compiled solution against the interactor on one test.
    async fn exchange(&self, solution: &Compiled<'_>, test: &TestCase) -> Result<Exchange> {
        let sandbox = self.program.sandbox;
        let feedback = kattis_files(
            self.program.work_box,
            &test.input,
            &test.expected_output,
            "the interactor",
        )?;

        let limits = solution_limits(solution.limits);
        let solution_spec = solution.run_spec(None, limits);
        let spec = self.program.spec;
        let mut argv: Vec<String> = spec.run.iter().map(|s| s.to_string()).collect();
        argv.extend(["/box/input".into(), "/box/answer".into(), "/box/feedback/".into()]);
        let interactor = RunSpec {
            argv,
            env: sandbox_env(spec),
            stdin: None,
            limits: interactor_limits(&limits),
            box_writable: true,
        };

        // Each run owns its pipe ends; when either program ends, the other sees end-of-file
        // on its stdin or SIGPIPE on its stdout.
        let (solution_stdio, interactor_stdio) = cross_wired().context("making the pipes")?;
        let (outcome, interactor) = tokio::join!(
            sandbox.run_piped(solution.work_box, solution_spec, solution_stdio),
            sandbox.run_piped(self.program.work_box, interactor, interactor_stdio),
        );
        let outcome = outcome.context("running a test")?;
        let interactor = interactor.context("running the interactor")?;
        let status = exchange_status(outcome.termination, &interactor)?;
        let feedback = std::fs::read(feedback.join("judgemessage.txt")).unwrap_or_default();
        Ok(Exchange { solution: outcome, status, feedback })
    }
}

/// Runs every test, until the first that fails, against the interactor; the solution is
/// already compiled.
pub(super) async fn judge_tests(
    compiled: &Compiled<'_>,
    tests: &[TestCase],
    program: &Program,
    on_progress: OnProgress<'_>,
) -> Result<Verdict> {
    Interactor::with(compiled.sandbox, program, async |interactor| {
        run_tests(interactor, compiled, tests, on_progress).await
    })
    .await
}

/// A Run of an interactive problem: every test against the interactor, none skipped. Each
/// comes back as its status, the interactor's feedback and the solution's run.
pub(super) async fn run_each(
    compiled: &Compiled<'_>,
    tests: &[TestCase],
    program: &Program,
    on_progress: OnProgress<'_>,
) -> Result<Vec<(Status, Vec<u8>, Outcome)>> {
    Interactor::with(compiled.sandbox, program, async |interactor| {
        let mut cases = Vec::with_capacity(tests.len());
        for (index, test) in tests.iter().enumerate() {
            on_progress(index + 1, tests.len());
            let exchange = interactor.exchange(compiled, test).await?;
            cases.push((exchange.status, exchange.feedback, exchange.solution));
        }
        Ok(cases)
    })
    .await
}

async fn run_tests(
    interactor: &Interactor<'_>,
    compiled: &Compiled<'_>,
    tests: &[TestCase],
    on_progress: OnProgress<'_>,
) -> Result<Verdict> {
    let total = tests.len();
    let mut verdict = Verdict::before_tests(total);
    for (index, test) in tests.iter().enumerate() {
        on_progress(index + 1, total);
        let exchange = interactor.exchange(compiled, test).await?;
        verdict.runtime_ms = verdict.runtime_ms.max(Some(exchange.solution.cpu_time_ms as i32));
        verdict.memory_kb = verdict.memory_kb.max(Some(exchange.solution.memory_kb as i32));
        if exchange.status != Status::Accepted {
            verdict.status = exchange.status;
            // The solution's output went to the interactor; what the user can be shown is the
            // interactor's account of the conversation.
            verdict.failed_test = Some(failed_test(index, test, &exchange.feedback, b""));
            if exchange.status == Status::RuntimeError {
                verdict.error_message =
                    Some(trim_message(&exchange.solution.stderr, COMPILE_MESSAGE_BYTES));
            }
            break;
        }
        verdict.passed += 1;
    }
    Ok(verdict)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interactor(termination: Termination) -> Outcome {
        Outcome {
            termination,
            cpu_time_ms: 0,
            wall_time_ms: 0,
            memory_kb: 0,
            stdout: Vec::new(),
            stderr: b"oops".to_vec(),
        }
    }

    #[test]
    fn a_broken_limit_wins_then_the_interactors_rejection_then_a_crash() {
        let (accepts, rejects) =
            (interactor(Termination::Exited(42)), interactor(Termination::Exited(43)));
        let crashed = interactor(Termination::Signaled(libc::SIGSEGV));
        let status =
            |solution, interactor: &Outcome| exchange_status(solution, interactor).unwrap();
        assert_eq!(status(Termination::Exited(0), &accepts), Status::Accepted);
        assert_eq!(status(Termination::Exited(0), &rejects), Status::WrongAnswer);
        assert_eq!(status(Termination::WallTimeLimit, &rejects), Status::TimeLimitExceeded);
        // The interactor may break down because the solution was killed: the limit still wins.
        assert_eq!(status(Termination::CpuTimeLimit, &crashed), Status::TimeLimitExceeded);
        assert_eq!(status(Termination::MemoryLimit, &accepts), Status::MemoryLimitExceeded);
        assert_eq!(status(Termination::OutputLimit, &accepts), Status::OutputLimitExceeded);
        assert_eq!(status(Termination::Exited(1), &rejects), Status::WrongAnswer);
        assert_eq!(status(Termination::Signaled(libc::SIGPIPE), &accepts), Status::RuntimeError);
    }

    #[test]
    fn an_interactor_that_neither_accepts_nor_rejects_is_the_judges_error() {
        for termination in
            [Termination::Exited(0), Termination::Exited(1), Termination::WallTimeLimit]
        {
            let error =
                exchange_status(Termination::Exited(0), &interactor(termination)).unwrap_err();
            assert!(error.to_string().contains("the interactor failed"), "{error}");
        }
        assert!(exchange_status(
            Termination::Signaled(libc::SIGKILL),
            &interactor(Termination::Exited(1))
        )
        .is_err());
    }
}
