//! The native Linux backend: its configuration, the start-up checks and shared state (the empty
//! network namespace, the parent cgroups, the folders under the sandbox root), and the
//! `Sandbox` implementation: each work box gets a `__sandbox-init` keeper that builds the box
//! once and runs every program of the submission in it.
//!
//! The farm's side is `launch` (the keeper's process and its line); the keeper's side is
//! `keeper` (building the box through `box_init`, `rootfs`, `child`, `seccomp`,
//! `landlock_rules`) and `supervise` (one run), speaking `protocol` over stdin and `channel`.

mod box_init;
mod cgroup;
mod channel;
mod child;
mod keeper;
pub(crate) mod landlock_rules;
mod launch;
mod netns;
mod protocol;
mod rootfs;
pub(crate) mod seccomp;
mod supervise;

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use self::cgroup::{Layout, RUN_PREFIX};
use self::launch::Keeper;
use self::protocol::{BoxSpec, RunRequest};
use super::{private_dir, BoxFuture, Outcome, PipedStdio, RunSpec, Sandbox, SandboxError, WorkBox};

pub use self::keeper::sandbox_init_main;

/// Settings of the native sandbox; `Default` suits a Debian host.
#[derive(Debug, Clone)]
pub struct NativeConfig {
    /// Root-only folder for work boxes, the shared network namespace and the mount point of
    /// each run's root. [`/var/lib/algoarena/sandbox`]
    pub root: PathBuf,
    /// The executable that serves `__sandbox-init`: the farm itself. [`/proc/self/exe`]
    pub helper: PathBuf,
    /// Name of the farm's parent cgroup, created below the farm's own cgroup in each
    /// hierarchy. [`algoarena-sandbox`]
    pub cgroup_name: String,
    /// Host paths bound read-only at the same place inside; symlinks are recreated, missing
    /// paths skipped. [the toolchain folders of Debian 12, see `default_read_only_paths`]
    pub read_only_paths: Vec<PathBuf>,
    /// Size of each work box tmpfs. [64 MB]
    pub box_bytes: u64,
    /// Size of each run's private /tmp (counted against the run's memory as it fills). [64 MB]
    pub tmp_bytes: u64,
    /// RLIMIT_FSIZE: the largest file a program may write (stdout and stderr are pipes and are
    /// limited by `Limits::output_bytes` instead). [64 MB]
    pub file_bytes: u64,
    /// RLIMIT_NOFILE. [64]
    pub max_open_files: u64,
    /// The unprivileged user and group programs run as. [65534, 65534]
    pub uid: u32,
    pub gid: u32,
    /// Host name programs see. [`sandbox`]
    pub hostname: String,
}

/// What compilers and interpreters of Debian 12 need: /usr (with the JVM, the npm-installed
/// esbuild and Kotlin, and the judge's prepared caches under /usr/local/lib/algoarena), the
/// merged-usr links, the alternatives links (`java`, `cc`), the loader cache, the JDK's config
/// and Mono's config.
pub fn default_read_only_paths() -> Vec<PathBuf> {
    [
        "/usr",
        "/bin",
        "/sbin",
        "/lib",
        "/lib32",
        "/lib64",
        "/libx32",
        "/etc/alternatives",
        "/etc/ld.so.cache",
        "/etc/ld.so.conf",
        "/etc/ld.so.conf.d",
        "/etc/localtime",
        "/etc/java-17-openjdk",
        "/etc/mono",
    ]
    .iter()
    .map(PathBuf::from)
    .collect()
}

impl Default for NativeConfig {
    fn default() -> Self {
        NativeConfig {
            root: PathBuf::from("/var/lib/algoarena/sandbox"),
            helper: PathBuf::from("/proc/self/exe"),
            cgroup_name: "algoarena-sandbox".into(),
            read_only_paths: default_read_only_paths(),
            box_bytes: 64 << 20,
            tmp_bytes: 64 << 20,
            file_bytes: 64 << 20,
            max_open_files: 64,
            uid: 65534,
            gid: 65534,
            hostname: "sandbox".into(),
        }
    }
}

/// Runs programs in Linux namespaces, cgroups, Landlock and seccomp. Needs root (full
/// capabilities) on x86_64.
#[derive(Debug)]
pub struct NativeSandbox {
    config: NativeConfig,
    cgroups: Layout,
    netns: PathBuf,
    rootfs_dir: PathBuf,
    boxes_dir: PathBuf,
}

static NEXT_RUN: AtomicU64 = AtomicU64::new(0);

impl NativeSandbox {
    /// Checks the machine, creates the shared empty network namespace (once per root) and the
    /// parent cgroups, and clears what a crashed farm left behind.
    pub fn new(config: NativeConfig) -> Result<Self, SandboxError> {
        if !cfg!(all(target_os = "linux", target_arch = "x86_64")) {
            return Err(SandboxError::Unsupported(
                "the native sandbox needs Linux on x86_64".into(),
            ));
        }
        if !nix::unistd::geteuid().is_root() {
            return Err(SandboxError::Unsupported("the native sandbox must run as root".into()));
        }
        fs::metadata(&config.helper)
            .map_err(|e| SandboxError::io(format!("the helper {}", config.helper.display()), e))?;
        private_dir(&config.root)?;
        let boxes_dir = config.root.join("boxes");
        let rootfs_dir = config.root.join("rootfs");
        private_dir(&boxes_dir)?;
        private_dir(&rootfs_dir)?;
        WorkBox::sweep_stale(&boxes_dir);

        let netns = netns::shared(&config.root)?;
        let cgroups = Layout::prepare(&config.cgroup_name)?;
        let landlock_abi = landlock_rules::kernel_abi();
        if landlock_abi < 6 {
            // Without ABI 6, concurrent runs could reach each other's abstract UNIX sockets
            // in the shared network namespace; mounts, users and seccomp still hold.
            tracing::warn!(
                landlock_abi,
                "this kernel's Landlock is older than ABI 6: runs are less isolated from each other"
            );
        }
        tracing::info!(?cgroups, landlock_abi, root = %config.root.display(), "native sandbox ready");
        Ok(NativeSandbox { config, cgroups, netns, rootfs_dir, boxes_dir })
    }

    fn box_spec(&self, bx: &WorkBox) -> BoxSpec {
        let n = NEXT_RUN.fetch_add(1, Ordering::Relaxed);
        BoxSpec {
            cgroups: self.cgroups.clone(),
            tests_cgroup: format!("{RUN_PREFIX}{}-{n}", std::process::id()),
            box_path: bx.path().to_path_buf(),
            rootfs_dir: self.rootfs_dir.clone(),
            netns_path: self.netns.clone(),
            read_only_paths: self.config.read_only_paths.clone(),
            tmp_bytes: self.config.tmp_bytes,
            file_bytes: self.config.file_bytes,
            max_open_files: self.config.max_open_files,
            uid: self.config.uid,
            gid: self.config.gid,
            hostname: self.config.hostname.clone(),
        }
    }
}

fn run_request(spec: RunSpec, piped: bool) -> Result<RunRequest, SandboxError> {
    if piped {
        spec.check_piped()?;
    } else {
        spec.check()?;
    }
    let n = NEXT_RUN.fetch_add(1, Ordering::Relaxed);
    Ok(RunRequest {
        run_id: format!("{RUN_PREFIX}{}-{n}", std::process::id()),
        argv: spec.argv,
        env: spec.env,
        stdin: spec.stdin,
        limits: spec.limits,
        box_writable: spec.box_writable,
        piped,
    })
}

fn keeper_of(bx: &WorkBox) -> Result<&Keeper, SandboxError> {
    bx.attached::<Keeper>().ok_or_else(|| {
        SandboxError::InvalidSpec("this box was not made by the native sandbox".into())
    })
}

impl Sandbox for NativeSandbox {
    fn identity(&self) -> String {
        let c = &self.config;
        format!(
            "native box={} tmp={} file={} nofile={} uid={} ro={:?}",
            c.box_bytes, c.tmp_bytes, c.file_bytes, c.max_open_files, c.uid, c.read_only_paths
        )
    }

    /// Mounts the box and starts its keeper, which builds the box's namespaces while the judge
    /// writes the source. Must be called inside a tokio runtime.
    fn create_box(&self) -> Result<WorkBox, SandboxError> {
        let mut bx = WorkBox::create(
            &self.boxes_dir,
            self.config.box_bytes,
            self.config.uid,
            self.config.gid,
        )?;
        let keeper = Keeper::spawn(&self.config.helper, &self.box_spec(&bx))?;
        bx.attach(keeper);
        Ok(bx)
    }

    fn run<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        Box::pin(async move {
            let request = run_request(spec, false)?;
            keeper_of(bx)?.run(&request, None).await
        })
    }

    /// The pipes go to the box's keeper over its descriptor socket and on to the box's init
    /// with the run's other descriptors, so the program holds them directly.
    fn run_piped<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
        stdio: PipedStdio,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        Box::pin(async move {
            let request = run_request(spec, true)?;
            keeper_of(bx)?.run(&request, Some(stdio)).await
        })
    }

    fn close_box(&self, mut bx: WorkBox) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            if let Some(keeper) = bx.attached_mut::<Keeper>() {
                keeper.close().await;
            }
        })
    }
}
