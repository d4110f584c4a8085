//! The run's init, pid 1 of the run's pid namespace: it enters fresh mount, IPC, UTS and the
//! shared network namespace, builds the root, starts the program as its only child, reaps
//! everything, and reports the program's wait status to the helper. When it exits the kernel
//! kills whatever is left in the namespace, so double-forked daemons die with the run.

use std::os::fd::{AsRawFd, OwnedFd};

use nix::sched::{setns, unshare, CloneFlags};

use super::child::{self, Prepared, SETUP_FAILED};
use super::protocol::Request;
use super::{rootfs, sys};

/// The descriptors init receives from the helper.
pub(crate) struct InitFds {
    /// The helper's pidfd: readable once the helper is gone.
    pub helper: OwnedFd,
    pub netns: OwnedFd,
    /// Where the program's raw wait status goes.
    pub status: OwnedFd,
    /// The program's descriptors; `child.errors` is shared with init's own setup.
    pub child: child::Fds,
}

pub(crate) fn run(req: &Request, prepared: &Prepared, fds: InitFds) -> ! {
    // Dies with the helper; the helper may already be gone by the time this is set, hence
    // the pidfd check after it.
    let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
    if sys::readable_now(&fds.helper) {
        // SAFETY: leaving the copied helper without running its destructors.
        unsafe { libc::_exit(1) }
    }
    if let Err(message) = enter(req, &fds) {
        let mut line = vec![SETUP_FAILED];
        line.extend_from_slice(message.as_bytes());
        let _ = sys::write_all(fds.child.errors.as_raw_fd(), &line);
        // SAFETY: as above.
        unsafe { libc::_exit(1) }
    }

    // SAFETY: the helper is single-threaded, so the child may run arbitrary code after fork.
    let program = match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => child::exec(prepared, fds.child),
        Ok(nix::unistd::ForkResult::Parent { child }) => child.as_raw(),
        // SAFETY: as above.
        Err(_) => unsafe { libc::_exit(1) },
    };
    // Only the program may hold its pipes: the helper sees end-of-file on the error pipe the
    // moment `execve` succeeds.
    let InitFds { status, child, helper, netns } = fds;
    drop((child, helper, netns));

    loop {
        match sys::wait_raw(-1) {
            Ok((pid, wait_status)) if pid == program => {
                let _ = sys::write_all(status.as_raw_fd(), &wait_status.to_ne_bytes());
                // SAFETY: as above; exiting tears the namespace down.
                unsafe { libc::_exit(0) }
            }
            Ok(_) => continue,
            // SAFETY: as above.
            Err(_) => unsafe { libc::_exit(1) },
        }
    }
}

fn enter(req: &Request, fds: &InitFds) -> Result<(), String> {
    unshare(CloneFlags::CLONE_NEWNS | CloneFlags::CLONE_NEWIPC | CloneFlags::CLONE_NEWUTS)
        .map_err(|e| format!("unshare: {e}"))?;
    setns(&fds.netns, CloneFlags::CLONE_NEWNET).map_err(|e| format!("joining the network namespace: {e}"))?;
    nix::unistd::sethostname(&req.hostname).map_err(|e| format!("sethostname: {e}"))?;
    rootfs::build(req)
}
