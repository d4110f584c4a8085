//! The one empty network namespace every run joins (only a downed `lo`: no route anywhere).
//! Creating a namespace per run can stall `clone` for hundreds of milliseconds on a kernel-wide
//! lock, so it is made once and kept alive by a bind mount of its nsfs file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use nix::mount::{mount, MsFlags};
use nix::sched::{unshare, CloneFlags};

use crate::sandbox::SandboxError;

/// statfs magic of nsfs, the filesystem of /proc/<pid>/ns/* files.
const NSFS_MAGIC: i64 = 0x6e73_6673;

/// Serializes creation between sandboxes built at the same time in one process.
static CREATING: Mutex<()> = Mutex::new(());

/// The path of the shared namespace under `root`, created if it is not there yet.
pub(crate) fn shared(root: &Path) -> Result<PathBuf, SandboxError> {
    let path = root.join("netns");
    let _guard = CREATING.lock().unwrap_or_else(|e| e.into_inner());
    if is_namespace(&path) {
        return Ok(path);
    }
    if !path.exists() {
        fs::File::create(&path).map_err(|e| SandboxError::io("creating the netns file", e))?;
    }
    // unshare moves only the calling thread to the new namespace; a throwaway thread keeps the
    // farm's own threads on the host network.
    let target = path.clone();
    std::thread::spawn(move || -> io::Result<()> {
        unshare(CloneFlags::CLONE_NEWNET)?;
        // SAFETY: gettid has no preconditions.
        let tid = unsafe { libc::gettid() };
        let own = format!("/proc/self/task/{tid}/ns/net");
        mount(Some(own.as_str()), &target, None::<&str>, MsFlags::MS_BIND, None::<&str>)?;
        Ok(())
    })
    .join()
    .map_err(|_| SandboxError::Setup("the netns thread panicked".into()))?
    .map_err(|e| SandboxError::io("creating the shared network namespace", e))?;
    Ok(path)
}

fn is_namespace(path: &Path) -> bool {
    nix::sys::statfs::statfs(path).map(|s| s.filesystem_type().0 == NSFS_MAGIC).unwrap_or(false)
}
