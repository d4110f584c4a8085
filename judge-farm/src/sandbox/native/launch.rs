//! The farm's side of a box: [`Keeper`] starts the box's `__sandbox-init` keeper with an empty
//! environment when the box is made, then sends it one run at a time and reads back the report
//! and the program's output. A run whose future is dropped halfway leaves the keeper in an
//! unknown state, so the keeper is killed (its builder and the box's init follow by
//! PDEATHSIG, and the box's pid namespace with them) and the run's cgroups are removed in the
//! background; later runs in that box fail. The keeper also gets one end of a socket as its
//! fd 3, on which a piped run's stdin and stdout travel (descriptors cannot go over its stdin).

use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, ChildStdout};
use tokio::sync::Mutex;

use super::cgroup::{self, Layout, RunCgroup};
use super::channel;
use super::protocol::{BoxSpec, Hello, Report, RunRequest, FARM_FDS};
use crate::sandbox::{Outcome, PipedStdio, SandboxError, INIT_ARG};

/// How much of the keeper's stderr (its own diagnostics) is kept for an error message.
const KEEPER_STDERR_BYTES: usize = 64 * 1024;

/// A box's keeper process; kept with the work box and killed with it.
pub(crate) struct Keeper {
    io: Mutex<Option<KeeperIo>>,
    cgroups: Layout,
    /// The box's shared test cgroup, removed here if the keeper could not remove it.
    tests_cgroup: String,
}

struct KeeperIo {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    /// The farm's end of the keeper's descriptor socket.
    fds: OwnedFd,
    /// Whether the keeper's hello has been read (it is read by the first run).
    ready: bool,
}

impl Keeper {
    /// Starts the keeper; it builds the box while the farm writes the source files. Must be
    /// called inside a tokio runtime.
    pub(crate) fn spawn(helper: &Path, spec: &BoxSpec) -> Result<Keeper, SandboxError> {
        let description = serde_json::to_string(spec)
            .map_err(|e| SandboxError::Helper(format!("encoding the box: {e}")))?;
        let (fds, keeper_fds) = channel::pair().map_err(SandboxError::Helper)?;
        let mut command = tokio::process::Command::new(helper);
        let keeper_fds_raw = keeper_fds.as_raw_fd();
        // SAFETY: only async-signal-safe calls (dup2, fcntl) between fork and exec. The socket is
        // close-on-exec everywhere else, so no other child of the farm inherits it.
        unsafe {
            command.pre_exec(move || {
                let done = if keeper_fds_raw == FARM_FDS {
                    libc::fcntl(FARM_FDS, libc::F_SETFD, 0)
                } else {
                    libc::dup2(keeper_fds_raw, FARM_FDS)
                };
                if done == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = command
            .arg(INIT_ARG)
            .arg(description)
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                SandboxError::io(format!("starting the sandbox keeper {}", helper.display()), e)
            })?;
        drop(keeper_fds);
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        Ok(Keeper {
            io: Mutex::new(Some(KeeperIo { child, stdin, stdout, fds, ready: false })),
            cgroups: spec.cgroups.clone(),
            tests_cgroup: spec.tests_cgroup.clone(),
        })
    }

    /// Ends the box: the keeper is told to stop (end of its stdin), kills the box and exits;
    /// waits for that, and kills the keeper if it takes long.
    pub(crate) async fn close(&mut self) {
        let Some(io) = self.io.get_mut().take() else { return };
        let KeeperIo { mut child, stdin, .. } = io;
        drop(stdin);
        if tokio::time::timeout(std::time::Duration::from_secs(5), child.wait()).await.is_err() {
            let _ = child.kill().await;
        }
        remove_leftovers(RunCgroup::dirs(&self.cgroups, &self.tests_cgroup));
    }

    /// Runs one program in the box; runs of one box take turns. `stdio` is given exactly when
    /// `request.piped` is set.
    pub(crate) async fn run(
        &self,
        request: &RunRequest,
        stdio: Option<PipedStdio>,
    ) -> Result<Outcome, SandboxError> {
        let mut slot = self.io.lock().await;
        if slot.is_none() {
            return Err(SandboxError::Helper("the box's keeper was lost by an earlier run".into()));
        }
        let mut dirs = RunCgroup::dirs(&self.cgroups, &request.run_id);
        dirs.extend(RunCgroup::dirs(&self.cgroups, &self.tests_cgroup));
        let mut in_flight = InFlight { dirs: Some(dirs), io: Some(&mut *slot) };
        let result = exchange(in_flight.io().expect("set above"), request, stdio).await;
        let error = match result {
            // The keeper answered in full: it is ready for the next run.
            answered @ (Ok(_) | Err(SandboxError::Setup(_)) | Err(SandboxError::Exec(_))) => {
                in_flight.disarm();
                return answered;
            }
            Err(error) => error,
        };
        let io = in_flight.take().expect("set above");
        let diagnostics = kill_and_read_stderr(io).await;
        in_flight.disarm();
        Err(match error {
            SandboxError::Helper(m) if !diagnostics.is_empty() => {
                SandboxError::Helper(format!("{m}; {diagnostics}"))
            }
            other => other,
        })
    }
}

async fn exchange(
    io: &mut KeeperIo,
    request: &RunRequest,
    stdio: Option<PipedStdio>,
) -> Result<Outcome, SandboxError> {
    let helper = |what: &str, e: std::io::Error| SandboxError::Helper(format!("{what}: {e}"));
    if !io.ready {
        let mut line = String::new();
        io.stdout
            .read_line(&mut line)
            .await
            .map_err(|e| helper("reading the keeper's hello", e))?;
        match serde_json::from_str::<Hello>(&line) {
            Ok(Hello::Ready) => io.ready = true,
            Ok(Hello::SetupFailed(message)) => {
                return Err(SandboxError::Helper(format!("building the box: {message}")))
            }
            Err(_) => {
                return Err(SandboxError::Helper("the keeper died before the box was built".into()))
            }
        }
    }
    if let Some(stdio) = stdio {
        // Queued before the request line, so the keeper finds it as soon as it reads the line;
        // the farm's copies close here, leaving the pipes to the program alone.
        let fds = [stdio.stdin.as_raw_fd(), stdio.stdout.as_raw_fd()];
        channel::send(&io.fds, request.run_id.as_bytes(), &fds).map_err(SandboxError::Helper)?;
    }
    let mut line = serde_json::to_vec(request)
        .map_err(|e| SandboxError::Helper(format!("encoding the run: {e}")))?;
    line.push(b'\n');
    io.stdin.write_all(&line).await.map_err(|e| helper("sending the run", e))?;
    io.stdin.flush().await.map_err(|e| helper("sending the run", e))?;

    let mut report_line = Vec::new();
    io.stdout
        .read_until(b'\n', &mut report_line)
        .await
        .map_err(|e| helper("reading the report", e))?;
    if report_line.last() != Some(&b'\n') {
        return Err(SandboxError::Helper("the keeper died mid-run".into()));
    }
    let report: Report = serde_json::from_slice(&report_line)
        .map_err(|e| SandboxError::Helper(format!("unreadable report: {e}")))?;
    let m = match report {
        Report::Finished(m) => m,
        Report::SetupFailed(message) => return Err(SandboxError::Setup(message)),
        Report::ExecFailed(message) => return Err(SandboxError::Exec(message)),
    };
    let cap = usize::try_from(request.limits.output_bytes).unwrap_or(usize::MAX);
    let total = m.stdout_len.checked_add(m.stderr_len);
    if m.stdout_len > cap || m.stderr_len > cap || total.is_none() {
        return Err(SandboxError::Helper("output lengths exceed the limit".into()));
    }
    let mut body = vec![0u8; total.unwrap_or_default()];
    io.stdout.read_exact(&mut body).await.map_err(|e| helper("reading the program's output", e))?;
    let stderr = body.split_off(m.stdout_len);
    Ok(Outcome {
        termination: m.termination,
        cpu_time_ms: m.cpu_time_ms,
        wall_time_ms: m.wall_time_ms,
        memory_kb: m.memory_kb,
        stdout: body,
        stderr,
        ended_ns: m.ended_ns,
    })
}

/// Kills a keeper that failed and collects what it said on stderr.
async fn kill_and_read_stderr(mut io: KeeperIo) -> String {
    let _ = io.child.start_kill();
    let mut diagnostics = Vec::new();
    if let Some(mut stderr) = io.child.stderr.take() {
        let read = stderr.read_to_end(&mut diagnostics);
        let _ = tokio::time::timeout(std::time::Duration::from_secs(2), read).await;
    }
    let _ = io.child.wait().await;
    diagnostics.truncate(KEEPER_STDERR_BYTES);
    String::from_utf8_lossy(&diagnostics).trim().to_string()
}

impl Drop for Keeper {
    /// A box dropped without `close`: the keeper is killed with it (`kill_on_drop`), so the
    /// box's test cgroup may be left behind.
    fn drop(&mut self) {
        if self.io.get_mut().is_some() {
            remove_leftovers(RunCgroup::dirs(&self.cgroups, &self.tests_cgroup));
        }
    }
}

/// Removes cgroups a killed keeper left, on a thread: their tasks may take a moment to die.
fn remove_leftovers(dirs: Vec<PathBuf>) {
    if dirs.iter().any(|d| d.exists()) {
        std::thread::spawn(move || cgroup::kill_and_remove(&dirs));
    }
}

/// Armed while a run is between request and report: dropping it then (the run's future was
/// dropped) kills the keeper and removes the run's cgroups.
struct InFlight<'a> {
    dirs: Option<Vec<PathBuf>>,
    io: Option<&'a mut Option<KeeperIo>>,
}

impl InFlight<'_> {
    fn io(&mut self) -> Option<&mut KeeperIo> {
        self.io.as_mut()?.as_mut()
    }

    fn take(&mut self) -> Option<KeeperIo> {
        self.io.as_mut()?.take()
    }

    fn disarm(&mut self) {
        self.dirs = None;
        self.io = None;
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        if let Some(slot) = self.io.take() {
            if let Some(mut io) = slot.take() {
                let _ = io.child.start_kill();
            }
        }
        if let Some(dirs) = self.dirs.take() {
            remove_leftovers(dirs);
        }
    }
}
