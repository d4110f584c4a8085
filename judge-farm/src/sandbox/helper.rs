//! `judge-farm __sandbox-init`: the short-lived helper that runs one program. The farm is a
//! multi-threaded async process in which little is safe between `fork` and `exec`; this helper
//! is a fresh single-threaded process, so it may create cgroups, switch namespaces and fork
//! freely. It reads a [`Request`] as JSON on stdin and answers on stdout (see `protocol`).

use std::io::{Read, Write};

use super::protocol::{Report, Request};
use super::supervise;

/// Entry point of the helper; `main` calls it when `argv[1]` is [`super::INIT_ARG`], before
/// starting any runtime or thread. Exits 0 whenever a report was written, even for setup
/// failures (the report says what failed); 1 when it could not even answer.
pub fn sandbox_init_main(_args: &[String]) -> ! {
    let code = match serve() {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "sandbox helper: {message}");
            1
        }
    };
    std::process::exit(code)
}

fn serve() -> Result<(), String> {
    ensure_single_threaded()?;
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).map_err(|e| format!("reading the request: {e}"))?;
    let request: Request = serde_json::from_slice(&input).map_err(|e| format!("parsing the request: {e}"))?;

    let (report, captured) = supervise::run(&request);
    let (stdout, stderr) = match &report {
        Report::Finished(_) => (captured.stdout, captured.stderr),
        _ => (Vec::new(), Vec::new()),
    };
    let mut line = serde_json::to_vec(&report).map_err(|e| format!("encoding the report: {e}"))?;
    line.push(b'\n');
    let mut out = std::io::stdout().lock();
    out.write_all(&line)
        .and_then(|()| out.write_all(&stdout))
        .and_then(|()| out.write_all(&stderr))
        .and_then(|()| out.flush())
        .map_err(|e| format!("writing the report: {e}"))
}

/// Forking a multi-threaded process leaves locks held by other threads locked in the child;
/// the helper relies on being single-threaded, so it checks rather than assumes.
fn ensure_single_threaded() -> Result<(), String> {
    let status = std::fs::read_to_string("/proc/self/status").map_err(|e| format!("reading /proc/self/status: {e}"))?;
    let threads = status.lines().find_map(|l| l.strip_prefix("Threads:")).map(str::trim);
    match threads {
        Some("1") => Ok(()),
        other => Err(format!(
            "the helper must be single-threaded, found {} threads: call sandbox_init_main before starting any runtime",
            other.unwrap_or("?")
        )),
    }
}
