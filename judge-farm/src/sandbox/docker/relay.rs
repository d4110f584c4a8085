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
    unread: Unread,
}

impl StdoutRelay {
    pub(super) fn start(fd: OwnedFd) -> Result<StdoutRelay, SandboxError> {
        let mut sender = pipe::Sender::from_owned_fd(fd)
            .map_err(|e| SandboxError::io("writing the stdout pipe", e))?;
        let (chunks, mut pending) = mpsc::unbounded_channel::<Bytes>();
        let unread = Unread::default();
        let counter = unread.clone();
        tokio::spawn(async move {
            while let Some(chunk) = pending.recv().await {
                // The reader is gone: the rest has nowhere to go (the native backend's program
                // would get SIGPIPE; here it only stops being heard).
                if sender.write_all(&chunk).await.is_err() {
                    break;
                }
                counter.taken(len_u64(chunk.len()));
            }
            // Dropping `sender` closes the pipe: the reader sees end-of-file.
        });
        Ok(StdoutRelay { chunks: Some(chunks), unread })
    }

    /// Passes a chunk on; returns how many bytes wait unread.
    pub(super) fn push(&mut self, chunk: Bytes) -> u64 {
        let len = len_u64(chunk.len());
        if let Some(chunks) = &self.chunks {
            // Counted before it is sent: the writer may take it, and subtract it, at once.
            let unread = self.unread.queued(len);
            if chunks.send(chunk).is_ok() {
                return unread;
            }
            self.unread.taken(len);
            self.chunks = None;
        }
        self.unread.get()
    }
}

/// Bytes handed to the relay that its reader has not taken yet. Sizes come from the program's
/// output, so the count saturates instead of wrapping or overflowing.
#[derive(Clone, Default)]
struct Unread(Arc<AtomicU64>);

impl Unread {
    /// Adds `len` queued bytes; returns the new count.
    fn queued(&self, len: u64) -> u64 {
        let before = self.update(|n| n.saturating_add(len));
        before.saturating_add(len)
    }

    /// Subtracts `len` bytes the reader took.
    fn taken(&self, len: u64) {
        self.update(|n| n.saturating_sub(len));
    }

    fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    /// Applies `f` atomically; returns the value before.
    fn update(&self, f: impl Fn(u64) -> u64) -> u64 {
        match self.0.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| Some(f(n))) {
            Ok(before) | Err(before) => before,
        }
    }
}

/// A buffer length as a byte count (lossless on every target the farm builds for).
fn len_u64(len: usize) -> u64 {
    u64::try_from(len).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unread_count_saturates_instead_of_overflowing() {
        let unread = Unread::default();
        assert_eq!(unread.queued(u64::MAX - 1), u64::MAX - 1);
        assert_eq!(unread.queued(10), u64::MAX);
        unread.taken(u64::MAX);
        assert_eq!(unread.get(), 0);
    }

    /// What once made `judge-farm import` panic (`attempt to add with overflow` in `push`):
    /// the writer task took a chunk, and subtracted it, before `push` had counted it. With
    /// wrapping atomics and a plain `+` that order wrapped the count below zero and then
    /// overflowed; `push` now counts first, and the count saturates whatever the order.
    #[test]
    fn a_chunk_taken_before_it_is_counted_leaves_no_wrapped_count() {
        let unread = Unread::default();
        unread.taken(5);
        assert_eq!(unread.queued(5), 5);
        unread.taken(5);
        assert_eq!(unread.get(), 0);
    }

    /// A stress run of the real relay: every byte arrives and the count never leaves its
    /// bounds (the race above is only hit by chance here; the test before pins it down).
    #[test]
    fn a_fast_reader_never_makes_the_count_wrap() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let (read_end, write_end) = crate::sandbox::pipe().unwrap();
            let mut relay = StdoutRelay::start(write_end).unwrap();
            let reader = std::thread::spawn(move || {
                let mut total = 0u64;
                let mut buf = [0u8; 64 * 1024];
                loop {
                    match crate::sandbox::sys::read(&read_end, &mut buf) {
                        Ok(0) | Err(_) => return total,
                        Ok(n) => total += len_u64(n),
                    }
                }
            });
            let chunk = Bytes::from_static(&[b'x'; 512]);
            for _ in 0..20_000 {
                let unread = relay.push(chunk.clone());
                assert!(unread <= 20_000 * 512, "the unread count wrapped: {unread}");
                if unread > 1 << 20 {
                    tokio::task::yield_now().await;
                }
            }
            drop(relay);
            assert_eq!(
                tokio::task::spawn_blocking(move || reader.join().unwrap()).await.unwrap(),
                20_000 * 512
            );
        });
    }
}
