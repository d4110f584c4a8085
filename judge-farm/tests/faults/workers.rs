//! `judge-farm worker` processes to signal: SIGKILL, SIGSTOP/SIGCONT, SIGTERM. Each logs JSON
//! lines to its own file, which tests read to see what it did.

use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

use super::farm::{sandbox_root, wait_for};

pub struct WorkerProcess {
    child: Child,
    pub pid: i32,
    log: PathBuf,
    _log_dir: tempfile::TempDir,
}

impl WorkerProcess {
    pub(super) fn spawn(env: &[(String, String)]) -> WorkerProcess {
        let log_dir = tempfile::tempdir().unwrap();
        let log = log_dir.path().join("worker.log");
        let child = Command::new(env!("CARGO_BIN_EXE_judge-farm"))
            .arg("worker")
            .env("FARM_SHARED_SECRET", "faults-secret")
            .env("SANDBOX_ROOT", sandbox_root())
            .env("METRICS_BIND", "off")
            .env("LOG_FORMAT", "json")
            .env("RUST_LOG", "info,sqlx=warn")
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let pid = child.id() as i32;
        WorkerProcess { child, pid, log, _log_dir: log_dir }
    }

    /// Its name in the consumer group and in `submissions.leased_by`.
    pub fn consumer(&self) -> String {
        format!("{}-{}", nix::unistd::gethostname().unwrap().to_string_lossy(), self.pid)
    }

    pub fn signal(&self, signal: Signal) {
        kill(Pid::from_raw(self.pid), signal).unwrap();
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Log lines whose message contains `needle`.
    pub fn log_lines(&self, needle: &str) -> Vec<String> {
        self.log().lines().filter(|l| l.contains(needle)).map(str::to_string).collect()
    }

    pub async fn wait_ready(&self) {
        self.wait_log("worker ready").await;
    }

    pub async fn wait_log(&self, needle: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while !self.log().contains(needle) {
            if std::time::Instant::now() > deadline {
                let log = self.log();
                let tail: Vec<&str> =
                    log.lines().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
                panic!(
                    "timed out after 60 s waiting for worker log: {needle}\n{}",
                    tail.join("\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// Kills it outright, as a crash or the OOM killer would.
    pub fn kill(&mut self) {
        self.signal(Signal::SIGKILL);
        let _ = self.child.wait();
    }

    pub async fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let mut status = None;
        wait_for("the worker to exit", limit, || {
            status = self.child.try_wait().unwrap();
            let done = status.is_some();
            async move { done }
        })
        .await;
        status.unwrap()
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        let _ = kill(Pid::from_raw(self.pid), Signal::SIGCONT);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
