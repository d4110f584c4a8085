//! The docker backend: each submission's work box gets one container (Docker Engine API through
//! bollard, runtime `runc` or `runsc` for gVisor), and each run is an exec in it, as an
//! unprivileged user, with the run's limits written to the container's cgroup first.
//!
//! The container: network none, read-only root, every capability dropped, no-new-privileges, a
//! seccomp profile like the native backend's filters, the box and a private /tmp bound from
//! host tmpfs folders, tini as pid 1 running as a user of its own. Writable runs (compilers)
//! run as the box's owner ([`DockerConfig::box_uid`]), test runs as [`DockerConfig::uid`], which
//! may read the box but not change it. Verdicts are exact: CPU time is the container cgroup's
//! (every thread) across the run, memory is only blamed on the kernel's OOM-kill count rising
//! during the run (or, under gVisor, whose sandbox dies whole on an OOM kill, Docker's OOMKilled
//! flag), and whatever a run leaves behind is killed when it ends.

mod cgroup;
mod container;
mod in_box;
mod profile;
mod relay;
mod run;

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;
use std::sync::Arc;

use algoarena_shared::language::Language;
use bollard::query_parameters::ListContainersOptions;
use bollard::Docker;

use self::container::{BoxState, HostTmp};
pub use self::in_box::{sandbox_exec_main, EXEC_ARG};
use super::{private_dir, BoxFuture, Outcome, PipedStdio, RunSpec, Sandbox, SandboxError, WorkBox};

/// Label on every sandbox container: the farm host's name, so start-up clears only its own.
const LABEL: &str = "io.algoarena.sandbox";
/// Label with the pid of the farm process that made the container.
const LABEL_OWNER: &str = "io.algoarena.owner-pid";

/// Settings of the docker backend; `Default` suits a local Docker with the images of
/// `sandbox-images/build.sh`.
#[derive(Debug, Clone)]
pub struct DockerConfig {
    /// Docker Engine address, `unix:///path` or `tcp://host:port`; None means `DOCKER_HOST` or
    /// the local socket. The farm must run on the Docker host: it reads and writes the
    /// containers' cgroups under /sys/fs/cgroup. [None]
    pub host: Option<String>,
    /// OCI runtime of the containers: `runc`, or `runsc` (gVisor) as production uses. [`runc`]
    pub runtime: String,
    /// Image per language. [`algoarena/<language id>:latest` for each]
    pub images: HashMap<Language, String>,
    /// Image of boxes made without a language ([`Sandbox::create_box`]). [the python3 image]
    pub default_image: String,
    /// Root-only folder for the host side of work boxes. [`/var/lib/algoarena/sandbox`]
    pub root: PathBuf,
    /// Size of each work box tmpfs, and of each run's /tmp. [64 MB each]
    pub box_bytes: u64,
    pub tmp_bytes: u64,
    /// RLIMIT_FSIZE and RLIMIT_NOFILE of the container. [64 MB, 64]
    pub file_bytes: u64,
    pub max_open_files: u64,
    /// User and group of test runs (read-only box). [65534]
    pub uid: u32,
    /// User and group of writable runs, the owner of the box. [65533]
    pub box_uid: u32,
    /// User and group of the container's own processes (tini, sleep). [65532]
    pub init_uid: u32,
    /// CPUs a container may use at once (TRD §5: 2). [2.0]
    pub cpus: f64,
    /// Host name programs see. [`sandbox`]
    pub hostname: String,
    /// The farm's own binary, copied to a tmpfs under `root` at start and bound read-only into
    /// every container: each run's exec starts it (`__sandbox-exec`) to confine itself before
    /// it becomes the program. It must run on the images' C library (the farm built on the
    /// images' Debian). [the running executable]
    pub helper: PathBuf,
    /// Value of the containers' label, naming this farm host. [the machine's host name]
    pub host_label: String,
}

impl Default for DockerConfig {
    fn default() -> Self {
        let host_label = fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_default();
        DockerConfig {
            host: None,
            runtime: "runc".into(),
            images: Language::ALL
                .iter()
                .map(|l| (*l, format!("algoarena/{}:latest", l.id())))
                .collect(),
            default_image: "algoarena/python3:latest".into(),
            root: PathBuf::from("/var/lib/algoarena/sandbox"),
            box_bytes: 64 << 20,
            tmp_bytes: 64 << 20,
            file_bytes: 64 << 20,
            max_open_files: 64,
            uid: 65534,
            box_uid: 65533,
            init_uid: 65532,
            cpus: 2.0,
            hostname: "sandbox".into(),
            helper: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("/proc/self/exe")),
            host_label,
        }
    }
}

/// Host tasks gVisor's own processes (sentry, gofer, ptrace stubs) use beside the program's.
const GVISOR_TASKS: u64 = 1024;

impl DockerConfig {
    /// Whether the runtime keeps the program's processes out of the host's sight (gVisor):
    /// they can then only be killed from inside, or with the whole container.
    pub(crate) fn hides_processes(&self) -> bool {
        self.runtime.contains("runsc") || self.runtime.contains("gvisor")
    }

    /// The container's pids limit for runs of `max_processes` tasks: its own two processes
    /// (tini, sleep) count too, and under gVisor the sandbox's host threads.
    fn tasks_limit(&self, max_processes: u32) -> u64 {
        u64::from(max_processes) + if self.hides_processes() { GVISOR_TASKS } else { 2 }
    }
}

/// Runs programs in Docker containers, one per work box.
pub struct DockerSandbox {
    docker: Docker,
    config: Arc<DockerConfig>,
    boxes_dir: PathBuf,
}

impl std::fmt::Debug for DockerSandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DockerSandbox").field("config", &self.config).finish()
    }
}

impl DockerSandbox {
    /// Connects to Docker (negotiating the API version), checks the runtime and the images,
    /// and removes containers and boxes a crashed farm process on this host left behind.
    /// Blocks; safe to call from inside or outside an async runtime.
    pub fn new(config: DockerConfig) -> Result<Self, SandboxError> {
        if config.uid == config.box_uid
            || config.uid == config.init_uid
            || config.box_uid == config.init_uid
        {
            return Err(SandboxError::InvalidSpec("uid, box_uid and init_uid must differ".into()));
        }
        private_dir(&config.root)?;
        let boxes_dir = config.root.join("docker-boxes");
        private_dir(&boxes_dir)?;
        container::prepare_in_box_files(&config.root, &config.helper)?;
        WorkBox::sweep_stale(&boxes_dir);

        let host = config.host.clone();
        let check = config.clone();
        // A runtime of its own: the caller may be async (startup) or not (tests, tools).
        let docker = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| SandboxError::io("starting a runtime", e))?;
            rt.block_on(connect(host, &check))
        })
        .join()
        .map_err(|_| SandboxError::Setup("connecting to Docker panicked".into()))??;
        tracing::info!(runtime = %config.runtime, "docker sandbox ready");
        Ok(DockerSandbox { docker, config: Arc::new(config), boxes_dir })
    }

    /// The image boxes of `language` run in.
    pub fn image_for(&self, language: Language) -> &str {
        self.config.images.get(&language).map(String::as_str).unwrap_or(&self.config.default_image)
    }

    /// Removes the box's container now and waits for it (dropping the box does the same in
    /// the background).
    pub async fn close_box(&self, mut bx: WorkBox) -> Result<(), SandboxError> {
        if let Some(state) = bx.attached_mut::<BoxState>() {
            if let Some(c) = state.container.get_mut().take() {
                container::remove(&self.docker, &c.id).await.map_err(|e| {
                    SandboxError::Setup(format!("removing container {}: {e}", c.id))
                })?;
            }
        }
        Ok(())
    }

    fn new_box(&self, image: &str) -> Result<WorkBox, SandboxError> {
        let mut bx = WorkBox::create(
            &self.boxes_dir,
            self.config.box_bytes,
            self.config.box_uid,
            self.config.box_uid,
        )?;
        let tmp = HostTmp::create(bx.path(), self.config.tmp_bytes)?;
        bx.attach(BoxState {
            image: image.to_string(),
            tmp,
            container: tokio::sync::Mutex::new(None),
            docker: self.docker.clone(),
            config: self.config.clone(),
        });
        Ok(bx)
    }
}

async fn connect(host: Option<String>, config: &DockerConfig) -> Result<Docker, SandboxError> {
    let unsupported =
        |what: &str, e: bollard::errors::Error| SandboxError::Unsupported(format!("{what}: {e}"));
    let docker =
        container::client(host.as_deref()).map_err(|e| unsupported("connecting to Docker", e))?;
    let docker = docker.negotiate_version().await.map_err(|e| unsupported("reaching Docker", e))?;
    let info = docker.info().await.map_err(|e| unsupported("asking Docker for its info", e))?;
    let runtimes = info.runtimes.unwrap_or_default();
    if !runtimes.contains_key(&config.runtime) {
        let known: Vec<_> = runtimes.keys().collect();
        return Err(SandboxError::Unsupported(format!(
            "Docker has no runtime `{}` (it has {known:?})",
            config.runtime
        )));
    }
    let mut wanted: Vec<&String> = config.images.values().collect();
    wanted.push(&config.default_image);
    for image in wanted {
        if docker.inspect_image(image).await.is_err() {
            tracing::warn!(%image, "sandbox image missing: boxes of its language will fail (sandbox-images/build.sh)");
        }
    }
    sweep(&docker, config).await;
    Ok(docker)
}

/// Removes this host's sandbox containers whose farm process is gone.
async fn sweep(docker: &Docker, config: &DockerConfig) {
    let filters =
        HashMap::from([("label".to_string(), vec![format!("{LABEL}={}", config.host_label)])]);
    let options = ListContainersOptions { all: true, filters: Some(filters), ..Default::default() };
    let Ok(list) = docker.list_containers(Some(options)).await else { return };
    for c in list {
        let owner =
            c.labels.as_ref().and_then(|l| l.get(LABEL_OWNER)).and_then(|p| p.parse::<i32>().ok());
        // SAFETY: signal 0 only checks whether the process exists.
        let alive = owner.is_some_and(|pid| {
            (unsafe { libc::kill(pid, 0) }) == 0
                || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
        });
        if let (false, Some(id)) = (alive, c.id) {
            tracing::info!(container = %id, "removing a sandbox container left by a dead farm process");
            let _ = container::remove(docker, &id).await;
        }
    }
}

impl Sandbox for DockerSandbox {
    /// Images are tagged by a hash of their Dockerfile (sandbox-images/build.sh), so the tags
    /// name the toolchains.
    fn identity(&self) -> String {
        let c = &self.config;
        let mut images: Vec<String> =
            c.images.iter().map(|(l, i)| format!("{}={i}", l.id())).collect();
        images.sort();
        format!(
            "docker runtime={} cpus={} box={} tmp={} file={} nofile={} default={} images={images:?}",
            c.runtime, c.cpus, c.box_bytes, c.tmp_bytes, c.file_bytes, c.max_open_files, c.default_image
        )
    }

    fn create_box(&self) -> Result<WorkBox, SandboxError> {
        self.new_box(&self.config.default_image)
    }

    fn create_box_for(&self, language: Language) -> Result<WorkBox, SandboxError> {
        self.new_box(self.image_for(language))
    }

    fn run<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        Box::pin(async move {
            let state = bx.attached::<BoxState>().ok_or_else(|| {
                SandboxError::InvalidSpec("the work box was not made by the docker sandbox".into())
            })?;
            run::run(state, bx.path(), spec, None).await
        })
    }

    /// The farm relays between the pipes and the exec's attached stdin and stdout.
    fn run_piped<'a>(
        &'a self,
        bx: &'a WorkBox,
        spec: RunSpec,
        stdio: PipedStdio,
    ) -> BoxFuture<'a, Result<Outcome, SandboxError>> {
        Box::pin(async move {
            let state = bx.attached::<BoxState>().ok_or_else(|| {
                SandboxError::InvalidSpec("the work box was not made by the docker sandbox".into())
            })?;
            run::run(state, bx.path(), spec, Some(stdio)).await
        })
    }

    fn close_box(&self, bx: WorkBox) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            if let Err(e) = DockerSandbox::close_box(self, bx).await {
                tracing::warn!(error = %e, "could not remove a sandbox container");
            }
        })
    }
}
