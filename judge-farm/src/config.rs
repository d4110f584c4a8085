//! Typed settings, read once from the environment at start-up.

pub mod ai;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use secrecy::SecretString;

pub use self::ai::AiSettings;

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
///
/// The sandbox workers run submissions in ([`SandboxSettings`], read by [`sandbox_settings`]):
/// - `SANDBOX_BACKEND` [`native`]: `native` (namespaces, cgroups, seccomp, Landlock; needs
///   root) or `docker` (one container per submission through the Docker Engine API).
/// - `DOCKER_RUNTIME` [`runc`]: the docker backend's OCI runtime, `runc` or `runsc` (gVisor, as
///   production uses; registered in dockerd's `runtimes`, see scripts/docker-sandbox-setup.sh).
/// - `DOCKER_HOST` [`unix:///var/run/docker.sock`]: the Docker Engine, `unix:///<socket>` or
///   `tcp://host:port`. The worker must run on that host, as root: it reads and sets the
///   containers' cgroups and mounts the work boxes it binds into them.
/// - `DOCKER_IMAGE_<LANGUAGE>` [`algoarena/<language id>:latest`], e.g. `DOCKER_IMAGE_PYTHON3`,
///   `DOCKER_IMAGE_CPP17`: the image a language's submissions run in (sandbox-images/build.sh
///   builds them all).
/// - `SUBMISSION_STREAM` [`algoarena:submissions`]: the Redis stream name (tests use their own).
/// - `RUST_LOG` [`info`]: log filter; `LOG_FORMAT=json` switches logs to JSON lines.
///
/// The queue and its workers ([`QueueSettings`]):
/// - `JOB_LEASE_SECS` [`60`]: how long a worker's claim on a submission lasts unless renewed.
///   A heartbeat renews it every third of that while judging, so it only has to outlast a
///   stall, not the longest judging; a dead or stopped worker's job is taken over after it.
/// - `JOB_MAX_ATTEMPTS` [`3`]: claims that may fail or be abandoned before the submission is
///   dead-lettered (stream `<SUBMISSION_STREAM>:dead`) and shown as Internal Error.
/// - `QUEUE_MAX_PENDING` [`1000`]: queued submissions beyond which submit answers 503
///   `queue_full` with `Retry-After`.
/// - `QUEUE_REQUEUE_AFTER_SECS` [`60`]: a submission queued this long since it was last put on
///   the stream is put on it again (the enqueue after the insert was lost, or Redis was).
/// - `QUEUE_SWEEP_INTERVAL_SECS` [`15`]: how often each worker runs that sweep.
/// - `SUBMIT_RATE_LIMIT` [`30`] per `SUBMIT_RATE_WINDOW_SECS` [`3600`]: submits per user in a
///   sliding window (TRD §6); beyond it submit answers 429 `rate_limited` with `Retry-After`.
/// - `WORKER_SHUTDOWN_GRACE_SECS` [`30`]: on SIGTERM a worker stops taking jobs and waits this
///   long for the ones it has; whatever is still running is then released to other workers.
/// - `WORKER_SELF_TEST` [`true`]: whether a worker self-tests every language before it takes
///   jobs; `false` is for tests and benchmarks that start many short-lived workers.
/// - `METRICS_BIND` [`127.0.0.1:9464`]: where `judge-farm worker` serves Prometheus `GET /metrics`
///   (read by [`metrics_bind`]; `off` disables it). `serve` exports on `FARM_BIND`'s `/metrics`
///   only to callers with `METRICS_TOKEN` (below).
///
/// Account flows ([`AuthSettings`]):
/// - `APP_URL` [`http://127.0.0.1:8787`]: the public origin, for links in mails (TRD §11).
/// - `EMAIL_FROM` [`AlgoArena <noreply@algoarena.io>`]: sender of every mail (TRD §11).
/// - `RESEND_API_KEY` [unset]: when set, mail goes out through Resend's HTTP API (TRD §11);
///   when unset, every mail is written to the local outbox instead.
/// - `RESEND_API_URL` [`https://api.resend.com/emails`]: Resend's endpoint.
/// - `MAIL_OUTBOX_DIR` [`.local/outbox`]: the local outbox, one JSON file per mail.
/// - `EMAIL_CODE_TTL` [`900`]: lifetime of e-mail verification codes, seconds.
/// - `RESET_TOKEN_TTL` [`3600`]: lifetime of password-reset links, seconds.
/// - `MAGIC_LINK_TTL` [`900`]: lifetime of magic links, seconds (capped at 900).
/// - `TOTP_ENCRYPTION_KEY` (required by `serve`): 32 bytes as 64 hex digits; the AES-256-GCM key TOTP
///   secrets are stored under (`openssl rand -hex 32`; scripts/lib/stack.sh makes one for local
///   stacks). Losing it loses every account's 2FA secret (they then use recovery codes).
/// - `REFRESH_REUSE_GRACE_SECS` [`10`]: how long a just-rotated refresh token still answers with
///   the same successor (two tabs refreshing at once); later presentations are reuse.
/// - `REFRESH_IDLE_TIMEOUT_SECS` [`604800`]: a session not refreshed for this long (7 days)
///   ends, within its absolute `REFRESH_TOKEN_EXPIRY`.
/// - `TWO_FACTOR_RESET_DELAY_SECS` [`86400`]: how long after it is asked for an e-mailed 2FA
///   reset link starts to work (a 2FA sign-in meanwhile cancels it); it works 3 days after that.
/// - `METRICS_TOKEN` [unset]: the bearer token `GET /metrics` on `FARM_BIND` requires; unset,
///   the API serves no metrics at all (production scrapes with the token, never in public).
///
/// AI hints ([`AiSettings`], in `config/ai.rs`): `AI_HINT_PROVIDER`, `OPENAI_API_KEY`,
/// `OPENAI_BASE_URL`, `OPENAI_MODEL`, `ANTHROPIC_API_KEY`, `ANTHROPIC_BASE_URL`,
/// `ANTHROPIC_MODEL`, `AI_HINT_DAILY_LIMIT` [`10`], `AI_HINT_WINDOW_SECS` [`86400`],
/// `AI_HINT_TIMEOUT_SECS` [`15`]; without an API key, hints come from the built-in local
/// provider (no network).
/// Billing (read by `crate::billing::config::BillingSettings`, issue 14): `STRIPE_SECRET_KEY`,
/// `STRIPE_API_BASE`, `STRIPE_MONTHLY_PRICE_ID`, `STRIPE_ANNUAL_PRICE_ID`, `STRIPE_PLANS_CACHE_SECS`.
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
    pub auth: AuthSettings,
    pub queue: QueueSettings,
    pub ai: AiSettings,
}

/// Settings of the submission queue, its admission limits and its workers.
#[derive(Debug, Clone)]
pub struct QueueSettings {
    pub lease: Duration,
    pub max_attempts: i32,
    pub max_pending: i64,
    pub requeue_after: Duration,
    pub sweep_interval: Duration,
    pub submit_limit: u32,
    /// Runs per user per `submit_window` (TRD §6: 60 an hour).
    pub run_limit: u32,
    pub submit_window: Duration,
    pub shutdown_grace: Duration,
    pub self_test: bool,
}

impl Default for QueueSettings {
    fn default() -> Self {
        QueueSettings {
            lease: Duration::from_secs(60),
            max_attempts: 3,
            max_pending: 1000,
            requeue_after: Duration::from_secs(60),
            sweep_interval: Duration::from_secs(15),
            submit_limit: 30,
            run_limit: 60,
            submit_window: Duration::from_secs(3600),
            shutdown_grace: Duration::from_secs(30),
            self_test: true,
        }
    }
}

impl QueueSettings {
    fn from_env() -> Result<QueueSettings> {
        let d = QueueSettings::default();
        let secs = |name: &str, default: Duration| -> Result<Duration> {
            Ok(Duration::from_secs(parsed(name, default.as_secs())?))
        };
        Ok(QueueSettings {
            // A lease under 3 s would leave the heartbeat no slack at all.
            lease: secs("JOB_LEASE_SECS", d.lease)?.max(Duration::from_secs(3)),
            max_attempts: parsed("JOB_MAX_ATTEMPTS", d.max_attempts)?.max(1),
            max_pending: parsed("QUEUE_MAX_PENDING", d.max_pending)?.max(1),
            requeue_after: secs("QUEUE_REQUEUE_AFTER_SECS", d.requeue_after)?,
            sweep_interval: secs("QUEUE_SWEEP_INTERVAL_SECS", d.sweep_interval)?
                .max(Duration::from_secs(1)),
            submit_limit: parsed("SUBMIT_RATE_LIMIT", d.submit_limit)?.max(1),
            run_limit: parsed("RUN_RATE_LIMIT", d.run_limit)?.max(1),
            submit_window: secs("SUBMIT_RATE_WINDOW_SECS", d.submit_window)?
                .max(Duration::from_secs(1)),
            shutdown_grace: secs("WORKER_SHUTDOWN_GRACE_SECS", d.shutdown_grace)?,
            self_test: parsed("WORKER_SELF_TEST", d.self_test)?,
        })
    }
}

/// Settings of the account flows: mail delivery and one-time token lifetimes.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    pub app_url: String,
    pub email_from: String,
    pub resend_api_key: Option<SecretString>,
    pub resend_api_url: String,
    pub mail_outbox_dir: PathBuf,
    pub email_code_ttl_secs: u32,
    pub reset_token_ttl_secs: u32,
    pub magic_link_ttl_secs: u32,
    /// `None` only for processes that never touch 2FA (workers, migrate, import).
    pub totp_key: Option<EncryptionKey>,
    pub refresh_reuse_grace_secs: u32,
    pub refresh_idle_timeout_secs: u32,
    pub two_factor_reset_delay_secs: u32,
    pub metrics_token: Option<SecretString>,
}

/// A 256-bit AES key. It never prints.
#[derive(Clone)]
pub struct EncryptionKey(pub [u8; 32]);

impl std::fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EncryptionKey(***)")
    }
}

impl EncryptionKey {
    /// A fresh random key (tests and throwaway local settings).
    pub fn random() -> EncryptionKey {
        use rand::RngCore;
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        EncryptionKey(key)
    }

    /// 64 hex digits.
    pub fn parse_hex(text: &str) -> Result<EncryptionKey> {
        let bytes = hex::decode(text.trim()).context("not hex")?;
        let key: [u8; 32] =
            bytes.try_into().map_err(|_| anyhow::anyhow!("must be 32 bytes (64 hex digits)"))?;
        Ok(EncryptionKey(key))
    }
}

impl AuthSettings {
    /// The key TOTP secrets are sealed with; `serve` refuses to start without one.
    pub fn totp_key(&self) -> Result<&EncryptionKey> {
        self.totp_key.as_ref().context("TOTP_ENCRYPTION_KEY is not set")
    }
}

/// Magic links are valid for 15 minutes at most, whatever the configuration says.
pub const MAX_MAGIC_LINK_TTL_SECS: u32 = 900;

impl AuthSettings {
    /// Development defaults: mail goes to `outbox`, lifetimes as in production.
    pub fn local(outbox: PathBuf) -> AuthSettings {
        AuthSettings {
            app_url: "http://127.0.0.1:8787".into(),
            email_from: "AlgoArena <noreply@algoarena.io>".into(),
            resend_api_key: None,
            resend_api_url: "https://api.resend.com/emails".into(),
            mail_outbox_dir: outbox,
            email_code_ttl_secs: 900,
            reset_token_ttl_secs: 3600,
            magic_link_ttl_secs: MAX_MAGIC_LINK_TTL_SECS,
            totp_key: Some(EncryptionKey::random()),
            refresh_reuse_grace_secs: 10,
            refresh_idle_timeout_secs: 7 * 24 * 3600,
            two_factor_reset_delay_secs: 24 * 3600,
            metrics_token: None,
        }
    }

    fn from_env() -> Result<AuthSettings> {
        let defaults = AuthSettings::local(PathBuf::from(".local/outbox"));
        Ok(AuthSettings {
            app_url: var("APP_URL")
                .map(|u| u.trim_end_matches('/').to_string())
                .unwrap_or(defaults.app_url),
            email_from: var("EMAIL_FROM").unwrap_or(defaults.email_from),
            resend_api_key: var("RESEND_API_KEY").map(Into::into),
            resend_api_url: var("RESEND_API_URL").unwrap_or(defaults.resend_api_url),
            mail_outbox_dir: parsed("MAIL_OUTBOX_DIR", defaults.mail_outbox_dir)?,
            email_code_ttl_secs: parsed("EMAIL_CODE_TTL", defaults.email_code_ttl_secs)?.max(1),
            reset_token_ttl_secs: parsed("RESET_TOKEN_TTL", defaults.reset_token_ttl_secs)?.max(1),
            magic_link_ttl_secs: parsed("MAGIC_LINK_TTL", defaults.magic_link_ttl_secs)?
                .clamp(1, MAX_MAGIC_LINK_TTL_SECS),
            totp_key: var("TOTP_ENCRYPTION_KEY")
                .map(|k| EncryptionKey::parse_hex(&k).context("TOTP_ENCRYPTION_KEY"))
                .transpose()?,
            refresh_reuse_grace_secs: parsed(
                "REFRESH_REUSE_GRACE_SECS",
                defaults.refresh_reuse_grace_secs,
            )?
            .min(60),
            refresh_idle_timeout_secs: parsed(
                "REFRESH_IDLE_TIMEOUT_SECS",
                defaults.refresh_idle_timeout_secs,
            )?
            .max(60),
            two_factor_reset_delay_secs: parsed(
                "TWO_FACTOR_RESET_DELAY_SECS",
                defaults.two_factor_reset_delay_secs,
            )?,
            metrics_token: var("METRICS_TOKEN").map(Into::into),
        })
    }
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
            auth: AuthSettings::from_env()?,
            queue: QueueSettings::from_env()?,
            ai: AiSettings::from_env()?,
        })
    }
}

/// Which sandbox backend workers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SandboxBackend {
    Native,
    Docker,
}

/// The sandbox settings (see [`Settings`]); `sandbox_root` stays in [`Settings`].
#[derive(Debug, Clone)]
pub struct SandboxSettings {
    pub backend: SandboxBackend,
    pub docker_runtime: String,
    pub docker_host: Option<String>,
    /// Only the languages whose image was set; the others keep the default name.
    pub docker_images: Vec<(algoarena_shared::language::Language, String)>,
}

/// `SANDBOX_BACKEND`, `DOCKER_RUNTIME`, `DOCKER_HOST` and `DOCKER_IMAGE_<LANGUAGE>` (see
/// [`Settings`]).
pub fn sandbox_settings() -> Result<SandboxSettings> {
    let backend = match var("SANDBOX_BACKEND").as_deref() {
        None | Some("native") => SandboxBackend::Native,
        Some("docker") => SandboxBackend::Docker,
        Some(other) => anyhow::bail!("SANDBOX_BACKEND={other:?} is invalid: use native or docker"),
    };
    let docker_images = algoarena_shared::language::Language::ALL
        .into_iter()
        .filter_map(|l| {
            var(&format!("DOCKER_IMAGE_{}", l.id().to_uppercase())).map(|image| (l, image))
        })
        .collect();
    Ok(SandboxSettings {
        backend,
        docker_runtime: var("DOCKER_RUNTIME").unwrap_or_else(|| "runc".into()),
        docker_host: var("DOCKER_HOST"),
        docker_images,
    })
}

/// `METRICS_BIND` (see [`Settings`]): the worker's metrics listener, `None` when set to `off`.
pub fn metrics_bind() -> Result<Option<SocketAddr>> {
    match var("METRICS_BIND").as_deref() {
        Some("off") => Ok(None),
        _ => Ok(Some(parsed("METRICS_BIND", SocketAddr::from(([127, 0, 0, 1], 9464)))?)),
    }
}
