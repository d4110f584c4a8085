//! Running untrusted programs: the `Sandbox` trait the judge calls, the plain records it trades
//! in (limits in, outcome out), what both backends share (the work box, piped runs, turning
//! observations into a [`Termination`]), and the two backends: `native` (namespaces, cgroups,
//! Landlock, seccomp) and `docker`. A program in the sandbox sees no network, no secrets, no
//! environment but its own, no test answers, no other submission and no host file outside the
//! read-only toolchain, and it cannot outlive its run.

mod classify;
mod docker;
mod exec_policy;
mod native;
mod piped;
mod sys;
mod workbox;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;

use serde::{Deserialize, Serialize};

pub use docker::{sandbox_exec_main, DockerConfig, DockerSandbox, EXEC_ARG};
pub use native::{default_read_only_paths, sandbox_init_main, NativeConfig, NativeSandbox};
pub use piped::{cross_wired, pipe, PipedStdio};
pub use workbox::WorkBox;

/// First argument that makes the farm's binary act as a box's keeper. `main` must check it
/// before anything else runs (no async runtime, no threads): see [`sandbox_init_main`].
pub const INIT_ARG: &str = "__sandbox-init";

/// What one run may use. Exceeding any of them ends the run with the matching [`Termination`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// CPU time summed over every thread and process of the run.
    pub cpu_time_ms: u64,
    /// Wall-clock time from `execve` to the program's exit.
    pub wall_time_ms: u64,
    /// Peak memory of the run's cgroup (anonymous memory, page cache, tmpfs files in /tmp).
    pub memory_bytes: u64,
    /// Tasks the run may have at once; threads count, as the pids cgroup counts them.
    pub max_processes: u32,
    /// Bytes each of stdout and stderr may carry; one byte more is Output Limit Exceeded.
    pub output_bytes: u64,
}

/// How a run ended. Limits take precedence over the exit status: a program killed by the
/// kernel's OOM killer is `MemoryLimit` even though it died of SIGKILL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Termination {
    /// Exited by itself with this code.
    Exited(i32),
    /// Killed by this signal, not by the sandbox enforcing a limit.
    Signaled(i32),
    CpuTimeLimit,
    WallTimeLimit,
    /// Only ever from the cgroup's OOM-kill record, never guessed from the peak.
    MemoryLimit,
    /// stdout or stderr went past `output_bytes`, or a file write hit RLIMIT_FSIZE (SIGXFSZ).
    OutputLimit,
}

/// The record of one run, in the spirit of isolate's meta file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub termination: Termination,
    /// Summed over all threads and processes, from the cgroup.
    pub cpu_time_ms: u64,
    pub wall_time_ms: u64,
    /// Peak memory of the cgroup.
    pub memory_kb: u64,
    /// Truncated to `output_bytes`.
    pub stdout: Vec<u8>,
    /// Truncated to `output_bytes`.
    pub stderr: Vec<u8>,
    /// When the program ended: a reading of CLOCK_MONOTONIC in nanoseconds, taken by whatever
    /// learnt of the end, as close to the exit as the backend can (see each backend). It is
    /// the host's clock, so the ends of runs on one host are ordered by it: which side of an
    /// interactive conversation left first can decide the verdict (`judge::interactive`).
    pub ended_ns: u64,
}

/// One program to run in a work box.
#[derive(Debug, Clone)]
pub struct RunSpec {
    /// `argv[0]` is an absolute path as the sandbox sees it, e.g. `/usr/bin/python3`.
    pub argv: Vec<String>,
    /// The only environment the program gets.
    pub env: Vec<(String, String)>,
    /// A host file fed as stdin; `/dev/null` when absent.
    pub stdin: Option<PathBuf>,
    pub limits: Limits,
    /// Whether the program may write to `/box` (compilers) or only read it (test runs).
    pub box_writable: bool,
}

impl RunSpec {
    /// What every backend requires of a run: an absolute program path, positive limits and
    /// well-formed environment names.
    pub(crate) fn check(&self) -> Result<(), SandboxError> {
        let invalid = |m: &str| Err(SandboxError::InvalidSpec(m.into()));
        match self.argv.first() {
            None => return invalid("argv is empty"),
            Some(a) if !a.starts_with('/') => return invalid("argv[0] must be an absolute path"),
            _ => {}
        }
        let l = &self.limits;
        if l.cpu_time_ms == 0 || l.wall_time_ms == 0 || l.memory_bytes == 0 || l.max_processes == 0
        {
            return invalid("limits must be positive");
        }
        if self.env.iter().any(|(k, _)| k.is_empty() || k.contains('=')) {
            return invalid("environment names must be non-empty and free of '='");
        }
        Ok(())
    }

    /// [`RunSpec::check`] for a run on the caller's pipes, which take the place of a stdin file.
    pub(crate) fn check_piped(&self) -> Result<(), SandboxError> {
        self.check()?;
        if self.stdin.is_some() {
            return Err(SandboxError::InvalidSpec(
                "a piped run reads its stdin from the pipe, not a file".into(),
            ));
        }
        Ok(())
    }
}

/// A failure of the sandbox itself. A program that crashes, times out or runs out of memory is
/// an [`Outcome`], never one of these.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The machine cannot host this sandbox (not root, no usable cgroups, ...).
    #[error("sandbox unsupported here: {0}")]
    Unsupported(String),
    #[error("invalid run spec: {0}")]
    InvalidSpec(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    /// Building the sandbox for a run failed (mounts, cgroups, credentials, filters).
    #[error("sandbox setup failed: {0}")]
    Setup(String),
    /// The program itself could not be started (e.g. `argv[0]` does not exist in the sandbox).
    #[error("could not execute the program: {0}")]
    Exec(String),
    /// The helper process died or answered nonsense.
    #[error("sandbox helper failed: {0}")]
    Helper(String),
}

impl SandboxError {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        SandboxError::Io { context: context.into(), source }
    }
}

/// Creates `path` (and its parents) readable by root alone: each backend keeps its boxes
/// under such a folder, so no sandboxed user can look into another box.
pub(crate) fn private_dir(path: &std::path::Path) -> Result<(), SandboxError> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
        .map_err(|e| SandboxError::io(format!("creating {}", path.display()), e))
}

/// Whole milliseconds of `d`, saturating (a `Duration` holds more than a `u64` of them).
pub(crate) fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// A boxed future, so `Sandbox` stays object-safe (`Arc<dyn Sandbox>`).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A place to run untrusted programs: the native backend ([`NativeSandbox`]) or Docker
/// ([`DockerSandbox`]).
pub trait Sandbox: Send + Sync {
    /// A fresh work box for one submission: it lives across the compile step and every test.
    fn create_box(&self) -> Result<WorkBox, SandboxError>;
    /// A fresh work box for a submission in `language`. Backends with an image per language
    /// (docker) pick it here; the others make the same box as [`Sandbox::create_box`].
    fn create_box_for(
        &self,
        language: algoarena_shared::language::Language,
    ) -> Result<WorkBox, SandboxError> {
        let _ = language;
        self.create_box()
    }
    /// Runs one program in `bx` and reports how it ended.
    fn run<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>>;
    /// [`Sandbox::run`] with stdin and stdout on the caller's pipes (`spec.stdin` must be None):
    /// nothing of stdout is captured. Runs in different boxes may talk to each other this way
    /// while both run; a backend that cannot do it says `Unsupported`.
    fn run_piped<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
        stdio: PipedStdio,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        let _ = (bx, spec, stdio);
        Box::pin(async {
            Err(SandboxError::Unsupported("this sandbox cannot run a program on pipes".into()))
        })
    }
    /// What of this sandbox can change a verdict (backend, limits, images), as text: the
    /// import's verdict cache keys proofs by it (see `import::proofs`), so a proof made under
    /// other limits or images is not reused. The default names the backend only.
    fn identity(&self) -> String {
        std::any::type_name::<Self>().to_string()
    }
    /// Ends the box and waits until nothing of it is left (its processes, its container).
    /// Dropping a box ends it too, but in the background.
    fn close_box(&self, bx: WorkBox) -> BoxFuture<'_, ()> {
        Box::pin(async move { drop(bx) })
    }
}
