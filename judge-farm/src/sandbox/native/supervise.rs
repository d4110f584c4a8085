//! The keeper's side of one run: create the run's cgroup, hand the run to the box's init with
//! its descriptors, then watch it: read stdout and stderr as they come (stopping at the output
//! limit), poll the cgroup's CPU time, enforce the wall clock, kill through the cgroup, and
//! finally collect the measurements and classify the ending. A piped run's stdin and stdout
//! are the farm's pipes, passed straight to the program: only stderr is read here.

use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use super::cgroup::RunCgroup;
use super::channel;
use super::child::EXEC_FAILED;
use super::protocol::{BoxSpec, Measured, Reaped, Report, RunRequest};
use crate::sandbox::classify::{classify, KillReason, Observed};
use crate::sandbox::sys;

/// How often CPU time and the wall clock are checked.
const TICK: Duration = Duration::from_millis(10);
/// Building the sandbox takes milliseconds; this only guards against a wedged setup.
const SETUP_TIMEOUT: Duration = Duration::from_secs(20);
/// How long to wait for the pipes to drain once every writer is dead.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(2);

/// The program's output, as captured.
#[derive(Default)]
pub(crate) struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs one program through `init`, the line to the box's init. Test runs (read-only box) share one cgroup per box, `tests_cgroup`, named
/// `spec.tests_cgroup`, reset between runs where the layout allows; a writable run (a compile,
/// whose box files would stay charged to its cgroup) gets a fresh cgroup, removed after it.
pub(crate) fn run(
    spec: &BoxSpec,
    init: &OwnedFd,
    req: &RunRequest,
    stdio: Option<(OwnedFd, OwnedFd)>,
    tests_cgroup: &mut Option<RunCgroup>,
) -> (Report, Captured) {
    let failed = |e: std::io::Error| {
        (Report::SetupFailed(format!("preparing the run cgroup: {e}")), Captured::default())
    };
    if req.box_writable {
        let mut cgroup = match RunCgroup::create(&spec.cgroups, &req.run_id, &req.limits) {
            Ok(cg) => cg,
            Err(e) => return failed(e),
        };
        let result = watch(init, req, stdio, &mut cgroup);
        cgroup.remove();
        return finish(result);
    }
    let mut cgroup = match tests_cgroup.take() {
        Some(mut cg) => match cg.reset_for(&req.limits) {
            Ok(()) => cg,
            Err(e) => {
                cg.remove();
                return failed(e);
            }
        },
        None => match RunCgroup::create(&spec.cgroups, &spec.tests_cgroup, &req.limits) {
            Ok(cg) => cg,
            Err(e) => return failed(e),
        },
    };
    let result = watch(init, req, stdio, &mut cgroup);
    if cgroup.reusable() && result.is_ok() && cgroup.is_empty() {
        *tests_cgroup = Some(cgroup);
    } else {
        cgroup.remove();
    }
    finish(result)
}

fn finish(result: Result<(Report, Captured), String>) -> (Report, Captured) {
    match result {
        Ok(done) => done,
        Err(e) => (Report::SetupFailed(e), Captured::default()),
    }
}

/// One output pipe being drained into memory, keeping at most `cap` bytes.
struct Stream {
    fd: Option<OwnedFd>,
    data: Vec<u8>,
    total: u64,
}

impl Stream {
    fn new(fd: OwnedFd) -> Stream {
        Stream { fd: Some(fd), data: Vec::new(), total: 0 }
    }

    /// A stream that is not ours to read (a piped stdout): already at its end.
    fn none() -> Stream {
        Stream { fd: None, data: Vec::new(), total: 0 }
    }

    /// Reads what is there; returns false at end of file.
    fn read_some(&mut self, cap: u64) -> bool {
        let Some(fd) = &self.fd else { return false };
        let mut buf = [0u8; 64 * 1024];
        match sys::read(fd, &mut buf) {
            Ok(0) | Err(_) => {
                self.fd = None;
                false
            }
            Ok(n) => {
                let kept = u64::try_from(self.data.len()).unwrap_or(u64::MAX);
                let room = usize::try_from(cap.saturating_sub(kept)).unwrap_or(usize::MAX);
                self.data.extend_from_slice(&buf[..n.min(room)]);
                self.total = self.total.saturating_add(u64::try_from(n).unwrap_or(u64::MAX));
                true
            }
        }
    }
}

fn open_stdin(path: Option<&Path>) -> Result<OwnedFd, String> {
    let path = path.unwrap_or(Path::new("/dev/null"));
    File::options()
        .read(true)
        .custom_flags(libc::O_CLOEXEC)
        .open(path)
        .map(OwnedFd::from)
        .map_err(|e| format!("opening stdin {}: {e}", path.display()))
}

/// One run from hand-over to report: the box's init gets the run, the keeper follows it to its
/// end, kills what is left, and reads the measurements.
fn watch(
    init: &OwnedFd,
    req: &RunRequest,
    stdio: Option<(OwnedFd, OwnedFd)>,
    cgroup: &mut RunCgroup,
) -> Result<(Report, Captured), String> {
    // The farm may die without killing its keepers (SIGKILL, crash); the keeper then ends the
    // run itself instead of letting it use up its limits. (PDEATHSIG would follow the farm's
    // spawning thread, not the farm, and tokio retires idle threads.)
    let farm = nix::unistd::getppid();
    let mut pipes = hand_over(init, req, stdio, cgroup)?;
    let followed = follow(&mut pipes, req, cgroup, farm);

    // The program is gone; whatever it started goes now, before anything is measured.
    let init_lost = pipes.status.data.len() < Reaped::BYTES && followed.killed.is_none();
    cgroup.kill_all();
    if followed.orphaned {
        return Err("the farm is gone; run abandoned".into());
    }
    conclude(pipes, &followed, init_lost, req, cgroup)
}

/// The keeper's ends of a run's pipes.
struct Pipes {
    /// The program's stdout; already at its end for a piped run, whose stdout is the farm's.
    out: Stream,
    errs: Stream,
    /// The box's init's word on a failed set-up or `execve`; closes empty once `execve` worked.
    errors: Stream,
    /// The program's [`Reaped`] record, from the box's init.
    status: Stream,
}

/// Makes the run's pipes and sends the run with its descriptors to the box's init.
fn hand_over(
    init: &OwnedFd,
    req: &RunRequest,
    stdio: Option<(OwnedFd, OwnedFd)>,
    cgroup: &mut RunCgroup,
) -> Result<Pipes, String> {
    let err = |what: &'static str| move |e: std::io::Error| format!("{what}: {e}");
    let (stdin, out_r, out_w) = match stdio {
        Some((stdin, stdout)) => (stdin, None, stdout),
        None => {
            let (out_r, out_w) = sys::pipe().map_err(err("pipe"))?;
            (open_stdin(req.stdin.as_deref())?, Some(out_r), out_w)
        }
    };
    let (err_r, err_w) = sys::pipe().map_err(err("pipe"))?;
    let (errors_r, errors_w) = sys::pipe().map_err(err("pipe"))?;
    let (status_r, status_w) = sys::pipe().map_err(err("pipe"))?;
    let cgroup_procs = cgroup.join_files().map_err(err("opening cgroup.procs"))?;

    let body = serde_json::to_vec(req).map_err(|e| format!("encoding the run: {e}"))?;
    let mut fds: Vec<i32> =
        [&stdin, &out_w, &err_w, &errors_w, &status_w].iter().map(|fd| fd.as_raw_fd()).collect();
    fds.extend(cgroup_procs.iter().map(|fd| fd.as_raw_fd()));
    channel::send(init, &body, &fds)?;
    // The write ends now live only in the box: end-of-file means their holders are gone.
    drop((stdin, out_w, err_w, errors_w, status_w, cgroup_procs));
    Ok(Pipes {
        out: out_r.map(Stream::new).unwrap_or_else(Stream::none),
        errs: Stream::new(err_r),
        errors: Stream::new(errors_r),
        status: Stream::new(status_r),
    })
}

impl Pipes {
    /// Waits up to `timeout` and reads what came; returns when `execve` was seen to succeed
    /// (the error pipe closed without a word).
    fn poll(&mut self, timeout: Duration, cap: u64) -> Option<Instant> {
        let mut polled: Vec<(libc::pollfd, u8)> = Vec::with_capacity(4);
        for (stream, tag) in
            [(&self.errors, 0u8), (&self.status, 1), (&self.out, 2), (&self.errs, 3)]
        {
            if let Some(fd) = &stream.fd {
                polled.push((
                    libc::pollfd { fd: fd.as_raw_fd(), events: libc::POLLIN, revents: 0 },
                    tag,
                ));
            }
        }
        let mut raw: Vec<libc::pollfd> = polled.iter().map(|(p, _)| *p).collect();
        let timeout_ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: `raw` is a valid array of pollfds of the given length.
        unsafe { libc::poll(raw.as_mut_ptr(), raw.len() as libc::nfds_t, timeout_ms) };
        let mut exec_done = None;
        for (p, (_, tag)) in raw.iter().zip(&polled) {
            if p.revents == 0 {
                continue;
            }
            match tag {
                0 => {
                    if !self.errors.read_some(4096) && self.errors.data.is_empty() {
                        exec_done = Some(Instant::now());
                    }
                }
                1 => {
                    self.status.read_some(Reaped::BYTES as u64);
                }
                2 => {
                    self.out.read_some(cap);
                }
                _ => {
                    self.errs.read_some(cap);
                }
            }
        }
        exec_done
    }
}

/// What following a run found.
struct Followed {
    /// When `execve` succeeded; None if it never did.
    started: Option<Instant>,
    killed: Option<KillReason>,
    /// The farm died meanwhile: the run was killed and nobody waits for its report.
    orphaned: bool,
    wall: Duration,
    /// When following stopped: the program's end as the keeper saw it, for a run killed
    /// whose init never reported (the init's own reading is nearer the exit).
    seen_ns: u64,
}

/// Follows the run until the box's init reports the program's status or dies: reads its
/// output, and kills it through the cgroup on a limit (repeatedly: forks racing the kill are
/// caught by the next tick's).
fn follow(
    p: &mut Pipes,
    req: &RunRequest,
    cgroup: &mut RunCgroup,
    farm: nix::unistd::Pid,
) -> Followed {
    let cap = req.limits.output_bytes;
    let cpu_limit_ns = req.limits.cpu_time_ms.saturating_mul(1_000_000);
    let wall_limit = Duration::from_millis(req.limits.wall_time_ms);
    let setup_deadline = Instant::now() + SETUP_TIMEOUT;
    let mut started: Option<Instant> = None;
    let mut killed: Option<KillReason> = None;
    let mut orphaned = false;
    while p.status.fd.is_some() && p.status.data.len() < Reaped::BYTES {
        if nix::unistd::getppid() != farm {
            cgroup.signal_all(libc::SIGKILL);
            orphaned = true;
            break;
        }
        if killed.is_some() {
            cgroup.signal_all(libc::SIGKILL);
        }
        let now = Instant::now();
        let timeout = match started {
            None if now >= setup_deadline => {
                killed.get_or_insert(KillReason::Wall);
                TICK
            }
            None => TICK.min(setup_deadline - now),
            Some(start) => match start.checked_add(wall_limit) {
                Some(deadline) => {
                    TICK.min(deadline.saturating_duration_since(now).max(Duration::from_millis(1)))
                }
                None => TICK,
            },
        };
        if let Some(at) = p.poll(timeout, cap) {
            started = Some(at);
        }
        if !p.errors.data.is_empty() && p.errors.fd.is_none() {
            break;
        }
        if p.out.total > cap || p.errs.total > cap {
            killed.get_or_insert(KillReason::Output);
        }
        if let Some(start) = started {
            if cgroup.cpu_ns().unwrap_or(0) > cpu_limit_ns {
                killed.get_or_insert(KillReason::Cpu);
            } else if start.elapsed() >= wall_limit {
                killed.get_or_insert(KillReason::Wall);
            }
        }
    }
    let wall = started.map(|s| s.elapsed()).unwrap_or_default();
    Followed { started, killed, orphaned, wall, seen_ns: sys::monotonic_ns() }
}

/// The report of a run that has ended and whose processes are dead: a failed set-up or
/// `execve` as the box's init told it, or the measurements and the classified ending.
fn conclude(
    p: Pipes,
    followed: &Followed,
    init_lost: bool,
    req: &RunRequest,
    cgroup: &mut RunCgroup,
) -> Result<(Report, Captured), String> {
    if let Some((&kind, message)) = p.errors.data.split_first() {
        let message = String::from_utf8_lossy(message).into_owned();
        let report = if kind == EXEC_FAILED {
            Report::ExecFailed(message)
        } else {
            Report::SetupFailed(message)
        };
        return Ok((report, Captured { stdout: Vec::new(), stderr: Vec::new() }));
    }
    if followed.started.is_none() {
        return Err("the sandbox never started the program (setup timed out)".into());
    }
    if init_lost {
        // Not a verdict: without the status nothing exact can be said about the program.
        return Err("the box's init died without reporting the program's status".into());
    }

    let Pipes { mut out, mut errs, status, .. } = p;
    let cap = req.limits.output_bytes;
    drain(&mut [&mut out, &mut errs], cap);
    let cpu_ns = cgroup.cpu_ns().unwrap_or(0);
    let reaped = Reaped::from_bytes(&status.data);
    let observed = Observed {
        wait_status: reaped.map(|r| r.wait_status),
        oom_kills: cgroup.oom_kills(),
        cpu_ms: cpu_ns / 1_000_000,
        wall_ms: crate::sandbox::millis(followed.wall),
        killed: followed.killed,
        output_overflow: out.total > cap || errs.total > cap,
    };
    let measured = Measured {
        termination: classify(&observed, &req.limits),
        cpu_time_ms: observed.cpu_ms,
        wall_time_ms: observed.wall_ms,
        memory_kb: cgroup.peak_bytes() / 1024,
        stdout_len: out.data.len(),
        stderr_len: errs.data.len(),
        ended_ns: reaped.map_or(followed.seen_ns, |r| r.ended_ns),
    };
    Ok((Report::Finished(measured), Captured { stdout: out.data, stderr: errs.data }))
}

/// Reads what the dead program left in its pipes.
fn drain(streams: &mut [&mut Stream], cap: u64) {
    let deadline = Instant::now() + DRAIN_TIMEOUT;
    for stream in streams.iter_mut() {
        while stream.fd.is_some() && Instant::now() < deadline {
            let fd = stream.fd.as_ref().map(|f| f.as_raw_fd()).unwrap_or(-1);
            let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
            // SAFETY: one valid pollfd.
            if unsafe { libc::poll(&mut p, 1, 100) } > 0 {
                stream.read_some(cap);
            }
        }
    }
}
