//! The submission event stream (Server-Sent Events): current state first, a `progress` event per
//! test as a real worker judges, then the `verdict`; the author only.

use std::sync::Arc;
use std::time::Duration;

use algoarena_judge_farm::model::SubmissionId;
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox, Sandbox};
use algoarena_judge_farm::worker;
use axum::body::Body;
use axum::http::StatusCode;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;
use uuid::Uuid;

use crate::helpers::{now, random_nonce, signed_request, TestFarm};

/// Reads an SSE body event by event.
struct Events {
    body: Body,
    buffer: String,
}

impl Events {
    async fn open(farm: &TestFarm, id: &str, user: Uuid) -> Events {
        let path = format!("/internal/submissions/{id}/events");
        let response = farm
            .app
            .clone()
            .oneshot(signed_request("GET", &path, Some(user), b"", now(), &random_nonce()))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        Events { body: response.into_body(), buffer: String::new() }
    }

    /// The next event as (name, data); None when the stream has ended.
    async fn next(&mut self) -> Option<(String, Value)> {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut name = String::from("message");
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event:") {
                        name = v.trim().to_string();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        data.push_str(v.trim());
                    }
                }
                if data.is_empty() {
                    continue; // a keep-alive comment
                }
                return Some((name, serde_json::from_str(&data).unwrap()));
            }
            let frame = tokio::time::timeout(Duration::from_secs(90), self.body.frame())
                .await
                .expect("an event within 90 s")?;
            if let Ok(data) = frame.unwrap().into_data() {
                self.buffer.push_str(std::str::from_utf8(&data).unwrap());
            }
        }
    }
}

#[tokio::test]
async fn the_event_stream_shows_each_test_then_the_verdict_and_late_clients_get_the_verdict() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (alice, _) = farm.register("alice-events@example.com").await;
    let (mallory, _) = farm.register("mallory-events@example.com").await;
    let total: i64 = sqlx::query_scalar!(
        r#"select count(*) as "total!" from test_cases t join problems p on p.id = t.problem_id
            where p.slug = 'a-plus-b'"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let code = "a, b = map(int, input().split())\nprint(a + b)\n";
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": code}).to_string();
    let (_, sub) = farm.signed("POST", "/internal/submissions", Some(alice), Some(&body)).await;
    let id = sub["id"].as_str().unwrap().to_string();

    let path = format!("/internal/submissions/{id}/events");
    assert_eq!(farm.signed("GET", &path, Some(mallory), None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(farm.signed("GET", &path, None, None).await.0, StatusCode::UNAUTHORIZED);

    // No worker yet: the stream opens on the queued state.
    let mut events = Events::open(&farm, &id, alice).await;
    let (name, first) = events.next().await.unwrap();
    assert_eq!(
        (name.as_str(), &first),
        ("progress", &json!({"status": "queued", "test": 0, "total": total}))
    );

    let sandbox: Arc<dyn Sandbox> = Arc::new(
        NativeSandbox::new(NativeConfig {
            helper: env!("CARGO_BIN_EXE_judge-farm").into(),
            ..NativeConfig::default()
        })
        .expect("the native sandbox needs root and cgroups"),
    );
    let worker = tokio::spawn(worker::run(
        (*farm.state.settings).clone(),
        farm.db.clone(),
        farm.state.redis.clone(),
        sandbox,
    ));

    let mut tests_seen = Vec::new();
    let verdict = loop {
        let (name, data) = events.next().await.expect("the stream ends with a verdict");
        match name.as_str() {
            "progress" => {
                assert_eq!(
                    (&data["status"], &data["total"]),
                    (&json!("judging"), &json!(total)),
                    "{data}"
                );
                tests_seen.push(data["test"].as_i64().unwrap());
            }
            "verdict" => break data,
            other => panic!("unexpected event {other}: {data}"),
        }
    };
    assert_eq!(verdict["status"], "accepted", "{verdict}");
    assert_eq!(
        (verdict["id"].as_str(), verdict["finished"].as_bool()),
        (Some(id.as_str()), Some(true))
    );
    assert_eq!(verdict["test_cases_passed"], json!(total));
    assert_eq!(tests_seen, (0..=total).collect::<Vec<_>>(), "compiling, then every test in order");
    assert!(events.next().await.is_none(), "the stream closes after the verdict");

    // A client arriving after the verdict gets it at once, and nothing else.
    let mut late = Events::open(&farm, &id, alice).await;
    let (name, data) = late.next().await.unwrap();
    assert_eq!((name.as_str(), &data["status"]), ("verdict", &json!("accepted")));
    assert!(late.next().await.is_none());
    worker.abort();
}

#[tokio::test]
async fn a_client_joining_mid_judging_starts_from_the_latest_step() {
    use algoarena_judge_farm::progress;
    use algoarena_shared::api::SubmissionProgress;
    use algoarena_shared::verdict::Status;

    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (alice, _) = farm.register("alice-late@example.com").await;
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": "print(1)\n"})
        .to_string();
    let (_, sub) = farm.signed("POST", "/internal/submissions", Some(alice), Some(&body)).await;
    let id: SubmissionId = sub["id"].as_str().unwrap().parse().unwrap();
    // A worker is half-way: the row says judging, Redis has its latest step.
    sqlx::query!("update submissions set status = 'judging' where id = $1", id as SubmissionId)
        .execute(&farm.db)
        .await
        .unwrap();
    let mut redis = farm.state.redis.clone();
    let step = |test| SubmissionProgress { status: Status::Judging, test, total: Some(10) };
    progress::publish(&mut redis, id, &step(4)).await.unwrap();

    let mut events = Events::open(&farm, &id.to_string(), alice).await;
    assert_eq!(
        events.next().await.unwrap(),
        ("progress".into(), json!({"status": "judging", "test": 4, "total": 10}))
    );
    progress::publish(&mut redis, id, &step(5)).await.unwrap();
    assert_eq!(events.next().await.unwrap().1["test"], 5);

    sqlx::query!(
        "update submissions set status = 'wrong_answer', test_cases_passed = 4,
                test_cases_total = 10, judged_at = now()
          where id = $1",
        id as SubmissionId
    )
    .execute(&farm.db)
    .await
    .unwrap();
    progress::publish_finished(&mut redis, id).await.unwrap();
    let (name, verdict) = events.next().await.unwrap();
    assert_eq!(
        (name.as_str(), &verdict["status"], &verdict["test_cases_passed"]),
        ("verdict", &json!("wrong_answer"), &json!(4))
    );
    assert!(events.next().await.is_none());
    assert_eq!(
        progress::latest(&mut redis, id).await.unwrap(),
        None,
        "the latest step is forgotten once done"
    );
}

#[tokio::test]
async fn a_contest_submissions_stream_names_the_test_but_never_how_many_there_are() {
    use algoarena_judge_farm::progress;
    use algoarena_shared::api::SubmissionProgress;
    use algoarena_shared::verdict::Status;

    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (bob, _) = farm.register("bob-contest@example.com").await;
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": "print(1)\n"})
        .to_string();
    let (_, sub) = farm.signed("POST", "/internal/submissions", Some(bob), Some(&body)).await;
    let id: SubmissionId = sub["id"].as_str().unwrap().parse().unwrap();
    // The submission belongs to a running contest, as one sent during it does.
    sqlx::query(
        "with c as (insert into contests (slug, title, start_time, end_time)
                    values ('stream-cup', 'Stream Cup', now() - interval '1 hour',
                            now() + interval '1 hour') returning id)
         update submissions set contest_id = (select id from c) where id = $1",
    )
    .bind(id.as_uuid())
    .execute(&farm.db)
    .await
    .unwrap();

    let mut events = Events::open(&farm, &id.to_string(), bob).await;
    assert_eq!(
        events.next().await.unwrap(),
        ("progress".into(), json!({"status": "queued", "test": 0})),
        "the first step names no test count"
    );
    let mut redis = farm.state.redis.clone();
    let step = SubmissionProgress { status: Status::Judging, test: 4, total: Some(10) };
    progress::publish(&mut redis, id, &step).await.unwrap();
    assert_eq!(
        events.next().await.unwrap(),
        ("progress".into(), json!({"status": "judging", "test": 4})),
        "a worker's step loses its total on the way to a contestant"
    );
}
