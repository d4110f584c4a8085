//! What the farm and its `__sandbox-init` helper say to each other: a JSON request on the
//! helper's stdin; on its stdout one JSON report line followed by the program's stdout and
//! stderr bytes (lengths in the report), so binary output needs no encoding.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::cgroup::Layout;
use super::{Limits, Termination};

/// Everything the helper needs to run one program.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Request {
    /// Names the run's cgroups.
    pub run_id: String,
    pub cgroups: Layout,
    /// Host path of the work box, bound at /box.
    pub box_path: PathBuf,
    pub box_writable: bool,
    /// An empty host folder each run mounts its private root tmpfs on.
    pub rootfs_dir: PathBuf,
    /// The shared empty network namespace.
    pub netns_path: PathBuf,
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub stdin: Option<PathBuf>,
    pub limits: Limits,
    /// Host paths bound read-only at the same place inside.
    pub read_only_paths: Vec<PathBuf>,
    pub tmp_bytes: u64,
    /// RLIMIT_FSIZE: no single file the program writes may grow past this.
    pub file_bytes: u64,
    pub max_open_files: u64,
    pub uid: u32,
    pub gid: u32,
    pub hostname: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) enum Report {
    Finished(Measured),
    /// Setting up the sandbox failed; nothing of the program ran.
    SetupFailed(String),
    /// `execve` of the program failed.
    ExecFailed(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Measured {
    pub termination: Termination,
    pub cpu_time_ms: u64,
    pub wall_time_ms: u64,
    pub memory_kb: u64,
    pub stdout_len: usize,
    pub stderr_len: usize,
}
