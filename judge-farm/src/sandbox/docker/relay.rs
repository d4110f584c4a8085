//! A piped run under Docker: the exec's stdin and stdout are streams of the Engine API, not
//! descriptors the program could hold, so the farm relays between them and the caller's pipes.
//! Bytes go on as they come (an interactive conversation waits on every line), and the pipe
//! ends close when the run's relays end, so the program at the other end sees end-of-file.

use std::os::fd::OwnedFd;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::unix::pipe;
use tokio::sync::mpsc;

use crate::sandbox::SandboxError;

/// What feeds an exec's stdin: a host file, or the read end of the caller's pipe.
pub(super) type Source = Box<dyn AsyncRead + Send + Unpin>;

pub(super) async fn file_source(path: &Path) -> Result<Source, SandboxError> {
    let file = tokio::fs::File::open(path)
        .await
        .map_err(|e| SandboxError::io(format!("opening stdin {}", path.display()), e))?;
    Ok(Box::new(file))
}

pub(super) fn pipe_source(fd: OwnedFd) -> Result<Source, SandboxError> {
    let receiver = pipe::Receiver::from_owned_fd(fd)
        .map_err(|e| SandboxError::io("reading the stdin pipe", e))?;
    Ok(Box::new(receiver))
}

/// Copies `source` into the exec's stdin, each chunk flushed as it comes, then closes it. A
/// program that stops reading early closes its end: not an error of the run.
pub(super) async fn feed(source: Option<Source>, mut input: impl AsyncWrite + Unpin) {
    if let Some(mut source) = source {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match source.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if input.write_all(&buf[..n]).await.is_err() || input.flush().await.is_err() {
                break;
            }
        }
    }
    let _ = input.shutdown().await;
}

/// The program's stdout on its way into the caller's pipe. The run's loop hands chunks over
/// without waiting (it must keep watching the limits); a task writes them. What the reader has
/// not taken yet counts against `Limits::output_bytes`, as captured output would.
pub(super) struct StdoutRelay {
    chunks: Option<mpsc::UnboundedSender<Bytes>>,
    unread: Arc<AtomicU64>,
}

impl StdoutRelay {
    pub(super) fn start(fd: OwnedFd) -> Result<StdoutRelay, SandboxError> {
        let mut sender = pipe::Sender::from_owned_fd(fd)
            .map_err(|e| SandboxError::io("writing the stdout pipe", e))?;
        let (chunks, mut pending) = mpsc::unbounded_channel::<Bytes>();
        let unread = Arc::new(AtomicU64::new(0));
        let counter = unread.clone();
        tokio::spawn(async move {
            while let Some(chunk) = pending.recv().await {
                // The reader is gone: the rest has nowhere to go (the native backend's program
                // would get SIGPIPE; here it only stops being heard).
                if sender.write_all(&chunk).await.is_err() {
                    break;
                }
                counter.fetch_sub(chunk.len() as u64, Ordering::Relaxed);
            }
            // Dropping `sender` closes the pipe: the reader sees end-of-file.
        });
        Ok(StdoutRelay { chunks: Some(chunks), unread })
    }

    /// Passes a chunk on; returns how many bytes wait unread.
    pub(super) fn push(&mut self, chunk: Bytes) -> u64 {
        let len = chunk.len() as u64;
        if let Some(chunks) = &self.chunks {
            if chunks.send(chunk).is_ok() {
                return self.unread.fetch_add(len, Ordering::Relaxed) + len;
            }
            self.chunks = None;
        }
        self.unread.load(Ordering::Relaxed)
    }
}
