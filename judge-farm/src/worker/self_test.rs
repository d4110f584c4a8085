//! Start-up self-test: every registered language must compile and run an A+B program, so a
//! broken toolchain stops the worker before a user meets it.

use algoarena_shared::verdict::Status;
use anyhow::{bail, Result};

use crate::judge::{self, Evaluation, Mode, Source, Task};
use crate::languages;
use crate::model::TestCase;
use crate::sandbox::Sandbox;

pub async fn check_languages(sandbox: &dyn Sandbox) -> Result<()> {
    let tests = [TestCase { input: "2 40\n".into(), expected_output: "42\n".into() }];
    for spec in languages::all() {
        let task = Task {
            source: Source { language: spec, code: spec.self_test, time_limit_ms: 10_000 },
            memory_limit_bytes: 256 * 1024 * 1024,
            tests: &tests,
            evaluation: Evaluation::lines(),
            mode: Mode::Submit { tally: None },
            on_progress: &judge::no_progress,
        };
        let verdict = judge::judge(sandbox, &task).await?.verdict;
        if verdict.status != Status::Accepted {
            bail!(
                "self-test of {} failed: {} {}",
                spec.language.display_name(),
                verdict.status.display_name(),
                verdict.error_message.unwrap_or_default()
            );
        }
        tracing::info!(
            language = spec.language.id(),
            cpu_ms = verdict.runtime_ms,
            "self-test passed"
        );
    }
    Ok(())
}
