//! The cgroup of one run: created with its limits by the helper, joined by the program just
//! before `execve`, read for CPU time, peak memory and the OOM-kill record, then emptied and
//! removed.

use std::fs;
use std::io;
use std::os::fd::OwnedFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::Layout;
use crate::sandbox::sys;
use crate::sandbox::Limits;

pub(crate) struct RunCgroup {
    v2: bool,
    memory: PathBuf,
    cpu: PathBuf,
    pids: PathBuf,
    /// Each distinct folder once (v1 controllers may share a hierarchy).
    dirs: Vec<PathBuf>,
    /// Highest `memory.current` seen, for v2 kernels without `memory.peak`.
    polled_peak: u64,
    /// The limits last written.
    limits: Limits,
    /// The OOM-kill count when the current run started (a reused cgroup keeps counting).
    oom_baseline: u64,
    /// Whether the last `kill_all` saw the cgroup empty.
    emptied: bool,
}

impl RunCgroup {
    /// The distinct folders a run called `run_id` uses.
    pub(crate) fn dirs(layout: &Layout, run_id: &str) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = Vec::new();
        for dir in layout.parents().into_iter().map(|p| p.join(run_id)) {
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        dirs
    }

    pub(crate) fn create(layout: &Layout, run_id: &str, limits: &Limits) -> io::Result<RunCgroup> {
        let (memory, cpu, pids) = match layout {
            Layout::V1 { memory, cpuacct, pids } => {
                (memory.join(run_id), cpuacct.join(run_id), pids.join(run_id))
            }
            Layout::V2 { parent } => {
                (parent.join(run_id), parent.join(run_id), parent.join(run_id))
            }
        };
        let dirs = Self::dirs(layout, run_id);
        for dir in &dirs {
            fs::create_dir(dir)?;
        }
        let cg = RunCgroup {
            v2: matches!(layout, Layout::V2 { .. }),
            memory,
            cpu,
            pids,
            dirs,
            polled_peak: 0,
            limits: *limits,
            oom_baseline: 0,
            emptied: true,
        };
        if let Err(e) = cg.set_limits(limits) {
            cg.remove();
            return Err(e);
        }
        Ok(cg)
    }

    /// Whether this cgroup can serve another run after [`RunCgroup::reset_for`]: on v1, whose
    /// counters can be reset; a v2 cgroup is made fresh for each run.
    pub(crate) fn reusable(&self) -> bool {
        !self.v2
    }

    /// Prepares an emptied cgroup for the next run: its limits (written only when they
    /// change), CPU time and peak memory back to zero, the OOM-kill count as the new baseline.
    /// Creating and removing cgroups costs more than the rest of a short run's set-up.
    pub(crate) fn reset_for(&mut self, limits: &Limits) -> io::Result<()> {
        if self.limits != *limits {
            self.set_limits(limits)?;
            self.limits = *limits;
        }
        sys::write_file(&self.cpu.join("cpuacct.usage"), "0")?;
        sys::write_file(&self.memory().join("memory.max_usage_in_bytes"), "0")?;
        self.polled_peak = 0;
        self.oom_baseline = self.oom_kills_total();
        Ok(())
    }

    fn memory(&self) -> &Path {
        &self.memory
    }

    fn pids(&self) -> &Path {
        &self.pids
    }

    fn set_limits(&self, limits: &Limits) -> io::Result<()> {
        let memory = limits.memory_bytes.to_string();
        let pids = limits.max_processes.max(1).to_string();
        if self.v2 {
            sys::write_file(&self.memory().join("memory.max"), &memory)?;
            write_if_present(&self.memory().join("memory.swap.max"), "0")?;
        } else {
            sys::write_file(&self.memory().join("memory.limit_in_bytes"), &memory)?;
            // Without swap accounting the limit above would not stop swapping; with it, swap
            // plus memory stays within the same budget.
            write_if_present(&self.memory().join("memory.memsw.limit_in_bytes"), &memory)?;
            let _ = sys::write_file(&self.memory().join("memory.swappiness"), "0");
        }
        sys::write_file(&self.pids().join("pids.max"), &pids)
    }

    /// `cgroup.procs` of every hierarchy, opened for the program to write "0" (itself) into.
    pub(crate) fn join_files(&self) -> io::Result<Vec<OwnedFd>> {
        self.dirs
            .iter()
            .map(|d| {
                let file = fs::OpenOptions::new()
                    .write(true)
                    .custom_flags(libc::O_CLOEXEC)
                    .open(d.join("cgroup.procs"))?;
                Ok(OwnedFd::from(file))
            })
            .collect()
    }

    /// CPU time used so far by every task of the run, in nanoseconds.
    pub(crate) fn cpu_ns(&mut self) -> io::Result<u64> {
        if self.v2 {
            if let Some(current) = read_u64(&self.memory().join("memory.current")) {
                self.polled_peak = self.polled_peak.max(current);
            }
            let stat = fs::read_to_string(self.cpu.join("cpu.stat"))?;
            Ok(keyed(&stat, "usage_usec").unwrap_or(0).saturating_mul(1000))
        } else {
            read_u64(&self.cpu.join("cpuacct.usage")).ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidData, "unreadable cpuacct.usage")
            })
        }
    }

    pub(crate) fn peak_bytes(&self) -> u64 {
        let recorded = if self.v2 {
            read_u64(&self.memory().join("memory.peak"))
        } else {
            read_u64(&self.memory().join("memory.max_usage_in_bytes"))
        };
        recorded.unwrap_or(0).max(self.polled_peak)
    }

    /// How many tasks the kernel's OOM killer killed in this cgroup during the current run.
    pub(crate) fn oom_kills(&self) -> u64 {
        self.oom_kills_total().saturating_sub(self.oom_baseline)
    }

    fn oom_kills_total(&self) -> u64 {
        let file = if self.v2 { "memory.events" } else { "memory.oom_control" };
        fs::read_to_string(self.memory().join(file))
            .ok()
            .and_then(|t| keyed(&t, "oom_kill"))
            .unwrap_or(0)
    }

    /// Sends `signal` to every task of the run now (SIGKILL through `cgroup.kill` on v2).
    pub(crate) fn signal_all(&self, signal: libc::c_int) {
        if signal == libc::SIGKILL
            && self.v2
            && sys::write_file(&self.memory.join("cgroup.kill"), "1").is_ok()
        {
            return;
        }
        for dir in &self.dirs {
            for pid in members(dir) {
                sys::kill(pid, signal);
            }
        }
    }

    /// Kills every task of the run and waits until the cgroup is empty: nothing a run started
    /// may outlive it.
    pub(crate) fn kill_all(&mut self) {
        self.emptied = if self.v2 && sys::write_file(&self.memory.join("cgroup.kill"), "1").is_ok()
        {
            wait_empty(&self.dirs, Duration::from_secs(2), false)
        } else {
            wait_empty(&self.dirs, Duration::from_secs(2), true)
        };
    }

    /// Whether the last [`RunCgroup::kill_all`] left no task (a reused cgroup must start empty).
    pub(crate) fn is_empty(&self) -> bool {
        self.emptied
    }

    pub(crate) fn remove(&self) {
        kill_and_remove(&self.dirs);
    }
}

/// Kills whatever is still in `dirs` and removes them; used for normal clean-up, after a helper
/// was killed, and for stale cgroups at start-up.
pub(crate) fn kill_and_remove(dirs: &[PathBuf]) {
    let deadline = Instant::now() + Duration::from_secs(3);
    for dir in dirs {
        loop {
            match fs::remove_dir(dir) {
                Ok(()) => break,
                Err(e) if e.kind() == io::ErrorKind::NotFound => break,
                Err(_) if Instant::now() < deadline => {
                    kill_members(dir);
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(e) => {
                    tracing::warn!(cgroup = %dir.display(), error = %e, "could not remove a run cgroup");
                    break;
                }
            }
        }
    }
}

/// Waits (killing what it finds, with `kill`) until `dirs` hold no task; false on timeout.
fn wait_empty(dirs: &[PathBuf], timeout: Duration, kill: bool) -> bool {
    let deadline = Instant::now() + timeout;
    // A task that has just exited leaves the cgroup within microseconds: poll fast at first,
    // then back off for runs that left many processes dying.
    let mut pause = Duration::from_micros(100);
    loop {
        if dirs.iter().all(|d| members(d).is_empty()) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        if kill {
            dirs.iter().for_each(|d| kill_members(d));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(5));
    }
}

fn members(dir: &Path) -> Vec<i32> {
    fs::read_to_string(dir.join("cgroup.procs"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

fn kill_members(dir: &Path) {
    for pid in members(dir) {
        sys::kill(pid, libc::SIGKILL);
    }
}

fn write_if_present(path: &Path, value: &str) -> io::Result<()> {
    match sys::write_file(path, value) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

fn read_u64(path: &Path) -> Option<u64> {
    fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// The value of `key` in a "key value" per line file (cpu.stat, memory.events, oom_control).
fn keyed(text: &str, key: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| v.trim().parse().ok()).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::keyed;

    #[test]
    fn keyed_files_yield_the_named_counter_only() {
        let oom_control = "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n";
        assert_eq!(keyed(oom_control, "oom_kill"), Some(3));
        assert_eq!(keyed("usage_usec 1500\nuser_usec 1000\n", "usage_usec"), Some(1500));
        assert_eq!(keyed("oom 1\n", "oom_kill"), None);
    }
}
