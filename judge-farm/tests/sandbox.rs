//! The native sandbox against real programs: every limit gives its exact termination, and the
//! program cannot reach the network, host files, the farm's environment or other runs, nor
//! outlive its run. Needs root with full capabilities, python3, g++ (Debian 12). Run with
//! `cargo test -p algoarena-judge-farm --test sandbox`; the overhead figures with
//! `-- --ignored --nocapture sandbox_overhead`.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use algoarena_judge_farm::sandbox::{
    Limits, NativeConfig, NativeSandbox, Outcome, RunSpec, Sandbox, SandboxError, Termination, WorkBox,
};

fn sandbox() -> &'static NativeSandbox {
    static SANDBOX: OnceLock<NativeSandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        let config = NativeConfig {
            root: std::env::temp_dir().join("algoarena-sandbox-tests"),
            helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
            cgroup_name: "algoarena-sandbox-tests".into(),
            ..NativeConfig::default()
        };
        NativeSandbox::new(config).expect("the native sandbox starts (run the tests as root)")
    })
}

fn limits() -> Limits {
    Limits {
        cpu_time_ms: 3000,
        wall_time_ms: 20_000,
        memory_bytes: 256 << 20,
        max_processes: 32,
        output_bytes: 1 << 20,
    }
}

fn spec(argv: &[&str], limits: Limits) -> RunSpec {
    RunSpec {
        argv: argv.iter().map(|s| s.to_string()).collect(),
        env: vec![("PATH".into(), "/usr/bin:/bin".into()), ("LANG".into(), "C.UTF-8".into())],
        stdin: None,
        limits,
        box_writable: false,
    }
}

async fn python_with(bx: &WorkBox, code: &str, limits: Limits) -> Outcome {
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    sandbox().run(bx, spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits)).await.unwrap()
}

async fn python(code: &str, limits: Limits) -> Outcome {
    let bx = sandbox().create_box().unwrap();
    python_with(&bx, code, limits).await
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test]
async fn python_hello_world_exits_zero_with_its_output() {
    let outcome = python("print('hello')", limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"hello\n");
    assert!(outcome.stderr.is_empty());
    assert!(outcome.memory_kb > 1000 && outcome.memory_kb < 100_000, "{outcome:?}");
    assert!(outcome.cpu_time_ms < 1000);
}

#[tokio::test]
async fn exit_codes_and_signals_are_reported_as_they_are() {
    let outcome = python("import sys; sys.stderr.write('bye'); sys.exit(3)", limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(3));
    assert_eq!(outcome.stderr, b"bye");
    let outcome = python("import os; os.kill(os.getpid(), 11)", limits()).await;
    assert_eq!(outcome.termination, Termination::Signaled(11));
    let outcome = python("import os; os.abort()", limits()).await;
    assert_eq!(outcome.termination, Termination::Signaled(6));
}

#[tokio::test]
async fn a_busy_loop_hits_the_cpu_time_limit() {
    let outcome = python("while True: pass", Limits { cpu_time_ms: 1000, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::CpuTimeLimit, "{outcome:?}");
    assert!(outcome.cpu_time_ms >= 1000 && outcome.cpu_time_ms < 1500, "{outcome:?}");
}

#[tokio::test]
async fn cpu_time_is_summed_over_threads() {
    let code = "import threading\ndef spin():\n    while True: pass\nfor _ in range(2): threading.Thread(target=spin, daemon=True).start()\nspin()\n";
    let outcome = python(code, Limits { cpu_time_ms: 600, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::CpuTimeLimit, "{outcome:?}");
    assert!(outcome.cpu_time_ms >= 600, "{outcome:?}");
}

#[tokio::test]
async fn a_sleeper_hits_the_wall_time_limit() {
    let outcome = python("import time; time.sleep(100)", Limits { wall_time_ms: 1000, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::WallTimeLimit, "{outcome:?}");
    assert!(outcome.wall_time_ms >= 1000 && outcome.wall_time_ms < 3000, "{outcome:?}");
    assert!(outcome.cpu_time_ms < 200);
}

#[tokio::test]
async fn touching_512_mb_under_a_128_mb_limit_is_a_memory_limit() {
    let outcome =
        python("x = b'\\x01' * (512 << 20)\nprint(len(x))", Limits { memory_bytes: 128 << 20, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::MemoryLimit, "{outcome:?}");
    assert!(outcome.memory_kb >= 120 * 1024, "{outcome:?}");
}

#[tokio::test]
async fn memory_under_the_limit_is_measured_not_punished() {
    let outcome =
        python("x = b'\\x01' * (64 << 20)\nprint(len(x))", Limits { memory_bytes: 256 << 20, ..limits() }).await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert!(outcome.memory_kb >= 64 * 1024 && outcome.memory_kb < 160 * 1024, "{outcome:?}");
}

#[tokio::test]
async fn a_fork_bomb_is_contained_and_the_next_run_works() {
    let bomb = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";
    let limits = Limits { cpu_time_ms: 1000, wall_time_ms: 5000, max_processes: 16, ..limits() };
    let started = Instant::now();
    let outcome = python(bomb, limits).await;
    assert_eq!(outcome.termination, Termination::CpuTimeLimit, "{outcome:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let outcome = python("print('still fine')", self::limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(0));
    assert_eq!(outcome.stdout, b"still fine\n");
}

#[tokio::test]
async fn a_print_flood_is_an_output_limit_and_output_is_truncated() {
    let limits = Limits { output_bytes: 64 * 1024, ..limits() };
    let outcome = python("while True: print('x' * 1000)", limits).await;
    assert_eq!(outcome.termination, Termination::OutputLimit, "{outcome:?}");
    assert_eq!(outcome.stdout.len(), 64 * 1024);
    let outcome = python("import sys\nwhile True: sys.stderr.write('y' * 1000)", limits).await;
    assert_eq!(outcome.termination, Termination::OutputLimit, "{outcome:?}");
    assert_eq!(outcome.stderr.len(), 64 * 1024);
}

#[tokio::test]
async fn output_of_exactly_the_limit_is_fine() {
    let limits = Limits { output_bytes: 1000, ..limits() };
    let outcome = python("import sys; sys.stdout.write('z' * 1000)", limits).await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout.len(), 1000);
    let outcome = python("import sys; sys.stdout.write('z' * 1001)", limits).await;
    assert_eq!(outcome.termination, Termination::OutputLimit, "{outcome:?}");
    assert_eq!(outcome.stdout.len(), 1000);
}

#[tokio::test]
async fn the_network_is_unreachable_even_on_the_host_loopback() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let code = format!(
        "import socket\nfor addr in [('1.1.1.1', 80), ('127.0.0.1', 5432), ('127.0.0.1', {port})]:\n    try:\n        socket.create_connection(addr, timeout=3)\n        print('connected', addr)\n    except OSError as e:\n        print('failed', addr, e.errno)\n\
         print('interfaces', [l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]])\n"
    );
    let outcome = python(&code, limits()).await;
    let out = text(&outcome.stdout);
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(out.matches("failed").count(), 3, "{out}");
    assert!(!out.contains("connected"), "{out}");
    // Landlock refuses TCP first; beneath it the namespace has nothing but loopback.
    assert!(out.contains("interfaces ['lo']"), "{out}");
}

#[tokio::test]
async fn host_files_secrets_and_other_processes_are_out_of_reach() {
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
    let outcome = python(&code, limits()).await;
    let out = text(&outcome.stdout);
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert!(!out.contains("REACHED"), "{out}");
    assert_eq!(out.matches("blocked").count(), 8, "{out}");
    // Only the program itself: its init is hidden and the host's processes are in another
    // pid namespace.
    assert!(out.contains("pids [2]"), "{out}");
    assert!(out.contains("uid 65534 65534 65534 []"), "{out}");
}

#[tokio::test]
async fn the_environment_is_exactly_the_spec() {
    let bx = sandbox().create_box().unwrap();
    let mut run = spec(&["/usr/bin/env"], limits());
    run.env = vec![("ONLY".into(), "this".into()), ("AND".into(), "that=1".into())];
    let outcome = sandbox().run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0));
    assert_eq!(text(&outcome.stdout), "ONLY=this\nAND=that=1\n");
}

#[tokio::test]
async fn a_double_forked_daemon_does_not_survive_the_run() {
    let marker = format!("0.000{}", std::process::id());
    let code = format!(
        "import os\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        os.execv('/usr/bin/sleep', ['sleep', '30', '{marker}'])\n    os._exit(0)\nos.wait()\nprint('parent done')\n"
    );
    let outcome = python(&code, limits()).await;
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

#[tokio::test]
async fn dropping_a_run_midway_kills_everything_in_it() {
    let marker = format!("0.000{}1", std::process::id());
    let code = format!("import os\nos.execv('/usr/bin/sleep', ['sleep', '30', '{marker}'])\n");
    let bx = sandbox().create_box().unwrap();
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    let run = sandbox().run(&bx, spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits()));
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

#[tokio::test]
async fn stdin_is_fed_from_the_host_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("1.in");
    std::fs::write(&input, "2 40\n").unwrap();
    let bx = sandbox().create_box().unwrap();
    std::fs::write(bx.path().join("main.py"), "a, b = map(int, input().split())\nprint(a + b)\n").unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.stdin = Some(input);
    let outcome = sandbox().run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"42\n");
}

#[tokio::test]
async fn writes_go_only_to_a_writable_box_and_tmp() {
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
    let bx = sandbox().create_box().unwrap();
    std::fs::write(bx.path().join("main.py"), code).unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.box_writable = true;
    let out = text(&sandbox().run(&bx, run.clone()).await.unwrap().stdout);
    assert!(out.contains("wrote /box/out.txt") && out.contains("wrote /tmp/t.txt"), "{out}");
    assert_eq!(out.matches("refused").count(), 5, "{out}");
    assert_eq!(std::fs::read_to_string(bx.path().join("out.txt")).unwrap(), "x");

    run.box_writable = false;
    let out = text(&sandbox().run(&bx, run).await.unwrap().stdout);
    assert!(out.contains("refused /box/out.txt") && out.contains("wrote /tmp/t.txt"), "{out}");
}

#[tokio::test]
async fn cpp_compiles_into_the_box_and_the_binary_runs_in_the_next_run() {
    let bx = sandbox().create_box().unwrap();
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
    let mut compile =
        spec(&["/usr/bin/g++", "-std=c++17", "-O2", "-pipe", "-o", "/box/main", "/box/main.cpp"], compile_limits);
    compile.box_writable = true;
    let outcome = sandbox().run(&bx, compile).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{}", text(&outcome.stderr));
    assert!(bx.path().join("main").exists());

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in"), "20 22\n").unwrap();
    let mut run = spec(&["/box/main"], limits());
    run.stdin = Some(dir.path().join("in"));
    let outcome = sandbox().run(&bx, run).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(outcome.stdout, b"42\n");
}

#[tokio::test]
async fn escape_syscalls_are_refused_and_foreign_abis_are_killed() {
    let bx = sandbox().create_box().unwrap();
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
    let mut compile = spec(&["/usr/bin/g++", "-O1", "-o", "/box/probe", "/box/main.cpp"], compile_limits);
    compile.box_writable = true;
    let outcome = sandbox().run(&bx, compile).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{}", text(&outcome.stderr));

    let outcome = sandbox().run(&bx, spec(&["/box/probe"], limits())).await.unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    assert_eq!(text(&outcome.stdout), "unshare 1\nmount 1\nptrace 1\nclone 1\n");
    for abi in ["i386", "x32"] {
        let outcome = sandbox().run(&bx, spec(&["/box/probe", abi], limits())).await.unwrap();
        assert_eq!(outcome.termination, Termination::Signaled(libc::SIGSYS), "{abi}: {outcome:?}");
    }
}

#[tokio::test]
async fn concurrent_runs_cannot_talk_over_abstract_unix_sockets() {
    // The namespace is shared by every farm process on this root: a unique name keeps a
    // concurrent test process from colliding (bind is not scoped, connect is).
    let name = format!("algoarena-test-{}", std::process::id());
    let server = format!("import socket, time\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ns.bind('\\0{name}')\ns.listen(1)\nprint('listening', flush=True)\ntime.sleep(3)\n");
    let client = format!("import socket, time\ntime.sleep(1)\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ntry:\n    s.connect('\\0{name}')\n    print('connected')\nexcept OSError as e:\n    print('failed', e.errno)\n");
    let (server, client) = tokio::join!(python(&server, limits()), python(&client, limits()));
    assert_eq!(server.stdout, b"listening\n", "{server:?}");
    // EPERM from Landlock's scope, not ECONNREFUSED from a missing listener.
    assert_eq!(text(&client.stdout), "failed 1\n", "{client:?}");
}

#[tokio::test]
async fn a_missing_program_is_an_exec_error_not_a_verdict() {
    let bx = sandbox().create_box().unwrap();
    let err = sandbox().run(&bx, spec(&["/box/nothing-here"], limits())).await.unwrap_err();
    assert!(matches!(err, SandboxError::Exec(_)), "{err:?}");
    let err = sandbox().run(&bx, spec(&["relative"], limits())).await.unwrap_err();
    assert!(matches!(err, SandboxError::InvalidSpec(_)), "{err:?}");
}

#[tokio::test]
async fn the_box_is_a_capped_tmpfs_removed_on_drop() {
    let bx = sandbox().create_box().unwrap();
    let path = bx.path().to_path_buf();
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap();
    assert!(mounts.contains(&format!("{} tmpfs", path.display())));
    let code = "with open('/box/big', 'wb') as f:\n    try:\n        f.write(b'x' * (80 << 20)); f.flush()\n        print('wrote')\n    except OSError as e:\n        print('full', e.errno)\n";
    let mut run =
        spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], Limits { memory_bytes: 512 << 20, ..limits() });
    run.box_writable = true;
    std::fs::write(path.join("main.py"), code).unwrap();
    let outcome = sandbox().run(&bx, run).await.unwrap();
    assert!(text(&outcome.stdout).starts_with("full 28"), "{outcome:?}");
    drop(bx);
    assert!(!path.exists());
}

/// Overhead of the sandbox for `/bin/true` against a bare fork+exec, for the record.
#[tokio::test]
#[ignore]
async fn sandbox_overhead() {
    const RUNS: u32 = 50;
    // CPU of every reaped descendant: the helper, its init and the program all end up here.
    let children_cpu = || {
        // SAFETY: getrusage fills the zeroed struct.
        let usage = unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
            usage
        };
        let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
        time(usage.ru_utime) + time(usage.ru_stime)
    };

    let (cpu_before, start) = (children_cpu(), Instant::now());
    for _ in 0..RUNS {
        assert!(std::process::Command::new("/bin/true").status().unwrap().success());
    }
    let (bare_wall, bare_cpu) = (start.elapsed() / RUNS, (children_cpu() - cpu_before) / RUNS);

    let bx = sandbox().create_box().unwrap();
    let (mut reported_wall, mut reported_cpu) = (0, 0);
    let (cpu_before, start) = (children_cpu(), Instant::now());
    for _ in 0..RUNS {
        let outcome = sandbox().run(&bx, spec(&["/bin/true"], limits())).await.unwrap();
        assert_eq!(outcome.termination, Termination::Exited(0));
        reported_wall += outcome.wall_time_ms;
        reported_cpu += outcome.cpu_time_ms;
    }
    let (wall, cpu) = (start.elapsed() / RUNS, (children_cpu() - cpu_before) / RUNS);
    println!(
        "/bin/true x{RUNS}: bare fork+exec {bare_wall:?} wall, {bare_cpu:?} CPU per run; sandboxed {wall:?} wall, \
         {cpu:?} CPU per run (helper + init + program); the Outcome reported on average wall {:.2} ms, cpu {:.2} ms",
        reported_wall as f64 / RUNS as f64,
        reported_cpu as f64 / RUNS as f64
    );
}
