//! The box's init: pid 1 of the box's pid namespace, root of the box's user namespace, living
//! for one submission. It mounts the box's /proc once, then for each run the keeper sends it
//! (with the run's descriptors) it refreshes /tmp, forks the program, reaps everything that
//! dies in the box, and writes the program's wait status back with the moment it was reaped.
//! The keeper, outside, watches the limits and kills through the run's cgroup; when the init
//! exits, the kernel kills whatever is left in its namespace.

use std::os::fd::{AsRawFd, OwnedFd};

use seccompiler::BpfProgram;

use super::child::{self, Prepared, SETUP_FAILED};
use super::landlock_rules;
use super::protocol::{BoxSpec, Reaped, RunRequest};
use super::{channel, rootfs, seccomp};
use crate::sandbox::exec_policy::ExecPolicy;
use crate::sandbox::sys;

/// What the keeper sends with each run, in this order.
pub(crate) const RUN_FDS: usize = 5;

/// The first message on the channel: the box is ready, or why not.
pub(crate) const READY: u8 = b'R';

pub(crate) fn run(spec: &BoxSpec, channel: OwnedFd, go: OwnedFd) -> ! {
    // Waits until the builder has written the user namespace's id maps: before that this
    // process has no uid inside and no rights over its mounts.
    let mut byte = [0u8; 1];
    if !matches!(sys::read(&go, &mut byte), Ok(1)) {
        exit(1);
    }
    drop(go);
    let ready = match enter(spec) {
        Ok(ready) => ready,
        Err(message) => {
            let mut line = vec![SETUP_FAILED];
            line.extend_from_slice(message.as_bytes());
            let _ = channel::send(&channel, &line, &[]);
            exit(1);
        }
    };
    if channel::send(&channel, &[READY], &[]).is_err() {
        exit(1);
    }
    // The builder bound /box writable.
    let mut box_writable = true;
    loop {
        reap_finished();
        match channel::receive(&channel) {
            Ok(Some((body, fds))) => serve(spec, &ready, &mut box_writable, &body, fds),
            _ => exit(0),
        }
    }
}

/// What every run of the box uses, made once: the seccomp program. The Landlock ruleset is
/// made for each run, as what it may execute depends on the run's program (`exec_policy`).
struct Ready {
    filters: Vec<BpfProgram>,
}

fn enter(spec: &BoxSpec) -> Result<Ready, String> {
    nix::unistd::sethostname(&spec.hostname).map_err(|e| format!("sethostname: {e}"))?;
    rootfs::mount_box_proc()?;
    rootfs::fresh_tmp(spec.tmp_bytes)?;
    Ok(Ready { filters: seccomp::filters()? })
}

/// One run: a failure before `execve` goes to the run's error pipe, as the program's own
/// set-up failures do.
fn serve(spec: &BoxSpec, ready: &Ready, box_writable: &mut bool, body: &[u8], fds: Vec<OwnedFd>) {
    if fds.len() < RUN_FDS {
        return;
    }
    // The five fixed descriptors, then one `cgroup.procs` per hierarchy.
    let mut fds = fds.into_iter();
    let mut next = || fds.next().expect("counted above");
    let (stdin, stdout, stderr, errors, status) = (next(), next(), next(), next(), next());
    let cgroup_procs: Vec<OwnedFd> = fds.collect();
    let fail = |message: String| {
        let mut line = vec![SETUP_FAILED];
        line.extend_from_slice(message.as_bytes());
        let _ = sys::write_all(errors.as_raw_fd(), &line);
    };
    let request: RunRequest = match serde_json::from_slice(body) {
        Ok(r) => r,
        Err(e) => return fail(format!("unreadable run request: {e}")),
    };
    if let Err(message) = rootfs::prepare_run(spec.tmp_bytes, request.box_writable, *box_writable) {
        return fail(message);
    }
    *box_writable = request.box_writable;
    let Some(program) = request.argv.first() else { return fail("empty argv".into()) };
    let exec = ExecPolicy::for_program(program);
    let landlock = match landlock_rules::ruleset(request.box_writable, &exec, &[]) {
        Ok(ruleset) => ruleset,
        Err(e) => return fail(format!("landlock: {e}")),
    };
    let prepared = match Prepared::new(spec, &request, &ready.filters, &landlock, exec.once) {
        Ok(p) => p,
        Err(message) => return fail(message),
    };
    let program_fds = child::Fds { stdin, stdout, stderr, cgroup_procs, errors };
    let program = match spawn(&prepared, &program_fds) {
        Ok(pid) => pid,
        Err(e) => {
            let mut line = vec![SETUP_FAILED];
            line.extend_from_slice(format!("starting the program: {e}").as_bytes());
            let _ = sys::write_all(program_fds.errors.as_raw_fd(), &line);
            return;
        }
    };
    // Only the program may hold its pipes: the keeper sees end-of-file on the error pipe the
    // moment `execve` succeeds, and on stdout once the program and its children are gone.
    // Its stdin and stdout stay open here until it is reaped, as problemtools' interactive
    // runner holds them: on a piped run they are the other side's, which must not see
    // end-of-file (or SIGPIPE) and exit before this program's end has been stamped, or the
    // order of the two ends would be a race (see `judge::interactive`).
    let child::Fds { stdin, stdout, stderr, cgroup_procs, errors } = program_fds;
    drop((stderr, cgroup_procs, errors));
    loop {
        match sys::wait_raw(-1) {
            Ok((pid, wait_status)) if pid == program => {
                // Read here, where the program is reaped: nearer its exit than anything else
                // can see it, and on the host's clock, as the box has no time namespace.
                let reaped = Reaped { wait_status, ended_ns: sys::monotonic_ns() };
                drop((stdin, stdout));
                let _ = sys::write_all(status.as_raw_fd(), &reaped.to_bytes());
                return;
            }
            Ok(_) => continue,
            Err(_) => exit(1),
        }
    }
}

/// Starts the program the way posix_spawn does: a child sharing this process's memory
/// (CLONE_VM) on a stack of its own, while this process waits (CLONE_VFORK) until the child
/// has called `execve` or died. Nothing is copied, which makes a run's start about as cheap as
/// a bare spawn. The child has its own descriptor table, credentials and signal handlers;
/// what it allocates on the shared heap before `execve` is only ever left behind.
fn spawn(prepared: &Prepared, fds: &child::Fds) -> nix::Result<libc::pid_t> {
    const STACK_BYTES: usize = 1 << 20;
    let mut stack = vec![0u8; STACK_BYTES];
    let start = Box::new(|| -> isize { child::exec(prepared, fds) });
    let flags = nix::sched::CloneFlags::CLONE_VM | nix::sched::CloneFlags::CLONE_VFORK;
    // SAFETY: this process is single-threaded and suspended until the child leaves the shared
    // memory (execve or _exit); the child runs on `stack`, which outlives that moment.
    let pid = unsafe { nix::sched::clone(start, &mut stack, flags, Some(libc::SIGCHLD)) }?;
    Ok(pid.as_raw())
}

/// Collects processes a run left behind once the keeper has killed them.
fn reap_finished() {
    loop {
        let mut status = 0;
        // SAFETY: a valid out pointer; WNOHANG never blocks.
        let pid = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG | libc::__WALL) };
        if pid <= 0 {
            return;
        }
    }
}

fn exit(code: i32) -> ! {
    // SAFETY: leaving the copied keeper without running its destructors.
    unsafe { libc::_exit(code) }
}
