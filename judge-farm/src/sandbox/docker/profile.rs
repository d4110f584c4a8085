//! The seccomp profile every sandbox container gets, in Docker's JSON format: the same calls
//! the native backend denies (namespaces, mounts, tracing, kernel modules, keyrings, io_uring,
//! BPF), and only the x86_64 syscall table; 32-bit and x32 calls kill the process.

use serde_json::{json, Value};

/// Denied with EPERM whatever the arguments (the native backend's list).
const DENIED: &[&str] = &[
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "process_madvise",
    "kcmp",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "unshare",
    "setns",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "bpf",
    "perf_event_open",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "keyctl",
    "add_key",
    "request_key",
    "userfaultfd",
    "reboot",
    "swapon",
    "swapoff",
    "acct",
    "open_by_handle_at",
    "name_to_handle_at",
    "fanotify_init",
    "syslog",
    "quotactl",
    "vhangup",
    "uselib",
    "iopl",
    "ioperm",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "sethostname",
    "setdomainname",
];

/// `clone` may not carry these (CLONE_NEWUSER, NEWNS, NEWPID, NEWNET, NEWIPC, NEWUTS, NEWCGROUP).
const NAMESPACE_FLAGS: &[u64] =
    &[0x1000_0000, 0x0002_0000, 0x2000_0000, 0x4000_0000, 0x0800_0000, 0x0400_0000, 0x0200_0000];

/// The profile as the JSON text `--security-opt seccomp=` takes.
pub(super) fn seccomp_json() -> String {
    let mut syscalls: Vec<Value> =
        vec![json!({ "names": DENIED, "action": "SCMP_ACT_ERRNO", "errnoRet": libc::EPERM })];
    for flag in NAMESPACE_FLAGS {
        syscalls.push(json!({
            "names": ["clone"],
            "action": "SCMP_ACT_ERRNO",
            "errnoRet": libc::EPERM,
            "args": [{ "index": 0, "value": flag, "valueTwo": flag, "op": "SCMP_CMP_MASKED_EQ" }],
        }));
    }
    // clone3's flags sit behind a pointer no filter can read; glibc falls back to clone on ENOSYS.
    syscalls
        .push(json!({ "names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": libc::ENOSYS }));
    json!({
        "defaultAction": "SCMP_ACT_ALLOW",
        "architectures": ["SCMP_ARCH_X86_64"],
        "syscalls": syscalls,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_allows_by_default_and_denies_the_escape_calls() {
        let profile: Value = serde_json::from_str(&seccomp_json()).unwrap();
        assert_eq!(profile["defaultAction"], "SCMP_ACT_ALLOW");
        assert_eq!(profile["architectures"], json!(["SCMP_ARCH_X86_64"]));
        let denied = &profile["syscalls"][0]["names"];
        for call in ["unshare", "mount", "ptrace", "bpf", "io_uring_setup"] {
            assert!(denied.as_array().unwrap().iter().any(|n| n == call), "{call}");
        }
        let clone_rules = profile["syscalls"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["names"] == json!(["clone"]))
            .count();
        assert_eq!(clone_rules, NAMESPACE_FLAGS.len());
    }
}
