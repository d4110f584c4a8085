//! `judge-farm __sandbox-exec <run>`: what each docker run's exec starts inside the container
//! (the farm's own binary, bound read-only at [`IN_BOX_PATH`]), as the run's user. It confines
//! itself as the native backend confines a program: the process limit (under gVisor, which
//! counts it per user inside its own kernel), the Landlock domain of `landlock_rules` with
//! execute rights on the run's [`ExecPolicy`] only (runc; gVisor has no Landlock), the native
//! seccomp filter and, for a program that starts nothing, the filter that allows no second
//! `execve` (both runtimes: gVisor enforces a program's own filters, which also denies
//! io_uring, which gVisor otherwise implements whatever the container's profile says). Then it
//! replaces itself with the program, with exactly the run's environment.

use std::ffi::CString;
use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::sandbox::exec_policy::ExecPolicy;
use crate::sandbox::native::{landlock_rules, seccomp};

/// First argument that makes the farm's binary act as a docker run's starter.
pub const EXEC_ARG: &str = "__sandbox-exec";
/// Where the farm's binary is bound in every container.
pub(super) const IN_BOX_PATH: &str = "/.algoarena-sandbox-exec";
/// What it prints (then exits 125) when the sandbox could not be set up: no verdict.
pub(super) const SETUP_FAILED: &str = "algoarena-sandbox: setup failed:";
/// What it prints (then exits 127) when the program could not be started.
pub(super) const EXEC_FAILED: &str = "algoarena-sandbox: cannot execute";

/// One run, as the farm hands it over on the command line.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct InBoxRun {
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub box_writable: bool,
    /// RLIMIT_NPROC to set first (gVisor), or none (runc counts it host-wide).
    pub nproc: Option<u64>,
}

/// Entry point; `main` calls it when `argv[1]` is [`EXEC_ARG`], before anything else runs.
pub fn sandbox_exec_main(args: &[String]) -> ! {
    let run: InBoxRun = match args.get(2).map(|a| serde_json::from_str(a)) {
        Some(Ok(run)) => run,
        _ => fail(125, &format!("{SETUP_FAILED} no readable run")),
    };
    let prepared = match prepare(&run) {
        Ok(p) => p,
        Err(message) => fail(125, &format!("{SETUP_FAILED} {message}")),
    };
    let err = nix::unistd::execve(&prepared.path, &prepared.argv, &prepared.env).unwrap_err();
    let code = if err == nix::errno::Errno::ENOENT { 127 } else { 126 };
    fail(code, &format!("{EXEC_FAILED} {}: {err}", run.argv[0]))
}

struct Prepared {
    path: CString,
    argv: Vec<CString>,
    env: Vec<CString>,
}

fn prepare(run: &InBoxRun) -> Result<Prepared, String> {
    let cstr = |s: &str| CString::new(s).map_err(|_| format!("{s:?} contains a NUL byte"));
    let program = run.argv.first().ok_or("empty argv")?;
    let path = cstr(program)?;
    let argv = run.argv.iter().map(|a| cstr(a)).collect::<Result<Vec<_>, _>>()?;
    let env =
        run.env.iter().map(|(k, v)| cstr(&format!("{k}={v}"))).collect::<Result<Vec<_>, _>>()?;
    if let Some(n) = run.nproc {
        nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_NPROC, n, n)
            .map_err(|e| format!("RLIMIT_NPROC: {e}"))?;
    }
    let exec = ExecPolicy::for_program(program);
    // POSIX shared memory lives in the container's /dev/shm (the native view links it to /tmp).
    let ruleset = landlock_rules::ruleset(run.box_writable, &exec, &["/dev/shm"])?;
    landlock_rules::restrict_self(&ruleset)?;
    let mut filters = seccomp::filters()?;
    if exec.once {
        filters.push(seccomp::exec_only(path.as_ptr() as u64));
    }
    for filter in &filters {
        seccompiler::apply_filter(filter).map_err(|e| format!("seccomp: {e}"))?;
    }
    Ok(Prepared { path, argv, env })
}

fn fail(code: i32, message: &str) -> ! {
    let _ = writeln!(std::io::stderr(), "{message}");
    std::process::exit(code)
}
