//! Prometheus metrics of the farm, in one registry per process: the API (`serve`) exposes them on
//! `GET /metrics` only to a scraper with the `METRICS_TOKEN` bearer token (not at all when it is
//! unset: queue depths and route timings are no one else's business), a worker on its own
//! listener (`METRICS_BIND`, loopback by default).
//!
//! The names are what `deploy/prometheus/alerts.yml` uses; a farm API test checks that every name
//! there is exported, so renaming one here means renaming it there.

use std::net::SocketAddr;
use std::sync::LazyLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntGauge, Opts, Registry, TextEncoder,
};
use redis::aio::ConnectionManager;
use sqlx::PgPool;

use crate::state::AppState;

/// Every metric the farm exports.
pub struct Metrics {
    registry: Registry,
    /// Submissions waiting for a worker (rows in `queued`), read at scrape time.
    pub queue_depth: IntGauge,
    /// Seconds from submit to stored verdict, by language and verdict.
    pub submission_latency: HistogramVec,
    /// Seconds the judge spent on one submission (compile and all tests), by language and verdict.
    pub judge_duration: HistogramVec,
    /// Judging that failed on our side (sandbox or toolchain), not because of the code.
    pub sandbox_failures: IntCounter,
    /// Seconds to answer an HTTP request (to its headers, for streams), by route, method, status.
    pub http_duration: HistogramVec,
    /// Connections the Postgres pool holds (in use and idle), its idle ones, and its maximum.
    pub db_pool_size: IntGauge,
    pub db_pool_idle: IntGauge,
    pub db_pool_max: IntGauge,
}

const LATENCY_BUCKETS: &[f64] =
    &[0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0];
const HTTP_BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0];

fn histogram(name: &str, help: &str, buckets: &[f64], labels: &[&str]) -> HistogramVec {
    HistogramVec::new(HistogramOpts::new(name, help).buckets(buckets.to_vec()), labels)
        .expect("a valid histogram")
}

fn gauge(name: &str, help: &str) -> IntGauge {
    IntGauge::with_opts(Opts::new(name, help)).expect("a valid gauge")
}

impl Metrics {
    fn new() -> Metrics {
        let m = Metrics {
            registry: Registry::new(),
            queue_depth: gauge(
                "algoarena_submission_queue_depth",
                "Submissions queued for judging.",
            ),
            submission_latency: histogram(
                "algoarena_submission_latency_seconds",
                "Seconds from submit to stored verdict.",
                LATENCY_BUCKETS,
                &["language", "verdict"],
            ),
            judge_duration: histogram(
                "algoarena_judge_duration_seconds",
                "Seconds the judge spent on one submission.",
                LATENCY_BUCKETS,
                &["language", "verdict"],
            ),
            sandbox_failures: IntCounter::new(
                "algoarena_sandbox_failures_total",
                "Judgings that failed on our side (sandbox or toolchain).",
            )
            .expect("a valid counter"),
            http_duration: histogram(
                "algoarena_http_request_duration_seconds",
                "Seconds to answer an HTTP request, by matched route.",
                HTTP_BUCKETS,
                &["route", "method", "status"],
            ),
            db_pool_size: gauge("algoarena_db_pool_connections", "Open Postgres pool connections."),
            db_pool_idle: gauge(
                "algoarena_db_pool_idle_connections",
                "Idle Postgres pool connections.",
            ),
            db_pool_max: gauge("algoarena_db_pool_max_connections", "Postgres pool size limit."),
        };
        let collectors: [Box<dyn prometheus::core::Collector>; 8] = [
            Box::new(m.queue_depth.clone()),
            Box::new(m.submission_latency.clone()),
            Box::new(m.judge_duration.clone()),
            Box::new(m.sandbox_failures.clone()),
            Box::new(m.http_duration.clone()),
            Box::new(m.db_pool_size.clone()),
            Box::new(m.db_pool_idle.clone()),
            Box::new(m.db_pool_max.clone()),
        ];
        for c in collectors {
            m.registry.register(c).expect("metric names are unique");
        }
        m
    }

    /// The registry in the Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("encoding metrics");
        String::from_utf8(out).expect("the text format is UTF-8")
    }

    /// Reads the pool's gauges from `db` now.
    pub fn observe_pool(&self, db: &PgPool) {
        self.db_pool_size.set(i64::from(db.size()));
        self.db_pool_idle.set(db.num_idle() as i64);
        self.db_pool_max.set(i64::from(db.options().get_max_connections()));
    }
}

/// The process's metrics.
pub fn metrics() -> &'static Metrics {
    static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);
    &METRICS
}

/// `GET /metrics` for the API process.
pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(get_metrics))
}

async fn get_metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    use secrecy::ExposeSecret;
    let Some(expected) = &state.settings.auth.metrics_token else {
        return crate::error::ApiError::not_found("not_found", "There is nothing at this address.")
            .into_response();
    };
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !same_token(given.as_bytes(), expected.expose_secret().as_bytes()) {
        return crate::error::ApiError::unauthorized(
            "unauthorized",
            "Metrics need the scraper's bearer token.",
        )
        .into_response();
    }
    let m = metrics();
    m.observe_pool(&state.db);
    match crate::db::submissions::queued_count(&state.db).await {
        Ok(n) => m.queue_depth.set(n),
        Err(e) => tracing::warn!(error = %e, "counting queued submissions for /metrics"),
    }
    text_response(m.render())
}

/// Compares in time independent of where the first difference is.
fn same_token(a: &[u8], b: &[u8]) -> bool {
    use sha2::{Digest, Sha256};
    // Hashing first makes the lengths equal, so the length is not leaked either.
    let (a, b) = (Sha256::digest(a), Sha256::digest(b));
    a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn text_response(body: String) -> Response {
    ([(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body).into_response()
}

/// Middleware: times each request under its matched route (never the raw URI, whose ids would
/// make a series per submission); requests no route matched count as `unmatched`.
pub async fn track_http(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".into());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    metrics()
        .http_duration
        .with_label_values(&[route.as_str(), method.as_str(), response.status().as_str()])
        .observe(started.elapsed().as_secs_f64());
    response
}

/// Records a judged submission: judge time, and (when this worker stored the verdict) the time
/// from submit to verdict the commit returned, both by language and verdict.
pub fn observe_judged(
    job: &crate::db::submissions::Claimed,
    status: algoarena_shared::verdict::Status,
    judged_in: std::time::Duration,
    stored: Option<crate::db::submissions::Stored>,
) {
    let m = metrics();
    let labels = [job.language.id(), status.as_str()];
    m.judge_duration.with_label_values(&labels).observe(judged_in.as_secs_f64());
    if let Some(stored) = stored {
        m.submission_latency.with_label_values(&labels).observe(stored.latency.as_secs_f64());
    }
}

/// A worker process's own listener: `GET /metrics` (the queue depth and pool gauges read at
/// each scrape, like the API's) and the probes `GET /healthz` and `GET /readyz` (Postgres and
/// Redis answer), which the worker Deployment's liveness and readiness use.
pub fn worker_router(db: PgPool, redis: ConnectionManager) -> Router {
    let scrape_db = db.clone();
    Router::new()
        .route(
            "/metrics",
            get(move || {
                let db = scrape_db.clone();
                async move {
                    let m = metrics();
                    m.observe_pool(&db);
                    if let Ok(n) = crate::db::submissions::queued_count(&db).await {
                        m.queue_depth.set(n);
                    }
                    text_response(m.render())
                }
            }),
        )
        .route("/healthz", get(crate::routes::health::alive))
        .route(
            "/readyz",
            get(move || {
                let (db, redis) = (db.clone(), redis.clone());
                async move { crate::routes::health::readiness(&db, &redis).await }
            }),
        )
}

/// Serves [`worker_router`] on `addr` until the process ends.
pub async fn serve_worker_metrics(
    addr: SocketAddr,
    db: PgPool,
    redis: ConnectionManager,
) -> anyhow::Result<()> {
    let app = worker_router(db, redis);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "worker metrics listening");
    axum::serve(listener, app).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_family_is_rendered_once_observed() {
        let m = metrics();
        m.sandbox_failures.inc_by(0);
        m.judge_duration.with_label_values(&["python3", "accepted"]).observe(0.4);
        let text = m.render();
        for name in ["algoarena_sandbox_failures_total", "algoarena_judge_duration_seconds_bucket"]
        {
            assert!(text.contains(name), "{name} missing from:\n{text}");
        }
    }
}
