//! Interactive problems: the problem ships an interactor (the Kattis interface), which for each
//! test runs as `interactor <input> <answer> <feedback_dir>/` beside the solution, its stdout
//! the solution's stdin and its stdin the solution's stdout. It is compiled once per submission
//! in a work box of its own, so the solution's box never sees the input or the answer. The
//! interactor exits 42 to accept and 43 to reject; anything else is the judge's own failure,
//! never the user's verdict. Tests are taken in turn like any others (`output_judge`), so an
//! interactive problem may be scored by groups.

use algoarena_shared::verdict::Status;
use anyhow::{bail, Context, Result};

use super::compile::sandbox_env;
use super::compiled::{ending_status, Compiled};
use super::custom_checker::{
    feedback_message, kattis_args, kattis_files, score_multiplier, take_next_pass, Pass,
};
use super::messages::{trim_message, COMPILE_MESSAGE_BYTES};
use super::program_box::ProgramBox;
use crate::model::Program;
use crate::sandbox::{cross_wired, Limits, Outcome, RunSpec, Sandbox, Termination};

/// Kattis's exit codes.
const ACCEPTED: i32 = 42;
const WRONG_ANSWER: i32 = 43;
/// How much of the interactor's `judgemessage.txt` is read: more than a failed test shows.
const JUDGE_MESSAGE_BYTES: u64 = 64 * 1024;
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

/// One conversation as it came out: the solution's run, the status, what the interactor wrote
/// to `judgemessage.txt`, and on a multi-pass problem the next pass's input it wrote.
pub(super) struct Exchange {
    pub solution: Outcome,
    pub status: Status,
    pub feedback: Vec<u8>,
    pub next_pass: Option<Vec<u8>>,
    /// Whether the interactor accepted (42), whatever the solution did.
    pub interactor_accepted: bool,
    /// The part of a scored test's worth an accepting interactor gave (its
    /// `score_multiplier.txt`); 1 otherwise.
    pub multiplier: f64,
}

/// The status of one exchange, by the rule of the Kattis problem format as its reference
/// implementation applies it (problemtools' `judge/execute.py`, `_run_interactive`, on what
/// `support/interactive/interactive.cc` reports), in this order:
/// 1. an interactor that neither accepted (42) nor rejected (43) is the judge's failure;
/// 2. an interactor that rejected before the solution ended decides: Wrong Answer, whatever
///    the solution did once it was alone (waited forever for a reply, crashed on SIGPIPE);
/// 3. a limit the solution broke: time (problemtools' only one), and here memory and output;
/// 4. the solution's crash: Run Time Error, even when the interactor, left talking to
///    nobody, then rejected;
/// 5. the interactor's word.
///
/// "Before" compares the two programs' [`Outcome::ended_ns`], read on one host clock; each
/// backend lets the other program see end-of-file (or SIGPIPE) from a program only once its
/// end is stamped, so the side that left first, and made the other leave, is stamped first.
fn exchange_status(solution: &Outcome, interactor: &Outcome) -> Result<Status> {
    let accepted = match interactor.termination {
        Termination::Exited(ACCEPTED) => true,
        Termination::Exited(WRONG_ANSWER) => false,
        other => bail!(
            "the interactor failed ({other:?}; it must exit 42 or 43): {}",
            trim_message(&interactor.stderr, COMPILE_MESSAGE_BYTES)
        ),
    };
    if !accepted && interactor.ended_ns < solution.ended_ns {
        return Ok(Status::WrongAnswer);
    }
    // A limit or a crash, in that order: `classify` gave the solution's ending one of them.
    if let Some(status) = ending_status(solution.termination) {
        return Ok(status);
    }
    Ok(if accepted { Status::Accepted } else { Status::WrongAnswer })
}

/// A compiled interactor, ready to talk to solutions.
pub(super) struct Interactor<'a> {
    program: &'a ProgramBox<'a>,
}

impl Interactor<'_> {
    /// Compiles the interactor in a box of its own and lets `work` converse with it; the box
    /// is closed when `work` is done.
    pub(super) async fn with<T>(
        sandbox: &dyn Sandbox,
        program: &Program,
        work: impl AsyncFnOnce(&Interactor<'_>) -> Result<T>,
    ) -> Result<T> {
        ProgramBox::with(sandbox, program, "the interactor", async |program| {
            work(&Interactor { program }).await
        })
        .await
    }

    /// Runs the compiled solution against the interactor on one test: the interactor reads
    /// `input` (the test's, or a multi-pass test's next input) and the test's `answer`.
    pub(super) async fn exchange(
        &self,
        solution: &Compiled<'_>,
        input: &str,
        answer: &str,
        pass: Pass,
    ) -> Result<Exchange> {
        let sandbox = self.program.sandbox;
        let feedback = kattis_files(self.program.work_box, input, answer, "the interactor", pass)?;

        let limits = solution_limits(solution.limits);
        let solution_spec = solution.run_spec(None, limits);
        let spec = self.program.spec;
        let mut argv: Vec<String> = spec.run.iter().map(|s| s.to_string()).collect();
        argv.extend(kattis_args());
        let interactor = RunSpec {
            argv,
            env: sandbox_env(spec),
            stdin: None,
            limits: interactor_limits(&limits),
            box_writable: true,
        };

        // Each run owns its pipe ends; when either program ends, the other sees end-of-file
        // on its stdin. From SIGPIPE the farm spares both, as problemtools' runner does, by
        // holding read ends open: the solution's for the whole exchange, so an interactor
        // replying to a solution that left is not killed by it (which would be the judge's
        // error); the interactor's once it accepted, until the solution ends, so whether what
        // the solution still writes crashes it does not hang on when the interactor exited.
        // After a rejection that end goes at once: nothing the solution does then matters,
        // and it should end soon.
        let (solution_stdio, interactor_stdio) = cross_wired().context("making the pipes")?;
        let holding = "holding a pipe's read end";
        let solution_reads = solution_stdio.stdin.try_clone().context(holding)?;
        let interactor_reads = interactor_stdio.stdin.try_clone().context(holding)?;
        let interactor_run = async {
            let run = sandbox.run_piped(self.program.work_box, interactor, interactor_stdio).await;
            let accepted = matches!(&run, Ok(o) if o.termination == Termination::Exited(ACCEPTED));
            (run, accepted.then_some(interactor_reads))
        };
        let (outcome, (interactor, _held_after_acceptance)) = tokio::join!(
            sandbox.run_piped(solution.work_box, solution_spec, solution_stdio),
            interactor_run,
        );
        drop(solution_reads);
        let outcome = outcome.context("running a test")?;
        let interactor = interactor.context("running the interactor")?;
        let status = exchange_status(&outcome, &interactor)?;
        let next_pass = take_next_pass(&feedback, pass)?;
        let interactor_accepted = interactor.termination == Termination::Exited(ACCEPTED);
        let multiplier = if interactor_accepted { score_multiplier(&feedback)? } else { 1.0 };
        let feedback = feedback_message(&feedback, "judgemessage.txt", JUDGE_MESSAGE_BYTES);
        Ok(Exchange {
            solution: outcome,
            status,
            feedback,
            next_pass,
            interactor_accepted,
            multiplier,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run that ended as `termination` at `ended_ns`.
    fn ended(termination: Termination, ended_ns: u64) -> Outcome {
        Outcome {
            termination,
            cpu_time_ms: 0,
            wall_time_ms: 0,
            memory_kb: 0,
            stdout: Vec::new(),
            stderr: b"oops".to_vec(),
            ended_ns,
        }
    }

    /// The status of a solution that ended as `solution` against an interactor that ended as
    /// `interactor`, `interactor_first` or not.
    fn status(solution: Termination, interactor: i32, interactor_first: bool) -> Status {
        let (solution_ns, interactor_ns) = if interactor_first { (2, 1) } else { (1, 2) };
        exchange_status(
            &ended(solution, solution_ns),
            &ended(Termination::Exited(interactor), interactor_ns),
        )
        .unwrap()
    }

    const FIRST: bool = true;
    const SECOND: bool = false;

    #[test]
    fn an_interactor_that_rejects_first_decides_whatever_the_solution_did_after() {
        for solution in [
            Termination::Exited(0),
            Termination::Exited(1),
            Termination::Signaled(libc::SIGPIPE),
            Termination::WallTimeLimit,
            Termination::CpuTimeLimit,
            Termination::MemoryLimit,
            Termination::OutputLimit,
        ] {
            assert_eq!(status(solution, 43, FIRST), Status::WrongAnswer, "{solution:?}");
        }
    }

    #[test]
    fn a_limit_the_solution_broke_wins_unless_the_interactor_rejected_first() {
        for interactor in [42, 43] {
            let judged = |solution| status(solution, interactor, SECOND);
            assert_eq!(judged(Termination::WallTimeLimit), Status::TimeLimitExceeded);
            assert_eq!(judged(Termination::CpuTimeLimit), Status::TimeLimitExceeded);
            assert_eq!(judged(Termination::MemoryLimit), Status::MemoryLimitExceeded);
            assert_eq!(judged(Termination::OutputLimit), Status::OutputLimitExceeded);
        }
        // An acceptance decides nothing before the solution's own ending.
        assert_eq!(status(Termination::WallTimeLimit, 42, FIRST), Status::TimeLimitExceeded);
        assert_eq!(status(Termination::MemoryLimit, 42, FIRST), Status::MemoryLimitExceeded);
    }

    #[test]
    fn a_crash_is_a_runtime_error_unless_the_interactor_rejected_first() {
        for crash in [Termination::Exited(3), Termination::Signaled(libc::SIGSEGV)] {
            // It crashed mid-conversation; the interactor, reading end-of-file, rejected.
            assert_eq!(status(crash, 43, SECOND), Status::RuntimeError, "{crash:?}");
            // It crashed before or after the interactor accepted.
            assert_eq!(status(crash, 42, SECOND), Status::RuntimeError, "{crash:?}");
            assert_eq!(status(crash, 42, FIRST), Status::RuntimeError, "{crash:?}");
        }
        // Writing after an acceptance, when no one reads any more.
        assert_eq!(status(Termination::Signaled(libc::SIGPIPE), 42, FIRST), Status::RuntimeError);
    }

    #[test]
    fn a_clean_exit_takes_the_interactors_word_in_either_order() {
        for order in [FIRST, SECOND] {
            assert_eq!(status(Termination::Exited(0), 42, order), Status::Accepted);
            assert_eq!(status(Termination::Exited(0), 43, order), Status::WrongAnswer);
        }
    }

    #[test]
    fn ends_stamped_at_the_same_moment_do_not_make_the_interactor_first() {
        let solution = ended(Termination::Exited(3), 7);
        let rejects = ended(Termination::Exited(43), 7);
        assert_eq!(exchange_status(&solution, &rejects).unwrap(), Status::RuntimeError);
    }

    #[test]
    fn an_interactor_that_neither_accepts_nor_rejects_is_the_judges_error() {
        for termination in [
            Termination::Exited(0),
            Termination::Exited(1),
            Termination::Signaled(libc::SIGSEGV),
            Termination::WallTimeLimit,
        ] {
            for (solution, interactor_ns) in [
                (Termination::Exited(0), 1),
                (Termination::Exited(0), 3),
                (Termination::Signaled(libc::SIGKILL), 3),
                // Even after the solution was killed for a limit: the farm keeps the
                // solution's stdin open (see `Interactor::exchange`), so its leaving cannot
                // kill the interactor with SIGPIPE; a crash is the interactor's own.
                (Termination::CpuTimeLimit, 3),
            ] {
                let error =
                    exchange_status(&ended(solution, 2), &ended(termination, interactor_ns))
                        .unwrap_err();
                assert!(error.to_string().contains("the interactor failed"), "{error}");
                assert!(error.to_string().contains("oops"), "{error}");
            }
        }
    }
}
