//! Admission through the real submit route: a bounded queue (503 `queue_full`) and the per-user
//! sliding-window limit (429 `rate_limited`), both with `Retry-After`, and nothing stored when
//! a submit is refused.

use std::time::Duration;

use algoarena_judge_farm::config::{AuthSettings, QueueSettings, Settings};
use algoarena_judge_farm::{app, startup};
use algoarena_shared::signing::{self, SignedParts};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use uuid::Uuid;

use crate::farm::{shared_admin_url, Farm};
use crate::services::PrivateRedis;

const SECRET: &str = "faults-secret";

/// The farm's API on `farm`'s database and Redis, with these queue settings.
async fn api(farm: &Farm, queue: QueueSettings) -> Router {
    let settings = Settings {
        database_url: farm.database_url.clone().into(),
        redis_url: farm.redis_url.clone().into(),
        shared_secret: SECRET.to_string().into(),
        bind: "127.0.0.1:0".parse().unwrap(),
        edge_url: None,
        refresh_token_expiry_secs: 3600,
        worker_concurrency: 1,
        sandbox_root: std::env::temp_dir(),
        submission_stream: farm.stream.clone(),
        auth: AuthSettings::local(std::env::temp_dir().join("algoarena-faults-outbox")),
        queue,
        ai: Default::default(),
    };
    app::app(startup::app_state(settings).await.unwrap())
}

struct Answer {
    status: StatusCode,
    retry_after: Option<u64>,
    body: Value,
}

/// Submits `print(42)` to the farm's problem as `user`, signed as the edge would.
async fn submit(app: &Router, user: Uuid) -> Answer {
    let body = serde_json::json!({"problem_slug": "fault-sum", "language": "python3", "code": "print(42)\n"}).to_string();
    let (path, timestamp, nonce, user) = (
        "/internal/submissions",
        chrono::Utc::now().timestamp(),
        Uuid::new_v4().simple().to_string(),
        user.to_string(),
    );
    let parts = SignedParts {
        method: "POST",
        path_and_query: path,
        timestamp,
        nonce: &nonce,
        user: &user,
        body: body.as_bytes(),
    };
    let request = Request::post(path)
        .header("content-type", "application/json")
        .header(signing::HEADER_TIMESTAMP, timestamp.to_string())
        .header(signing::HEADER_NONCE, &nonce)
        .header(signing::HEADER_USER, &user)
        .header(signing::HEADER_SIGNATURE, signing::sign(SECRET.as_bytes(), &parts))
        .body(Body::from(body))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let retry_after =
        response.headers().get("retry-after").map(|v| v.to_str().unwrap().parse().unwrap());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer { status, retry_after, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null) }
}

async fn stored(farm: &Farm) -> i64 {
    sqlx::query_scalar!(r#"select count(*) as "stored!" from submissions"#)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_full_queue_answers_503_with_retry_after_and_stores_nothing() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let app = api(&farm, QueueSettings { max_pending: 3, ..QueueSettings::default() }).await;
    let users = [farm.user_id, farm.add_user().await];
    for i in 0..3 {
        let answer = submit(&app, users[i % 2]).await;
        assert_eq!(answer.status, StatusCode::ACCEPTED, "{}", answer.body);
    }
    for user in users {
        let answer = submit(&app, user).await;
        assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE, "{}", answer.body);
        assert_eq!(answer.body["error"]["code"], "queue_full");
        assert!(answer.retry_after.is_some_and(|s| s >= 1));
    }
    assert_eq!(stored(&farm).await, 3);

    // Once a worker has taken one, there is room again.
    sqlx::query!(
        "update submissions set status = 'judging' where id = (select id from submissions limit 1)",
    )
    .execute(&farm.db)
    .await
    .unwrap();
    assert_eq!(submit(&app, users[0]).await.status, StatusCode::ACCEPTED);
}

#[tokio::test]
async fn the_submit_limit_is_a_per_user_sliding_window_answering_429_with_retry_after() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let window = Duration::from_secs(3);
    let app = api(
        &farm,
        QueueSettings { submit_limit: 3, submit_window: window, ..QueueSettings::default() },
    )
    .await;
    for _ in 0..3 {
        assert_eq!(submit(&app, farm.user_id).await.status, StatusCode::ACCEPTED);
    }
    let refused = submit(&app, farm.user_id).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS, "{}", refused.body);
    assert_eq!(refused.body["error"]["code"], "rate_limited");
    let retry_after = refused.retry_after.expect("a Retry-After header");
    assert!((1..=window.as_secs()).contains(&retry_after), "{retry_after}");
    assert_eq!(stored(&farm).await, 3, "a refused submit stores nothing");

    let other = farm.add_user().await;
    assert_eq!(submit(&app, other).await.status, StatusCode::ACCEPTED, "limits are per user");

    tokio::time::sleep(Duration::from_secs(retry_after) + Duration::from_millis(200)).await;
    let again = submit(&app, farm.user_id).await;
    assert_eq!(again.status, StatusCode::ACCEPTED, "the window slid on: {}", again.body);
}
