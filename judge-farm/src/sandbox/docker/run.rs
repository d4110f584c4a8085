//! One run: an exec in the box's container under `env -i` (so the environment is exactly the
//! spec's, not the image's), stdin streamed from the host file, stdout and stderr captured up
//! to the limit, the cgroup polled for CPU time, and everything the run started killed when
//! it ends, however it ends (a dropped run included). A piped run relays its stdin and stdout
//! to the caller's pipes instead (see `relay`).

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bollard::container::LogOutput;
use bollard::exec::{CreateExecOptions, StartExecOptions, StartExecResults};
use bollard::query_parameters::{InspectContainerOptions, WaitContainerOptions};
use bollard::Docker;
use futures_util::StreamExt;

use super::cgroup::{uid_of, ContainerCgroup};
use super::container::{remove_in_background, remove_now, BoxState};
use super::relay::{self, StdoutRelay};
use super::DockerConfig;
use crate::sandbox::classify::{classify, KillReason, Observed};
use crate::sandbox::{Limits, Outcome, PipedStdio, RunSpec, SandboxError};

/// What runsc's exec prints when the sandbox under it died (e.g. of an OOM kill).
const RUNSC_LOST: &[u8] = b"containerManager.WaitPID";
/// What the gVisor wrapper says when it cannot set the process limit.
const NPROC_FAILED: &str = "algoarena-sandbox: ulimit failed";
/// How often CPU time and the wall clock are checked.
const TICK: Duration = Duration::from_millis(10);
/// How often Docker is asked whether the program has exited while its output is still open.
const INSPECT_EVERY: Duration = Duration::from_millis(50);
/// How long output may stay open after the program exited before its holders are killed.
const LINGER: Duration = Duration::from_millis(100);

/// The checks every backend makes, and one of its own: `env` runs the program here and would
/// take an argv[0] holding '=' for a variable.
fn validate(spec: &RunSpec, piped: bool) -> Result<(), SandboxError> {
    if piped {
        spec.check_piped()?;
    } else {
        spec.check()?;
    }
    if spec.argv[0].contains('=') {
        return Err(SandboxError::InvalidSpec("argv[0] may not contain '='".into()));
    }
    Ok(())
}

pub(super) async fn run(
    state: &BoxState,
    box_path: &Path,
    spec: RunSpec,
    stdio: Option<PipedStdio>,
) -> Result<Outcome, SandboxError> {
    validate(&spec, stdio.is_some())?;
    let config = &state.config;
    let docker = &state.docker;
    // Runs of one box are serialized: the cgroup's counters then belong to one run at a time.
    let mut slot = state.container.lock().await;
    if slot.as_ref().is_some_and(|c| c.gone.load(std::sync::atomic::Ordering::Relaxed)) {
        *slot = None;
    }
    let container = state.ensure(&mut slot, box_path, &spec.limits).await?;
    let limits = spec.limits;
    let tasks = config.tasks_limit(limits.max_processes);
    if container.applied != Some((limits.memory_bytes, tasks)) {
        container
            .cgroup
            .set_limits(limits.memory_bytes, tasks)
            .map_err(|e| SandboxError::io("setting the container's limits", e))?;
        container.applied = Some((limits.memory_bytes, tasks));
    }
    let id = container.id.clone();
    let cgroup = container.cgroup.clone();
    let gone = container.gone.clone();
    let uid = if spec.box_writable { config.box_uid } else { config.uid };

    let cpu_start =
        cgroup.cpu_ns().map_err(|e| SandboxError::io("reading the container's CPU time", e))?;
    let oom_start =
        cgroup.oom_kills().map_err(|e| SandboxError::io("reading the container's OOM kills", e))?;
    let mut peak = cgroup.reset_peak();

    let mut cmd = Vec::new();
    if config.hides_processes() {
        // gVisor cannot be given a pids limit per run from outside, but it counts RLIMIT_NPROC
        // per user inside its own kernel (under runc that count would be host-wide).
        // dash spells the option -p, busybox -u.
        let n = limits.max_processes;
        let nproc = format!(
            "{{ ulimit -u {n} || ulimit -p {n}; }} 2>/dev/null || {{ echo '{NPROC_FAILED}' >&2; exit 125; }}; exec \"$@\""
        );
        cmd.extend(["/bin/sh".to_string(), "-c".to_string(), nproc, "sh".to_string()]);
    }
    cmd.extend(["/usr/bin/env".to_string(), "-i".to_string()]);
    cmd.extend(spec.env.iter().map(|(k, v)| format!("{k}={v}")));
    cmd.extend(spec.argv.iter().cloned());
    let exec = docker
        .create_exec(
            &id,
            CreateExecOptions {
                attach_stdin: Some(spec.stdin.is_some() || stdio.is_some()),
                attach_stdout: Some(true),
                attach_stderr: Some(true),
                tty: Some(false),
                cmd: Some(cmd),
                user: Some(format!("{uid}:{uid}")),
                working_dir: Some("/box".to_string()),
                ..Default::default()
            },
        )
        .await
        .map_err(|e| SandboxError::Setup(format!("creating an exec: {e}")))?
        .id;
    let (stdin, mut stdout_relay) = match (stdio, &spec.stdin) {
        (Some(stdio), _) => {
            (Some(relay::pipe_source(stdio.stdin)?), Some(StdoutRelay::start(stdio.stdout)?))
        }
        (None, Some(path)) => (Some(relay::file_source(path).await?), None),
        (None, None) => (None, None),
    };

    // From here on whatever the run started dies with it, even if this future is dropped.
    let mut guard = KillGuard {
        docker: docker.clone(),
        config: config.clone(),
        id: id.clone(),
        cgroup: cgroup.clone(),
        gone: gone.clone(),
        armed: true,
    };
    let options = StartExecOptions { detach: false, tty: false, output_capacity: Some(64 * 1024) };
    let started = Instant::now();
    let StartExecResults::Attached { mut output, input } = docker
        .start_exec(&exec, Some(options))
        .await
        .map_err(|e| SandboxError::Setup(format!("starting an exec: {e}")))?
    else {
        return Err(SandboxError::Setup("the exec started detached".into()));
    };
    let feeder = tokio::spawn(relay::feed(stdin, input));
    let mut wait =
        docker.wait_container(&id, Some(WaitContainerOptions { condition: "not-running".into() }));
    let mut wait = std::pin::pin!(wait.next());

    let mut watch =
        Watch { limits, stdout: Vec::new(), stderr: Vec::new(), overflow: false, killed: None };
    let mut ticker = tokio::time::interval(TICK);
    let mut stream_done = false;
    let mut exit: Option<i64> = None;
    let mut exited_at: Option<Instant> = None;
    let mut container_died = false;
    let mut last_inspect = Instant::now();
    // Last readings, for when the cgroup is gone at the end (a killed or dead container).
    let mut cpu_ms_seen = 0;
    let mut lingerers_killed = false;
    while !(stream_done && exit.is_some()) {
        tokio::select! {
            item = output.next(), if !stream_done => match item {
                Some(Ok(LogOutput::StdOut { message })) => match &mut stdout_relay {
                    Some(relay) => watch.relayed(relay.push(message)),
                    None => watch.take(false, &message),
                },
                Some(Ok(LogOutput::StdErr { message })) => watch.take(true, &message),
                Some(Ok(_)) => {}
                Some(Err(e)) => {
                    tracing::debug!(error = %e, "exec output stream failed");
                    stream_done = true;
                }
                None => stream_done = true,
            },
            _ = &mut wait, if !container_died => {
                // The container itself stopped: under gVisor an OOM kill takes the sandbox.
                container_died = true;
                gone.store(true, std::sync::atomic::Ordering::Relaxed);
                stream_done = true;
                exit.get_or_insert(128 + i64::from(libc::SIGKILL));
            },
            _ = ticker.tick() => {
                peak.sample();
                if let Ok(cpu) = cgroup.cpu_ns() {
                    cpu_ms_seen = cpu.saturating_sub(cpu_start) / 1_000_000;
                }
                if watch.killed.is_none() && exit.is_none() {
                    let cpu_ms = cpu_ms_seen;
                    if cpu_ms > limits.cpu_time_ms {
                        watch.killed = Some(KillReason::Cpu);
                    } else if started.elapsed() > Duration::from_millis(limits.wall_time_ms) {
                        watch.killed = Some(KillReason::Wall);
                    }
                }
                if watch.killed.is_some() && exit.is_none() {
                    guard.kill_now();
                    if config.hides_processes() {
                        // The whole container went: nothing will answer for this exec.
                        exit = Some(128 + i64::from(libc::SIGKILL));
                        stream_done = true;
                    }
                }
                if exit.is_none() && (stream_done || watch.killed.is_some() || last_inspect.elapsed() >= INSPECT_EVERY) {
                    last_inspect = Instant::now();
                    if let Ok(inspect) = docker.inspect_exec(&exec).await {
                        if inspect.running == Some(false) {
                            exit = Some(inspect.exit_code.unwrap_or(128 + i64::from(libc::SIGKILL)));
                            exited_at = Some(Instant::now());
                        }
                    }
                }
                // The program is gone but something it started still holds its output open.
                if let (Some(at), false, false) = (exited_at, stream_done, lingerers_killed) {
                    if at.elapsed() > LINGER {
                        lingerers_killed = true;
                        guard.kill_leftovers(uid).await;
                    }
                }
                if let (Some(at), false) = (exited_at, stream_done) {
                    if at.elapsed() > LINGER * 20 {
                        tracing::warn!(container = %id, "exec output never closed; giving up on it");
                        stream_done = true;
                    }
                }
            },
        }
    }
    let wall_ms = crate::sandbox::millis(started.elapsed());
    feeder.abort();
    // What is still queued reaches the reader; then the pipe closes.
    drop(stdout_relay);
    drop(output);
    // gVisor's exec can report its program's end a moment before Docker sees the sandbox
    // die of an OOM kill: when runsc says it lost the program (exit 128, or its own
    // "WaitPID ... EOF" complaint on the exec's stderr), wait for the container.
    let runsc_lost_program =
        exit == Some(128) || watch.stderr.windows(RUNSC_LOST.len()).any(|w| w == RUNSC_LOST);
    if config.hides_processes() && !container_died && runsc_lost_program {
        if let Ok(Some(_)) = tokio::time::timeout(Duration::from_secs(3), &mut wait).await {
            container_died = true;
            gone.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    // Whatever the program left running goes now.
    if !container_died && !gone.load(std::sync::atomic::Ordering::Relaxed) {
        guard.kill_leftovers(uid).await;
    }
    guard.armed = false;
    let cpu_ms = cgroup
        .cpu_ns()
        .map(|c| c.saturating_sub(cpu_start) / 1_000_000)
        .unwrap_or(cpu_ms_seen)
        .max(cpu_ms_seen);
    let mut memory_kb = peak.bytes() / 1024;
    let mut oom_kills = cgroup.oom_kills().map(|n| n.saturating_sub(oom_start)).unwrap_or(0);
    if container_died {
        let inspect = docker.inspect_container(&id, None::<InspectContainerOptions>).await;
        if inspect.ok().and_then(|i| i.state).and_then(|s| s.oom_killed) == Some(true) {
            oom_kills = oom_kills.max(1);
            // The cgroup went with the container; an OOM kill means it reached its limit.
            memory_kb = memory_kb.max(limits.memory_bytes / 1024);
        }
    }
    state.tmp.clear();
    if gone.load(std::sync::atomic::Ordering::Relaxed) {
        remove_in_background(docker.clone(), id.clone());
        *slot = None;
    }

    let code = exit.unwrap_or(128 + i64::from(libc::SIGKILL));
    if code == 125 && watch.stdout.is_empty() && watch.stderr.starts_with(NPROC_FAILED.as_bytes()) {
        return Err(SandboxError::Setup("the image's /bin/sh cannot set RLIMIT_NPROC".into()));
    }
    if (code == 126 || code == 127)
        && watch.killed.is_none()
        && oom_kills == 0
        && watch.stdout.is_empty()
    {
        let text = String::from_utf8_lossy(&watch.stderr);
        if (text.starts_with("/usr/bin/env:") || text.starts_with("env:"))
            && text.contains(spec.argv[0].as_str())
        {
            return Err(SandboxError::Exec(text.trim().to_string()));
        }
    }
    let wait_status = wait_status(code);
    let observed = Observed {
        wait_status: Some(wait_status),
        oom_kills,
        cpu_ms,
        wall_ms,
        killed: watch.killed,
        output_overflow: watch.overflow,
    };
    Ok(Outcome {
        termination: classify(&observed, &limits),
        cpu_time_ms: observed.cpu_ms,
        wall_time_ms: wall_ms,
        memory_kb,
        stdout: watch.stdout,
        stderr: watch.stderr,
    })
}

/// A wait(2) status from Docker's exit code, which is 128 + N for a program killed by signal N
/// (an `exit(139)` therefore reads as SIGSEGV: both are runtime errors to the judge).
fn wait_status(code: i64) -> i32 {
    if (129..=128 + 64).contains(&code) {
        (code - 128) as i32
    } else {
        ((code & 0xff) as i32) << 8
    }
}

/// What a run has written so far, and whether it broke a limit.
struct Watch {
    limits: Limits,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    overflow: bool,
    killed: Option<KillReason>,
}

impl Watch {
    fn take(&mut self, err: bool, chunk: &[u8]) {
        let max = usize::try_from(self.limits.output_bytes).unwrap_or(usize::MAX);
        let buf = if err { &mut self.stderr } else { &mut self.stdout };
        let room = max.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if chunk.len() > room {
            self.overflow = true;
            self.killed.get_or_insert(KillReason::Output);
        }
    }
}

impl Watch {
    /// A piped stdout has nothing captured, but what its reader leaves unread is held here,
    /// and is limited as captured output is.
    fn relayed(&mut self, unread: u64) {
        if unread > self.limits.output_bytes {
            self.overflow = true;
            self.killed.get_or_insert(KillReason::Output);
        }
    }
}

/// Kills what a run started when it ends, or when its future is dropped midway.
struct KillGuard {
    docker: Docker,
    config: Arc<DockerConfig>,
    id: String,
    cgroup: ContainerCgroup,
    gone: Arc<std::sync::atomic::AtomicBool>,
    armed: bool,
}

impl KillGuard {
    /// Ends the run at once: every run process under runc, the whole container under gVisor
    /// (removed in the background: Docker would wait for the exec's output, which the run
    /// stops reading).
    fn kill_now(&mut self) {
        if self.config.hides_processes() {
            self.gone.store(true, std::sync::atomic::Ordering::Relaxed);
            remove_in_background(self.docker.clone(), self.id.clone());
        } else {
            kill_host_processes(&self.cgroup, self.config.init_uid);
        }
    }

    /// Kills what is left after the program exited: host-side under runc; under gVisor with a
    /// `kill -9 -1` as the run's user inside (pid 1 and the container's own user are spared).
    async fn kill_leftovers(&mut self, uid: u32) {
        if !self.config.hides_processes() {
            kill_host_processes(&self.cgroup, self.config.init_uid);
            return;
        }
        let options = CreateExecOptions {
            attach_stdout: Some(false),
            attach_stderr: Some(false),
            cmd: Some(vec![
                "/bin/sh".to_string(),
                "-c".to_string(),
                "kill -9 -1 2>/dev/null; exit 0".to_string(),
            ]),
            user: Some(format!("{uid}:{uid}")),
            ..Default::default()
        };
        let done = async {
            let exec = self.docker.create_exec(&self.id, options).await?.id;
            self.docker
                .start_exec(&exec, Some(StartExecOptions { detach: true, ..Default::default() }))
                .await?;
            for _ in 0..200 {
                if self.docker.inspect_exec(&exec).await?.running != Some(true) {
                    return Ok(true);
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Ok::<bool, bollard::errors::Error>(false)
        };
        if !matches!(done.await, Ok(true)) {
            tracing::warn!(container = %self.id, "could not clear a run's processes; replacing the container");
            self.gone.store(true, std::sync::atomic::Ordering::Relaxed);
            let _ = super::container::remove(&self.docker, &self.id).await;
        }
    }
}

impl Drop for KillGuard {
    /// The run's future was dropped midway, or is unwinding from a panic: under gVisor the
    /// container goes before the drop returns (see `remove_now`), so nothing of the run lives
    /// on even if the process is about to end.
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        if self.config.hides_processes() {
            self.gone.store(true, std::sync::atomic::Ordering::Relaxed);
            remove_now(self.config.host.as_deref(), &self.id);
        } else {
            kill_host_processes(&self.cgroup, self.config.init_uid);
        }
    }
}

/// SIGKILLs every process in the container's cgroup but the container's own (tini, sleep),
/// until none is left (a fork bomb keeps forking while it is being killed).
fn kill_host_processes(cgroup: &ContainerCgroup, init_uid: u32) {
    for round in 0..100 {
        let Ok(pids) = cgroup.pids() else { return };
        let victims: Vec<i32> =
            pids.into_iter().filter(|&p| uid_of(p).is_some_and(|u| u != init_uid)).collect();
        if victims.is_empty() {
            return;
        }
        for pid in victims {
            // SAFETY: plain kill(2) on a pid read from the container's cgroup.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        if round > 0 {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_become_wait_statuses() {
        assert!(libc::WIFEXITED(wait_status(3)) && libc::WEXITSTATUS(wait_status(3)) == 3);
        assert!(
            libc::WIFSIGNALED(wait_status(139))
                && libc::WTERMSIG(wait_status(139)) == libc::SIGSEGV
        );
        assert!(libc::WIFEXITED(wait_status(128)) && libc::WEXITSTATUS(wait_status(128)) == 128);
    }

    #[test]
    fn output_is_kept_up_to_the_limit_and_one_byte_more_is_an_overflow() {
        let limits = Limits {
            cpu_time_ms: 1,
            wall_time_ms: 1,
            memory_bytes: 1,
            max_processes: 1,
            output_bytes: 4,
        };
        let mut w =
            Watch { limits, stdout: Vec::new(), stderr: Vec::new(), overflow: false, killed: None };
        w.take(false, b"ab");
        w.take(false, b"cd");
        assert!(!w.overflow && w.stdout == b"abcd");
        w.take(true, b"12345");
        assert!(w.overflow && w.stderr == b"1234" && w.killed == Some(KillReason::Output));
    }
}
