//! Typed settings, read once from the environment at start-up.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, Result};
use secrecy::SecretString;

/// Every setting of the farm. Variables (defaults in brackets):
///
/// - `DATABASE_URL` (required): Postgres connection string (TRD §11).
/// - `REDIS_URL` [`redis://127.0.0.1:6379`]: Redis for the submission stream and nonces (TRD §11).
/// - `FARM_SHARED_SECRET` (required): HMAC key shared with the edge for signed requests.
/// - `FARM_BIND` [`127.0.0.1:8080`]: address the internal API listens on.
/// - `EDGE_URL` [unset]: the edge's base URL; when set, problem changes purge its KV cache.
/// - `REFRESH_TOKEN_EXPIRY` [`2592000`]: refresh-session lifetime in seconds (TRD §11).
/// - `WORKER_CONCURRENCY` [`1`]: sandboxes a worker process runs at once.
/// - `SANDBOX_ROOT` [`/var/lib/algoarena/sandbox`]: where work boxes and cgroup state live.
/// - `SUBMISSION_STREAM` [`algoarena:submissions`]: the Redis stream name (tests use their own).
/// - `RUST_LOG` [`info`]: log filter; `LOG_FORMAT=json` switches logs to JSON lines.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: SecretString,
    pub redis_url: SecretString,
    pub shared_secret: SecretString,
    pub bind: SocketAddr,
    pub edge_url: Option<String>,
    pub refresh_token_expiry_secs: u32,
    pub worker_concurrency: usize,
    pub sandbox_root: PathBuf,
    pub submission_stream: String,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn required(name: &str) -> Result<String> {
    var(name).with_context(|| format!("environment variable {name} must be set"))
}

fn parsed<T: std::str::FromStr>(name: &str, default: T) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    match var(name) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|e| anyhow::anyhow!("{name}={v:?} is invalid: {e}")),
    }
}

impl Settings {
    pub fn from_env() -> Result<Self> {
        Ok(Settings {
            database_url: required("DATABASE_URL")?.into(),
            redis_url: var("REDIS_URL").unwrap_or_else(|| "redis://127.0.0.1:6379".into()).into(),
            shared_secret: required("FARM_SHARED_SECRET")?.into(),
            bind: parsed("FARM_BIND", SocketAddr::from(([127, 0, 0, 1], 8080)))?,
            edge_url: var("EDGE_URL").map(|u| u.trim_end_matches('/').to_string()),
            refresh_token_expiry_secs: parsed("REFRESH_TOKEN_EXPIRY", 2_592_000)?,
            worker_concurrency: parsed("WORKER_CONCURRENCY", 1usize)?.max(1),
            sandbox_root: parsed("SANDBOX_ROOT", PathBuf::from("/var/lib/algoarena/sandbox"))?,
            submission_stream: var("SUBMISSION_STREAM")
                .unwrap_or_else(|| "algoarena:submissions".into()),
        })
    }
}
