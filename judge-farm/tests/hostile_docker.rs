//! The hostile-code suite (`tests/hostile/<case>/`) judged through the real pipeline on the
//! docker backend with runc, the same folder `tests/hostile.rs` runs on the native sandbox.
//! Needs every language's image (`sandbox-images/build.sh --local-base`), so it is ignored by
//! default: `DOCKER_HOST=unix:///run/algoarena-docker/docker.sock cargo test -p
//! algoarena-judge-farm --test hostile_docker -- --ignored --nocapture`.

mod hostile_suite;

use std::sync::Arc;

use algoarena_judge_farm::sandbox::{DockerConfig, DockerSandbox, Sandbox};

fn docker(runtime: &str) -> Arc<dyn Sandbox> {
    let host = std::env::var("DOCKER_HOST")
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unix:///run/algoarena-docker/docker.sock".into());
    let config = DockerConfig {
        host: Some(host),
        runtime: runtime.into(),
        root: std::env::temp_dir().join("algoarena-hostile-docker-tests"),
        ..DockerConfig::default()
    };
    Arc::new(DockerSandbox::new(config).expect("a Docker daemon with the sandbox images (scripts/docker-sandbox-setup.sh)"))
}

#[tokio::test]
#[ignore]
async fn every_hostile_case_gets_its_verdict_on_docker_with_runc() {
    hostile_suite::run_suite(docker("runc")).await;
}
