//! The sandbox test cases, shared by every backend: each `pub async fn` is one case, and
//! [`sandbox_cases!`] turns them all into `#[tokio::test]`s for one [`Backend`]. Every limit
//! gives its exact termination, and the program cannot reach the network, host files, the
//! farm's environment or other runs, nor outlive its run.
//!
//! Used by `tests/sandbox.rs` (native) and `tests/sandbox_docker.rs` (runc and runsc).

#![allow(dead_code)]

mod piped;

pub use piped::*;
use std::time::{Duration, Instant};

use algoarena_judge_farm::sandbox::{
    Limits, Outcome, RunSpec, Sandbox, SandboxError, Termination, WorkBox,
};
use algoarena_shared::language::Language;

/// A backend under test and the few things that differ between backends by design.
pub struct Backend {
    pub sandbox: &'static dyn Sandbox,
    /// errno of a connect to another run's abstract UNIX socket.
    pub abstract_socket_errno: i32,
    /// Whether the pids a program sees in /proc are as they should be: natively only itself
    /// (`[2]`); in a container its own init and sleep as well.
    pub pids_ok: fn(&[u32]) -> bool,
    /// Probes of the host-files case that may succeed: in a container `/home` and `/var/lib`
    /// are the image's own, and `/sys` an empty tmpfs.
    pub reachable: &'static [&'static str],
    /// What the escape probe prints: every call refused with EPERM (1), except under gVisor,
    /// whose own kernel emulates user namespaces and ptrace without reaching the host's.
    pub escape_probe: &'static str,
    /// Whether a 32-bit or x32 syscall was refused as it should be: natively and under runc
    /// by killing the program with SIGSYS; gVisor answers it with an error instead.
    pub foreign_abi_refused: fn(&Outcome) -> bool,
    /// Whether the program's processes are host processes (not under gVisor).
    pub host_visible_processes: bool,
}

/// One `#[tokio::test]` per case, run against `$backend` (an `Option<&'static Backend>`
/// expression; None skips, the backend's constructor having said why).
#[macro_export]
macro_rules! sandbox_cases {
    ($backend:expr) => {
        $crate::sandbox_cases!(@each $backend;
            python_hello_world_exits_zero_with_its_output,
            exit_codes_and_signals_are_reported_as_they_are,
            a_busy_loop_hits_the_cpu_time_limit,
            cpu_time_is_summed_over_threads,
            a_sleeper_hits_the_wall_time_limit,
            touching_512_mb_under_a_128_mb_limit_is_a_memory_limit,
            memory_under_the_limit_is_measured_not_punished,
            a_fork_bomb_is_contained_and_the_next_run_works,
            a_print_flood_is_an_output_limit_and_output_is_truncated,
            output_of_exactly_the_limit_is_fine,
            the_network_is_unreachable_even_on_the_host_loopback,
            host_files_secrets_and_other_processes_are_out_of_reach,
            the_environment_is_exactly_the_spec,
            a_double_forked_daemon_does_not_survive_the_run,
            dropping_a_run_midway_kills_everything_in_it,
            stdin_is_fed_from_the_host_file,
            writes_go_only_to_a_writable_box_and_tmp,
            cpp_compiles_into_the_box_and_the_binary_runs_in_the_next_run,
            escape_syscalls_are_refused_and_foreign_abis_are_killed,
            concurrent_runs_cannot_talk_over_abstract_unix_sockets,
            a_missing_program_is_an_exec_error_not_a_verdict,
            a_run_executes_its_program_once_and_nothing_else,
            the_box_is_a_capped_tmpfs_removed_on_drop,
            two_programs_talk_over_crossed_pipes,
            a_reader_nobody_writes_to_hits_the_wall_limit_and_frees_its_partner,
            a_partner_that_leaves_early_gives_end_of_file_not_a_hang,
            a_piped_run_takes_no_stdin_file
        );
    };
    (@each $backend:expr; $($name:ident),*) => {
        $(
            #[tokio::test]
            async fn $name() {
                if let Some(b) = $backend {
                    $crate::sandbox_cases::$name(b).await;
                }
            }
        )*
    };
}

pub fn limits() -> Limits {
    Limits {
        cpu_time_ms: 3000,
        wall_time_ms: 20_000,
        memory_bytes: 256 << 20,
        max_processes: 32,
        output_bytes: 1 << 20,
    }
}

pub fn spec(argv: &[&str], limits: Limits) -> RunSpec {
    RunSpec {
        argv: argv.iter().map(|s| s.to_string()).collect(),
        env: vec![("PATH".into(), "/usr/bin:/bin".into()), ("LANG".into(), "C.UTF-8".into())],
        stdin: None,
        limits,
        box_writable: false,
    }
}

pub async fn python_with(b: &Backend, bx: &WorkBox, code: &str, limits: Limits) -> Outcome {
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    b.sandbox
        .run(bx, spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits))
        .await
        .unwrap()
}

pub async fn python(b: &Backend, code: &str, limits: Limits) -> Outcome {
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    python_with(b, &bx, code, limits).await
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Reads the heartbeat a program writes to /box/beat, waits, and reads it again.
async fn heartbeat_moves(bx: &WorkBox) -> bool {
    let read = || std::fs::read_to_string(bx.path().join("beat")).unwrap_or_default();
    let before = read();
    tokio::time::sleep(Duration::from_millis(600)).await;
    before != read()
}

const HEARTBEAT: &str = "def beat():\n    import time\n    n = 0\n    while True:\n        n += 1\n        with open('/box/beat', 'w') as f:\n            f.write(str(n))\n        time.sleep(0.05)\n";

/// The double-forked daemon case where the host cannot see the program's processes.
async fn daemon_heartbeat_stops(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    let code = format!(
        "{HEARTBEAT}import os\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        beat()\n    os._exit(0)\nos.wait()\nimport time\ntime.sleep(0.3)\nprint('parent done')\n"
    );
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.box_writable = true;
    let outcome = b.sandbox.run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"parent done\n");
    assert!(outcome.wall_time_ms < 5000);
    assert!(bx.path().join("beat").exists(), "the daemon never ran");
    assert!(!heartbeat_moves(&bx).await, "a daemon survived the run");
}

/// The dropped-run case where the host cannot see the program's processes.
async fn dropped_run_heartbeat_stops(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    std::fs::write(bx.path().join("main.py"), format!("{HEARTBEAT}beat()\n")).unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.box_writable = true;
    let run = b.sandbox.run(&bx, run);
    let running = async {
        while !bx.path().join("beat").exists() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::select! {
        outcome = run => panic!("the run ended by itself: {outcome:?}"),
        seen = tokio::time::timeout(Duration::from_secs(10), running) => seen.expect("the program never started"),
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while heartbeat_moves(&bx).await {
        assert!(Instant::now() < deadline, "the program outlived its dropped run");
    }
}

pub async fn python_hello_world_exits_zero_with_its_output(b: &Backend) {
    let outcome = python(b, "print('hello')", limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"hello\n");
    assert!(outcome.stderr.is_empty());
    assert!(outcome.memory_kb > 1000 && outcome.memory_kb < 100_000, "{outcome:?}");
    assert!(outcome.cpu_time_ms < 1000);
}

pub async fn exit_codes_and_signals_are_reported_as_they_are(b: &Backend) {
    let outcome = python(b, "import sys; sys.stderr.write('bye'); sys.exit(3)", limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(3));
    assert_eq!(outcome.stderr, b"bye");
    let outcome = python(b, "import os; os.kill(os.getpid(), 11)", limits()).await;
    assert_eq!(outcome.termination, Termination::Signaled(11));
    let outcome = python(b, "import os; os.abort()", limits()).await;
    assert_eq!(outcome.termination, Termination::Signaled(6));
}

pub async fn a_busy_loop_hits_the_cpu_time_limit(b: &Backend) {
    let outcome = python(b, "while True: pass", Limits { cpu_time_ms: 1000, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::CpuTimeLimit, "{outcome:?}");
    assert!(outcome.cpu_time_ms >= 1000 && outcome.cpu_time_ms < 1500, "{outcome:?}");
}

pub async fn cpu_time_is_summed_over_threads(b: &Backend) {
    let code = "import threading\ndef spin():\n    while True: pass\nfor _ in range(2): threading.Thread(target=spin, daemon=True).start()\nspin()\n";
    let outcome = python(b, code, Limits { cpu_time_ms: 600, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::CpuTimeLimit, "{outcome:?}");
    assert!(outcome.cpu_time_ms >= 600, "{outcome:?}");
}

pub async fn a_sleeper_hits_the_wall_time_limit(b: &Backend) {
    let outcome =
        python(b, "import time; time.sleep(100)", Limits { wall_time_ms: 1000, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::WallTimeLimit, "{outcome:?}");
    assert!(outcome.wall_time_ms >= 1000 && outcome.wall_time_ms < 3000, "{outcome:?}");
    assert!(outcome.cpu_time_ms < 200);
}

pub async fn touching_512_mb_under_a_128_mb_limit_is_a_memory_limit(b: &Backend) {
    let outcome = python(
        b,
        "x = b'\\x01' * (512 << 20)\nprint(len(x))",
        Limits { memory_bytes: 128 << 20, ..limits() },
    )
    .await;
    assert_eq!(outcome.termination, Termination::MemoryLimit, "{outcome:?}");
    assert!(outcome.memory_kb >= 120 * 1024, "{outcome:?}");
}

pub async fn memory_under_the_limit_is_measured_not_punished(b: &Backend) {
    let outcome = python(
        b,
        "x = b'\\x01' * (64 << 20)\nprint(len(x))",
        Limits { memory_bytes: 256 << 20, ..limits() },
    )
    .await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert!(outcome.memory_kb >= 64 * 1024 && outcome.memory_kb < 160 * 1024, "{outcome:?}");
}

pub async fn a_fork_bomb_is_contained_and_the_next_run_works(b: &Backend) {
    let bomb =
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";
    let limits = Limits { cpu_time_ms: 1000, wall_time_ms: 5000, max_processes: 16, ..limits() };
    let started = Instant::now();
    let outcome = python(b, bomb, limits).await;
    assert_eq!(outcome.termination, Termination::CpuTimeLimit, "{outcome:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let outcome = python(b, "print('still fine')", self::limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(0));
    assert_eq!(outcome.stdout, b"still fine\n");
}

pub async fn a_print_flood_is_an_output_limit_and_output_is_truncated(b: &Backend) {
    let limits = Limits { output_bytes: 64 * 1024, ..limits() };
    let outcome = python(b, "while True: print('x' * 1000)", limits).await;
    assert_eq!(outcome.termination, Termination::OutputLimit, "{outcome:?}");
    assert_eq!(outcome.stdout.len(), 64 * 1024);
    let outcome = python(b, "import sys\nwhile True: sys.stderr.write('y' * 1000)", limits).await;
    assert_eq!(outcome.termination, Termination::OutputLimit, "{outcome:?}");
    assert_eq!(outcome.stderr.len(), 64 * 1024);
}

pub async fn output_of_exactly_the_limit_is_fine(b: &Backend) {
    let limits = Limits { output_bytes: 1000, ..limits() };
    let outcome = python(b, "import sys; sys.stdout.write('z' * 1000)", limits).await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout.len(), 1000);
    let outcome = python(b, "import sys; sys.stdout.write('z' * 1001)", limits).await;
    assert_eq!(outcome.termination, Termination::OutputLimit, "{outcome:?}");
    assert_eq!(outcome.stdout.len(), 1000);
}

pub async fn the_network_is_unreachable_even_on_the_host_loopback(b: &Backend) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let code = format!(
        "import socket\nfor addr in [('1.1.1.1', 80), ('127.0.0.1', 5432), ('127.0.0.1', {port})]:\n    try:\n        socket.create_connection(addr, timeout=3)\n        print('connected', addr)\n    except OSError as e:\n        print('failed', addr, e.errno)\n\
         print('interfaces', [l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]])\n"
    );
    let outcome = python(b, &code, limits()).await;
    let out = text(&outcome.stdout);
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(out.matches("failed").count(), 3, "{out}");
    assert!(!out.contains("connected"), "{out}");
    // Landlock refuses TCP first; beneath it the namespace has nothing but loopback.
    assert!(out.contains("interfaces ['lo']"), "{out}");
}

pub async fn host_files_secrets_and_other_processes_are_out_of_reach(b: &Backend) {
    let secret_dir = tempfile::tempdir().unwrap();
    let secret = secret_dir.path().join("expected.out");
    std::fs::write(&secret, "the answer").unwrap();
    let code = format!(
        r#"import os
def attempt(name, f):
    try:
        f()
        print('REACHED', name)
    except OSError as e:
        print('blocked', name, type(e).__name__)
attempt('shadow', lambda: open('/etc/shadow').read())
attempt('root', lambda: os.listdir('/root'))
attempt('pid1-environ', lambda: open('/proc/1/environ').read())
attempt('work', lambda: os.listdir('/work'))
attempt('secret', lambda: open({secret:?}).read())
attempt('sandbox-root', lambda: os.listdir('/var/lib'))
attempt('sys', lambda: os.listdir('/sys'))
attempt('home', lambda: os.listdir('/home'))
print('pids', sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))
print('uid', os.getuid(), os.geteuid(), os.getgid(), os.getgroups())
"#
    );
    let outcome = python(b, &code, limits()).await;
    let out = text(&outcome.stdout);
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    let reached: Vec<&str> = out.lines().filter_map(|l| l.strip_prefix("REACHED ")).collect();
    assert!(reached.iter().all(|r| b.reachable.contains(r)), "{out}");
    assert_eq!(out.matches("blocked").count(), 8 - reached.len(), "{out}");
    // Only the program itself (and its container's own processes): the host's processes are
    // in another pid namespace.
    let pids: Vec<u32> = out
        .lines()
        .find_map(|l| l.strip_prefix("pids ["))
        .map(|l| l.trim_end_matches(']').split(", ").filter_map(|p| p.parse().ok()).collect())
        .unwrap_or_default();
    assert!((b.pids_ok)(&pids), "{out}");
    // No supplementary group but (in a container) the user's own.
    assert!(
        out.contains("uid 65534 65534 65534 []") || out.contains("uid 65534 65534 65534 [65534]"),
        "{out}"
    );
}

pub async fn the_environment_is_exactly_the_spec(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    let mut run = spec(&["/usr/bin/env"], limits());
    run.env = vec![("ONLY".into(), "this".into()), ("AND".into(), "that=1".into())];
    let outcome = b.sandbox.run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0));
    assert_eq!(text(&outcome.stdout), "ONLY=this\nAND=that=1\n");
}

pub async fn a_run_executes_its_program_once_and_nothing_else(b: &Backend) {
    let code = r#"
import os
for argv in (["/usr/bin/true"], ["/bin/sh", "-c", "true"], ["/usr/bin/python3", "-c", "1"],
             ["/lib64/ld-linux-x86-64.so.2", "/usr/bin/true"]):
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(argv[0], argv)
        except OSError as e:
            os._exit(e.errno)
    print(argv[0], os.waitpid(pid, 0)[1] >> 8)
"#;
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    for writable in [false, true] {
        std::fs::write(bx.path().join("main.py"), code).unwrap();
        let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
        run.box_writable = writable;
        let outcome = b.sandbox.run(&bx, run).await.unwrap();
        assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
        let eacces = libc::EACCES;
        assert_eq!(
            text(&outcome.stdout),
            format!(
                "/usr/bin/true {eacces}\n/bin/sh {eacces}\n/usr/bin/python3 {eacces}\n\
                 /lib64/ld-linux-x86-64.so.2 {eacces}\n"
            ),
            "writable box: {writable}"
        );
    }
}

pub async fn a_double_forked_daemon_does_not_survive_the_run(b: &Backend) {
    let marker = format!("0.000{}", std::process::id());
    // The marker is on python's command line, which forked children keep (a run may not
    // execute anything else).
    let code = "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(30)\n    os._exit(0)\nos.wait()\nprint('parent done')\n";
    if !b.host_visible_processes {
        return daemon_heartbeat_stops(b).await;
    }
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    let argv = ["/usr/bin/python3", "-S", "-B", "/box/main.py", marker.as_str()];
    let outcome = b.sandbox.run(&bx, spec(&argv, limits())).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"parent done\n");
    assert!(outcome.wall_time_ms < 5000);
    assert_eq!(processes_with(&marker), 0, "a daemon survived the run");
}

/// Host processes whose command line contains `marker`.
fn processes_with(marker: &str) -> usize {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .filter(|cmdline| String::from_utf8_lossy(cmdline).contains(marker))
        .count()
}

pub async fn dropping_a_run_midway_kills_everything_in_it(b: &Backend) {
    if !b.host_visible_processes {
        return dropped_run_heartbeat_stops(b).await;
    }
    let marker = format!("0.000{}1", std::process::id());
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    std::fs::write(bx.path().join("main.py"), "import time\ntime.sleep(30)\n").unwrap();
    let argv = ["/usr/bin/python3", "-S", "-B", "/box/main.py", marker.as_str()];
    let run = b.sandbox.run(&bx, spec(&argv, limits()));
    let running = async {
        while processes_with(&marker) == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    // The run's future is dropped as soon as its program is seen running.
    tokio::select! {
        outcome = run => panic!("the run ended by itself: {outcome:?}"),
        seen = tokio::time::timeout(Duration::from_secs(5), running) => seen.expect("the program never started"),
    }
    let deadline = Instant::now() + Duration::from_secs(3);
    while processes_with(&marker) > 0 {
        assert!(Instant::now() < deadline, "the program outlived its dropped run");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

pub async fn stdin_is_fed_from_the_host_file(b: &Backend) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("1.in");
    std::fs::write(&input, "2 40\n").unwrap();
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    std::fs::write(bx.path().join("main.py"), "a, b = map(int, input().split())\nprint(a + b)\n")
        .unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.stdin = Some(input);
    let outcome = b.sandbox.run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"42\n");
}

pub async fn writes_go_only_to_a_writable_box_and_tmp(b: &Backend) {
    let code = r#"
def attempt(path):
    try:
        with open(path, 'w') as f:
            f.write('x')
        print('wrote', path)
    except OSError as e:
        print('refused', path)
for p in ['/box/out.txt', '/tmp/t.txt', '/usr/x', '/etc/x', '/x', '/dev/x', '/proc/x']:
    attempt(p)
"#;
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.box_writable = true;
    let out = text(&b.sandbox.run(&bx, run.clone()).await.unwrap().stdout);
    assert!(out.contains("wrote /box/out.txt") && out.contains("wrote /tmp/t.txt"), "{out}");
    assert_eq!(out.matches("refused").count(), 5, "{out}");
    assert_eq!(std::fs::read_to_string(bx.path().join("out.txt")).unwrap(), "x");

    run.box_writable = false;
    let out = text(&b.sandbox.run(&bx, run).await.unwrap().stdout);
    assert!(out.contains("refused /box/out.txt") && out.contains("wrote /tmp/t.txt"), "{out}");
}

pub async fn cpp_compiles_into_the_box_and_the_binary_runs_in_the_next_run(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Cpp17).unwrap();
    std::fs::write(
        bx.path().join("main.cpp"),
        "#include <bits/stdc++.h>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n",
    )
    .unwrap();
    let compile_limits = Limits {
        cpu_time_ms: 20_000,
        wall_time_ms: 60_000,
        memory_bytes: 1 << 30,
        max_processes: 64,
        output_bytes: 1 << 20,
    };
    let mut compile = spec(
        &["/usr/bin/g++", "-std=c++17", "-O2", "-pipe", "-o", "/box/main", "/box/main.cpp"],
        compile_limits,
    );
    compile.box_writable = true;
    let outcome = b.sandbox.run(&bx, compile).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{}", text(&outcome.stderr));
    assert!(bx.path().join("main").exists());

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in"), "20 22\n").unwrap();
    let mut run = spec(&["/box/main"], limits());
    run.stdin = Some(dir.path().join("in"));
    let outcome = b.sandbox.run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"42\n");
}

pub async fn escape_syscalls_are_refused_and_foreign_abis_are_killed(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Cpp17).unwrap();
    std::fs::write(
        bx.path().join("main.cpp"),
        r#"#include <cstdio>
#include <cstring>
#include <cerrno>
#include <sched.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
int main(int argc, char** argv) {
    if (argc > 1 && !strcmp(argv[1], "i386")) {
        long r; asm volatile("int $0x80" : "=a"(r) : "a"(20)); // getpid, 32-bit table
        printf("survived %ld\n", r); return 0;
    }
    if (argc > 1 && !strcmp(argv[1], "x32")) {
        long r = syscall(0x40000000 | 39); // getpid, x32 table
        printf("survived %ld\n", r); return 0;
    }
    printf("unshare %d\n", unshare(CLONE_NEWUSER) == -1 ? errno : 0);
    printf("mount %d\n", mount("none", "/tmp", "tmpfs", 0, 0) == -1 ? errno : 0);
    printf("ptrace %d\n", ptrace(PTRACE_TRACEME, 0, 0, 0) == -1 ? errno : 0);
    printf("clone %d\n", syscall(SYS_clone, CLONE_NEWUSER, 0, 0, 0, 0) == -1 ? errno : 0);
    return 0;
}
"#,
    )
    .unwrap();
    let compile_limits = Limits {
        cpu_time_ms: 20_000,
        wall_time_ms: 60_000,
        memory_bytes: 1 << 30,
        max_processes: 64,
        output_bytes: 1 << 20,
    };
    let mut compile =
        spec(&["/usr/bin/g++", "-O1", "-o", "/box/probe", "/box/main.cpp"], compile_limits);
    compile.box_writable = true;
    let outcome = b.sandbox.run(&bx, compile).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{}", text(&outcome.stderr));

    let outcome = b.sandbox.run(&bx, spec(&["/box/probe"], limits())).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(text(&outcome.stdout), b.escape_probe);
    for abi in ["i386", "x32"] {
        let outcome = b.sandbox.run(&bx, spec(&["/box/probe", abi], limits())).await.unwrap();
        assert!((b.foreign_abi_refused)(&outcome), "{abi}: {outcome:?}");
    }
}

pub async fn concurrent_runs_cannot_talk_over_abstract_unix_sockets(b: &Backend) {
    // The namespace is shared by every farm process on this root: a unique name keeps a
    // concurrent test process from colliding (bind is not scoped, connect is).
    let name = format!("algoarena-test-{}", std::process::id());
    let server = format!("import socket, time\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ns.bind('\\0{name}')\ns.listen(1)\nprint('listening', flush=True)\ntime.sleep(3)\n");
    let client = format!("import socket, time\ntime.sleep(1)\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ntry:\n    s.connect('\\0{name}')\n    print('connected')\nexcept OSError as e:\n    print('failed', e.errno)\n");
    let (server, client) = tokio::join!(python(b, &server, limits()), python(b, &client, limits()));
    assert_eq!(server.stdout, b"listening\n", "{server:?}");
    // Native: EPERM from Landlock's scope, not ECONNREFUSED from a missing listener; docker:
    // ECONNREFUSED, each container being its own network namespace.
    assert_eq!(text(&client.stdout), format!("failed {}\n", b.abstract_socket_errno), "{client:?}");
}

pub async fn a_missing_program_is_an_exec_error_not_a_verdict(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    let err = b.sandbox.run(&bx, spec(&["/box/nothing-here"], limits())).await.unwrap_err();
    assert!(matches!(err, SandboxError::Exec(_)), "{err:?}");
    let err = b.sandbox.run(&bx, spec(&["relative"], limits())).await.unwrap_err();
    assert!(matches!(err, SandboxError::InvalidSpec(_)), "{err:?}");
}

pub async fn the_box_is_a_capped_tmpfs_removed_on_drop(b: &Backend) {
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    let path = bx.path().to_path_buf();
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap();
    assert!(mounts.contains(&format!("{} tmpfs", path.display())));
    let code = "with open('/box/big', 'wb') as f:\n    try:\n        f.write(b'x' * (80 << 20)); f.flush()\n        print('wrote')\n    except OSError as e:\n        print('full', e.errno)\n";
    let mut run = spec(
        &["/usr/bin/python3", "-S", "-B", "/box/main.py"],
        Limits { memory_bytes: 512 << 20, ..limits() },
    );
    run.box_writable = true;
    std::fs::write(path.join("main.py"), code).unwrap();
    let outcome = b.sandbox.run(&bx, run).await.unwrap();
    assert!(text(&outcome.stdout).starts_with("full 28"), "{outcome:?}");
    drop(bx);
    assert!(!path.exists());
}
