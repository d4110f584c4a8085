//! The hostile-code suite (`tests/hostile/<case>/`) judged through the real pipeline on the
//! docker backend, the same folder `tests/hostile.rs` runs on the native sandbox. Needs a
//! Docker daemon with every language's image (`scripts/docker-sandbox-setup.sh`), so it is
//! ignored by default:
//! `DOCKER_HOST=unix:///run/algoarena-docker/docker.sock cargo test -p algoarena-judge-farm
//! --test hostile_docker -- --ignored --nocapture runc`.
//!
//! `scripts/test.sh` runs it on both runtimes. Under gVisor (`runsc`) each run installs the
//! native seccomp filter itself (`sandbox/docker/in_box.rs`), so the escape calls and io_uring,
//! which gVisor would otherwise implement inside the sandbox, are refused as natively. Two cases
//! genuinely differ and say why in their `[differs.runsc]`: syscalls-32-bit (gVisor has no i386
//! table at all) and memory-bomb-javascript (the limit holds the whole sandbox, which thrashes
//! before the OOM killer acts: TLE, not MLE).

mod hostile_suite;

use std::sync::Arc;

use algoarena_judge_farm::sandbox::{DockerConfig, DockerSandbox, Sandbox};
use algoarena_judge_farm::worker::self_test::check_languages;

fn docker(runtime: &str) -> Arc<dyn Sandbox> {
    let host = std::env::var("DOCKER_HOST")
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unix:///run/algoarena-docker/docker.sock".into());
    let config = DockerConfig {
        host: Some(host),
        runtime: runtime.into(),
        root: std::env::temp_dir().join("algoarena-hostile-docker-tests"),
        helper: std::path::PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
        ..DockerConfig::default()
    };
    Arc::new(
        DockerSandbox::new(config)
            .expect("a Docker daemon with the sandbox images (scripts/docker-sandbox-setup.sh)"),
    )
}

#[tokio::test]
#[ignore]
async fn every_hostile_case_gets_its_verdict_on_docker_with_runc() {
    let sandbox = docker("runc");
    // As a worker does at start: each runtime's files are then in the page cache, charged to
    // a container that is gone, not to the first submission's, whose memory limit would
    // otherwise evict and re-read them (a memory bomb thrashing into TLE instead of MLE).
    check_languages(sandbox.as_ref()).await.expect("every language's self-test passes on docker");
    hostile_suite::run_suite(sandbox, "runc").await;
}

/// Cases whose verdict genuinely differs under gVisor say so in their `[differs.runsc]`.
#[tokio::test]
#[ignore]
async fn every_hostile_case_gets_its_verdict_on_docker_with_runsc() {
    let sandbox = docker("runsc");
    check_languages(sandbox.as_ref())
        .await
        .expect("every language's self-test passes on docker/runsc");
    hostile_suite::run_suite(sandbox, "runsc").await;
}
