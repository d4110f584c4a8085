//! What a run may execute, derived from its command line: the program named by `argv[0]`, the
//! dynamic loader, and, for a compiler that starts helpers of its own, exactly those helpers
//! (found with `strace -f -e trace=execve` on each toolchain). Everything else of the box's
//! view (shells, coreutils, other interpreters, anything written to /tmp or /box) cannot be
//! executed: both backends give Landlock execute rights on these paths only, and a run whose
//! program starts nothing else ([`ExecPolicy::once`]) may not call `execve` a second time at
//! all (a seccomp filter), which also closes the dynamic loader's back door (`ld.so
//! /bin/sh` maps a program without `execve` ever opening it).
//!
//! `argv[0]` is always the judge's choice (a language's command), never the submission's, so
//! keying the policy by it is safe. Paths are as the box sees them; a symlink is followed when
//! the rule is made, so the rule covers the file the kernel actually opens.

/// The ELF interpreter of every x86_64 program of the toolchains (glibc's loader).
const LOADER: &str = "/lib64/ld-linux-x86-64.so.2";

/// The GNU toolchain behind `gcc`/`g++` (and `cc`, which rustc links with): the driver, its
/// own programs (cc1, cc1plus, collect2, lto-wrapper) and binutils' assembler and linkers.
const GCC: &[&str] = &[
    "/usr/bin/gcc",
    "/usr/bin/g++",
    "/usr/bin/cc",
    "/usr/bin/c++",
    "/usr/lib/gcc/x86_64-linux-gnu",
    "/usr/libexec/gcc/x86_64-linux-gnu",
    "/usr/bin/as",
    "/usr/bin/ld",
    "/usr/bin/ld.bfd",
    "/usr/bin/ld.gold",
];

/// Go's compile step is a shell line (`cp` of the warm cache, then `go build`), and `go build`
/// runs the compiler, assembler and linker of its GOROOT.
const GO_BUILD: &[&str] =
    &["/bin/sh", "/usr/bin/cp", "/bin/cp", "/usr/lib/go-1.23/bin", "/usr/lib/go-1.23/pkg/tool"];

/// esbuild's npm package: a native binary, or a Node shim that starts the platform binary.
const ESBUILD: &[&str] = &[
    "/usr/lib/node_modules/esbuild/bin/esbuild",
    "/usr/lib/node_modules/@esbuild/linux-x64/bin/esbuild",
    "/usr/bin/env",
    "/usr/bin/node",
];

/// Programs that start others, by the `argv[0]` the judge gives them, and what they may start.
const MULTI_EXEC: &[(&str, &[&str])] = &[
    ("/usr/bin/g++", GCC),
    ("/usr/bin/gcc", GCC),
    ("/usr/bin/rustc", GCC),
    // A shell line is a compile step (Go's today); it may also drive the GNU toolchain.
    ("/bin/sh", GO_BUILD),
    ("/bin/sh", GCC),
    ("/usr/lib/node_modules/esbuild/bin/esbuild", ESBUILD),
];

/// The executables of one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExecPolicy {
    /// Files and folders (everything beneath) that may be executed, as the box sees them;
    /// missing ones are skipped.
    pub executables: Vec<String>,
    /// Whether the program starts nothing: its own `execve` is then the run's only one.
    pub once: bool,
}

impl ExecPolicy {
    /// The policy of a run whose program is `argv0`: every entry of `MULTI_EXEC` for it.
    pub(crate) fn for_program(argv0: &str) -> ExecPolicy {
        let mut executables = vec![argv0.to_string(), LOADER.to_string()];
        let mut once = true;
        for (_, helpers) in MULTI_EXEC.iter().filter(|(program, _)| *program == argv0) {
            executables.extend(helpers.iter().map(|h| h.to_string()));
            once = false;
        }
        ExecPolicy { executables, once }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_may_execute_itself_and_the_loader_only_once() {
        let p = ExecPolicy::for_program("/usr/bin/python3");
        assert_eq!(p.executables, ["/usr/bin/python3", LOADER]);
        assert!(p.once);
        assert!(ExecPolicy::for_program("/box/main").once);
    }

    #[test]
    fn compilers_may_start_their_own_helpers_but_no_shell() {
        let gxx = ExecPolicy::for_program("/usr/bin/g++");
        assert!(!gxx.once);
        assert!(gxx.executables.iter().any(|e| e == "/usr/lib/gcc/x86_64-linux-gnu"));
        assert!(!gxx.executables.iter().any(|e| e.ends_with("/sh") || e == "/usr/bin"));
        // rustc links through cc.
        assert!(ExecPolicy::for_program("/usr/bin/rustc")
            .executables
            .iter()
            .any(|e| e == "/usr/bin/cc"));
    }
}
