//! The farm's side of one run: start the `__sandbox-init` helper with an empty environment,
//! send it the request, read its report and the program's output. If the run's future is
//! dropped, the helper is killed (its init follows by PDEATHSIG, and the pid namespace with
//! it) and the run's cgroups are cleaned up in the background.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::cgroup::{self, RunCgroup};
use super::protocol::{Report, Request};
use super::{Outcome, SandboxError, INIT_ARG};

/// How much of the helper's stderr (its own diagnostics) is kept for an error message.
const HELPER_STDERR_BYTES: usize = 64 * 1024;

pub(crate) async fn run(helper: &Path, request: &Request) -> Result<Outcome, SandboxError> {
    let input = serde_json::to_vec(request).map_err(|e| SandboxError::Helper(format!("encoding the request: {e}")))?;
    let _guard = CleanupOnDrop(Some(RunCgroup::dirs(&request.cgroups, &request.run_id)));
    let mut child = tokio::process::Command::new(helper)
        .arg(INIT_ARG)
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| SandboxError::io(format!("starting the sandbox helper {}", helper.display()), e))?;

    let mut stdin = child.stdin.take().expect("piped stdin");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let send = async move {
        let result = stdin.write_all(&input).await;
        drop(stdin);
        result
    };
    let mut out = Vec::new();
    let mut diagnostics = Vec::new();
    let (sent, read_out, _) = tokio::join!(send, stdout.read_to_end(&mut out), stderr.read_to_end(&mut diagnostics),);
    let status = child.wait().await.map_err(|e| SandboxError::io("waiting for the sandbox helper", e))?;
    diagnostics.truncate(HELPER_STDERR_BYTES);
    let diagnostics = String::from_utf8_lossy(&diagnostics).trim().to_string();
    if let Err(e) = sent.and(read_out) {
        return Err(SandboxError::Helper(format!("talking to the helper: {e}; {diagnostics}")));
    }
    if !status.success() {
        return Err(SandboxError::Helper(format!("exited with {status}: {diagnostics}")));
    }
    parse(&out, request.limits.output_bytes)
}

/// Splits the helper's answer into the report line and the program's output.
fn parse(out: &[u8], output_bytes: u64) -> Result<Outcome, SandboxError> {
    let newline = out.iter().position(|&b| b == b'\n').ok_or_else(|| SandboxError::Helper("no report".into()))?;
    let report: Report =
        serde_json::from_slice(&out[..newline]).map_err(|e| SandboxError::Helper(format!("unreadable report: {e}")))?;
    let m = match report {
        Report::Finished(m) => m,
        Report::SetupFailed(message) => return Err(SandboxError::Setup(message)),
        Report::ExecFailed(message) => return Err(SandboxError::Exec(message)),
    };
    let body = &out[newline + 1..];
    let cap = output_bytes as usize;
    if m.stdout_len > cap || m.stderr_len > cap || body.len() != m.stdout_len + m.stderr_len {
        return Err(SandboxError::Helper("output lengths do not match the report".into()));
    }
    let (stdout, stderr) = body.split_at(m.stdout_len);
    Ok(Outcome {
        termination: m.termination,
        cpu_time_ms: m.cpu_time_ms,
        wall_time_ms: m.wall_time_ms,
        memory_kb: m.memory_kb,
        stdout: stdout.to_vec(),
        stderr: stderr.to_vec(),
    })
}

/// Removes the run's cgroups if the helper could not (it was killed with the run's future):
/// on a thread, since the namespace may take a moment to die.
struct CleanupOnDrop(Option<Vec<PathBuf>>);

impl Drop for CleanupOnDrop {
    fn drop(&mut self) {
        let Some(dirs) = self.0.take() else { return };
        if dirs.iter().all(|d| !d.exists()) {
            return;
        }
        std::thread::spawn(move || cgroup::kill_and_remove(&dirs));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::protocol::Measured;
    use crate::sandbox::Termination;

    fn answer(stdout: &[u8], stderr: &[u8]) -> Vec<u8> {
        let report = Report::Finished(Measured {
            termination: Termination::Exited(0),
            cpu_time_ms: 1,
            wall_time_ms: 2,
            memory_kb: 3,
            stdout_len: stdout.len(),
            stderr_len: stderr.len(),
        });
        let mut out = serde_json::to_vec(&report).unwrap();
        out.push(b'\n');
        out.extend_from_slice(stdout);
        out.extend_from_slice(stderr);
        out
    }

    #[test]
    fn binary_output_survives_the_helper_protocol() {
        let outcome = parse(&answer(b"a\n\0\xff", b"err"), 100).unwrap();
        assert_eq!(outcome.stdout, b"a\n\0\xff");
        assert_eq!(outcome.stderr, b"err");
        assert_eq!((outcome.cpu_time_ms, outcome.wall_time_ms, outcome.memory_kb), (1, 2, 3));
    }

    #[test]
    fn a_truncated_answer_is_a_helper_error() {
        let mut out = answer(b"abc", b"");
        out.pop();
        assert!(matches!(parse(&out, 100), Err(SandboxError::Helper(_))));
    }
}
