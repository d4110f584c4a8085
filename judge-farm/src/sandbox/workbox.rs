//! The per-submission work folder: a size-capped tmpfs (64 MB by default, TRD) that lives
//! across the compile step and every test run of one submission, seen by the program at /box.
//! It is unmounted and removed when dropped.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use nix::mount::{mount, umount2, MntFlags, MsFlags};

use super::SandboxError;

/// Folder name prefix: `box-<farm pid>-<counter>`, so a restarted farm can tell its dead
/// predecessor's boxes from a live neighbour's.
const PREFIX: &str = "box-";

static NEXT: AtomicU64 = AtomicU64::new(0);

pub struct WorkBox {
    path: PathBuf,
    /// What a backend keeps with the box besides the folder (the docker backend's
    /// container); dropped before the folder is removed.
    attached: Option<Box<dyn std::any::Any + Send + Sync>>,
}

impl std::fmt::Debug for WorkBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkBox").field("path", &self.path).finish_non_exhaustive()
    }
}

impl WorkBox {
    /// The host path of the box, where the judge writes source files.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Mounts a fresh tmpfs of `bytes` under `dir`, owned by the sandbox user.
    pub(crate) fn create(
        dir: &Path,
        bytes: u64,
        uid: u32,
        gid: u32,
    ) -> Result<WorkBox, SandboxError> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!("{PREFIX}{}-{n}", std::process::id()));
        fs::create_dir(&path)
            .map_err(|e| SandboxError::io(format!("creating {}", path.display()), e))?;
        let options = format!("size={bytes},mode=0755,uid={uid},gid={gid}");
        let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
        if let Err(e) = mount(Some("tmpfs"), &path, Some("tmpfs"), flags, Some(options.as_str())) {
            let _ = fs::remove_dir(&path);
            return Err(SandboxError::io(
                format!("mounting the box tmpfs at {}", path.display()),
                e.into(),
            ));
        }
        Ok(WorkBox { path, attached: None })
    }

    /// Keeps a backend's state with the box, for as long as the box lives.
    pub(crate) fn attach<T: std::any::Any + Send + Sync>(&mut self, state: T) {
        self.attached = Some(Box::new(state));
    }

    pub(crate) fn attached<T: std::any::Any>(&self) -> Option<&T> {
        self.attached.as_ref()?.downcast_ref()
    }

    pub(crate) fn attached_mut<T: std::any::Any>(&mut self) -> Option<&mut T> {
        self.attached.as_mut()?.downcast_mut()
    }

    /// Unmounts boxes left behind by farm processes that are gone.
    pub(crate) fn sweep_stale(dir: &Path) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name
                .strip_prefix(PREFIX)
                .and_then(|r| r.split('-').next())
                .and_then(|p| p.parse::<i32>().ok())
            else {
                continue;
            };
            // SAFETY: signal 0 only checks whether the process exists.
            let alive = unsafe { libc::kill(pid, 0) } == 0
                || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
            if !alive {
                remove(&entry.path());
            }
        }
    }
}

impl Drop for WorkBox {
    fn drop(&mut self) {
        self.attached.take();
        remove(&self.path);
    }
}

fn remove(path: &Path) {
    // Lazy unmount: a straggling reader cannot keep the box, or the judge, waiting.
    let _ = umount2(path, MntFlags::MNT_DETACH);
    if let Err(e) = fs::remove_dir(path) {
        tracing::warn!(path = %path.display(), error = %e, "could not remove a work box");
    }
}
