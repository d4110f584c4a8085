//! The file system a program sees. The box's builder (host root, in a mount namespace of its
//! own) makes a small tmpfs root holding the toolchain folders bound read-only, a /dev with
//! only null, zero, random and urandom, an empty /tmp and the work box at /box, then
//! `pivot_root`s into it, so the host's tree is gone, not hidden. The box's init, in the box's
//! user namespace, then covers /proc with one of the box's pid namespace, and before each run
//! gives /tmp a fresh tmpfs and makes /box writable or read-only.

use std::fmt::Display;
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use nix::mount::{mount, umount2, MntFlags, MsFlags};

use super::protocol::BoxSpec;

/// Folders of the toolchain paths covered by an empty read-only tmpfs: Debian's master copies
/// of the account files, passwd-format files a compile error would echo.
pub(crate) const HIDDEN: &[&str] = &["/usr/share/base-passwd"];

/// Devices a program may open; each is a bind of the host's node.
const DEVICES: &[&str] = &["null", "zero", "random", "urandom"];

trait Context<T> {
    fn ctx(self, what: impl FnOnce() -> String) -> Result<T, String>;
}

impl<T, E: Display> Context<T> for Result<T, E> {
    fn ctx(self, what: impl FnOnce() -> String) -> Result<T, String> {
        self.map_err(|e| format!("{}: {e}", what()))
    }
}

/// Builds the root under `req.rootfs_dir` and makes it `/`. The caller must be host root in a
/// fresh mount namespace.
pub(crate) fn build(req: &BoxSpec) -> Result<(), String> {
    let none = None::<&str>;
    mount(none, "/", none, MsFlags::MS_REC | MsFlags::MS_PRIVATE, none)
        .ctx(|| "making the mount namespace private".into())?;
    let root = req.rootfs_dir.as_path();
    mount(
        Some("tmpfs"),
        root,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some("size=1m,mode=0755"),
    )
    .ctx(|| "mounting the root tmpfs".into())?;

    write_identity(root, req)?;
    for path in &req.read_only_paths {
        bind_host_path(root, path)?;
    }
    for path in HIDDEN {
        hide(root, Path::new(path))?;
    }
    // The builder's own /proc (the host's pids): the box's init may only mount a proc of its
    // own where a whole one is already visible, and its proc then covers this one for good.
    let proc = root.join("proc");
    fs::create_dir(&proc).ctx(|| "creating /proc".into())?;
    mount(
        Some("proc"),
        &proc,
        Some("proc"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        None::<&str>,
    )
    .ctx(|| "mounting the builder's /proc".into())?;
    mount_dev(root)?;
    fs::create_dir(root.join("tmp")).ctx(|| "creating /tmp".into())?;
    let work = root.join("box");
    fs::create_dir(&work).ctx(|| "creating /box".into())?;
    bind(&req.box_path, &work, MsFlags::MS_NOSUID | MsFlags::MS_NODEV)?;
    pivot(root)
}

/// Run by the box's init once, inside the box's user, mount and pid namespaces: a proc of the
/// box's pid namespace, hiding processes of other users (the init itself).
pub(crate) fn mount_box_proc() -> Result<(), String> {
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    mount(Some("proc"), "/proc", Some("proc"), flags, Some("hidepid=invisible"))
        .or_else(|_| mount(Some("proc"), "/proc", Some("proc"), flags, Some("hidepid=2")))
        .ctx(|| "mounting /proc".into())
}

/// Run by the box's init before each run: /box writable for compilers, read-only for tests
/// (remounted only when that changes from `box_was_writable`), and an empty /tmp of
/// `tmp_bytes`. Most runs leave /tmp empty, and an empty tmpfs holds nothing of the last run
/// (its processes are gone, so no file is open unlinked): it is kept. Returns whether /tmp is
/// a new mount, which Landlock rules made for the old one do not cover.
pub(crate) fn prepare_run(
    tmp_bytes: u64,
    box_writable: bool,
    box_was_writable: bool,
) -> Result<bool, String> {
    let none = None::<&str>;
    if box_writable != box_was_writable {
        let mut box_flags =
            MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
        if !box_writable {
            box_flags |= MsFlags::MS_RDONLY;
        }
        mount(none, "/box", none, box_flags, none).ctx(|| "remounting /box".into())?;
    }
    let tmp_is_mounted_and_empty = is_mount_point("/tmp")
        && fs::read_dir("/tmp").is_ok_and(|mut entries| entries.next().is_none());
    if tmp_is_mounted_and_empty {
        return Ok(false);
    }
    fresh_tmp(tmp_bytes)?;
    Ok(true)
}

/// Detaches /tmp if something is mounted there and mounts an empty tmpfs of `tmp_bytes`.
pub(crate) fn fresh_tmp(tmp_bytes: u64) -> Result<(), String> {
    match umount2("/tmp", MntFlags::MNT_DETACH) {
        Ok(()) | Err(nix::errno::Errno::EINVAL) => {}
        Err(e) => return Err(format!("detaching the last /tmp: {e}")),
    }
    let options = format!("size={tmp_bytes},mode=1777");
    mount(
        Some("tmpfs"),
        "/tmp",
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
        Some(options.as_str()),
    )
    .ctx(|| "mounting /tmp".into())
}

/// Whether something is mounted on `path` (the run's /tmp, not the read-only folder under it).
fn is_mount_point(path: &str) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(path), fs::metadata("/")) {
        (Ok(inner), Ok(root)) => inner.dev() != root.dev(),
        _ => false,
    }
}

/// The host name files. No account files: no runtime needs them (`getpwuid` just finds
/// nobody), and a passwd-format file is what an `#include "/etc/passwd"` echoes into a compile
/// log.
fn write_identity(root: &Path, req: &BoxSpec) -> Result<(), String> {
    let etc = root.join("etc");
    fs::create_dir_all(&etc).ctx(|| "creating /etc".into())?;
    let host = &req.hostname;
    let files = [
        ("hostname", format!("{host}\n")),
        ("hosts", format!("127.0.0.1 localhost {host}\n::1 localhost\n")),
    ];
    for (name, content) in files {
        fs::write(etc.join(name), content).ctx(|| format!("writing /etc/{name}"))?;
    }
    Ok(())
}

/// Binds a host path read-only at the same place; symlinks (Debian's merged /bin, /lib, ...)
/// are recreated as symlinks, and paths this host lacks are skipped.
fn bind_host_path(root: &Path, path: &Path) -> Result<(), String> {
    let Ok(meta) = fs::symlink_metadata(path) else { return Ok(()) };
    let target = inside(root, path);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).ctx(|| format!("creating {}", parent.display()))?;
    }
    let flags = MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
    if meta.file_type().is_symlink() {
        let link = fs::read_link(path).ctx(|| format!("reading the link {}", path.display()))?;
        symlink(&link, &target).ctx(|| format!("recreating the link {}", path.display()))
    } else if meta.is_dir() {
        fs::create_dir_all(&target).ctx(|| format!("creating {}", target.display()))?;
        bind(path, &target, flags)
    } else {
        fs::File::create(&target).ctx(|| format!("creating {}", target.display()))?;
        bind(path, &target, flags)
    }
}

/// Covers the folder `path` of the view (when it has one) with an empty read-only tmpfs.
fn hide(root: &Path, path: &Path) -> Result<(), String> {
    let target = inside(root, path);
    if !target.is_dir() {
        return Ok(());
    }
    let flags = MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    mount(Some("tmpfs"), &target, Some("tmpfs"), flags, Some("size=4k,mode=0555"))
        .ctx(|| format!("hiding {}", path.display()))
}

/// A non-recursive bind (no surprise submounts) with `flags` applied by a remount, the only
/// way a bind mount takes flags.
fn bind(source: &Path, target: &Path, flags: MsFlags) -> Result<(), String> {
    let none = None::<&str>;
    mount(Some(source), target, none, MsFlags::MS_BIND, none)
        .ctx(|| format!("binding {} at {}", source.display(), target.display()))?;
    if flags.is_empty() {
        return Ok(());
    }
    mount(none, target, none, MsFlags::MS_BIND | MsFlags::MS_REMOUNT | flags, none)
        .ctx(|| format!("remounting {}", target.display()))
}

fn mount_dev(root: &Path) -> Result<(), String> {
    let dev = root.join("dev");
    fs::create_dir(&dev).ctx(|| "creating /dev".into())?;
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC;
    mount(Some("tmpfs"), &dev, Some("tmpfs"), flags, Some("size=64k,mode=0755"))
        .ctx(|| "mounting /dev".into())?;
    for name in DEVICES {
        let target = dev.join(name);
        fs::File::create(&target).ctx(|| format!("creating /dev/{name}"))?;
        bind(&Path::new("/dev").join(name), &target, MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC)?;
    }
    let links = [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        // POSIX shared memory and semaphores live in /dev/shm; /tmp is the run's tmpfs.
        ("shm", "/tmp"),
    ];
    for (name, to) in links {
        symlink(to, dev.join(name)).ctx(|| format!("linking /dev/{name}"))?;
    }
    let none = None::<&str>;
    mount(
        none,
        &dev,
        none,
        MsFlags::MS_REMOUNT | MsFlags::MS_BIND | MsFlags::MS_RDONLY | flags,
        none,
    )
    .ctx(|| "making /dev read-only".into())
}

/// Makes `root` the root and drops the old one entirely, then freezes the root read-only.
fn pivot(root: &Path) -> Result<(), String> {
    nix::unistd::chdir(root).ctx(|| "entering the new root".into())?;
    // pivot_root(".", ".") stacks the old root on top of the new one; detaching "." then
    // removes the old root without needing a folder for it.
    nix::unistd::pivot_root(".", ".").ctx(|| "pivot_root".into())?;
    umount2(".", MntFlags::MNT_DETACH).ctx(|| "detaching the host root".into())?;
    nix::unistd::chdir("/").ctx(|| "entering /".into())?;
    let none = None::<&str>;
    let flags = MsFlags::MS_REMOUNT
        | MsFlags::MS_BIND
        | MsFlags::MS_RDONLY
        | MsFlags::MS_NOSUID
        | MsFlags::MS_NODEV;
    mount(none, "/", none, flags, none).ctx(|| "making / read-only".into())
}

fn inside(root: &Path, path: &Path) -> PathBuf {
    root.join(path.strip_prefix("/").unwrap_or(path))
}
