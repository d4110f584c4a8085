//! One container per work box: created on the box's first run (so the judge has written the
//! source by then), kept across the compile step and every test, and removed when the box is
//! dropped. A container that died (gVisor's whole sandbox dies on an OOM kill) or was killed
//! to end a run is replaced on the next run; the box and /tmp are host folders, so nothing of
//! the submission is lost with it.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use bollard::models::{ContainerCreateBody, HostConfig, ResourcesUlimits};
use bollard::query_parameters::{
    CreateContainerOptions, InspectContainerOptions, RemoveContainerOptions,
};
use bollard::Docker;
use nix::mount::{mount, umount2, MntFlags, MsFlags};

use super::cgroup::ContainerCgroup;
use super::{DockerConfig, LABEL, LABEL_OWNER};
use crate::sandbox::{Limits, SandboxError};

/// A running sandbox container.
#[derive(Debug)]
pub(super) struct Container {
    pub id: String,
    pub cgroup: ContainerCgroup,
    /// The limits its cgroup holds now, so they are only written when a run changes them.
    pub applied: Option<(u64, u64)>,
    /// Set once the container was killed or died: the next run replaces it.
    pub gone: Arc<AtomicBool>,
}

/// What the docker backend keeps with a [`WorkBox`](crate::sandbox::WorkBox).
pub(super) struct BoxState {
    pub image: String,
    pub tmp: HostTmp,
    pub container: tokio::sync::Mutex<Option<Container>>,
    pub docker: Docker,
    pub config: Arc<DockerConfig>,
}

impl BoxState {
    /// The container for the next run, made (again) when there is none.
    pub(super) async fn ensure<'a>(
        &'a self,
        slot: &'a mut Option<Container>,
        box_path: &Path,
        limits: &Limits,
    ) -> Result<&'a mut Container, SandboxError> {
        if slot.is_none() {
            *slot = Some(
                create(&self.docker, &self.config, &self.image, box_path, &self.tmp.path, limits)
                    .await?,
            );
        }
        Ok(slot.as_mut().expect("just made"))
    }
}

impl Drop for BoxState {
    /// A box closed with `close_box` has no container left here. One dropped otherwise (a
    /// failed or abandoned submission, a panic unwinding, a runtime shutting down with the
    /// judging task in it) removes its container before the drop returns: a task spawned for
    /// it might never run, and the container would outlive the farm process.
    fn drop(&mut self) {
        if let Some(container) = self.container.get_mut().take() {
            remove_now(self.config.host.as_deref(), &container.id);
        }
    }
}

/// How long a drop waits for Docker to remove a container.
const REMOVE_TIMEOUT: Duration = Duration::from_secs(30);

/// A Docker client for `host` (None: `DOCKER_HOST` or the local socket).
pub(super) fn client(host: Option<&str>) -> Result<Docker, bollard::errors::Error> {
    match host {
        Some(h) => Docker::connect_with_host(h),
        None => Docker::connect_with_defaults(),
    }
}

/// Force-removes a container and waits for it, from any context: a drop, a panic unwinding, a
/// runtime shutting down. It works on a thread of its own with a runtime and a client of its
/// own: the caller's runtime may be the one blocked here, and a pooled connection of the
/// shared client may belong to it.
pub(super) fn remove_now(host: Option<&str>, id: &str) {
    let (host, id) = (host.map(str::to_owned), id.to_owned());
    let removal = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let removed = async {
            let docker = client(host.as_deref())?.negotiate_version().await?;
            remove(&docker, &id).await
        };
        // The timer is made inside the runtime: `timeout` outside it has no reactor and panics.
        let done = rt
            .block_on(async { tokio::time::timeout(REMOVE_TIMEOUT, removed).await })
            .unwrap_or_else(|_| {
                Err(bollard::errors::Error::IOError {
                    err: std::io::Error::new(std::io::ErrorKind::TimedOut, "docker rm timed out"),
                })
            });
        if let Err(e) = done {
            tracing::warn!(container = %id, error = %e, "could not remove a sandbox container");
        }
        Ok::<(), std::io::Error>(())
    });
    match removal.join() {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!(error = %e, "no runtime to remove a sandbox container"),
        Err(_) => tracing::warn!("removing a sandbox container panicked"),
    }
}

/// Force-removes a container without waiting for it, for a run that must go on watching its
/// exec meanwhile.
pub(super) fn remove_in_background(docker: Docker, id: String) {
    let task = async move {
        if let Err(e) = remove(&docker, &id).await {
            tracing::warn!(container = %id, error = %e, "could not remove a sandbox container");
        }
    };
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => {
            handle.spawn(task);
        }
        Err(_) => {
            std::thread::spawn(move || {
                if let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() {
                    rt.block_on(task);
                }
            });
        }
    }
}

pub(super) async fn remove(docker: &Docker, id: &str) -> Result<(), bollard::errors::Error> {
    let options = RemoveContainerOptions { force: true, v: true, ..Default::default() };
    match docker.remove_container(id, Some(options)).await {
        Err(bollard::errors::Error::DockerResponseServerError { status_code: 404, .. }) => Ok(()),
        // 409 with `force`: another removal of it (the run's kill, or the box's close) is
        // already under way, and Docker finishes it.
        Err(bollard::errors::Error::DockerResponseServerError { status_code: 409, .. }) => Ok(()),
        other => other,
    }
}

/// A size or count for the Engine API, which takes signed numbers; past `i64::MAX` it is as
/// good as unlimited.
fn clamp_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn docker_err(what: &str) -> impl Fn(bollard::errors::Error) -> SandboxError + '_ {
    move |e| SandboxError::Setup(format!("{what}: {e}"))
}

async fn create(
    docker: &Docker,
    config: &DockerConfig,
    image: &str,
    box_path: &Path,
    tmp_path: &Path,
    limits: &Limits,
) -> Result<Container, SandboxError> {
    let labels = HashMap::from([
        (LABEL.to_string(), config.host_label.clone()),
        (LABEL_OWNER.to_string(), std::process::id().to_string()),
    ]);
    let body = ContainerCreateBody {
        image: Some(image.to_string()),
        // The container's own processes run as a user no run shares, so runs cannot signal
        // them or read their /proc entries.
        user: Some(format!("{0}:{0}", config.init_uid)),
        cmd: Some(vec!["sleep".into(), "2147483647".into()]),
        entrypoint: Some(vec![]),
        working_dir: Some("/box".into()),
        hostname: Some(config.hostname.clone()),
        network_disabled: Some(true),
        labels: Some(labels),
        host_config: Some(host_config(config, box_path, tmp_path, limits)),
        ..Default::default()
    };
    let created = docker
        .create_container(None::<CreateContainerOptions>, body)
        .await
        .map_err(|e| SandboxError::Setup(format!("creating a container from {image}: {e}")))?;
    let id = created.id;
    let started = async {
        docker.start_container(&id, None).await.map_err(docker_err("starting the container"))?;
        let inspect = docker
            .inspect_container(&id, None::<InspectContainerOptions>)
            .await
            .map_err(docker_err("inspecting the container"))?;
        let pid = inspect.state.and_then(|s| s.pid).filter(|p| *p > 0);
        let pid =
            pid.ok_or_else(|| SandboxError::Setup("the container has no init process".into()))?;
        ContainerCgroup::of_pid(pid)
    };
    match started.await {
        Ok(cgroup) => Ok(Container { id, cgroup, applied: None, gone: Arc::default() }),
        Err(e) => {
            let _ = remove(docker, &id).await;
            Err(e)
        }
    }
}

/// How the container is confined: no network, a read-only root, no capabilities, the seccomp
/// profile, the box and /tmp bound in, and the first run's limits.
fn host_config(
    config: &DockerConfig,
    box_path: &Path,
    tmp_path: &Path,
    limits: &Limits,
) -> HostConfig {
    let ulimit = |name: &str, value: u64| ResourcesUlimits {
        name: Some(name.into()),
        soft: Some(clamp_i64(value)),
        hard: Some(clamp_i64(value)),
    };
    let memory = clamp_i64(limits.memory_bytes);
    HostConfig {
        runtime: Some(config.runtime.clone()),
        network_mode: Some("none".into()),
        readonly_rootfs: Some(true),
        cap_drop: Some(vec!["ALL".into()]),
        security_opt: Some(vec![
            "no-new-privileges".into(),
            format!("seccomp={}", super::profile::seccomp_json()),
        ]),
        // tini as pid 1 reaps what runs leave behind, so zombies never hold the pids limit.
        init: Some(true),
        binds: Some(binds(config, box_path, tmp_path)),
        memory: Some(memory),
        memory_swap: Some(memory),
        pids_limit: Some(clamp_i64(config.tasks_limit(limits.max_processes))),
        nano_cpus: Some((config.cpus * 1e9) as i64),
        ulimits: Some(vec![
            ulimit("nofile", config.max_open_files),
            ulimit("fsize", config.file_bytes),
            ulimit("core", 0),
        ]),
        ipc_mode: Some("private".into()),
        // The host's devices and kernel settings are nobody's business in here.
        tmpfs: Some(
            [("/sys", "ro,size=4k,mode=0")]
                .into_iter()
                .chain(HIDDEN_DIRS.iter().map(|d| (*d, "ro,size=4k,mode=0555")))
                .map(|(d, o)| (d.to_string(), o.to_string()))
                .collect(),
        ),
        ..Default::default()
    }
}

/// The image's passwd-format files (the accounts and their backups), each covered by an empty
/// file: nothing in a box needs them (users are given by number), and a compile error would
/// echo them (`#include "/etc/passwd"`).
const HIDDEN_FILES: &[&str] = &["/etc/passwd", "/etc/passwd-", "/etc/group", "/etc/group-"];
/// Folders covered by an empty tmpfs: Debian's master copies of the account files, and dpkg's
/// records (base-passwd's maintainer scripts quote them).
const HIDDEN_DIRS: &[&str] = &["/usr/share/base-passwd", "/var/lib/dpkg"];

/// The folder of what every container gets bound from the farm: a tmpfs of its own, so the
/// container's mountinfo names these files by their place in it (`/empty`), not by a host path.
fn in_box_dir(root: &Path) -> PathBuf {
    root.join("in-box")
}

/// Makes [`in_box_dir`] afresh: an empty file that covers the hidden ones, and a copy of the
/// farm's binary that starts every run (`in_box`). A tmpfs a previous farm process left there
/// is detached first (its containers keep what they bound, and it is freed with the last).
pub(super) fn prepare_in_box_files(root: &Path, helper: &Path) -> Result<(), SandboxError> {
    use std::os::unix::fs::PermissionsExt;
    // Sandboxes made at once in one process (tests) would otherwise stack their tmpfs.
    static PREPARING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = PREPARING.lock().unwrap_or_else(|e| e.into_inner());
    let dir = in_box_dir(root);
    let io = |what: String| move |e: std::io::Error| SandboxError::io(what, e);
    // Every tmpfs stacked there goes (detaching fails once nothing is mounted).
    for _ in 0..16 {
        if umount2(&dir, MntFlags::MNT_DETACH).is_err() {
            break;
        }
    }
    fs::create_dir_all(&dir).map_err(io(format!("creating {}", dir.display())))?;
    let helper_bytes =
        fs::metadata(helper).map_err(io(format!("the helper {}", helper.display())))?.len();
    let options = format!("size={},mode=0755", helper_bytes + (1 << 20));
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
    mount(Some("tmpfs"), &dir, Some("tmpfs"), flags, Some(options.as_str())).map_err(|e| {
        SandboxError::io(format!("mounting a tmpfs at {}", dir.display()), e.into())
    })?;
    let empty = dir.join("empty");
    fs::write(&empty, b"").map_err(io(format!("writing {}", empty.display())))?;
    fs::set_permissions(&empty, fs::Permissions::from_mode(0o444))
        .map_err(io(format!("making {} readable", empty.display())))?;
    let exec = dir.join("sandbox-exec");
    fs::copy(helper, &exec).map_err(io(format!("copying the helper {}", helper.display())))?;
    fs::set_permissions(&exec, fs::Permissions::from_mode(0o555))
        .map_err(io(format!("making {} executable", exec.display())))?;
    Ok(())
}

/// The box, the run's /tmp, the farm's binary that starts each run, and the hidden files.
fn binds(config: &DockerConfig, box_path: &Path, tmp_path: &Path) -> Vec<String> {
    let dir = in_box_dir(&config.root);
    let empty = dir.join("empty");
    let mut binds = vec![
        format!("{}:/box:rw", box_path.display()),
        format!("{}:/tmp:rw", tmp_path.display()),
        format!("{}:{}:ro", dir.join("sandbox-exec").display(), super::in_box::IN_BOX_PATH),
    ];
    binds.extend(HIDDEN_FILES.iter().map(|f| format!("{}:{f}:ro", empty.display())));
    binds
}

/// The run's /tmp: a size-capped tmpfs on the host, bound into the container and emptied
/// after every run, so each run starts with an empty /tmp as in the native backend.
#[derive(Debug)]
pub(super) struct HostTmp {
    pub path: PathBuf,
}

impl HostTmp {
    pub(super) fn create(box_path: &Path, bytes: u64) -> Result<HostTmp, SandboxError> {
        let mut name = box_path.file_name().unwrap_or_default().to_os_string();
        name.push("-tmp");
        let path = box_path.with_file_name(name);
        fs::create_dir(&path)
            .map_err(|e| SandboxError::io(format!("creating {}", path.display()), e))?;
        let options = format!("size={bytes},mode=1777");
        let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
        if let Err(e) = mount(Some("tmpfs"), &path, Some("tmpfs"), flags, Some(options.as_str())) {
            let _ = fs::remove_dir(&path);
            return Err(SandboxError::io(
                format!("mounting a tmpfs at {}", path.display()),
                e.into(),
            ));
        }
        Ok(HostTmp { path })
    }

    /// Removes everything the last run left in /tmp.
    pub(super) fn clear(&self) {
        let Ok(entries) = fs::read_dir(&self.path) else { return };
        for entry in entries.flatten() {
            let p = entry.path();
            let _ = if entry.file_type().is_ok_and(|t| t.is_dir()) {
                fs::remove_dir_all(&p)
            } else {
                fs::remove_file(&p)
            };
        }
    }
}

impl Drop for HostTmp {
    fn drop(&mut self) {
        let _ = umount2(&self.path, MntFlags::MNT_DETACH);
        let _ = fs::remove_dir(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A drop must not hang or panic when Docker cannot be reached (the farm would then hang
    /// on its way out): `remove_now` gives up with a warning.
    #[test]
    fn removing_without_a_reachable_docker_returns_promptly() {
        let started = std::time::Instant::now();
        remove_now(Some("unix:///nonexistent/algoarena-docker.sock"), "no-such-container");
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    }

    /// The drop path also runs inside the farm's runtime, whose thread it blocks: it must
    /// not need that runtime to make progress.
    #[tokio::test(flavor = "current_thread")]
    async fn removing_from_inside_a_single_threaded_runtime_does_not_deadlock() {
        remove_now(Some("unix:///nonexistent/algoarena-docker.sock"), "no-such-container");
    }
}
