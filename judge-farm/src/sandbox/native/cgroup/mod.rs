//! Which cgroup layout the machine has (v2 with memory and pids, or the v1 memory, cpuacct and
//! pids hierarchies), found once at start-up, and the farm's parent cgroups every run's cgroup
//! is created under. Parents sit below the farm's own cgroup so outer limits still hold.

mod run;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub(crate) use run::{kill_and_remove, RunCgroup};

use crate::sandbox::{sys, SandboxError};

/// The parent folders run cgroups are made in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) enum Layout {
    V1 { memory: PathBuf, cpuacct: PathBuf, pids: PathBuf },
    V2 { parent: PathBuf },
}

/// Prefix of every run cgroup's name: `run-<farm pid>-<counter>`.
pub(crate) const RUN_PREFIX: &str = "run-";

impl Layout {
    /// Finds the layout and creates the parent cgroups called `name`.
    pub(crate) fn prepare(name: &str) -> Result<Layout, SandboxError> {
        let mounts = fs::read_to_string("/proc/self/mountinfo")
            .map_err(|e| SandboxError::io("reading /proc/self/mountinfo", e))?;
        let own = fs::read_to_string("/proc/self/cgroup")
            .map_err(|e| SandboxError::io("reading /proc/self/cgroup", e))?;
        let mounts = parse_mountinfo(&mounts);

        if let Some(current) = current_dir(&mounts, &own, None) {
            let controllers =
                fs::read_to_string(current.join("cgroup.controllers")).unwrap_or_default();
            let has = |c: &str| controllers.split_whitespace().any(|x| x == c);
            if has("memory") && has("pids") {
                return prepare_v2(&current, name);
            }
        }
        let dir = |controller| {
            current_dir(&mounts, &own, Some(controller)).ok_or_else(|| {
                SandboxError::Unsupported(format!(
                    "no cgroup v2 with memory and pids, and no cgroup v1 `{controller}` hierarchy"
                ))
            })
        };
        let layout = Layout::V1 {
            memory: make_parent(&dir("memory")?.join(name))?,
            cpuacct: make_parent(&dir("cpuacct")?.join(name))?,
            pids: make_parent(&dir("pids")?.join(name))?,
        };
        layout.sweep_stale();
        Ok(layout)
    }

    /// The parent folders, one per hierarchy.
    pub(crate) fn parents(&self) -> Vec<&Path> {
        match self {
            Layout::V1 { memory, cpuacct, pids } => vec![memory, cpuacct, pids],
            Layout::V2 { parent } => vec![parent],
        }
    }

    /// Removes run cgroups left by farm processes that died mid-run (empty by now: their pid
    /// namespaces died with them).
    fn sweep_stale(&self) {
        for parent in self.parents() {
            let Ok(entries) = fs::read_dir(parent) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let Some(pid) = name
                    .strip_prefix(RUN_PREFIX)
                    .and_then(|rest| rest.split('-').next())
                    .and_then(|p| p.parse::<i32>().ok())
                else {
                    continue;
                };
                // SAFETY: signal 0 only checks whether the process exists.
                let alive = unsafe { libc::kill(pid, 0) } == 0
                    || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
                if !alive {
                    run::kill_and_remove(&[entry.path()]);
                }
            }
        }
    }
}

fn make_parent(dir: &Path) -> Result<PathBuf, SandboxError> {
    fs::create_dir_all(dir)
        .map_err(|e| SandboxError::io(format!("creating cgroup {}", dir.display()), e))?;
    Ok(dir.to_path_buf())
}

/// cgroup v2 needs the controllers switched on in every ancestor's `subtree_control`, and a
/// cgroup with processes in it may not switch them on for children ("no internal processes"):
/// when the farm's own cgroup refuses, the farm moves itself into a leaf beside the parent.
fn prepare_v2(current: &Path, name: &str) -> Result<Layout, SandboxError> {
    let parent = make_parent(&current.join(name))?;
    if enable_controllers(current).is_err() {
        let leaf = make_parent(&current.join(format!("{name}-farm")))?;
        sys_write(&leaf.join("cgroup.procs"), &std::process::id().to_string())?;
        enable_controllers(current).map_err(|e| {
            SandboxError::Unsupported(format!(
                "cannot enable memory and pids controllers in {} ({e}); run the farm in a \
                 delegated cgroup of its own",
                current.display()
            ))
        })?;
    }
    enable_controllers(&parent).map_err(|e| {
        SandboxError::io(format!("enabling controllers in {}", parent.display()), e)
    })?;
    let layout = Layout::V2 { parent };
    layout.sweep_stale();
    Ok(layout)
}

fn enable_controllers(dir: &Path) -> io::Result<()> {
    sys::write_file(&dir.join("cgroup.subtree_control"), "+memory +pids")
}

fn sys_write(path: &Path, value: &str) -> Result<(), SandboxError> {
    sys::write_file(path, value)
        .map_err(|e| SandboxError::io(format!("writing {}", path.display()), e))
}

/// One cgroup mount from mountinfo.
struct Mount {
    root: String,
    point: PathBuf,
    v2: bool,
    super_options: Vec<String>,
}

fn parse_mountinfo(text: &str) -> Vec<Mount> {
    text.lines()
        .filter_map(|line| {
            let (left, right) = line.split_once(" - ")?;
            let left: Vec<&str> = left.split(' ').collect();
            let right: Vec<&str> = right.split(' ').collect();
            let fstype = *right.first()?;
            if fstype != "cgroup" && fstype != "cgroup2" {
                return None;
            }
            Some(Mount {
                root: unescape(left.get(3)?),
                point: PathBuf::from(unescape(left.get(4)?)),
                v2: fstype == "cgroup2",
                super_options: right
                    .get(2)
                    .map(|o| o.split(',').map(String::from).collect())
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// mountinfo escapes space, tab, newline and backslash as `\ooo`.
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'\\')
            .then(|| bytes.get(i + 1..i + 4))
            .flatten()
            .filter(|digits| digits.iter().all(|b| (b'0'..=b'7').contains(b)))
            .and_then(|digits| {
                let value = digits.iter().fold(0u32, |v, b| v * 8 + u32::from(b - b'0'));
                // `\400` and above name no byte: kept as written.
                u8::try_from(value).ok()
            });
        if let Some(byte) = escaped {
            out.push(byte);
            i += 4;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The folder of this process's cgroup in the v2 hierarchy (`controller` None) or in the v1
/// hierarchy holding `controller`.
fn current_dir(mounts: &[Mount], own: &str, controller: Option<&str>) -> Option<PathBuf> {
    let path = own.lines().find_map(|line| {
        let mut parts = line.splitn(3, ':');
        let (id, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        let matches = match controller {
            None => id == "0" && controllers.is_empty(),
            Some(c) => controllers.split(',').any(|x| x == c),
        };
        matches.then(|| path.to_string())
    })?;
    let mount = mounts.iter().find(|m| match controller {
        None => m.v2,
        Some(c) => !m.v2 && m.super_options.iter().any(|o| o == c),
    })?;
    let relative = path.strip_prefix(mount.root.as_str()).unwrap_or(&path).trim_start_matches('/');
    Some(if relative.is_empty() { mount.point.clone() } else { mount.point.join(relative) })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOUNTINFO: &str = "\
30 25 0:26 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
31 25 0:27 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct
32 25 0:28 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
33 25 0:29 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
";

    #[test]
    fn v1_folders_follow_the_process_cgroup_in_each_hierarchy() {
        let mounts = parse_mountinfo(MOUNTINFO);
        let own = "4:memory:/process_api/abc\n3:cpu,cpuacct:/\n2:pids:/x\n0::/\n";
        assert_eq!(
            current_dir(&mounts, own, Some("memory")).unwrap(),
            Path::new("/sys/fs/cgroup/memory/process_api/abc")
        );
        assert_eq!(
            current_dir(&mounts, own, Some("cpuacct")).unwrap(),
            Path::new("/sys/fs/cgroup/cpu,cpuacct")
        );
        assert_eq!(
            current_dir(&mounts, own, Some("pids")).unwrap(),
            Path::new("/sys/fs/cgroup/pids/x")
        );
        assert_eq!(current_dir(&mounts, own, None).unwrap(), Path::new("/sys/fs/cgroup/unified"));
        assert!(current_dir(&mounts, own, Some("blkio")).is_none());
    }

    #[test]
    fn a_mount_rooted_below_the_hierarchy_root_is_accounted_for() {
        let mounts =
            parse_mountinfo("40 1 0:30 /kubepods/pod1 /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n");
        let own = "0::/kubepods/pod1/farm\n";
        assert_eq!(current_dir(&mounts, own, None).unwrap(), Path::new("/sys/fs/cgroup/farm"));
    }

    #[test]
    fn escaped_mount_points_are_decoded() {
        assert_eq!(unescape(r"/a\040b"), "/a b");
        assert_eq!(unescape(r"/plain"), "/plain");
        // Three octal digits may exceed a byte; such an escape is no escape, and no overflow.
        assert_eq!(unescape(r"/a\777b\1"), r"/a\777b\1");
    }
}
