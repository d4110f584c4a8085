//! One run: an exec in the box's container of the farm's own binary, which confines itself and
//! becomes the program with exactly the spec's environment (`in_box`), stdin streamed from the host file, stdout and stderr captured up
//! to the limit, the cgroup polled for CPU time, and everything the run started killed when
//! it ends, however it ends (a dropped run included). A piped run relays its stdin and stdout
//! to the caller's pipes instead (see `relay`).

use std::path::Path;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bollard::container::LogOutput;
use bollard::exec::{CreateExecOptions, StartExecOptions, StartExecResults};
use bollard::query_parameters::{InspectContainerOptions, WaitContainerOptions};
use bollard::Docker;
use futures_util::{Stream, StreamExt};

use super::cgroup::{uid_of, ContainerCgroup, Peak};
use super::container::{remove_in_background, remove_now, BoxState, Container};
use super::in_box::{self, InBoxRun, EXEC_ARG, IN_BOX_PATH};
use super::relay::{self, StdoutRelay};
use super::DockerConfig;
use crate::sandbox::classify::{classify, KillReason, Observed};
use crate::sandbox::{sys, Limits, Outcome, PipedStdio, RunSpec, SandboxError};

/// What runsc's exec prints when the sandbox under it died (e.g. of an OOM kill).
const RUNSC_LOST: &[u8] = b"containerManager.WaitPID";
/// How long a run whose gVisor sandbox died waits for Docker to report the container's end.
const SANDBOX_DEATH_WAIT: Duration = Duration::from_secs(15);
/// How often CPU time and the wall clock are checked.
const TICK: Duration = Duration::from_millis(10);
/// How often Docker is asked whether the program has exited while its output is still open.
const INSPECT_EVERY: Duration = Duration::from_millis(50);
/// How long output may stay open after the program exited before its holders are killed.
const LINGER: Duration = Duration::from_millis(100);
/// Docker's exit code of a program killed by SIGKILL, and what a run whose end nobody
/// reported counts as.
const KILLED: i64 = 128 + libc::SIGKILL as i64;

/// The checks every backend makes.
fn validate(spec: &RunSpec, piped: bool) -> Result<(), SandboxError> {
    if piped {
        spec.check_piped()
    } else {
        spec.check()
    }
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
    let base = prepare(state, &mut slot, box_path, &spec.limits).await?;
    let peak = base.cgroup.reset_peak();
    let uid = run_uid(config, &spec);
    let exec = docker
        .create_exec(
            &base.id,
            CreateExecOptions {
                attach_stdin: Some(spec.stdin.is_some() || stdio.is_some()),
                attach_stdout: Some(true),
                attach_stderr: Some(true),
                tty: Some(false),
                cmd: Some(exec_command(config, &spec)?),
                user: Some(format!("{uid}:{uid}")),
                working_dir: Some("/box".to_string()),
                ..Default::default()
            },
        )
        .await
        .map_err(|e| SandboxError::Setup(format!("creating an exec: {e}")))?
        .id;
    let (stdin, stdout_relay) = match (stdio, &spec.stdin) {
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
        id: base.id.clone(),
        cgroup: base.cgroup.clone(),
        gone: base.gone.clone(),
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
    let mut wait = docker
        .wait_container(&base.id, Some(WaitContainerOptions { condition: "not-running".into() }));
    let mut wait = std::pin::pin!(wait.next());

    let mut follow = Follow::new(state, &base, exec, &spec, &mut guard, peak, started);
    follow.run(&mut output, stdout_relay, &mut wait).await;
    let wall_ms = crate::sandbox::millis(started.elapsed());
    feeder.abort();
    drop(output);
    let ended = follow.settle(&mut wait).await;
    state.tmp.clear();
    if base.gone.load(Ordering::Relaxed) {
        remove_in_background(docker.clone(), base.id.clone());
        *slot = None;
    }
    outcome(&spec, ended, wall_ms)
}

/// The user a run runs as: the box's owner for a writable run (a compile), else one who may
/// only read the box.
fn run_uid(config: &DockerConfig, spec: &RunSpec) -> u32 {
    if spec.box_writable {
        config.box_uid
    } else {
        config.uid
    }
}

/// The run's container, with the run's limits applied, and its counters before the run.
struct Baseline {
    id: String,
    cgroup: ContainerCgroup,
    gone: Arc<AtomicBool>,
    cpu_start: u64,
    oom_start: u64,
}

/// Makes sure the box has a live container, applies `limits` to its cgroup where they changed,
/// and reads the counters the run's figures are differences of.
async fn prepare(
    state: &BoxState,
    slot: &mut Option<Container>,
    box_path: &Path,
    limits: &Limits,
) -> Result<Baseline, SandboxError> {
    if slot.as_ref().is_some_and(|c| c.gone.load(Ordering::Relaxed)) {
        *slot = None;
    }
    let container = state.ensure(slot, box_path, limits).await?;
    let tasks = state.config.tasks_limit(limits.max_processes);
    if container.applied != Some((limits.memory_bytes, tasks)) {
        container
            .cgroup
            .set_limits(limits.memory_bytes, tasks)
            .map_err(|e| SandboxError::io("setting the container's limits", e))?;
        container.applied = Some((limits.memory_bytes, tasks));
    }
    let cgroup = container.cgroup.clone();
    let cpu_start =
        cgroup.cpu_ns().map_err(|e| SandboxError::io("reading the container's CPU time", e))?;
    let oom_start =
        cgroup.oom_kills().map_err(|e| SandboxError::io("reading the container's OOM kills", e))?;
    Ok(Baseline {
        id: container.id.clone(),
        cgroup,
        gone: container.gone.clone(),
        cpu_start,
        oom_start,
    })
}

/// The exec's command line: the farm's binary bound in the container, which confines itself
/// and becomes the program with exactly the spec's environment (see `in_box`).
fn exec_command(config: &DockerConfig, spec: &RunSpec) -> Result<Vec<String>, SandboxError> {
    let run = InBoxRun {
        argv: spec.argv.clone(),
        env: spec.env.clone(),
        box_writable: spec.box_writable,
        // gVisor cannot be given a pids limit per run from outside, but it counts
        // RLIMIT_NPROC per user inside its own kernel (under runc that count is host-wide).
        nproc: config.hides_processes().then_some(u64::from(spec.limits.max_processes)),
    };
    let run = serde_json::to_string(&run)
        .map_err(|e| SandboxError::InvalidSpec(format!("encoding the run: {e}")))?;
    Ok(vec![IN_BOX_PATH.to_string(), EXEC_ARG.to_string(), run])
}

/// A run's exec followed to its end: its output taken as it comes, its CPU time and wall clock
/// checked every tick, and its end learnt from Docker (or from its container's end).
struct Follow<'a> {
    docker: &'a Docker,
    config: &'a DockerConfig,
    id: &'a str,
    exec: String,
    uid: u32,
    cgroup: &'a ContainerCgroup,
    cpu_start: u64,
    oom_start: u64,
    limits: Limits,
    started: Instant,
    /// Declared before the exec's output in `run`, so dropped after it: removing a container
    /// whose exec output is still held could wait on it.
    guard: &'a mut KillGuard,
    peak: Peak,
    watch: Watch,
    stream_done: bool,
    exit: Option<i64>,
    /// When `exit` was learnt, as CLOCK_MONOTONIC nanoseconds (see [`Follow::exited`]).
    ended_ns: Option<u64>,
    exited_at: Option<Instant>,
    container_died: bool,
    last_inspect: Instant,
    /// Last reading, for when the cgroup is gone at the end (a killed or dead container).
    cpu_ms_seen: u64,
    lingerers_killed: bool,
}

/// How a run ended, as measured once everything of it is dead.
struct Ended {
    exit: Option<i64>,
    watch: Watch,
    oom_kills: u64,
    cpu_ms: u64,
    memory_kb: u64,
    ended_ns: u64,
}

impl<'a> Follow<'a> {
    fn new(
        state: &'a BoxState,
        base: &'a Baseline,
        exec: String,
        spec: &RunSpec,
        guard: &'a mut KillGuard,
        peak: Peak,
        started: Instant,
    ) -> Follow<'a> {
        let limits = spec.limits;
        Follow {
            docker: &state.docker,
            config: &state.config,
            id: &base.id,
            exec,
            uid: run_uid(&state.config, spec),
            cgroup: &base.cgroup,
            cpu_start: base.cpu_start,
            oom_start: base.oom_start,
            limits,
            started,
            guard,
            peak,
            watch: Watch::new(limits),
            stream_done: false,
            exit: None,
            ended_ns: None,
            exited_at: None,
            container_died: false,
            last_inspect: Instant::now(),
            cpu_ms_seen: 0,
            lingerers_killed: false,
        }
    }

    /// Until the output has ended and the exit code is known.
    async fn run<F, W>(
        &mut self,
        output: &mut Pin<Box<dyn Stream<Item = Result<LogOutput, bollard::errors::Error>> + Send>>,
        mut stdout_relay: Option<StdoutRelay>,
        wait: &mut Pin<&mut F>,
    ) where
        F: std::future::Future<Output = Option<W>>,
    {
        let mut ticker = tokio::time::interval(TICK);
        while !(self.stream_done && self.exit.is_some()) {
            tokio::select! {
                item = output.next(), if !self.stream_done => self.take(item, &mut stdout_relay),
                _ = &mut *wait, if !self.container_died => self.container_stopped(),
                _ = ticker.tick() => self.tick().await,
            }
        }
        // What is still queued reaches the reader; then the pipe closes.
        drop(stdout_relay);
    }

    fn take(
        &mut self,
        item: Option<Result<LogOutput, bollard::errors::Error>>,
        stdout_relay: &mut Option<StdoutRelay>,
    ) {
        match item {
            Some(Ok(LogOutput::StdOut { message })) => match stdout_relay {
                Some(relay) => self.watch.relayed(relay.push(message)),
                None => self.watch.take(false, &message),
            },
            Some(Ok(LogOutput::StdErr { message })) => self.watch.take(true, &message),
            Some(Ok(_)) => {}
            Some(Err(e)) => {
                tracing::debug!(error = %e, "exec output stream failed");
                self.stream_done = true;
            }
            None => self.stream_done = true,
        }
    }

    /// The container itself stopped: under gVisor an OOM kill takes the sandbox.
    fn container_stopped(&mut self) {
        self.container_died = true;
        self.guard.gone.store(true, Ordering::Relaxed);
        self.stream_done = true;
        self.exited(KILLED);
    }

    /// The program's end is known, with its exit code: its end is stamped now, on the host,
    /// where it is learnt. Nothing inside the container reports the exit: the in-box starter
    /// (`in_box`) becomes the program, so nothing of ours there waits for it, and Docker says
    /// whether an exec still runs, not when it stopped. The stamp comes after the exit (by up
    /// to a tick and an inspect), yet two piped runs' stamps still come in the order their
    /// programs left: a program here never gets SIGPIPE (its stdout is Docker's stream), and
    /// the other program's end-of-file comes only when this run's stdout relay ends, after
    /// `exit` is known (`Follow::run`). Read on the host, the clock is the host's under runc
    /// and gVisor alike (gVisor's kernel keeps clocks of its own, calibrated to the host's).
    fn exited(&mut self, code: i64) {
        if self.exit.is_none() {
            self.exit = Some(code);
            self.ended_ns = Some(sys::monotonic_ns());
        }
    }

    async fn tick(&mut self) {
        self.peak.sample();
        if let Ok(cpu) = self.cgroup.cpu_ns() {
            self.cpu_ms_seen = cpu.saturating_sub(self.cpu_start) / 1_000_000;
        }
        if self.watch.killed.is_none() && self.exit.is_none() {
            if self.cpu_ms_seen > self.limits.cpu_time_ms {
                self.watch.killed = Some(KillReason::Cpu);
            } else if self.started.elapsed() > Duration::from_millis(self.limits.wall_time_ms) {
                self.watch.killed = Some(KillReason::Wall);
            }
        }
        if self.watch.killed.is_some() && self.exit.is_none() {
            self.guard.kill_now();
            if self.config.hides_processes() {
                // The whole container went: nothing will answer for this exec.
                self.exited(KILLED);
                self.stream_done = true;
            }
        }
        if self.exit.is_none()
            && (self.stream_done
                || self.watch.killed.is_some()
                || self.last_inspect.elapsed() >= INSPECT_EVERY)
        {
            self.last_inspect = Instant::now();
            if let Ok(inspect) = self.docker.inspect_exec(&self.exec).await {
                if inspect.running == Some(false) {
                    self.exited(inspect.exit_code.unwrap_or(KILLED));
                    self.exited_at = Some(Instant::now());
                }
            }
        }
        // The program is gone but something it started still holds its output open.
        if let (Some(at), false) = (self.exited_at, self.stream_done) {
            if !self.lingerers_killed && at.elapsed() > LINGER {
                self.lingerers_killed = true;
                self.guard.kill_leftovers(self.uid).await;
            }
            if at.elapsed() > LINGER * 20 {
                tracing::warn!(container = %self.id, "exec output never closed; giving up on it");
                self.stream_done = true;
            }
        }
    }

    /// After the exec: waits for a dying gVisor sandbox, kills what the program left running,
    /// and takes the run's measurements.
    async fn settle<F, W>(mut self, wait: &mut Pin<&mut F>) -> Ended
    where
        F: std::future::Future<Output = Option<W>>,
    {
        // gVisor's exec can report its program's end a moment before Docker sees the sandbox
        // die of an OOM kill: when runsc says it lost the program (exit 128, or its own
        // "WaitPID ... EOF" complaint on the exec's stderr), wait for the container. Only a
        // dead sandbox says so, and a busy Docker can take seconds to report its end.
        let runsc_lost_program = self.exit == Some(128)
            || self.watch.stderr.windows(RUNSC_LOST.len()).any(|w| w == RUNSC_LOST);
        if self.config.hides_processes() && !self.container_died && runsc_lost_program {
            if let Ok(Some(_)) = tokio::time::timeout(SANDBOX_DEATH_WAIT, &mut *wait).await {
                self.container_died = true;
                self.guard.gone.store(true, Ordering::Relaxed);
            }
        }
        // Whatever the program left running goes now.
        if !self.container_died && !self.guard.gone.load(Ordering::Relaxed) {
            self.guard.kill_leftovers(self.uid).await;
        }
        self.guard.armed = false;
        let cpu_ms = self
            .cgroup
            .cpu_ns()
            .map(|c| c.saturating_sub(self.cpu_start) / 1_000_000)
            .unwrap_or(self.cpu_ms_seen)
            .max(self.cpu_ms_seen);
        let mut memory_kb = self.peak.bytes() / 1024;
        let mut oom_kills =
            self.cgroup.oom_kills().map(|n| n.saturating_sub(self.oom_start)).unwrap_or(0);
        if self.container_died {
            let inspect =
                self.docker.inspect_container(self.id, None::<InspectContainerOptions>).await;
            if inspect.ok().and_then(|i| i.state).and_then(|s| s.oom_killed) == Some(true) {
                oom_kills = oom_kills.max(1);
                // The cgroup went with the container; an OOM kill means it reached its limit.
                memory_kb = memory_kb.max(self.limits.memory_bytes / 1024);
            }
        }
        // `run` only ends once the exit is known; the fallback is for form's sake.
        let ended_ns = self.ended_ns.unwrap_or_else(sys::monotonic_ns);
        Ended { exit: self.exit, watch: self.watch, oom_kills, cpu_ms, memory_kb, ended_ns }
    }
}

/// The run's outcome; or the in-box starter's complaint that the sandbox could not be set up
/// or the program could not be started, which is no verdict on the program.
fn outcome(spec: &RunSpec, ended: Ended, wall_ms: u64) -> Result<Outcome, SandboxError> {
    let Ended { exit, watch, oom_kills, cpu_ms, memory_kb, ended_ns } = ended;
    let code = exit.unwrap_or(KILLED);
    if (125..=127).contains(&code)
        && watch.killed.is_none()
        && oom_kills == 0
        && watch.stdout.is_empty()
    {
        let text = String::from_utf8_lossy(&watch.stderr);
        if code == 125 && text.starts_with(in_box::SETUP_FAILED) {
            return Err(SandboxError::Setup(text.trim().to_string()));
        }
        let exec_failed = format!("{} {}:", in_box::EXEC_FAILED, spec.argv[0]);
        if code != 125 && text.starts_with(&exec_failed) {
            return Err(SandboxError::Exec(text.trim().to_string()));
        }
    }
    let observed = Observed {
        wait_status: Some(wait_status(code)),
        oom_kills,
        cpu_ms,
        wall_ms,
        killed: watch.killed,
        output_overflow: watch.overflow,
    };
    Ok(Outcome {
        termination: classify(&observed, &spec.limits),
        cpu_time_ms: observed.cpu_ms,
        wall_time_ms: wall_ms,
        memory_kb,
        stdout: watch.stdout,
        stderr: watch.stderr,
        ended_ns,
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
    fn new(limits: Limits) -> Watch {
        Watch { limits, stdout: Vec::new(), stderr: Vec::new(), overflow: false, killed: None }
    }

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
    gone: Arc<AtomicBool>,
    armed: bool,
}

impl KillGuard {
    /// Ends the run at once: every run process under runc, the whole container under gVisor
    /// (removed in the background: Docker would wait for the exec's output, which the run
    /// stops reading).
    fn kill_now(&mut self) {
        if self.config.hides_processes() {
            self.gone.store(true, Ordering::Relaxed);
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
            self.gone.store(true, Ordering::Relaxed);
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
            self.gone.store(true, Ordering::Relaxed);
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
