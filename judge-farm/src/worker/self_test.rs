//! Self-tests: every registered language must compile and run an A+B program, so a broken
//! toolchain stops the worker before a user meets it. A worker starts them all in the
//! background and takes jobs at once; a job waits only for the languages it uses (its own,
//! and its checker's, interactor's or reference's), so a fresh worker's first Python verdict
//! does not wait for Kotlin's compiler to warm up. A failed test is tried again (see
//! [`ATTEMPTS`]) before the language counts as broken: a sandbox that could not start one
//! container on a loaded node is not a broken toolchain, and stopping the worker for it would
//! cost every queued job its worker.

use std::collections::HashMap;
use std::sync::Arc;

use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;
use anyhow::{bail, Context, Result};
use futures_util::StreamExt;
use tokio::sync::watch;

use crate::judge::{self, Evaluation, Mode, Source, Task};
use crate::languages::{self, LanguageSpec};
use crate::model::{ProgramFiles, TestCase};
use crate::sandbox::Sandbox;

/// How many times a language's self-test runs before its failure stops the worker, and the
/// pause before each retry. A toolchain that is really broken fails every time, within
/// seconds; three tries cost it a few seconds more and spare a healthy one a passing hiccup.
pub const ATTEMPTS: u32 = 3;
const RETRY_PAUSE: std::time::Duration = std::time::Duration::from_secs(2);

/// Where one language's self-test stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Testing,
    Passed,
    Failed(String),
}

/// A language the worker may not judge: its self-test failed. A job that needs it goes back
/// to the queue without costing the submission an attempt, and the worker stops.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Broken(pub String);

/// The languages' self-tests as they run and finish.
pub struct Toolchains {
    states: HashMap<Language, watch::Receiver<State>>,
}

impl Toolchains {
    /// Starts every language's self-test, `concurrency` at a time, in the registry's order.
    pub fn start(sandbox: Arc<dyn Sandbox>, concurrency: usize) -> Toolchains {
        let mut states = HashMap::new();
        let mut senders = Vec::new();
        for spec in languages::all() {
            let (tx, rx) = watch::channel(State::Testing);
            states.insert(spec.language, rx);
            senders.push((*spec, tx));
        }
        tokio::spawn(async move {
            futures_util::stream::iter(senders)
                .for_each_concurrent(concurrency.max(1), |(spec, tx)| {
                    let sandbox = sandbox.clone();
                    async move {
                        let state = match test_with_retries(sandbox.as_ref(), spec).await {
                            Ok(()) => State::Passed,
                            Err(e) => {
                                tracing::error!(error = %format!("{e:#}"), "self-test failed");
                                State::Failed(format!("{e:#}"))
                            }
                        };
                        // Nobody listening is fine: the worker is gone.
                        let _ = tx.send(state);
                    }
                })
                .await;
            tracing::info!("self-tests finished");
        });
        Toolchains { states }
    }

    /// Every language trusted without a test (`WORKER_SELF_TEST=false`).
    pub fn untested() -> Toolchains {
        let states = languages::all()
            .iter()
            .map(|spec| (spec.language, watch::channel(State::Passed).1))
            .collect();
        Toolchains { states }
    }

    /// Waits until each of `needed` has passed its self-test; the first failure is the error.
    pub async fn ready(&self, needed: &[Language]) -> Result<(), Broken> {
        for language in needed {
            let Some(state) = self.states.get(language) else {
                return Err(Broken(format!("{} is not available", language.id())));
            };
            let mut state = state.clone();
            // Cloned out: the borrow of the channel must not be held (nor sent) across awaits.
            let settled = state.wait_for(|s| *s != State::Testing).await.map(|s| s.clone());
            match settled {
                Ok(State::Passed) => {}
                Ok(State::Failed(why)) => return Err(Broken(why)),
                // The test's task ended without a word: it panicked.
                Ok(State::Testing) | Err(_) => {
                    return Err(Broken(format!("the self-test of {} ended early", language.id())))
                }
            }
        }
        Ok(())
    }

    /// Resolves with the first failure among the self-tests; never, while none fails.
    pub async fn failure(&self) -> String {
        let waits = self.states.values().map(|state| {
            let mut state = state.clone();
            Box::pin(async move {
                let failed =
                    state.wait_for(|s| matches!(s, State::Failed(_))).await.map(|s| s.clone());
                match failed {
                    Ok(State::Failed(why)) => why,
                    // A test that passed, or whose task is gone, never fails.
                    _ => std::future::pending().await,
                }
            })
        });
        futures_util::future::select_all(waits).await.0
    }
}

/// Runs every language's self-test, one after another; the first failure is the error (the
/// hostile suites' start-up check).
pub async fn check_languages(sandbox: &dyn Sandbox) -> Result<()> {
    for spec in languages::all() {
        test_with_retries(sandbox, spec).await?;
    }
    Ok(())
}

/// [`test_one`] up to [`ATTEMPTS`] times; the last failure is the error.
async fn test_with_retries(sandbox: &dyn Sandbox, spec: &'static LanguageSpec) -> Result<()> {
    let mut attempt = 1;
    loop {
        match test_one(sandbox, spec).await {
            Ok(()) => return Ok(()),
            Err(e) if attempt < ATTEMPTS => {
                tracing::warn!(
                    language = spec.language.id(),
                    attempt,
                    error = %format!("{e:#}"),
                    "self-test failed; trying again"
                );
                tokio::time::sleep(RETRY_PAUSE * attempt).await;
                attempt += 1;
            }
            Err(e) => return Err(e.context(format!("after {ATTEMPTS} attempts"))),
        }
    }
}

/// One language's self-test: A+B judged Accepted.
async fn test_one(sandbox: &dyn Sandbox, spec: &'static LanguageSpec) -> Result<()> {
    let tests = [TestCase { input: "2 40\n".into(), expected_output: "42\n".into() }];
    let task = Task {
        source: Source {
            language: spec,
            code: spec.self_test,
            files: ProgramFiles::none(),
            time_limit_ms: 10_000,
        },
        memory_limit_bytes: 256 * 1024 * 1024,
        tests: &tests,
        evaluation: Evaluation::lines(),
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    let name = spec.language.display_name();
    let verdict =
        judge::judge(sandbox, &task).await.with_context(|| format!("self-test of {name}"))?.verdict;
    if verdict.status != Status::Accepted {
        bail!(
            "self-test of {name} failed: {} {}",
            verdict.status.display_name(),
            verdict.error_message.unwrap_or_default()
        );
    }
    tracing::info!(language = spec.language.id(), cpu_ms = verdict.runtime_ms, "self-test passed");
    Ok(())
}
