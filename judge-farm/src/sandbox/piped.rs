//! Runs whose stdin and stdout are pipes the caller made, instead of a file and a capture: two
//! programs in two boxes, cross-wired this way, talk to each other (an interactive problem's
//! solution and interactor). When one program dies the other sees end-of-file or SIGPIPE
//! rather than waiting forever, but only once the backend has stamped the first one's end
//! ([`super::Outcome::ended_ns`]), so the order of the two ends is the order of their stamps.
//! A caller may keep a copy of a read end to spare the writer SIGPIPE (the interactive judge
//! does); a copy of a write end would keep the reader from ever seeing end-of-file.

use std::os::fd::OwnedFd;

use super::SandboxError;

/// The caller's pipe ends a run uses as its stdin and stdout. The run owns them: they are closed
/// as soon as the backend has handed them to the program (or failed to).
#[derive(Debug)]
pub struct PipedStdio {
    /// A read end: the program's stdin.
    pub stdin: OwnedFd,
    /// A write end: the program's stdout. Nothing of it is captured, so the outcome's `stdout`
    /// stays empty and `Limits::output_bytes` applies to stderr only.
    pub stdout: OwnedFd,
}

/// A pipe for [`PipedStdio`]: `(read end, write end)`. Both ends close on exec, so no program the
/// farm starts meanwhile inherits a copy that would keep the pipe open after its owner died.
pub fn pipe() -> Result<(OwnedFd, OwnedFd), SandboxError> {
    super::sys::pipe().map_err(|e| SandboxError::io("making a pipe", e))
}

/// Two connected conversations: `(first, second)` where the first program's stdout is the
/// second's stdin and the other way round.
pub fn cross_wired() -> Result<(PipedStdio, PipedStdio), SandboxError> {
    let (first_reads, second_writes) = pipe()?;
    let (second_reads, first_writes) = pipe()?;
    Ok((
        PipedStdio { stdin: first_reads, stdout: first_writes },
        PipedStdio { stdin: second_reads, stdout: second_writes },
    ))
}
