//! A fresh worker takes jobs while the languages' self-tests still run: a job waits for its
//! own language only, and a toolchain that fails its self-test stops the worker and hands the
//! job back without costing the submission an attempt. A self-test that fails once and then
//! passes is a hiccup, not a broken toolchain: the worker goes on.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use algoarena_judge_farm::sandbox::{
    BoxFuture, NativeConfig, NativeSandbox, Outcome, PipedStdio, RunSpec, Sandbox, SandboxError,
    WorkBox,
};
use algoarena_judge_farm::worker;
use algoarena_shared::language::Language;
use serde_json::json;

use crate::helpers::TestFarm;

/// What the stand-in does with the runs of one language's boxes.
#[derive(Clone, Copy, PartialEq)]
enum Treatment {
    Run,
    /// Never ends: a toolchain still busy with its self-test.
    Stall,
    /// The sandbox fails: a toolchain that cannot work.
    Fail,
    /// The sandbox fails the first run only, then runs: a container that could not start once.
    FailFirst,
}

/// The native sandbox, with the runs in each language's boxes treated as `treat` says.
struct ByLanguage {
    native: NativeSandbox,
    treat: fn(Language) -> Treatment,
    boxes: Mutex<HashMap<PathBuf, Language>>,
    failed_once: AtomicBool,
}

impl ByLanguage {
    fn new(treat: fn(Language) -> Treatment) -> ByLanguage {
        let native = NativeSandbox::new(NativeConfig {
            helper: env!("CARGO_BIN_EXE_judge-farm").into(),
            ..NativeConfig::default()
        })
        .expect("the native sandbox needs root and cgroups");
        ByLanguage {
            native,
            treat,
            boxes: Mutex::new(HashMap::new()),
            failed_once: AtomicBool::new(false),
        }
    }

    fn treatment(&self, bx: &WorkBox) -> Treatment {
        let language = self.boxes.lock().unwrap().get(bx.path()).copied();
        language.map_or(Treatment::Run, self.treat)
    }

    async fn treated(
        &self,
        bx: &WorkBox,
        run: BoxFuture<'_, Result<Outcome, SandboxError>>,
    ) -> Result<Outcome, SandboxError> {
        match self.treatment(bx) {
            Treatment::Run => run.await,
            Treatment::Stall => std::future::pending().await,
            Treatment::Fail => Err(SandboxError::InvalidSpec("this toolchain is broken".into())),
            Treatment::FailFirst if !self.failed_once.swap(true, Ordering::SeqCst) => {
                Err(SandboxError::InvalidSpec("the container did not start".into()))
            }
            Treatment::FailFirst => run.await,
        }
    }
}

impl Sandbox for ByLanguage {
    fn create_box(&self) -> Result<WorkBox, SandboxError> {
        self.native.create_box()
    }

    fn create_box_for(&self, language: Language) -> Result<WorkBox, SandboxError> {
        let bx = self.native.create_box_for(language)?;
        self.boxes.lock().unwrap().insert(bx.path().to_path_buf(), language);
        Ok(bx)
    }

    fn run<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        Box::pin(self.treated(bx, self.native.run(bx, spec)))
    }

    fn run_piped<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
        stdio: PipedStdio,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        Box::pin(self.treated(bx, self.native.run_piped(bx, spec, stdio)))
    }
}

async fn submit_python(farm: &TestFarm, user: uuid::Uuid) -> String {
    let code = "a, b = map(int, input().split())\nprint(a + b)\n";
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": code});
    let (_, sub) =
        farm.signed("POST", "/internal/submissions", Some(user), Some(&body.to_string())).await;
    sub["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_fresh_worker_judges_python_while_other_toolchains_are_still_testing() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let sandbox: Arc<dyn Sandbox> = Arc::new(ByLanguage::new(|language| match language {
        Language::Python3 => Treatment::Run,
        _ => Treatment::Stall,
    }));
    let settings = (*farm.state.settings).clone();
    assert!(settings.queue.self_test, "the self-tests run, as in production");
    let worker =
        tokio::spawn(worker::run(settings, farm.db.clone(), farm.state.redis.clone(), sandbox));
    let (user, _) = farm.register("fresh-worker@example.com").await;

    let id = submit_python(&farm, user).await;
    let verdict = farm.wait_finished(user, &id).await;
    assert_eq!(verdict["status"], "accepted", "{verdict}");
    assert!(!worker.is_finished(), "nine toolchains still testing do not stop the worker");
    worker.abort();
}

#[tokio::test]
async fn a_self_test_that_fails_once_is_tried_again_and_the_worker_goes_on() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let sandbox = Arc::new(ByLanguage::new(|language| match language {
        Language::Python3 => Treatment::FailFirst,
        _ => Treatment::Stall,
    }));
    let settings = (*farm.state.settings).clone();
    let worker = tokio::spawn(worker::run(
        settings,
        farm.db.clone(),
        farm.state.redis.clone(),
        sandbox.clone() as Arc<dyn Sandbox>,
    ));
    let (user, _) = farm.register("hiccup@example.com").await;

    let id = submit_python(&farm, user).await;
    let verdict = farm.wait_finished(user, &id).await;
    assert_eq!(verdict["status"], "accepted", "{verdict}");
    assert!(sandbox.failed_once.load(Ordering::SeqCst), "the first self-test run did fail");
    assert!(!worker.is_finished(), "one failed try does not stop the worker");
    worker.abort();
}

#[tokio::test]
async fn a_toolchain_failing_its_self_test_stops_the_worker_and_hands_its_job_back() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (user, _) = farm.register("broken-toolchain@example.com").await;
    // Queued before the worker starts, so the worker may claim it before the failure is known.
    let id = submit_python(&farm, user).await;

    let sandbox: Arc<dyn Sandbox> = Arc::new(ByLanguage::new(|language| match language {
        Language::Python3 => Treatment::Fail,
        _ => Treatment::Stall,
    }));
    let settings = (*farm.state.settings).clone();
    let stopped = tokio::time::timeout(
        Duration::from_secs(60),
        worker::run(settings, farm.db.clone(), farm.state.redis.clone(), sandbox),
    )
    .await
    .expect("the worker stops on its own");
    let error = format!("{:#}", stopped.expect_err("a failed self-test is the worker's error"));
    assert!(error.contains("Python") && error.contains("broken"), "{error}");
    assert!(error.contains("after 3 attempts"), "tried again before giving up: {error}");

    let (status, attempts): (String, i32) =
        sqlx::query_as("select status::text, attempts from submissions where id = $1::uuid")
            .bind(&id)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(
        (status.as_str(), attempts),
        ("queued", 0),
        "not judged, and no attempt of the submission's spent"
    );
}
