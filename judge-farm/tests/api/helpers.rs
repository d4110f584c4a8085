//! A test farm: a fresh database named by a UUID, the real Redis, and signed requests.

use std::path::PathBuf;

use algoarena_judge_farm::accounts::mail::Mail;
use algoarena_judge_farm::app;
use algoarena_judge_farm::config::{AuthSettings, QueueSettings, Settings};
use algoarena_judge_farm::startup;
use algoarena_judge_farm::state::AppState;
use algoarena_shared::signing::{self, SignedParts};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use sqlx::{Connection, PgConnection, PgPool};
use tower::ServiceExt;
use uuid::Uuid;

pub const SECRET: &str = "test-shared-secret";
/// The bearer token test farms want on `GET /metrics`.
pub const METRICS_TOKEN: &str = "test-metrics-token";

fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn redis_url() -> String {
    std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub struct TestFarm {
    pub app: Router,
    pub state: AppState,
    pub db: PgPool,
    /// This farm's local mail outbox.
    pub outbox: PathBuf,
}

impl TestFarm {
    /// A farm on its own new database, migrated, with its own submission stream.
    pub async fn start() -> TestFarm {
        TestFarm::start_with_queue(QueueSettings::default()).await
    }

    /// [`TestFarm::start`] with these queue settings (admission limits, leases).
    pub async fn start_with_queue(queue: QueueSettings) -> TestFarm {
        if std::env::var("TEST_LOG").is_ok() {
            let _ = tracing_subscriber::fmt().with_env_filter("info").try_init();
        }
        let name = format!("farm_test_{}", Uuid::new_v4().simple());
        let admin = admin_url();
        let mut conn = PgConnection::connect(&admin).await.expect("Postgres must be running");
        sqlx::query(&format!("create database {name}")).execute(&mut conn).await.unwrap();
        let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
        std::env::set_var("DATABASE_URL", format!("{base}/{name}"));
        let settings = Settings {
            database_url: format!("{base}/{name}").into(),
            redis_url: redis_url().into(),
            shared_secret: SECRET.to_string().into(),
            bind: "127.0.0.1:0".parse().unwrap(),
            edge_url: None,
            refresh_token_expiry_secs: 3600,
            worker_concurrency: 1,
            sandbox_root: std::env::temp_dir().join("algoarena-test-sandbox"),
            submission_stream: format!("test:submissions:{name}"),
            auth: AuthSettings {
                metrics_token: Some(METRICS_TOKEN.to_string().into()),
                ..AuthSettings::local(
                    std::env::temp_dir().join(format!("algoarena-test-outbox-{name}")),
                )
            },
            queue,
            ai: Default::default(),
        };
        let outbox = settings.auth.mail_outbox_dir.clone();
        let state = startup::app_state(settings).await.unwrap();
        startup::migrate(&state.db).await.unwrap();
        TestFarm { app: app::app(state.clone()), db: state.db.clone(), state, outbox }
    }

    pub async fn import_seed_problems(&self) {
        algoarena_judge_farm::import::import(&self.db, &[repo_root().join("problems")])
            .await
            .unwrap();
    }

    /// Sends a request signed as the edge would, as `user` (or anonymous).
    pub async fn signed(
        &self,
        method: &str,
        path: &str,
        user: Option<Uuid>,
        body: Option<&str>,
    ) -> (StatusCode, Value) {
        let request = signed_request(
            method,
            path,
            user,
            body.unwrap_or("").as_bytes(),
            now(),
            &random_nonce(),
        );
        self.send(request).await
    }

    pub async fn send(&self, request: Request<Body>) -> (StatusCode, Value) {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        (status, json)
    }

    /// Registers a user, confirms the address with the mailed code and returns
    /// (user id, refresh token).
    pub async fn register(&self, email: &str) -> (Uuid, String) {
        let username = format!("u{}", &Uuid::new_v4().simple().to_string()[..10]);
        let body = serde_json::json!({"email": email, "username": username, "password": PASSWORD});
        let (status, json) =
            self.signed("POST", "/internal/auth/register", None, Some(&body.to_string())).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{json}");
        let code = mail_code(&self.wait_for_mail(&email.to_lowercase(), VERIFICATION, 1).await);
        let body = serde_json::json!({"email": email, "code": code}).to_string();
        let (status, json) =
            self.signed("POST", "/internal/auth/verify-email", None, Some(&body)).await;
        assert_eq!(status, StatusCode::OK, "{json}");
        let id = Uuid::parse_str(json["user"]["id"].as_str().unwrap()).unwrap();
        (id, json["refresh_token"].as_str().unwrap().to_string())
    }

    /// The mails sent to `to` so far, oldest first.
    pub fn mails_to(&self, to: &str) -> Vec<Mail> {
        let Ok(dir) = std::fs::read_dir(&self.outbox) else { return Vec::new() };
        let mut files: Vec<PathBuf> = dir
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_slice::<Mail>(&std::fs::read(p).unwrap()).unwrap())
            .filter(|m| m.to == to)
            .collect()
    }

    /// Waits until `to` has `nth` mails whose subject contains `about` (one of
    /// [`subject`](algoarena_judge_farm::accounts::mail::templates::subject)'s); returns the last.
    /// Mail goes out in the background, so two mails from one request can land in either
    /// order: a test names the mail it wants by subject, never by its place in the outbox.
    pub async fn wait_for_mail(&self, to: &str, about: &str, nth: usize) -> Mail {
        for _ in 0..150 {
            let mails: Vec<Mail> =
                self.mails_to(to).into_iter().filter(|m| m.subject.contains(about)).collect();
            if mails.len() >= nth {
                return mails[nth - 1].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!("no mail #{nth} about {about:?} to {to}: {:?}", self.mails_to(to));
    }

    /// A real worker judging this farm's queue in the native sandbox, until aborted.
    pub fn spawn_worker(&self) -> tokio::task::JoinHandle<anyhow::Result<()>> {
        use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox, Sandbox};
        let sandbox: std::sync::Arc<dyn Sandbox> = std::sync::Arc::new(
            NativeSandbox::new(NativeConfig {
                helper: env!("CARGO_BIN_EXE_judge-farm").into(),
                ..NativeConfig::default()
            })
            .expect("the native sandbox needs root and cgroups"),
        );
        let settings = (*self.state.settings).clone();
        tokio::spawn(algoarena_judge_farm::worker::run(
            settings,
            self.db.clone(),
            self.state.redis.clone(),
            sandbox,
        ))
    }

    /// `user`'s submission or run `id` once it has its verdict (polled, for up to 120 s).
    pub async fn wait_finished(&self, user: Uuid, id: &str) -> serde_json::Value {
        let path = format!("/internal/submissions/{id}");
        for _ in 0..600 {
            let (_, got) = self.signed("GET", &path, Some(user), None).await;
            if got["finished"] == true {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        panic!("submission {id} was not judged within 120 s");
    }

    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("select count(*) from {table}"))
            .fetch_one(&self.db)
            .await
            .unwrap()
    }
}

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

pub fn random_nonce() -> String {
    Uuid::new_v4().simple().to_string()
}

pub fn signed_request(
    method: &str,
    path: &str,
    user: Option<Uuid>,
    body: &[u8],
    timestamp: i64,
    nonce: &str,
) -> Request<Body> {
    let user = user.map(|u| u.to_string()).unwrap_or_default();
    let parts = SignedParts { method, path_and_query: path, timestamp, nonce, user: &user, body };
    let signature = signing::sign(SECRET.as_bytes(), &parts);
    Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/json")
        .header(signing::HEADER_TIMESTAMP, timestamp.to_string())
        .header(signing::HEADER_NONCE, nonce)
        .header(signing::HEADER_USER, user)
        .header(signing::HEADER_SIGNATURE, signature)
        .body(Body::from(body.to_vec()))
        .unwrap()
}

pub use algoarena_judge_farm::accounts::mail::templates::subject::*;

/// The password of accounts made by [`TestFarm::register`].
pub const PASSWORD: &str = "correct horse battery";

/// The six-digit code of a verification mail.
pub fn mail_code(mail: &Mail) -> String {
    mail.text
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap_or_else(|| panic!("no code in {mail:?}"))
        .to_string()
}

/// The `token` parameter of the link in a reset or magic-link mail.
pub fn mail_token(mail: &Mail) -> String {
    let start =
        mail.text.find("token=").unwrap_or_else(|| panic!("no link in {mail:?}")) + "token=".len();
    mail.text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
