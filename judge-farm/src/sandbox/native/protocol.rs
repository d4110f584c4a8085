//! What the farm and a box's keeper (`__sandbox-init`) say to each other. The box is described
//! once, as the keeper's argument, and the keeper answers with one [`Hello`] line. Then, per
//! run, a [`RunRequest`] line goes to its stdin and comes back as one JSON [`Report`] line
//! followed by the program's stdout and stderr bytes (lengths in the report), so binary output
//! needs no encoding. A piped run's two descriptors travel beside, on a socket the keeper
//! finds as its fd 3 ([`FARM_FDS`]).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::cgroup::Layout;
use crate::sandbox::{Limits, Termination};

/// The keeper's descriptor number of its end of the socket the farm sends piped runs' stdio on.
pub(crate) const FARM_FDS: i32 = 3;

/// What the keeper needs to build a submission's box; passed once, as its second argument.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct BoxSpec {
    pub cgroups: Layout,
    /// Name of the cgroup the box's test runs share (see `supervise::run`).
    pub tests_cgroup: String,
    /// Host path of the work box, bound at /box.
    pub box_path: PathBuf,
    /// An empty host folder the box's init mounts its private root tmpfs on.
    pub rootfs_dir: PathBuf,
    /// The shared empty network namespace.
    pub netns_path: PathBuf,
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

/// One program to run in the box; a JSON line on the keeper's stdin.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct RunRequest {
    /// Names the run's cgroups.
    pub run_id: String,
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    /// A host file fed as stdin; /dev/null when absent.
    pub stdin: Option<PathBuf>,
    pub limits: Limits,
    pub box_writable: bool,
    /// Whether stdin and stdout are the farm's pipes, which come just before this line as one
    /// message on the keeper's descriptor socket (body: the run id; descriptors: stdin, stdout).
    #[serde(default)]
    pub piped: bool,
}

/// The keeper's first line: whether the box was built.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) enum Hello {
    Ready,
    SetupFailed(String),
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
    /// When the program ended (see [`crate::sandbox::Outcome::ended_ns`]).
    pub ended_ns: u64,
}

/// What the box's init writes on a run's status pipe once it has reaped the program: the raw
/// wait status and the moment `waitpid` returned it, native-endian, in one write (shorter
/// than PIPE_BUF, so it arrives whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reaped {
    pub wait_status: i32,
    /// CLOCK_MONOTONIC, in nanoseconds.
    pub ended_ns: u64,
}

impl Reaped {
    pub(crate) const BYTES: usize = 12;

    pub(crate) fn to_bytes(self) -> [u8; Reaped::BYTES] {
        let mut bytes = [0u8; Reaped::BYTES];
        bytes[..4].copy_from_slice(&self.wait_status.to_ne_bytes());
        bytes[4..].copy_from_slice(&self.ended_ns.to_ne_bytes());
        bytes
    }

    /// None unless `bytes` holds a whole record.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Reaped> {
        let wait_status = i32::from_ne_bytes(bytes.get(..4)?.try_into().ok()?);
        let ended_ns = u64::from_ne_bytes(bytes.get(4..Reaped::BYTES)?.try_into().ok()?);
        Some(Reaped { wait_status, ended_ns })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reaped_record_reads_back_whole_and_not_from_a_part() {
        let reaped = Reaped { wait_status: 3 << 8, ended_ns: 1_234_567_890_123 };
        let bytes = reaped.to_bytes();
        assert_eq!(Reaped::from_bytes(&bytes), Some(reaped));
        assert_eq!(Reaped::from_bytes(&bytes[..4]), None);
        assert_eq!(Reaped::from_bytes(&[]), None);
    }
}
