//! Connecting to Postgres and Redis, applying migrations, and the sandbox chosen for workers.

use std::sync::Arc;

use anyhow::{Context, Result};
use redis::aio::ConnectionManager;
use secrecy::ExposeSecret;
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

use crate::accounts::mail::Mailer;
use crate::config::{SandboxBackend, Settings};
use crate::sandbox::{DockerConfig, DockerSandbox, NativeConfig, NativeSandbox, Sandbox};
use crate::state::AppState;

/// The schema, embedded so the binary migrates without the source tree.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");

pub async fn connect_db(settings: &Settings) -> Result<PgPool> {
    PgPoolOptions::new()
        .max_connections(10)
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect(settings.database_url.expose_secret())
        .await
        .context("connecting to Postgres (DATABASE_URL)")
}

pub async fn connect_redis(settings: &Settings) -> Result<ConnectionManager> {
    let client =
        redis::Client::open(settings.redis_url.expose_secret()).context("parsing REDIS_URL")?;
    ConnectionManager::new(client).await.context("connecting to Redis (REDIS_URL)")
}

pub async fn migrate(db: &PgPool) -> Result<()> {
    MIGRATOR.run(db).await.context("applying migrations")
}

pub async fn app_state(settings: Settings) -> Result<AppState> {
    let db = connect_db(&settings).await?;
    let redis = connect_redis(&settings).await?;
    let http = reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build()?;
    let mailer = Mailer::from_settings(&settings.auth, http.clone());
    if matches!(mailer, Mailer::Outbox { .. }) {
        tracing::warn!(dir = %settings.auth.mail_outbox_dir.display(), "RESEND_API_KEY is unset: mail goes to the local outbox");
    }
    let billing = crate::billing::config::Billing::from_env()?;
    Ok(AppState { db, redis, settings: Arc::new(settings), http, mailer, billing })
}

/// The sandbox `SANDBOX_BACKEND` names, set up (see [`crate::config::sandbox_settings`]).
pub fn sandbox(settings: &Settings) -> Result<Arc<dyn Sandbox>> {
    let chosen = crate::config::sandbox_settings()?;
    match chosen.backend {
        SandboxBackend::Native => {
            let config =
                NativeConfig { root: settings.sandbox_root.clone(), ..NativeConfig::default() };
            Ok(Arc::new(NativeSandbox::new(config).context("setting up the native sandbox")?))
        }
        SandboxBackend::Docker => {
            let mut config = DockerConfig {
                host: chosen.docker_host,
                runtime: chosen.docker_runtime,
                root: settings.sandbox_root.clone(),
                ..DockerConfig::default()
            };
            for (language, image) in chosen.docker_images {
                if language == algoarena_shared::language::Language::Python3 {
                    config.default_image = image.clone();
                }
                config.images.insert(language, image);
            }
            Ok(Arc::new(DockerSandbox::new(config).context("setting up the docker sandbox")?))
        }
    }
}
