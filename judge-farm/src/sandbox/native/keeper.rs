//! `judge-farm __sandbox-init <box>`: the keeper of one submission's box. The farm is a
//! multi-threaded async process in which little is safe between `fork` and `exec`; the keeper
//! is a fresh single-threaded process, so it may create cgroups, switch namespaces and fork
//! freely. It builds the box once (through a builder process and the box's init, see
//! `start_box`), answers with a [`Hello`] line, then serves one [`RunRequest`] line after
//! another from stdin until stdin closes. Building once per submission keeps a test run down
//! to a fork and an `execve` inside the ready box. A piped run's stdin and stdout come from the
//! farm on the socket at fd 3 and go on to the box's init with the run's other descriptors.

use std::io::{BufRead, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

use nix::sched::CloneFlags;

use super::protocol::{BoxSpec, Hello, Report, RunRequest, FARM_FDS};
use super::{box_init, channel, rootfs, supervise};
use crate::sandbox::sys;

/// How long building the box may take before the keeper gives up.
const BUILD_TIMEOUT_MS: i32 = 20_000;
/// Stack of the box's init, which starts on a fresh stack of its own (`clone`).
const INIT_STACK_BYTES: usize = 8 << 20;

/// Entry point of the keeper; `main` calls it when `argv[1]` is [`crate::sandbox::INIT_ARG`], before
/// starting any runtime or thread. Exits 0 when the farm closes stdin; 1 when it could not
/// even answer.
pub fn sandbox_init_main(args: &[String]) -> ! {
    let code = match serve(args) {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "sandbox keeper: {message}");
            1
        }
    };
    std::process::exit(code)
}

/// The running box, as the keeper holds it.
struct BoxHandle {
    /// The line to the box's init.
    channel: OwnedFd,
    /// The builder, parent of the box's init; the box dies with it.
    builder: libc::pid_t,
}

fn serve(args: &[String]) -> Result<(), String> {
    ensure_single_threaded()?;
    let farm_fds = take_farm_fds();
    let spec: BoxSpec = serde_json::from_str(args.get(2).ok_or("no box description")?)
        .map_err(|e| format!("parsing the box description: {e}"))?;
    let mut out = std::io::stdout().lock();
    let started = start_box(&spec, farm_fds.as_ref());
    let hello = match &started {
        Ok(_) => Hello::Ready,
        Err(message) => Hello::SetupFailed(message.clone()),
    };
    write_line(&mut out, &hello)?;
    out.flush().map_err(|e| format!("writing the hello: {e}"))?;
    let Ok(handle) = started else { return Ok(()) };

    let mut input = std::io::stdin().lock();
    let mut line = String::new();
    let mut tests_cgroup = None;
    loop {
        line.clear();
        match input.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return Err(format!("reading a run request: {e}")),
        }
        let (report, captured) = match serde_json::from_str::<RunRequest>(&line) {
            Ok(request) => match piped_stdio(farm_fds.as_ref(), &request) {
                Ok(stdio) => {
                    supervise::run(&spec, &handle.channel, &request, stdio, &mut tests_cgroup)
                }
                Err(message) => (Report::SetupFailed(message), Default::default()),
            },
            Err(e) => {
                (Report::SetupFailed(format!("unreadable run request: {e}")), Default::default())
            }
        };
        let (stdout, stderr) = match &report {
            Report::Finished(_) => (captured.stdout, captured.stderr),
            _ => (Vec::new(), Vec::new()),
        };
        write_line(&mut out, &report)?;
        out.write_all(&stdout)
            .and_then(|()| out.write_all(&stderr))
            .and_then(|()| out.flush())
            .map_err(|e| format!("writing the report: {e}"))?;
    }
    close_box(handle);
    if let Some(cgroup) = tests_cgroup {
        cgroup.remove();
    }
    Ok(())
}

/// The keeper's end of the farm's descriptor socket, if the farm gave one (it always does);
/// close-on-exec from here on, as nothing below the keeper needs it.
fn take_farm_fds() -> Option<OwnedFd> {
    // SAFETY: F_GETFD only asks whether the descriptor is open.
    if unsafe { libc::fcntl(FARM_FDS, libc::F_GETFD) } == -1 {
        return None;
    }
    // SAFETY: open, and nothing else in this fresh process owns it.
    let fd = unsafe { OwnedFd::from_raw_fd(FARM_FDS) };
    // SAFETY: a plain flag change on a descriptor we own.
    unsafe { libc::fcntl(FARM_FDS, libc::F_SETFD, libc::FD_CLOEXEC) };
    Some(fd)
}

/// A piped run's stdin and stdout, which the farm sent just before the request; None for a
/// run on a file and a capture.
fn piped_stdio(
    farm_fds: Option<&OwnedFd>,
    request: &RunRequest,
) -> Result<Option<(OwnedFd, OwnedFd)>, String> {
    if !request.piped {
        return Ok(None);
    }
    let socket = farm_fds.ok_or("no descriptor socket from the farm")?;
    let (body, fds) = channel::receive(socket)?.ok_or("the farm's descriptor socket closed")?;
    if body != request.run_id.as_bytes() {
        return Err("the piped descriptors belong to another run".into());
    }
    match <[OwnedFd; 2]>::try_from(fds) {
        Ok([stdin, stdout]) => Ok(Some((stdin, stdout))),
        Err(fds) => Err(format!("a piped run needs 2 descriptors, the farm sent {}", fds.len())),
    }
}

/// Ends the box in order: the closed channel makes the box's init exit (the kernel kills what
/// is left in its pid namespace), the builder follows it, and every process of the box is
/// reaped up the chain, so its CPU time reaches the farm's accounting. A box that does not
/// end promptly is killed.
fn close_box(handle: BoxHandle) {
    let BoxHandle { channel, builder } = handle;
    drop(channel);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let mut status = 0;
        // SAFETY: a valid out pointer; WNOHANG never blocks.
        let reaped = unsafe { libc::waitpid(builder, &mut status, libc::WNOHANG) };
        if reaped != 0 {
            return;
        }
        if std::time::Instant::now() >= deadline {
            sys::kill(builder, libc::SIGKILL);
            let _ = sys::wait_raw(builder);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

fn write_line(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), String> {
    let mut line = serde_json::to_vec(value).map_err(|e| format!("encoding: {e}"))?;
    line.push(b'\n');
    out.write_all(&line).map_err(|e| format!("writing to the farm: {e}"))
}

/// Builds the box: the keeper joins the empty network namespace (so everything below it is
/// offline) and forks the builder, which, still host root, makes a mount namespace, builds the
/// root and pivots into it, then clones the box's init into new user, mount, pid, IPC and UTS
/// namespaces and maps its ids (root and the sandbox user, each to itself on the host). The
/// mount namespace must be pivoted by the builder: a user namespace may not pivot away from
/// a root it inherited. Returns once the init reports the box ready.
fn start_box(spec: &BoxSpec, farm_fds: Option<&OwnedFd>) -> Result<BoxHandle, String> {
    let netns = std::fs::File::open(&spec.netns_path)
        .map_err(|e| format!("opening the network namespace: {e}"))?;
    nix::sched::setns(&netns, CloneFlags::CLONE_NEWNET)
        .map_err(|e| format!("joining the network namespace: {e}"))?;
    drop(netns);
    let (keeper_end, init_end) = channel::pair()?;
    let keeper_pidfd =
        sys::pidfd_open(std::process::id() as i32).map_err(|e| format!("pidfd_open: {e}"))?;

    // SAFETY: the keeper is single-threaded (checked at start).
    let builder = match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => {
            drop(keeper_end);
            // The farm's socket stays with the keeper: the builder and the box's init have no
            // business with the farm.
            if let Some(fd) = farm_fds {
                // SAFETY: closing this process's copy; the keeper's own stays open.
                unsafe { libc::close(fd.as_raw_fd()) };
            }
            build(spec, init_end, keeper_pidfd)
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => child.as_raw(),
        Err(e) => return Err(format!("fork: {e}")),
    };
    drop((init_end, keeper_pidfd));
    let handle = BoxHandle { channel: keeper_end, builder };
    let mut poll =
        libc::pollfd { fd: handle.channel.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd.
    let ready = unsafe { libc::poll(&mut poll, 1, BUILD_TIMEOUT_MS) } > 0;
    let first = if ready { channel::receive(&handle.channel)? } else { None };
    match first {
        Some((body, _)) if body == [box_init::READY] => Ok(handle),
        other => {
            sys::kill(builder, libc::SIGKILL);
            let _ = sys::wait_raw(builder);
            Err(match other {
                Some((body, _)) => {
                    String::from_utf8_lossy(body.get(1..).unwrap_or_default()).into_owned()
                }
                None if ready => "the box's builder died".into(),
                None => "building the box timed out".into(),
            })
        }
    }
}

/// The builder's life: build and enter the root, start the box's init, wait for it.
fn build(spec: &BoxSpec, init_end: OwnedFd, keeper: OwnedFd) -> ! {
    let fail = |message: String| -> ! {
        let mut line = vec![super::child::SETUP_FAILED];
        line.extend_from_slice(message.as_bytes());
        let _ = channel::send(&init_end, &line, &[]);
        // SAFETY: leaving the copied keeper without running its destructors.
        unsafe { libc::_exit(1) }
    };
    let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
    if sys::readable_now(&keeper) {
        fail("the keeper is gone".into());
    }
    drop(keeper);
    if let Err(e) = nix::sched::unshare(CloneFlags::CLONE_NEWNS) {
        fail(format!("unshare mount namespace: {e}"));
    }
    if let Err(message) = rootfs::build(spec) {
        fail(message);
    }
    let (go_r, go_w) = match sys::pipe() {
        Ok(p) => p,
        Err(e) => fail(format!("pipe: {e}")),
    };
    let flags = CloneFlags::CLONE_NEWUSER
        | CloneFlags::CLONE_NEWNS
        | CloneFlags::CLONE_NEWPID
        | CloneFlags::CLONE_NEWIPC
        | CloneFlags::CLONE_NEWUTS;
    let mut stack = vec![0u8; INIT_STACK_BYTES];
    let init_channel = &init_end;
    let go = &go_r;
    let child = Box::new(move || -> isize {
        let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
        let channel = init_channel.try_clone().unwrap_or_else(|_| unsafe { libc::_exit(1) });
        let go = go.try_clone().unwrap_or_else(|_| unsafe { libc::_exit(1) });
        box_init::run(spec, channel, go)
    });
    // SAFETY: the builder is single-threaded; the child runs on `stack` and never returns.
    let init = match unsafe { nix::sched::clone(child, &mut stack, flags, Some(libc::SIGCHLD)) } {
        Ok(pid) => pid.as_raw(),
        Err(e) => fail(format!("clone of the box's init: {e}")),
    };
    let map =
        if spec.uid == 0 { "0 0 1\n".to_string() } else { format!("0 0 1\n{0} {0} 1\n", spec.uid) };
    let gmap =
        if spec.gid == 0 { "0 0 1\n".to_string() } else { format!("0 0 1\n{0} {0} 1\n", spec.gid) };
    let proc = std::path::PathBuf::from(format!("/proc/{init}"));
    let mapped = sys::write_file(&proc.join("uid_map"), &map)
        .and_then(|()| sys::write_file(&proc.join("gid_map"), &gmap));
    if let Err(e) = mapped {
        sys::kill(init, libc::SIGKILL);
        fail(format!("mapping the box's user ids: {e}"));
    }
    let _ = sys::write_all(go_w.as_raw_fd(), b"g");
    drop((go_w, go_r, init_end));
    let code = match sys::wait_raw(init) {
        Ok((_, status)) if libc::WIFEXITED(status) => libc::WEXITSTATUS(status),
        _ => 1,
    };
    // SAFETY: as above.
    unsafe { libc::_exit(code) }
}

/// Forking a multi-threaded process leaves locks held by other threads locked in the child;
/// the keeper relies on being single-threaded, so it checks rather than assumes.
fn ensure_single_threaded() -> Result<(), String> {
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("reading /proc/self/status: {e}"))?;
    let threads = status.lines().find_map(|l| l.strip_prefix("Threads:")).map(str::trim);
    match threads {
        Some("1") => Ok(()),
        other => Err(format!(
            "the keeper must be single-threaded, found {} threads: call sandbox_init_main before starting any runtime",
            other.unwrap_or("?")
        )),
    }
}
