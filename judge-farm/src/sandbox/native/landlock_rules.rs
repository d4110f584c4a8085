//! The Landlock domain a program runs in, a second wall behind the mount layout: read
//! everywhere in its root, execute only what its [`ExecPolicy`] names, write only to /tmp, /box
//! (when writable) and the harmless devices; no TCP; no abstract UNIX sockets or signals reaching outside its own domain (the
//! network namespace is shared between runs, and abstract sockets live in it). Best effort: an
//! older kernel enforces what it knows.

pub(crate) use landlock::RulesetCreated;
use landlock::{
    path_beneath_rules, Access, AccessFs, AccessNet, BitFlags, CompatLevel, Compatible, Ruleset,
    RulesetAttr, RulesetCreatedAttr, RulesetStatus, Scope, ABI,
};

use crate::sandbox::exec_policy::ExecPolicy;

/// The newest ABI whose rights were reviewed for this sandbox.
const ABI_USED: ABI = ABI::V6;

/// The ruleset of one run, built by whoever starts the program, inside the box: the paths are
/// opened then (rules on /tmp and /box also cover what is later mounted there, since Landlock
/// walks up through mount points). `extra_writable` names further places the view has for
/// scratch files (the docker backend's /dev/shm); missing paths are skipped.
pub(crate) fn ruleset(
    box_writable: bool,
    exec: &ExecPolicy,
    extra_writable: &[&str],
) -> Result<RulesetCreated, String> {
    let mut writable = vec!["/tmp", "/dev/null", "/dev/zero"];
    if box_writable {
        writable.push("/box");
    }
    writable.extend(extra_writable);
    let execute: BitFlags<AccessFs> = AccessFs::Execute.into();
    let read = AccessFs::from_read(ABI_USED) & !execute;
    let write = AccessFs::from_all(ABI_USED) & !execute;
    // path_beneath_rules skips paths it cannot open (a toolchain file this view lacks).
    let executables = exec.executables.iter();
    Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(AccessFs::from_all(ABI_USED))
        .and_then(|r| r.handle_access(AccessNet::from_all(ABI_USED)))
        .and_then(|r| r.scope(Scope::from_all(ABI_USED)))
        .and_then(|r| r.create())
        .and_then(|r| r.add_rules(path_beneath_rules(["/"], read)))
        .and_then(|r| r.add_rules(path_beneath_rules(writable, write)))
        .and_then(|r| r.add_rules(path_beneath_rules(executables, execute)))
        .map_err(|e| e.to_string())
}

/// Restricts the calling (single-threaded) process with a copy of `ruleset`; returns how much
/// the kernel enforced.
pub(crate) fn restrict_self(ruleset: &RulesetCreated) -> Result<RulesetStatus, String> {
    let copy = ruleset.try_clone().map_err(|e| format!("copying the ruleset: {e}"))?;
    let status = copy.restrict_self().map_err(|e| e.to_string())?;
    Ok(status.ruleset)
}

/// The Landlock ABI version the kernel offers (0 when Landlock is off), for the start-up log.
pub(crate) fn kernel_abi() -> i64 {
    const LANDLOCK_CREATE_RULESET_VERSION: libc::c_long = 1;
    // SAFETY: the version query takes no ruleset attribute and only returns a number.
    let v = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    v.max(0)
}
