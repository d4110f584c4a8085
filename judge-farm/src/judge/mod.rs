//! The judging pipeline: compile once, run every test in the sandbox, check (or, for an
//! interactive problem, let the problem's interactor converse with the program, see
//! `interactive`), and reduce the per-test outcomes to one verdict. A wrong answer is a
//! verdict; only a failure of the judge itself is an error.
//! A scored problem's tests are judged by group (see `model::scoring`): a failure skips only the rest
//! of its group, and the verdict comes with the score. The Run button goes through the same
//! entry point (see `run`).
//!
//! [`judge`] is the one entry point; a [`Task`] says what to judge, how outputs are judged
//! ([`Evaluation`]) and whether it is a submission or a Run ([`Mode`]).

use anyhow::Result;

mod compile;
mod compiled;
mod custom_checker;
mod function;
mod input_validator;
mod interactive;
mod judged_test;
#[cfg(test)]
mod lifecycle_tests;
mod messages;
mod multi_pass;
mod output_judge;
mod program_box;
mod run;
mod submit;
mod task;

pub use function::cpu_budget_ms;
pub use input_validator::InputValidator;
pub use task::{no_progress, Builtin, Evaluation, Judged, Mode, OnProgress, Source, Task};

use crate::sandbox::Sandbox;

/// Judges `task`: a submission to its verdict (and score, with a tally), or a Run to its
/// cases. Every program it compiles, the submission's and the problem's own, lives in a box of
/// its own that is closed and reaped before this returns.
pub async fn judge(sandbox: &dyn Sandbox, task: &Task<'_>) -> Result<Judged> {
    match &task.mode {
        Mode::Submit { tally } => submit::judge_submission(sandbox, task, tally.clone()).await,
        Mode::Run { reference } => run::run(sandbox, task, reference.as_ref()).await,
    }
}

/// A problem's time limit for `language`: problems state it for C++, and other languages
/// scale by TRD §5's table. Shared by the worker and the import's reference solutions.
pub fn time_limit_for(
    problem_time_limit_ms: u64,
    language: algoarena_shared::language::Language,
) -> u64 {
    let base = u64::from(algoarena_shared::language::Language::Cpp17.time_limit_ms());
    problem_time_limit_ms * u64::from(language.time_limit_ms()) / base
}
