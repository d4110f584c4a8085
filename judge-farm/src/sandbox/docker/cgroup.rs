//! The host cgroup of one container, read and written directly: Docker's API has no per-exec
//! accounting, and its stats endpoint is slow and sampled. Runs in a container are serialized,
//! so the difference of a counter across one run (CPU time, OOM kills) belongs to that run;
//! the memory peak is reset before each run. Found through the container's init pid, so both
//! cgroup drivers (cgroupfs, systemd) and both versions work.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::sandbox::SandboxError;

#[derive(Debug, Clone)]
pub(super) enum ContainerCgroup {
    V1 { memory: PathBuf, cpuacct: PathBuf, pids: PathBuf },
    V2 { dir: PathBuf },
}

/// One cgroup mount from /proc/self/mountinfo.
struct Mount {
    root: String,
    point: PathBuf,
    v2: bool,
    options: Vec<String>,
}

fn mounts() -> io::Result<Vec<Mount>> {
    let text = fs::read_to_string("/proc/self/mountinfo")?;
    Ok(text
        .lines()
        .filter_map(|line| {
            let (left, right) = line.split_once(" - ")?;
            let left: Vec<&str> = left.split(' ').collect();
            let right: Vec<&str> = right.split(' ').collect();
            let fstype = *right.first()?;
            (fstype == "cgroup" || fstype == "cgroup2").then(|| Mount {
                root: left.get(3).unwrap_or(&"/").to_string(),
                point: PathBuf::from(left.get(4).unwrap_or(&"")),
                v2: fstype == "cgroup2",
                options: right
                    .get(2)
                    .map(|o| o.split(',').map(String::from).collect())
                    .unwrap_or_default(),
            })
        })
        .collect())
}

impl ContainerCgroup {
    /// The cgroup holding process `pid` (the container's init), in v2 when it has the memory
    /// controller there, else in the v1 memory, cpuacct and pids hierarchies.
    pub(super) fn of_pid(pid: i64) -> Result<ContainerCgroup, SandboxError> {
        let err = |what: &str, e: io::Error| {
            SandboxError::io(format!("reading {what} of the container"), e)
        };
        let own = fs::read_to_string(format!("/proc/{pid}/cgroup"))
            .map_err(|e| err("/proc/<pid>/cgroup", e))?;
        let mounts = mounts().map_err(|e| err("mountinfo", e))?;
        let find = |controller: Option<&str>| -> Option<PathBuf> {
            let path = own.lines().find_map(|line| {
                let mut parts = line.splitn(3, ':');
                let (id, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
                let hit = match controller {
                    None => id == "0" && controllers.is_empty(),
                    Some(c) => controllers.split(',').any(|x| x == c),
                };
                hit.then(|| path.to_string())
            })?;
            let mount = mounts.iter().find(|m| match controller {
                None => m.v2,
                Some(c) => !m.v2 && m.options.iter().any(|o| o == c),
            })?;
            let rel =
                path.strip_prefix(mount.root.as_str()).unwrap_or(&path).trim_start_matches('/');
            Some(mount.point.join(rel))
        };
        if let Some(dir) = find(None) {
            if dir.join("memory.max").exists() && dir.join("pids.max").exists() {
                return Ok(ContainerCgroup::V2 { dir });
            }
        }
        match (find(Some("memory")), find(Some("cpuacct")), find(Some("pids"))) {
            (Some(memory), Some(cpuacct), Some(pids)) => {
                Ok(ContainerCgroup::V1 { memory, cpuacct, pids })
            }
            _ => Err(SandboxError::Unsupported(
                "the container's cgroup has neither v2 memory+pids nor v1 memory, cpuacct and pids"
                    .into(),
            )),
        }
    }

    /// CPU time of everything in the container so far, in nanoseconds.
    pub(super) fn cpu_ns(&self) -> io::Result<u64> {
        match self {
            ContainerCgroup::V1 { cpuacct, .. } => read_u64(&cpuacct.join("cpuacct.usage")),
            ContainerCgroup::V2 { dir } => {
                Ok(keyed(&dir.join("cpu.stat"), "usage_usec")?.saturating_mul(1000))
            }
        }
    }

    /// How many times the kernel's OOM killer has killed in this cgroup.
    pub(super) fn oom_kills(&self) -> io::Result<u64> {
        match self {
            ContainerCgroup::V1 { memory, .. } => {
                keyed(&memory.join("memory.oom_control"), "oom_kill")
            }
            ContainerCgroup::V2 { dir } => keyed(&dir.join("memory.events"), "oom_kill"),
        }
    }

    /// Sets the memory limit (swap included: none is allowed) and the task limit.
    pub(super) fn set_limits(&self, memory_bytes: u64, tasks: u64) -> io::Result<()> {
        match self {
            ContainerCgroup::V1 { memory, pids, .. } => {
                let limit = memory.join("memory.limit_in_bytes");
                let memsw = memory.join("memory.memsw.limit_in_bytes");
                let value = memory_bytes.to_string();
                // memsw may never be below the plain limit: order the writes by direction.
                if memsw.exists() {
                    if read_u64(&limit)? > memory_bytes {
                        write(&limit, &value)?;
                        write(&memsw, &value)?;
                    } else {
                        write(&memsw, &value)?;
                        write(&limit, &value)?;
                    }
                } else {
                    write(&limit, &value)?;
                }
                write(&pids.join("pids.max"), &tasks.to_string())
            }
            ContainerCgroup::V2 { dir } => {
                write(&dir.join("memory.max"), &memory_bytes.to_string())?;
                let _ = write(&dir.join("memory.swap.max"), "0");
                write(&dir.join("pids.max"), &tasks.to_string())
            }
        }
    }

    /// Starts a new memory peak at the current usage; returns a handle to read it with.
    pub(super) fn reset_peak(&self) -> Peak {
        match self {
            ContainerCgroup::V1 { memory, .. } => {
                let path = memory.join("memory.max_usage_in_bytes");
                let _ = write(&path, "0");
                Peak::File(path, 0)
            }
            ContainerCgroup::V2 { dir } => {
                // memory.peak is reset per open file (Linux 6.12+); elsewhere the peak is
                // sampled from memory.current while the run lasts.
                use std::io::{Read, Seek, Write};
                let current = dir.join("memory.current");
                if let Ok(mut f) =
                    fs::OpenOptions::new().read(true).write(true).open(dir.join("memory.peak"))
                {
                    if f.write_all(b"reset\n").is_ok() {
                        let mut s = String::new();
                        if f.rewind().is_ok() && f.read_to_string(&mut s).is_ok() {
                            return Peak::V2Fd(f);
                        }
                    }
                }
                Peak::Sampled { current, max: read_u64(&dir.join("memory.current")).unwrap_or(0) }
            }
        }
    }

    /// Host pids of the processes in the container.
    pub(super) fn pids(&self) -> io::Result<Vec<i32>> {
        let file = match self {
            ContainerCgroup::V1 { pids, .. } => pids.join("cgroup.procs"),
            ContainerCgroup::V2 { dir } => dir.join("cgroup.procs"),
        };
        Ok(fs::read_to_string(file)?.lines().filter_map(|l| l.trim().parse().ok()).collect())
    }
}

/// The memory peak of one run.
pub(super) enum Peak {
    /// v1's max_usage_in_bytes, and its last reading.
    File(PathBuf, u64),
    V2Fd(fs::File),
    Sampled {
        current: PathBuf,
        max: u64,
    },
}

impl Peak {
    /// Call while the run lasts, so a sampled peak sees the run's highs.
    pub(super) fn sample(&mut self) {
        match self {
            Peak::Sampled { current, max } => *max = (*max).max(read_u64(current).unwrap_or(0)),
            Peak::File(path, last) => *last = (*last).max(read_u64(path).unwrap_or(0)),
            Peak::V2Fd(_) => {}
        }
    }

    pub(super) fn bytes(&mut self) -> u64 {
        self.sample();
        match self {
            Peak::File(_, last) => *last,
            Peak::V2Fd(f) => {
                use std::io::{Read, Seek};
                let mut s = String::new();
                if f.rewind().is_ok() && f.read_to_string(&mut s).is_ok() {
                    s.trim().parse().unwrap_or(0)
                } else {
                    0
                }
            }
            Peak::Sampled { max, .. } => *max,
        }
    }
}

/// The uid a host process runs as (real uid), None when it is gone.
pub(super) fn uid_of(pid: i32) -> Option<u32> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|r| r.split_whitespace().next()?.parse().ok())
}

fn read_u64(path: &Path) -> io::Result<u64> {
    let s = fs::read_to_string(path)?;
    s.trim().parse().map_err(|_| {
        io::Error::new(io::ErrorKind::InvalidData, format!("{}: {s:?}", path.display()))
    })
}

/// The value of `key` in a `key value` per line file.
fn keyed(path: &Path, key: &str) -> io::Result<u64> {
    let s = fs::read_to_string(path)?;
    Ok(s.lines()
        .find_map(|l| {
            l.strip_prefix(key)
                .and_then(|v| v.strip_prefix(' '))
                .and_then(|v| v.trim().parse().ok())
        })
        .unwrap_or(0))
}

fn write(path: &Path, value: &str) -> io::Result<()> {
    fs::write(path, value).map_err(|e| {
        io::Error::new(e.kind(), format!("writing {value} to {}: {e}", path.display()))
    })
}
