//! The last steps before the program runs, taken by the program's process (a child of the
//! box's init) inside the box: join the run's cgroups, wire stdin/stdout/stderr, set rlimits, drop to the sandbox
//! user with no capabilities and no way to regain any, Landlock, seccomp, `execve`. It never
//! returns; on failure it writes the reason to the error pipe and exits 127.

use std::ffi::CString;
use std::os::fd::{AsRawFd, OwnedFd};

use nix::sys::resource::{setrlimit, Resource};
use nix::unistd::{setgroups, setresgid, setresuid, Gid, Uid};
use seccompiler::BpfProgram;

use super::landlock_rules::{self, RulesetCreated};
use super::protocol::{BoxSpec, RunRequest};
use super::seccomp;
use crate::sandbox::sys;

/// Message prefixes on the error pipe: the sandbox could not be built, or the program could
/// not be started.
pub(crate) const SETUP_FAILED: u8 = b'S';
pub(crate) const EXEC_FAILED: u8 = b'X';

/// Everything that allocates, done before `fork`.
pub(crate) struct Prepared<'a> {
    path: CString,
    argv: Vec<CString>,
    envp: Vec<CString>,
    filters: Vec<BpfProgram>,
    /// The box's ready-made Landlock ruleset for this run's kind (see `landlock_rules`).
    landlock: &'a RulesetCreated,
    rlimits: Vec<(Resource, u64, u64)>,
    uid: u32,
    gid: u32,
}

/// Descriptors the program starts with, plus the run's cgroup files and the error pipe.
pub(crate) struct Fds {
    pub stdin: OwnedFd,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
    pub cgroup_procs: Vec<OwnedFd>,
    pub errors: OwnedFd,
}

impl<'a> Prepared<'a> {
    pub(crate) fn new(
        spec: &BoxSpec,
        req: &RunRequest,
        filters: &[BpfProgram],
        landlock: &'a RulesetCreated,
        exec_once: bool,
    ) -> Result<Prepared<'a>, String> {
        let cstr = |s: &str| CString::new(s).map_err(|_| format!("{s:?} contains a NUL byte"));
        let path = cstr(req.argv.first().ok_or("empty argv")?)?;
        let mut filters = filters.to_vec();
        if exec_once {
            // `path` lives on the heap until the program's execve, which passes this very
            // pointer; the program, in a fresh address space, cannot know it.
            filters.push(seccomp::exec_only(path.as_ptr() as u64));
        }
        let argv = req.argv.iter().map(|a| cstr(a)).collect::<Result<_, _>>()?;
        let envp =
            req.env.iter().map(|(k, v)| cstr(&format!("{k}={v}"))).collect::<Result<_, _>>()?;
        // The backstop sits a quarter past the limit and a second more: the keeper's exact
        // cgroup count decides a time limit, and the kernel's coarser per-process count, which
        // can run ahead of it on a busy host, steps in only if the keeper cannot.
        let cpu_secs =
            (req.limits.cpu_time_ms.saturating_mul(5) / 4).div_ceil(1000).saturating_add(1);
        // Contest programs recurse deeply: the stack may use all of the memory limit, which
        // the cgroup enforces anyway.
        let stack = req.limits.memory_bytes.max(64 << 20);
        let rlimits = vec![
            (Resource::RLIMIT_CORE, 0, 0),
            (Resource::RLIMIT_FSIZE, spec.file_bytes, spec.file_bytes),
            (Resource::RLIMIT_NOFILE, spec.max_open_files, spec.max_open_files),
            (Resource::RLIMIT_STACK, stack, stack),
            // A per-process backstop; the helper enforces the limit over the whole cgroup.
            (Resource::RLIMIT_CPU, cpu_secs, cpu_secs.saturating_add(1)),
        ];
        Ok(Prepared { path, argv, envp, filters, landlock, rlimits, uid: spec.uid, gid: spec.gid })
    }
}

pub(crate) fn exec(p: &Prepared, fds: &Fds) -> ! {
    let (kind, message) = match setup(p, fds) {
        Ok(()) => {
            let err = nix::unistd::execve(&p.path, &p.argv, &p.envp).unwrap_err();
            (EXEC_FAILED, format!("{}: {err}", p.path.to_string_lossy()))
        }
        Err(message) => (SETUP_FAILED, message),
    };
    let mut line = vec![kind];
    line.extend_from_slice(message.as_bytes());
    let _ = sys::write_all(fds.errors.as_raw_fd(), &line);
    // SAFETY: leaving without running destructors or atexit handlers of the copied helper.
    unsafe { libc::_exit(127) }
}

fn setup(p: &Prepared, fds: &Fds) -> Result<(), String> {
    // Joining from inside, before anything of the program runs, so nothing escapes the
    // accounting; "0" means the writer itself.
    for fd in &fds.cgroup_procs {
        sys::write_all(fd.as_raw_fd(), b"0").map_err(|e| format!("joining the run cgroup: {e}"))?;
    }
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWCGROUP)
        .map_err(|e| format!("cgroup namespace: {e}"))?;
    // The program, not the sandbox's init, is the one to go when memory runs short.
    sys::write_file("/proc/self/oom_score_adj".as_ref(), "1000")
        .map_err(|e| format!("oom_score_adj: {e}"))?;
    reset_signals();

    for (fd, target) in [(&fds.stdin, 0), (&fds.stdout, 1), (&fds.stderr, 2)] {
        // SAFETY: both are valid descriptor numbers; dup2 clears close-on-exec on the target.
        sys::cvt(unsafe { libc::dup2(fd.as_raw_fd(), target) })
            .map_err(|e| format!("dup2: {e}"))?;
    }
    sys::cloexec_from(3).map_err(|e| format!("close_range: {e}"))?;
    for &(resource, soft, hard) in &p.rlimits {
        setrlimit(resource, soft, hard).map_err(|e| format!("setrlimit {resource:?}: {e}"))?;
    }
    nix::unistd::chdir("/box").map_err(|e| format!("chdir /box: {e}"))?;

    // No capability survives the switch to a non-root uid, and no-new-privileges (below) makes
    // execve ignore setuid bits and file capabilities, so no program can regain one; emptying
    // the bounding set as well would cost ~40 prctl calls per run for nothing.
    setgroups(&[]).map_err(|e| format!("setgroups: {e}"))?;
    let (uid, gid) = (Uid::from_raw(p.uid), Gid::from_raw(p.gid));
    setresgid(gid, gid, gid).map_err(|e| format!("setresgid: {e}"))?;
    setresuid(uid, uid, uid).map_err(|e| format!("setresuid: {e}"))?;
    nix::sys::prctl::set_no_new_privs().map_err(|e| format!("no_new_privs: {e}"))?;

    landlock_rules::restrict_self(p.landlock).map_err(|e| format!("landlock: {e}"))?;
    for filter in &p.filters {
        seccompiler::apply_filter(filter).map_err(|e| format!("seccomp: {e}"))?;
    }
    Ok(())
}

/// Signal dispositions and the mask survive `execve`; the helper (a Rust program) ignores
/// SIGPIPE, and the program must start with the defaults. The raw syscall, because glibc
/// refuses to touch the two signals it reserves for itself, which may arrive ignored too.
fn reset_signals() {
    /// The kernel's `struct sigaction` on x86_64: handler, flags, restorer, mask.
    #[repr(C)]
    struct KernelSigaction {
        handler: usize,
        flags: u64,
        restorer: usize,
        mask: u64,
    }
    let default = KernelSigaction { handler: libc::SIG_DFL, flags: 0, restorer: 0, mask: 0 };
    for signal in 1..=64 {
        // SAFETY: a valid kernel sigaction struct; SIGKILL, SIGSTOP just fail with EINVAL.
        unsafe {
            libc::syscall(libc::SYS_rt_sigaction, signal, &default, std::ptr::null_mut::<u8>(), 8)
        };
    }
    // SAFETY: an empty, initialised set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
    }
}
