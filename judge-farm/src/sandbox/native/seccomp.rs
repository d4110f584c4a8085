//! The seccomp filters a sandboxed program runs under. Ordinary programs never need the denied
//! calls; they are the usual ways out of a container (namespaces, mounts, tracing, kernel
//! modules, keyrings, io_uring, BPF). Everything is compiled before `fork`, so the child only
//! installs ready BPF.

use seccompiler::{sock_filter, BpfProgram};

const AUDIT_ARCH_X86_64: u32 = 62 | 0x8000_0000 | 0x4000_0000;
/// Syscall numbers with this bit set are the x32 ABI, a second syscall table on x86_64.
const X32_SYSCALL_BIT: u32 = 0x4000_0000;

/// Denied with EPERM, whatever the arguments.
const DENIED: &[libc::c_long] = &[
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_process_madvise,
    libc::SYS_kcmp,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_move_mount,
    libc::SYS_open_tree,
    libc::SYS_fsopen,
    libc::SYS_fsconfig,
    libc::SYS_fsmount,
    libc::SYS_fspick,
    libc::SYS_mount_setattr,
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_kexec_load,
    libc::SYS_kexec_file_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_userfaultfd,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_acct,
    libc::SYS_open_by_handle_at,
    libc::SYS_name_to_handle_at,
    libc::SYS_fanotify_init,
    libc::SYS_syslog,
    libc::SYS_quotactl,
    libc::SYS_vhangup,
    libc::SYS_uselib,
    libc::SYS_iopl,
    libc::SYS_ioperm,
    libc::SYS_settimeofday,
    libc::SYS_clock_settime,
    libc::SYS_clock_adjtime,
    libc::SYS_adjtimex,
    libc::SYS_sethostname,
    libc::SYS_setdomainname,
];

/// The namespace flags `clone` may not carry (a user namespace would hand out capabilities).
const NAMESPACE_FLAGS: &[libc::c_int] = &[
    libc::CLONE_NEWUSER,
    libc::CLONE_NEWNS,
    libc::CLONE_NEWPID,
    libc::CLONE_NEWNET,
    libc::CLONE_NEWIPC,
    libc::CLONE_NEWUTS,
    libc::CLONE_NEWCGROUP,
];

/// The filter to install, as one classic BPF program written out by hand: the kernel prepares
/// and JIT-compiles a program at every program start, in time proportional to its length, and
/// this one is a quarter of what a general rule compiler made of the same rules (68
/// instructions against 342). In order: a foreign architecture or an x32 call kills the
/// program; `clone3` answers ENOSYS (its flags sit behind a pointer a filter cannot read, and
/// glibc falls back to `clone`); each denied call answers EPERM; `clone` with a namespace flag
/// answers EPERM; `personality` may only be queried (0xffffffff) or set to plain Linux (0).
pub(crate) fn filters() -> Result<Vec<BpfProgram>, String> {
    Ok(vec![program()])
}

const LD_W_ABS: u16 = (libc::BPF_LD | libc::BPF_W | libc::BPF_ABS) as u16;
const JEQ_K: u16 = (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16;
const JGE_K: u16 = (libc::BPF_JMP | libc::BPF_JGE | libc::BPF_K) as u16;
const JSET_K: u16 = (libc::BPF_JMP | libc::BPF_JSET | libc::BPF_K) as u16;
const RET_K: u16 = (libc::BPF_RET | libc::BPF_K) as u16;
/// Offsets in `struct seccomp_data`: the call number, the architecture, the low half of the
/// first argument (x86_64 is little-endian).
const NR: u32 = 0;
const ARCH: u32 = 4;
const ARG0_LOW: u32 = 16;

fn op(code: u16, jt: u8, jf: u8, k: u32) -> sock_filter {
    sock_filter { code, jt, jf, k }
}

fn program() -> BpfProgram {
    let namespace_flags = NAMESPACE_FLAGS.iter().fold(0u32, |all, &f| all | f as u32);
    let mut p = vec![
        op(LD_W_ABS, 0, 0, ARCH),
        op(JEQ_K, 1, 0, AUDIT_ARCH_X86_64),
        op(RET_K, 0, 0, libc::SECCOMP_RET_KILL_PROCESS),
        op(LD_W_ABS, 0, 0, NR),
        op(JGE_K, 0, 1, X32_SYSCALL_BIT),
        op(RET_K, 0, 0, libc::SECCOMP_RET_KILL_PROCESS),
        op(JEQ_K, 0, 1, libc::SYS_clone3 as u32),
        op(RET_K, 0, 0, libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32),
    ];
    // The tail, after the denied calls: [clone: 3][personality: 4][allow][deny].
    let tail = 3 + 4 + 1;
    for (i, &nr) in DENIED.iter().enumerate() {
        let to_deny = (DENIED.len() - 1 - i) + tail;
        p.push(op(JEQ_K, u8::try_from(to_deny).expect("the deny list fits a jump"), 0, nr as u32));
    }
    p.extend([
        // clone: refused when any namespace flag is set.
        op(JEQ_K, 0, 2, libc::SYS_clone as u32),
        op(LD_W_ABS, 0, 0, ARG0_LOW),
        op(JSET_K, 5, 4, namespace_flags),
        // personality: only 0 and 0xffffffff.
        op(JEQ_K, 0, 3, libc::SYS_personality as u32),
        op(LD_W_ABS, 0, 0, ARG0_LOW),
        op(JEQ_K, 1, 0, 0),
        op(JEQ_K, 0, 1, 0xffff_ffff),
        op(RET_K, 0, 0, libc::SECCOMP_RET_ALLOW),
        op(RET_K, 0, 0, libc::SECCOMP_RET_ERRNO | libc::EPERM as u32),
    ]);
    p
}

/// A second filter for a program that starts nothing (`ExecPolicy::once`): `execve` passes only
/// with `path` as its file name pointer, the very pointer the sandbox's own `execve` of the
/// program passes; any later one (the program in a fresh address space cannot know that
/// address) and every `execveat` answer EACCES, as Landlock's refusal does.
pub(crate) fn exec_only(path: u64) -> BpfProgram {
    let (low, high) = (path as u32, (path >> 32) as u32);
    vec![
        op(LD_W_ABS, 0, 0, NR),
        op(JEQ_K, 6, 0, libc::SYS_execveat as u32),
        op(JEQ_K, 0, 4, libc::SYS_execve as u32),
        op(LD_W_ABS, 0, 0, ARG0_LOW),
        op(JEQ_K, 0, 3, low),
        op(LD_W_ABS, 0, 0, ARG0_LOW + 4),
        op(JEQ_K, 0, 1, high),
        op(RET_K, 0, 0, libc::SECCOMP_RET_ALLOW),
        op(RET_K, 0, 0, libc::SECCOMP_RET_ERRNO | libc::EACCES as u32),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_only_allows_its_pointer_and_nothing_else() {
        let p = exec_only(0x1234_5678_9abc_def0);
        let ret = |i: usize| p[i].k;
        // execveat jumps to the refusal; another call jumps to allow.
        assert_eq!(ret(1 + 1 + p[1].jt as usize), libc::SECCOMP_RET_ERRNO | libc::EACCES as u32);
        assert_eq!(ret(2 + 1 + p[2].jf as usize), libc::SECCOMP_RET_ALLOW);
        assert_eq!((p[4].k, p[6].k), (0x9abc_def0, 0x1234_5678));
        assert_eq!(ret(4 + 1 + p[4].jf as usize), libc::SECCOMP_RET_ERRNO | libc::EACCES as u32);
        assert_eq!(ret(6 + 1 + p[6].jt as usize), libc::SECCOMP_RET_ALLOW);
    }

    #[test]
    fn the_filter_is_one_short_program_whose_jumps_stay_inside_it() {
        let filters = filters().unwrap();
        assert_eq!(filters.len(), 1);
        let p = &filters[0];
        assert!(p.len() < 100, "{} instructions", p.len());
        // Only the last instruction may be last: every other one falls through or jumps.
        for (i, insn) in
            p.iter().enumerate().filter(|(_, insn)| insn.code & 0x07 == libc::BPF_JMP as u16)
        {
            let last = i + 1 + insn.jt.max(insn.jf) as usize;
            assert!(last < p.len(), "instruction {i} jumps past the end");
        }
        assert_eq!(p[p.len() - 1].k, libc::SECCOMP_RET_ERRNO | libc::EPERM as u32);
        assert_eq!(p[p.len() - 2].k, libc::SECCOMP_RET_ALLOW);
    }

    #[test]
    fn every_denied_call_jumps_to_the_refusal() {
        let p = &filters().unwrap()[0];
        let deny = p.len() - 1;
        for (i, insn) in p
            .iter()
            .enumerate()
            .filter(|(_, insn)| insn.code == JEQ_K && DENIED.contains(&(insn.k as libc::c_long)))
        {
            assert_eq!(i + 1 + insn.jt as usize, deny, "instruction {i}");
        }
    }
}
