//! `/metrics`: only with the scraper's bearer token, labelled by matched route, and exporting
//! every metric the alert rules in deploy/prometheus/alerts.yml use; a worker's own listener
//! with its metrics and the probes its Deployment uses.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use uuid::Uuid;

use crate::helpers::{repo_root, TestFarm, METRICS_TOKEN};

async fn scrape_with(farm: &TestFarm, token: Option<&str>) -> StatusCode {
    let mut request = Request::builder().uri("/metrics");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response = farm.app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    response.status()
}

/// The worker Deployment's liveness (`/healthz`) and readiness (`/readyz`: Postgres and Redis
/// answer) are served on the worker's metrics listener beside `/metrics`.
#[tokio::test]
async fn a_workers_listener_answers_its_probes_and_its_metrics() {
    let farm = TestFarm::start().await;
    let worker =
        algoarena_judge_farm::metrics::worker_router(farm.db.clone(), farm.state.redis.clone());
    let get = |path: &str| {
        let request = Request::builder().uri(path).body(Body::empty()).unwrap();
        let worker = worker.clone();
        async move {
            let response = worker.oneshot(request).await.unwrap();
            let status = response.status();
            let body = response.into_body().collect().await.unwrap().to_bytes();
            (status, String::from_utf8(body.to_vec()).unwrap())
        }
    };
    assert_eq!(get("/healthz").await.0, StatusCode::OK);
    let (status, ready) = get("/readyz").await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    let ready: serde_json::Value = serde_json::from_str(&ready).unwrap();
    assert_eq!(ready, serde_json::json!({"postgres": true, "redis": true}));
    let (status, scraped) = get("/metrics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(scraped.contains("algoarena_submission_queue_depth"), "{scraped}");
}

#[tokio::test]
async fn metrics_are_not_public() {
    let farm = TestFarm::start().await;
    assert_eq!(scrape_with(&farm, None).await, StatusCode::UNAUTHORIZED);
    assert_eq!(scrape_with(&farm, Some("guess")).await, StatusCode::UNAUTHORIZED);
    assert_eq!(scrape_with(&farm, Some(METRICS_TOKEN)).await, StatusCode::OK);
}

async fn scrape(farm: &TestFarm) -> String {
    let request = Request::builder()
        .uri("/metrics")
        .header("authorization", format!("Bearer {METRICS_TOKEN}"))
        .body(Body::empty())
        .unwrap();
    let response = farm.app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The `algoarena_*` identifiers in the rule expressions.
fn metric_names_in_rules() -> Vec<String> {
    let rules = std::fs::read_to_string(repo_root().join("deploy/prometheus/alerts.yml")).unwrap();
    let mut names: Vec<String> = rules
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| word.starts_with("algoarena_"))
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[tokio::test]
async fn metrics_export_every_name_the_alert_rules_use() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (user, _) = farm.register("metrics@example.com").await;
    // One request on a route with a parameter, so the latency histogram has a series.
    let path = format!("/internal/submissions/{}", Uuid::new_v4());
    assert_eq!(farm.signed("GET", &path, Some(user), None).await.0, StatusCode::NOT_FOUND);

    let text = scrape(&farm).await;
    let names = metric_names_in_rules();
    assert!(names.len() >= 5, "the rules use the farm's metrics: {names:?}");
    for name in &names {
        let exported = text
            .lines()
            .any(|l| l.starts_with(&format!("{name}{{")) || l.starts_with(&format!("{name} ")));
        assert!(exported, "{name} is used by an alert but not exported:\n{text}");
    }
    assert!(
        text.contains(r#"route="/internal/submissions/{id}""#),
        "requests are labelled by matched route, not raw path:\n{text}"
    );
    assert!(!text.contains(&path), "raw paths never become labels");
}
