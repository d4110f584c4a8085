//! The native sandbox against real programs: the shared sandbox cases (`sandbox_cases/`, which
//! the docker backend runs too): every limit gives its exact termination, and the program
//! cannot reach the network, host files, the farm's environment or other runs, nor outlive
//! its run. Needs root with full capabilities, python3, g++ (Debian 12). Run with
//! `cargo test -p algoarena-judge-farm --test sandbox`; the overhead figures with
//! `-- --ignored --nocapture sandbox_overhead`.

#[macro_use]
mod sandbox_cases;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox, Sandbox, Termination};
use sandbox_cases::{limits, spec, Backend};

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

fn backend() -> Option<&'static Backend> {
    static BACKEND: OnceLock<Backend> = OnceLock::new();
    Some(BACKEND.get_or_init(|| Backend {
        sandbox: sandbox(),
        // Landlock's scope refuses it (EPERM), rather than a missing listener (ECONNREFUSED).
        abstract_socket_errno: libc::EPERM,
        // Only the program itself: its init is hidden and the host's processes are in another
        // pid namespace.
        pids_ok: |pids| pids == [2],
        reachable: &[],
        escape_probe: "unshare 1\nmount 1\nptrace 1\nclone 1\n",
        foreign_abi_refused: |o| o.termination == Termination::Signaled(libc::SIGSYS),
        host_visible_processes: true,
    }))
}

sandbox_cases!(backend());

/// Overhead of the sandbox for `/bin/true` against a bare fork+exec, for the record.
#[tokio::test]
#[ignore]
async fn sandbox_overhead() {
    const RUNS: u32 = 50;
    // CPU of every reaped descendant: the keeper, the box's init and the programs end up here.
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

    // The box's keeper, init and programs are reaped (their CPU counted) when the box closes.
    let (mut reported_wall, mut reported_cpu) = (0, 0);
    let (cpu_before, start) = (children_cpu(), Instant::now());
    let bx = sandbox().create_box().unwrap();
    for _ in 0..RUNS {
        let outcome = sandbox().run(&bx, spec(&["/bin/true"], limits())).await.unwrap();
        assert_eq!(outcome.termination, Termination::Exited(0));
        reported_wall += outcome.wall_time_ms;
        reported_cpu += outcome.cpu_time_ms;
    }
    sandbox().close_box(bx).await;
    let (wall, cpu) = (start.elapsed() / RUNS, (children_cpu() - cpu_before) / RUNS);
    println!(
        "/bin/true x{RUNS}: bare fork+exec {bare_wall:?} wall, {bare_cpu:?} CPU per run; sandboxed {wall:?} wall, \
         {cpu:?} CPU per run (keeper + box + program, set-up included); the Outcome reported on average wall {:.2} ms, cpu {:.2} ms",
        reported_wall as f64 / RUNS as f64,
        reported_cpu as f64 / RUNS as f64
    );
}

/// The box's user namespace maps only root and the sandbox user, each to itself: capabilities
/// the box's init holds are the namespace's, never the host's.
#[tokio::test]
async fn programs_run_in_a_user_namespace_of_their_own() {
    let code = "print(open('/proc/self/uid_map').read().split())\n\
                print(open('/proc/self/gid_map').read().split())\n\
                import os; print(os.readlink('/proc/self/ns/user'))";
    let outcome = sandbox_cases::python(backend().unwrap(), code, limits()).await;
    assert_eq!(outcome.termination, Termination::Exited(0), "{outcome:?}");
    let out = sandbox_cases::text(&outcome.stdout);
    let lines: Vec<&str> = out.lines().collect();
    let maps = "['0', '0', '1', '65534', '65534', '1']";
    assert_eq!(&lines[..2], [maps, maps], "{out}");
    let host = std::fs::read_link("/proc/self/ns/user").unwrap();
    assert_ne!(lines[2], host.to_string_lossy(), "{out}");
}

/// Runs of one box share its namespaces but nothing a program leaves: /tmp starts empty, and
/// the last run's processes are gone.
#[tokio::test]
async fn each_run_in_a_box_starts_clean() {
    let b = backend().unwrap();
    let bx = b.sandbox.create_box().unwrap();
    let code = "import os\n\
                print(sorted(os.listdir('/tmp')), sorted(int(p) for p in os.listdir('/proc') if p.isdigit()).__len__())\n\
                open('/tmp/left-behind', 'w').write('x')\n\
                if os.fork() == 0:\n    os.setsid()\n    import time; time.sleep(30)\n";
    for run in 0..3 {
        let outcome = sandbox_cases::python_with(b, &bx, code, limits()).await;
        assert_eq!(outcome.termination, Termination::Exited(0), "run {run}: {outcome:?}");
        assert_eq!(sandbox_cases::text(&outcome.stdout), "[] 1\n", "run {run}");
    }
}

/// Test runs of one box share a cgroup whose counters start again at each run: a run is never
/// charged with the memory, CPU or OOM kill of the run before it.
#[tokio::test]
async fn each_run_is_measured_alone_in_a_shared_box() {
    let b = backend().unwrap();
    let bx = b.sandbox.create_box().unwrap();
    let hungry = "x = bytearray(150 * 1024 * 1024)\nfor i in range(0, len(x), 4096): x[i] = 1\nimport time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass\n";
    let small = "print('ok')\n";
    let bomb = "x = []\nwhile True: x.append(bytearray(16 * 1024 * 1024))\n";
    let first = sandbox_cases::python_with(b, &bx, hungry, limits()).await;
    assert_eq!(first.termination, Termination::Exited(0), "{first:?}");
    assert!(first.memory_kb > 150 * 1024 && first.cpu_time_ms >= 300, "{first:?}");
    let second = sandbox_cases::python_with(b, &bx, small, limits()).await;
    assert_eq!(second.termination, Termination::Exited(0), "{second:?}");
    assert!(
        second.memory_kb < 100 * 1024 && second.cpu_time_ms < 250,
        "not charged with the first run: {second:?}"
    );
    let third = sandbox_cases::python_with(b, &bx, bomb, limits()).await;
    assert_eq!(third.termination, Termination::MemoryLimit, "{third:?}");
    let fourth = sandbox_cases::python_with(b, &bx, small, limits()).await;
    assert_eq!(
        fourth.termination,
        Termination::Exited(0),
        "the last run's OOM kill is not this one's: {fourth:?}"
    );
}
