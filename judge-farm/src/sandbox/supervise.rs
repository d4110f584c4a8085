//! The helper's side of one run: create the run's cgroup, start the run's init in a new pid
//! namespace, then watch it: read stdout and stderr as they come (stopping at the output
//! limit), poll the cgroup's CPU time, enforce the wall clock, and finally collect the
//! measurements and classify the ending.

use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use super::cgroup::RunCgroup;
use super::child::{self, Prepared, EXEC_FAILED};
use super::classify::{classify, KillReason, Observed};
use super::init::{self, InitFds};
use super::protocol::{Measured, Report, Request};
use super::sys;

/// How often CPU time and the wall clock are checked.
const TICK: Duration = Duration::from_millis(10);
/// Building the sandbox takes milliseconds; this only guards against a wedged setup.
const SETUP_TIMEOUT: Duration = Duration::from_secs(20);
/// How long to wait for the pipes to drain once every writer is dead.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(2);

/// The program's output, as captured.
pub(crate) struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

pub(crate) fn run(req: &Request) -> (Report, Captured) {
    let none = || Captured { stdout: Vec::new(), stderr: Vec::new() };
    let prepared = match Prepared::new(req) {
        Ok(p) => p,
        Err(e) => return (Report::SetupFailed(e), none()),
    };
    let mut cgroup = match RunCgroup::create(&req.cgroups, &req.run_id, &req.limits) {
        Ok(cg) => cg,
        Err(e) => return (Report::SetupFailed(format!("creating the run cgroup: {e}")), none()),
    };
    let result = watch(req, &prepared, &mut cgroup);
    cgroup.remove();
    match result {
        Ok(done) => done,
        Err(e) => (Report::SetupFailed(e), none()),
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
                let room = cap.saturating_sub(self.data.len() as u64) as usize;
                self.data.extend_from_slice(&buf[..n.min(room)]);
                self.total += n as u64;
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

fn watch(req: &Request, prepared: &Prepared, cgroup: &mut RunCgroup) -> Result<(Report, Captured), String> {
    let err = |what: &'static str| move |e: std::io::Error| format!("{what}: {e}");
    let stdin = open_stdin(req.stdin.as_deref())?;
    let (out_r, out_w) = sys::pipe().map_err(err("pipe"))?;
    let (err_r, err_w) = sys::pipe().map_err(err("pipe"))?;
    let (errors_r, errors_w) = sys::pipe().map_err(err("pipe"))?;
    let (status_r, status_w) = sys::pipe().map_err(err("pipe"))?;
    let cgroup_procs = cgroup.join_files().map_err(err("opening cgroup.procs"))?;
    let netns = File::options()
        .read(true)
        .custom_flags(libc::O_CLOEXEC)
        .open(&req.netns_path)
        .map(OwnedFd::from)
        .map_err(err("opening the network namespace"))?;
    let helper = sys::pidfd_open(std::process::id() as i32).map_err(err("pidfd_open"))?;
    // The farm may die without killing its helpers (SIGKILL, crash); the helper then ends the
    // run itself instead of letting it use up its limits. (PDEATHSIG would follow the farm's
    // spawning thread, not the farm, and tokio retires idle threads.)
    let farm = nix::unistd::getppid();

    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWPID).map_err(|e| format!("unshare pid: {e}"))?;
    let fds = InitFds {
        helper,
        netns,
        status: status_w,
        child: child::Fds { stdin, stdout: out_w, stderr: err_w, cgroup_procs, errors: errors_w },
    };
    // SAFETY: the helper is single-threaded (checked at start), so the child may allocate.
    let init_pid = match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => init::run(req, prepared, fds),
        Ok(nix::unistd::ForkResult::Parent { child }) => child.as_raw(),
        Err(e) => return Err(format!("fork: {e}")),
    };
    // The write ends now live only in init and the program: end-of-file means they are gone.
    drop(fds);

    let mut out = Stream::new(out_r);
    let mut errs = Stream::new(err_r);
    let mut errors = Stream::new(errors_r);
    let mut status = Stream::new(status_r);
    let cap = req.limits.output_bytes;
    let cpu_limit_ns = req.limits.cpu_time_ms.saturating_mul(1_000_000);
    let wall_limit = Duration::from_millis(req.limits.wall_time_ms);
    let setup_deadline = Instant::now() + SETUP_TIMEOUT;
    let mut started: Option<Instant> = None;
    let mut killed: Option<KillReason> = None;
    let kill = |reason, killed: &mut Option<KillReason>| {
        if killed.is_none() {
            sys::kill(init_pid, libc::SIGKILL);
            *killed = Some(reason);
        }
    };

    // Runs until init reports the program's status or dies.
    let mut orphaned = false;
    while status.fd.is_some() && status.data.len() < 4 {
        if nix::unistd::getppid() != farm {
            sys::kill(init_pid, libc::SIGKILL);
            orphaned = true;
            break;
        }
        let now = Instant::now();
        let timeout = match started {
            None if now >= setup_deadline => {
                kill(KillReason::Wall, &mut killed);
                TICK
            }
            None => TICK.min(setup_deadline - now),
            Some(start) => match start.checked_add(wall_limit) {
                Some(deadline) => TICK.min(deadline.saturating_duration_since(now).max(Duration::from_millis(1))),
                None => TICK,
            },
        };
        let mut polled: Vec<(libc::pollfd, u8)> = Vec::with_capacity(4);
        for (stream, tag) in [(&errors, 0u8), (&status, 1), (&out, 2), (&errs, 3)] {
            if let Some(fd) = &stream.fd {
                polled.push((libc::pollfd { fd: fd.as_raw_fd(), events: libc::POLLIN, revents: 0 }, tag));
            }
        }
        let mut raw: Vec<libc::pollfd> = polled.iter().map(|(p, _)| *p).collect();
        // SAFETY: `raw` is a valid array of pollfds of the given length.
        unsafe { libc::poll(raw.as_mut_ptr(), raw.len() as libc::nfds_t, timeout.as_millis() as libc::c_int) };
        for (p, (_, tag)) in raw.iter().zip(&polled) {
            if p.revents == 0 {
                continue;
            }
            match tag {
                0 => {
                    if !errors.read_some(4096) && errors.data.is_empty() {
                        // The error pipe closed without a word: `execve` succeeded.
                        started = Some(Instant::now());
                    }
                }
                1 => {
                    status.read_some(4);
                }
                2 => {
                    out.read_some(cap);
                }
                _ => {
                    errs.read_some(cap);
                }
            }
        }
        if !errors.data.is_empty() && errors.fd.is_none() {
            break;
        }
        if out.total > cap || errs.total > cap {
            kill(KillReason::Output, &mut killed);
        }
        if let Some(start) = started {
            if cgroup.cpu_ns().unwrap_or(0) > cpu_limit_ns {
                kill(KillReason::Cpu, &mut killed);
            } else if start.elapsed() >= wall_limit {
                kill(KillReason::Wall, &mut killed);
            }
        }
    }
    let wall = started.map(|s| s.elapsed()).unwrap_or_default();

    // Once init has exited, the kernel has killed and reaped everything in its namespace.
    let init_lost = status.data.len() < 4 && killed.is_none();
    if init_lost {
        sys::kill(init_pid, libc::SIGKILL);
    }
    let _ = sys::wait_raw(init_pid);
    cgroup.kill_all();
    if orphaned {
        return Err("the farm is gone; run abandoned".into());
    }

    if let Some((&kind, message)) = errors.data.split_first() {
        let message = String::from_utf8_lossy(message).into_owned();
        let report = if kind == EXEC_FAILED { Report::ExecFailed(message) } else { Report::SetupFailed(message) };
        return Ok((report, Captured { stdout: Vec::new(), stderr: Vec::new() }));
    }
    if started.is_none() {
        return Err("the sandbox never started the program (setup timed out)".into());
    }
    if init_lost {
        // Not a verdict: without the status nothing exact can be said about the program.
        return Err("the run's init died without reporting the program's status".into());
    }

    drain(&mut [&mut out, &mut errs], cap);
    let cpu_ns = cgroup.cpu_ns().unwrap_or(0);
    let observed = Observed {
        wait_status: (status.data.len() == 4).then(|| i32::from_ne_bytes(status.data[..4].try_into().unwrap())),
        oom_kills: cgroup.oom_kills(),
        cpu_ms: cpu_ns / 1_000_000,
        wall_ms: wall.as_millis() as u64,
        killed,
        output_overflow: out.total > cap || errs.total > cap,
    };
    let measured = Measured {
        termination: classify(&observed, &req.limits),
        cpu_time_ms: observed.cpu_ms,
        wall_time_ms: observed.wall_ms,
        memory_kb: cgroup.peak_bytes() / 1024,
        stdout_len: out.data.len(),
        stderr_len: errs.data.len(),
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
