//! Private Redis and Postgres servers for one test, so flushing or restarting them disturbs
//! nobody else: Redis from `redis-server` on a free port, Postgres as a fresh cluster from the
//! system binaries (run as the `postgres` user, since initdb refuses root).

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A folder others (the `postgres` user) may enter, removed on drop.
fn open_temp_dir(prefix: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix(prefix).tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

fn wait_until(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !ready() {
        assert!(Instant::now() < deadline, "{what} did not happen within {limit:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A redis-server of our own, without persistence (a restart loses everything, like a flush).
pub struct PrivateRedis {
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl PrivateRedis {
    pub fn start() -> PrivateRedis {
        let mut redis =
            PrivateRedis { port: free_port(), dir: open_temp_dir("faults-redis-"), child: None };
        redis.spawn();
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    fn spawn(&mut self) {
        let child = Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .arg("--dir")
            .arg(self.dir.path())
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server must be installed");
        self.child = Some(child);
        let url = self.url();
        wait_until("redis start", Duration::from_secs(10), || {
            redis::Client::open(url.as_str())
                .and_then(|c| c.get_connection())
                .and_then(|mut c| redis::cmd("PING").query::<String>(&mut c))
                .is_ok()
        });
    }

    /// Kills the server outright and starts a new, empty one on the same port.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }

    pub fn flushall(&self) {
        let mut conn = redis::Client::open(self.url()).unwrap().get_connection().unwrap();
        let _: () = redis::cmd("FLUSHALL").query(&mut conn).unwrap();
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        self.kill();
    }
}

fn pg_bin(tool: &str) -> PathBuf {
    let dirs = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL server binaries (/usr/lib/postgresql)");
    let mut found: Vec<PathBuf> =
        dirs.flatten().map(|d| d.path().join("bin").join(tool)).filter(|p| p.exists()).collect();
    found.sort();
    found.pop().expect("PostgreSQL server binaries")
}

/// Runs a PostgreSQL tool as the `postgres` user when we are root.
fn as_postgres(tool: &str) -> Command {
    if nix::unistd::geteuid().is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(pg_bin(tool));
        command
    } else {
        Command::new(pg_bin(tool))
    }
}

fn run(mut command: Command) {
    let output = command.stdout(Stdio::null()).output().unwrap();
    assert!(output.status.success(), "{command:?}: {}", String::from_utf8_lossy(&output.stderr));
}

/// A Postgres cluster of our own.
pub struct PrivatePostgres {
    port: u16,
    dir: tempfile::TempDir,
    fsync: bool,
}

impl PrivatePostgres {
    /// A cluster without fsync: it is thrown away, so durability would only cost time.
    pub fn start() -> PrivatePostgres {
        PrivatePostgres::start_with(false)
    }

    /// A cluster that syncs its commits to disk like a production one (for measurements).
    pub fn start_durable() -> PrivatePostgres {
        PrivatePostgres::start_with(true)
    }

    fn start_with(fsync: bool) -> PrivatePostgres {
        let dir = open_temp_dir("faults-postgres-");
        for sub in ["data", "run"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
        }
        if nix::unistd::geteuid().is_root() {
            let postgres =
                nix::unistd::User::from_name("postgres").unwrap().expect("a postgres system user");
            for sub in ["data", "run"] {
                nix::unistd::chown(&dir.path().join(sub), Some(postgres.uid), Some(postgres.gid))
                    .unwrap();
            }
        }
        let mut initdb = as_postgres("initdb");
        initdb.arg("-D").arg(dir.path().join("data")).args([
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
        ]);
        run(initdb);
        let pg = PrivatePostgres { port: free_port(), dir, fsync };
        pg.start_server();
        pg
    }

    pub fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn data(&self) -> &Path {
        self.dir.path()
    }

    fn start_server(&self) {
        let mut pg_ctl = as_postgres("pg_ctl");
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync={}",
            self.port,
            self.data().join("run").display(),
            if self.fsync { "on" } else { "off" }
        );
        pg_ctl
            .arg("-D")
            .arg(self.data().join("data"))
            .arg("-l")
            .arg(self.data().join("data/server.log"))
            .args(["-w", "-o", &options, "start"]);
        run(pg_ctl);
    }

    fn stop_server(&self, mode: &str) {
        let mut pg_ctl = as_postgres("pg_ctl");
        pg_ctl.arg("-D").arg(self.data().join("data")).args(["-m", mode, "-w", "stop"]);
        run(pg_ctl);
    }

    /// Stops the server (fast: open connections are cut), leaves it down for `down`, starts it.
    pub fn restart(&self, down: Duration) {
        self.stop_server("fast");
        std::thread::sleep(down);
        self.start_server();
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let mut pg_ctl = as_postgres("pg_ctl");
        pg_ctl.arg("-D").arg(self.data().join("data")).args(["-m", "immediate", "stop"]);
        let _ = pg_ctl.stdout(Stdio::null()).stderr(Stdio::null()).status();
    }
}
