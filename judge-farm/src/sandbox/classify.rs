//! Turning what the helper observed into one exact [`Termination`]. Limits are checked in a
//! fixed order (memory, CPU, wall, output) so a run that broke several gets the same verdict
//! every time, and memory is only ever blamed on the kernel's OOM-kill record.

use super::{Limits, Termination};

/// Why the helper killed the run, if it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KillReason {
    Cpu,
    Wall,
    Output,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Observed {
    /// Raw wait status of the program; None when it could not be collected (its init died).
    pub wait_status: Option<i32>,
    pub oom_kills: u64,
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub killed: Option<KillReason>,
    /// stdout or stderr carried more than `output_bytes`.
    pub output_overflow: bool,
}

pub(crate) fn classify(o: &Observed, limits: &Limits) -> Termination {
    let status = o.wait_status;
    if o.oom_kills > 0 {
        Termination::MemoryLimit
    } else if o.cpu_ms > limits.cpu_time_ms
        || o.killed == Some(KillReason::Cpu)
        // The kernel's RLIMIT_CPU backstop: its tick-sampled count can run ahead of the
        // cgroup's exact one on a busy (or stolen-from) host, so a program it stopped may show
        // a little under the limit here, and is out of time all the same.
        || status.is_some_and(|s| libc::WIFSIGNALED(s) && libc::WTERMSIG(s) == libc::SIGXCPU)
    {
        Termination::CpuTimeLimit
    } else if o.wall_ms > limits.wall_time_ms || o.killed == Some(KillReason::Wall) {
        Termination::WallTimeLimit
    } else if o.output_overflow
        || o.killed == Some(KillReason::Output)
        || status.is_some_and(|s| libc::WIFSIGNALED(s) && libc::WTERMSIG(s) == libc::SIGXFSZ)
    {
        Termination::OutputLimit
    } else {
        match status {
            Some(s) if libc::WIFEXITED(s) => Termination::Exited(libc::WEXITSTATUS(s)),
            Some(s) if libc::WIFSIGNALED(s) => Termination::Signaled(libc::WTERMSIG(s)),
            _ => Termination::Signaled(libc::SIGKILL),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        cpu_time_ms: 1000,
        wall_time_ms: 3000,
        memory_bytes: 1 << 27,
        max_processes: 8,
        output_bytes: 100,
    };
    const KILLED: i32 = libc::SIGKILL;
    const EXIT_0: i32 = 0;

    fn observed(status: i32) -> Observed {
        Observed { wait_status: Some(status), ..Observed::default() }
    }

    #[test]
    fn plain_exits_and_signals_pass_through() {
        assert_eq!(classify(&observed(3 << 8), &LIMITS), Termination::Exited(3));
        assert_eq!(
            classify(&observed(libc::SIGSEGV), &LIMITS),
            Termination::Signaled(libc::SIGSEGV)
        );
    }

    #[test]
    fn the_oom_record_wins_over_everything_else() {
        let o = Observed {
            oom_kills: 1,
            cpu_ms: 5000,
            killed: Some(KillReason::Wall),
            ..observed(KILLED)
        };
        assert_eq!(classify(&o, &LIMITS), Termination::MemoryLimit);
    }

    #[test]
    fn a_sigkill_without_an_oom_record_is_not_a_memory_limit() {
        assert_eq!(classify(&observed(KILLED), &LIMITS), Termination::Signaled(KILLED));
    }

    #[test]
    fn cpu_over_the_limit_is_a_time_limit_even_after_a_clean_exit() {
        let o = Observed { cpu_ms: 1001, ..observed(EXIT_0) };
        assert_eq!(classify(&o, &LIMITS), Termination::CpuTimeLimit);
    }

    #[test]
    fn the_kernels_cpu_backstop_is_a_time_limit_even_when_the_cgroup_reads_less() {
        // Seen under load: SIGXCPU at 29.4 s by the kernel's count, 29.3 s by the cgroup's.
        let o = Observed { cpu_ms: 940, ..observed(libc::SIGXCPU) };
        assert_eq!(classify(&o, &LIMITS), Termination::CpuTimeLimit);
    }

    #[test]
    fn cpu_is_checked_before_wall_time() {
        let o = Observed {
            cpu_ms: 1500,
            wall_ms: 4000,
            killed: Some(KillReason::Wall),
            ..observed(KILLED)
        };
        assert_eq!(classify(&o, &LIMITS), Termination::CpuTimeLimit);
        let o = Observed {
            cpu_ms: 10,
            wall_ms: 3001,
            killed: Some(KillReason::Wall),
            ..observed(KILLED)
        };
        assert_eq!(classify(&o, &LIMITS), Termination::WallTimeLimit);
    }

    #[test]
    fn output_overflow_and_sigxfsz_are_output_limits() {
        let o = Observed { output_overflow: true, ..observed(EXIT_0) };
        assert_eq!(classify(&o, &LIMITS), Termination::OutputLimit);
        assert_eq!(classify(&observed(libc::SIGXFSZ), &LIMITS), Termination::OutputLimit);
    }

    #[test]
    fn a_lost_status_reads_as_killed() {
        assert_eq!(classify(&Observed::default(), &LIMITS), Termination::Signaled(KILLED));
    }
}
