//! AI hints: premium only (free and expired members get 403 `premium_required`), 10 a day in a
//! sliding window (the 11th is 429 with `Retry-After`), the provider chosen from the keys, the
//! local provider naming the failing sample, and OpenAI and Anthropic reached through local
//! servers speaking their APIs, which record every prompt: none may hold a hidden test, a
//! reference solution or the editorial's body.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use algoarena_judge_farm::app;
use algoarena_judge_farm::config::ai::{AiSettings, ProviderConfig, RemoteConfig};
use algoarena_judge_farm::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use http_body_util::BodyExt;
use secrecy::ExposeSecret;
use serde_json::{json, Value};
use tower::ServiceExt;
use uuid::Uuid;

use crate::helpers::{now, random_nonce, signed_request, TestFarm};

/// Texts only the judge and the reference may know: no prompt and no hint may hold them.
const SECRETS: [&str; 6] = [
    "HIDDEN-INPUT-7391",
    "HIDDEN-OUTPUT-5524",
    "REFERENCE-SOLUTION-8812",
    "EDITORIAL-BODY-4410",
    "EDITORIAL-CODE-2297",
    "OTHER-USER-CODE-6603",
];

const HINT_PATH: &str = "/internal/problems/pair-sum/ai-hint";
const QUOTA_PATH: &str = "/internal/ai-hints/quota";

/// One published problem with two samples, a hidden test, a reference solution, an editorial
/// with a code block, a free and two premium hint tiers, and a starter code.
async fn catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, constraints, is_published,
                              order_index, starter_code, solution_code, editorial,
                              editorial_is_premium)
        values ('pair-sum', 'Pair Sum', 'Easy', 'Print the sum of two integers.', '|a|, |b| <= 10^18',
                true, 1, '{"python3": "a, b = map(int, input().split())\n"}',
                '{"language": "python3", "code": "print(sum(map(int, input().split())))  # REFERENCE-SOLUTION-8812"}',
                E'## Approach: read, add, print\n\nEDITORIAL-BODY-4410 explains it.\n\n```python\n# EDITORIAL-CODE-2297\nprint(a + b)\n```\n\n## Common mistakes\n',
                true);
        insert into tags (name, slug) values ('Math', 'math');
        insert into problem_tags (problem_id, tag_id) select p.id, t.id from problems p, tags t;
        insert into test_cases (problem_id, name, input, expected_output, is_sample, order_index)
          select id, '01', E'1 2\n', E'3\n', true, 0 from problems
          union all select id, '02', E'5 5\n', E'10\n', true, 1 from problems
          union all select id, '03', E'HIDDEN-INPUT-7391\n', E'HIDDEN-OUTPUT-5524\n', false, 2
                      from problems;
        insert into problem_hints (problem_id, tier, body, is_premium)
          select id, 1, 'Read both numbers on one line.', false from problems
          union all select id, 2, 'PREMIUM-TIER: the sum can pass 2^63.', true from problems
          union all select id, 3, 'Python integers never overflow.', true from problems;
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    farm
}

/// A user with `role`, whose plan ends `expires` from now (`None`: no end).
async fn member(farm: &TestFarm, role: &str, expires: Option<&str>) -> Uuid {
    let name = format!("u{}", &Uuid::new_v4().simple().to_string()[..12]);
    sqlx::query_scalar(
        "insert into users (email, username, role, plan_expires_at)
         values ($1, $2, $3, now() + $4::interval) returning id",
    )
    .bind(format!("{name}@example.com"))
    .bind(&name)
    .bind(role)
    .bind(expires)
    .fetch_one(&farm.db)
    .await
    .unwrap()
}

async fn premium(farm: &TestFarm) -> Uuid {
    member(farm, "premium", Some("30 days")).await
}

/// A finished practice submission of `user` on the problem, with its first failed test.
async fn submission(
    farm: &TestFarm,
    user: Uuid,
    status: &str,
    code: &str,
    failed_test: Option<Value>,
    error_message: Option<&str>,
) {
    sqlx::query(
        "insert into submissions (user_id, problem_id, language, code, status, kind,
                                  test_cases_passed, test_cases_total, failed_test, error_message)
         select $1, id, 'python3', $2, $3, 'submit', 1, 3, $4, $5 from problems",
    )
    .bind(user)
    .bind(code)
    .bind(status)
    .bind(failed_test)
    .bind(error_message)
    .execute(&farm.db)
    .await
    .unwrap();
}

/// The user's latest submission failed hidden test 3 with a runtime error whose stderr echoes
/// the hidden input (as a program may print its input).
async fn failed_hidden(farm: &TestFarm, user: Uuid) {
    let failed = json!({"number": 3, "input": "HIDDEN-INPUT-7391\n",
                        "expected": "HIDDEN-OUTPUT-5524\n", "actual": ""});
    submission(
        farm,
        user,
        "runtime_error",
        "print(int(input()))\n",
        Some(failed),
        Some("ValueError: invalid literal for int(): 'HIDDEN-INPUT-7391'"),
    )
    .await;
}

/// The user's latest submission failed sample 2: it printed 25 for `5 5`.
async fn failed_sample_two(farm: &TestFarm, user: Uuid, code: &str) {
    let failed = json!({"number": 2, "input": "5 5\n", "expected": "10\n", "actual": "25\n"});
    submission(farm, user, "wrong_answer", code, Some(failed), None).await;
}

/// The farm's API with these AI settings.
fn with_ai(farm: &TestFarm, ai: AiSettings) -> Router {
    let mut settings = (*farm.state.settings).clone();
    settings.ai = ai;
    app::app(AppState { settings: Arc::new(settings), ..farm.state.clone() })
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
}

/// A request signed as the edge would send it, as `user`.
async fn call(app: &Router, method: &str, path: &str, user: Uuid, body: Option<&Value>) -> Answer {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let request = signed_request(method, path, Some(user), body.as_bytes(), now(), &random_nonce());
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer { status, headers, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null) }
}

async fn ask(app: &Router, user: Uuid, code: &str) -> Answer {
    call(app, "POST", HINT_PATH, user, Some(&json!({"language": "python3", "code": code}))).await
}

fn error_code(answer: &Answer) -> (StatusCode, &str) {
    (answer.status, answer.body["error"]["code"].as_str().unwrap_or("<none>"))
}

fn assert_no_secrets(text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{secret} leaked into:\n{text}");
    }
}

// ---- a local server speaking OpenAI's or Anthropic's API, recording what it was sent ----

#[derive(Clone, Default)]
struct Recorder {
    requests: Arc<Mutex<Vec<(HeaderMap, Value)>>>,
    /// The text the model answers; `None`: the API fails with 500.
    reply: Arc<Mutex<Option<String>>>,
}

impl Recorder {
    fn requests(&self) -> Vec<(HeaderMap, Value)> {
        self.requests.lock().unwrap().clone()
    }
    fn reply_with(&self, text: Option<&str>) {
        *self.reply.lock().unwrap() = text.map(str::to_string);
    }
}

async fn openai_chat(
    State(recorder): State<Recorder>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    recorder.requests.lock().unwrap().push((headers, body.clone()));
    let Some(text) = recorder.reply.lock().unwrap().clone() else {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({"error": {"message": "The server had an error", "type": "server_error"}})),
        );
    };
    (
        StatusCode::OK,
        Json(json!({
            "id": "chatcmpl-test", "object": "chat.completion", "created": 1_700_000_000,
            "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text, "refusal": null}}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}
        })),
    )
}

async fn anthropic_messages(
    State(recorder): State<Recorder>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    recorder.requests.lock().unwrap().push((headers, body.clone()));
    let Some(text) = recorder.reply.lock().unwrap().clone() else {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(
                json!({"type": "error", "error": {"type": "api_error", "message": "Internal server error"}}),
            ),
        );
    };
    (
        StatusCode::OK,
        Json(json!({
            "id": "msg_test", "type": "message", "role": "assistant", "model": body["model"],
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn", "stop_sequence": null,
            "usage": {"input_tokens": 100, "output_tokens": 20}
        })),
    )
}

/// Serves OpenAI's chat completions under `/v1` and Anthropic's messages API under `/`, on a
/// free port; answers with `reply`.
async fn fake_providers(reply: &str) -> (String, Recorder) {
    let recorder = Recorder::default();
    recorder.reply_with(Some(reply));
    let router = Router::new()
        .route("/v1/chat/completions", post(openai_chat))
        .route("/v1/messages", post(anthropic_messages))
        .with_state(recorder.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, recorder)
}

fn settings_from(vars: &[(&str, &str)]) -> anyhow::Result<AiSettings> {
    let vars: HashMap<String, String> =
        vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    AiSettings::from_lookup(|name| vars.get(name).cloned())
}

fn remote(settings: &AiSettings) -> (&'static str, &RemoteConfig) {
    match &settings.provider {
        ProviderConfig::Openai(c) => ("openai", c),
        ProviderConfig::Anthropic(c) => ("anthropic", c),
        ProviderConfig::Local => panic!("expected a remote provider"),
    }
}

// ---- the tests ----

#[test]
fn the_provider_follows_the_keys_unless_named_and_a_named_one_needs_its_key() {
    let none = settings_from(&[]).unwrap();
    assert!(matches!(none.provider, ProviderConfig::Local));
    assert_eq!((none.daily_limit, none.window), (10, Duration::from_secs(86_400)));
    assert!(matches!(
        settings_from(&[("OPENAI_API_KEY", "  ")]).unwrap().provider,
        ProviderConfig::Local
    ));

    let openai = settings_from(&[("OPENAI_API_KEY", "sk-1")]).unwrap();
    let (kind, config) = remote(&openai);
    assert_eq!(kind, "openai");
    assert_eq!(config.base_url, "https://api.openai.com/v1");
    assert_eq!(config.api_key.expose_secret(), "sk-1");

    let anthropic = settings_from(&[
        ("ANTHROPIC_API_KEY", "sk-ant"),
        ("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/"),
        ("ANTHROPIC_MODEL", "claude-test"),
    ])
    .unwrap();
    let (kind, config) = remote(&anthropic);
    assert_eq!(
        (kind, config.base_url.as_str(), config.model.as_str()),
        ("anthropic", "http://127.0.0.1:9", "claude-test")
    );

    let both = [("OPENAI_API_KEY", "sk-1"), ("ANTHROPIC_API_KEY", "sk-ant")];
    assert_eq!(remote(&settings_from(&both).unwrap()).0, "openai");
    let chosen = settings_from(&[both[0], both[1], ("AI_HINT_PROVIDER", "anthropic")]).unwrap();
    assert_eq!(remote(&chosen).0, "anthropic");
    let local = settings_from(&[both[0], ("AI_HINT_PROVIDER", "local")]).unwrap();
    assert!(matches!(local.provider, ProviderConfig::Local));

    let missing = settings_from(&[("AI_HINT_PROVIDER", "openai")]).unwrap_err();
    assert!(missing.to_string().contains("OPENAI_API_KEY"), "{missing}");
    assert!(settings_from(&[("AI_HINT_PROVIDER", "gemini")]).is_err());
    let limits =
        settings_from(&[("AI_HINT_DAILY_LIMIT", "3"), ("AI_HINT_TIMEOUT_SECS", "60")]).unwrap();
    assert_eq!((limits.daily_limit, limits.timeout), (3, Duration::from_secs(18)));
}

#[tokio::test]
async fn the_local_provider_names_the_failing_sample_then_passes_on_the_next_tier() {
    let farm = catalogue().await;
    let user = premium(&farm).await;
    let code = "a, b = map(int, input().split())\nprint(a * b)\n";
    failed_sample_two(&farm, user, code).await;

    let first = ask(&farm.app, user, code).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let hint = first.body["hint"].as_str().unwrap();
    assert!(
        hint.contains("Your latest submission failed on sample 2 (Wrong Answer): input `5 5`, expected `10`, got `25`."),
        "{hint}"
    );
    assert!(hint.contains("Hint 1: Read both numbers on one line."), "{hint}");
    assert_eq!(first.body["provider"], "local");
    assert_eq!(first.body["hint_tier"], 1);
    assert_eq!(
        first.body["quota"],
        json!({"premium": true, "limit": 10, "remaining": 9,
        "window_secs": 86_400, "next_free_in_secs": 86_400})
    );

    // A premium member reads the premium tiers, one more each time.
    let second = ask(&farm.app, user, code).await;
    assert!(
        second.body["hint"].as_str().unwrap().contains("Hint 2: PREMIUM-TIER"),
        "{}",
        second.body
    );
    assert_eq!(second.body["quota"]["remaining"], 8);
    ask(&farm.app, user, code).await;
    let fourth = ask(&farm.app, user, code).await;
    let hint = fourth.body["hint"].as_str().unwrap();
    assert!(fourth.body["hint_tier"].is_null(), "{}", fourth.body);
    assert!(
        hint.contains(
            "The editorial is organised as: Approach: read, add, print; Common mistakes."
        ),
        "{hint}"
    );
    assert_no_secrets(&fourth.body.to_string());

    let given: i64 = sqlx::query_scalar("select count(*) from ai_hints where user_id = $1")
        .bind(user)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(given, 4);
}

#[tokio::test]
async fn the_local_provider_names_a_hidden_test_by_number_only() {
    let farm = catalogue().await;
    let user = premium(&farm).await;
    failed_hidden(&farm, user).await;

    let answer = ask(&farm.app, user, "print(int(input()))\n").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let hint = answer.body["hint"].as_str().unwrap();
    assert!(
        hint.contains("failed on hidden test 3 (Runtime Error), 1 of 3 tests passed"),
        "{hint}"
    );
    assert_no_secrets(hint);

    // No verdict yet: the hint says so (and still passes a tier on).
    let fresh = premium(&farm).await;
    let answer = ask(&farm.app, fresh, "a, b = map(int, input().split())\n").await;
    assert!(
        answer.body["hint"].as_str().unwrap().starts_with("You have not started yet"),
        "{}",
        answer.body
    );
}

#[tokio::test]
async fn remote_prompts_hold_the_visible_context_and_never_a_hidden_test_or_a_solution() {
    let farm = catalogue().await;
    let (base, recorder) = fake_providers("Check what `a * b` prints for sample 2.").await;
    let openai = with_ai(
        &farm,
        settings_from(&[
            ("OPENAI_API_KEY", "sk-test-openai"),
            ("OPENAI_BASE_URL", &format!("{base}/v1")),
            ("OPENAI_MODEL", "gpt-test"),
        ])
        .unwrap(),
    );
    let anthropic = with_ai(
        &farm,
        settings_from(&[
            ("ANTHROPIC_API_KEY", "sk-test-anthropic"),
            ("ANTHROPIC_BASE_URL", &base),
            ("ANTHROPIC_MODEL", "claude-test"),
        ])
        .unwrap(),
    );
    let user = premium(&farm).await;
    let code = "a, b = map(int, input().split())\nprint(a * b)  # MY-CODE-1188\n";

    // A failure on the hidden test (stderr echoing its input), then one on sample 2.
    failed_hidden(&farm, user).await;
    for app in [&openai, &anthropic] {
        let answer = ask(app, user, code).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        assert_eq!(answer.body["hint"], "Check what `a * b` prints for sample 2.");
    }
    failed_sample_two(&farm, user, code).await;
    for app in [&openai, &anthropic] {
        assert_eq!(ask(app, user, code).await.status, StatusCode::OK);
    }

    let requests = recorder.requests();
    assert_eq!(requests.len(), 4);
    let (mut openai_seen, mut anthropic_seen) = (0, 0);
    for (i, (headers, body)) in requests.iter().enumerate() {
        let prompt = body.to_string();
        assert_no_secrets(&prompt);
        assert!(prompt.contains("MY-CODE-1188"), "the learner's code is sent: {prompt}");
        assert!(prompt.contains("Print the sum of two integers."), "{prompt}");
        assert!(prompt.contains("Read both numbers on one line."), "{prompt}");
        assert!(prompt.contains("Approach: read, add, print"), "the outline is sent: {prompt}");
        if i < 2 {
            assert!(prompt.contains("hidden test 3"), "{prompt}");
        } else {
            assert!(prompt.contains("It failed on sample 2") && prompt.contains("25"), "{prompt}");
        }
        if let Some(auth) = headers.get("authorization") {
            openai_seen += 1;
            assert_eq!(auth, "Bearer sk-test-openai");
            assert_eq!(body["model"], "gpt-test");
            assert_eq!(body["messages"][0]["role"], "system");
            assert_eq!(body["messages"][1]["role"], "user");
            assert!(body["max_completion_tokens"].as_u64().unwrap() > 0);
        } else {
            anthropic_seen += 1;
            assert_eq!(headers["x-api-key"], "sk-test-anthropic");
            assert_eq!(headers["anthropic-version"], "2023-06-01");
            assert_eq!(body["model"], "claude-test");
            assert!(body["system"].as_str().unwrap().contains("Never give the solution"));
            assert_eq!(body["messages"][0]["role"], "user");
            assert!(body["max_tokens"].as_u64().unwrap() > 0);
        }
    }
    assert_eq!((openai_seen, anthropic_seen), (2, 2));
    // Earlier answers are passed on so the model does not repeat itself.
    assert!(requests[3].1.to_string().contains("Hints you already gave"));
}

#[tokio::test]
async fn a_failing_provider_is_502_and_the_hint_does_not_count() {
    let farm = catalogue().await;
    let (base, recorder) = fake_providers("unused").await;
    recorder.reply_with(None);
    let app = with_ai(
        &farm,
        settings_from(&[("ANTHROPIC_API_KEY", "k"), ("ANTHROPIC_BASE_URL", &base)]).unwrap(),
    );
    let user = premium(&farm).await;

    let answer = ask(&app, user, "print(1)\n").await;
    assert_eq!(error_code(&answer), (StatusCode::BAD_GATEWAY, "ai_unavailable"));
    assert!(answer.body["error"]["message"].as_str().unwrap().contains("did not count"));
    assert_eq!(call(&app, "GET", QUOTA_PATH, user, None).await.body["remaining"], 10);

    // A model that writes out the solution anyway has its code left out.
    recorder
        .reply_with(Some("Like this:\n```python\na, b = 1, 2\nc = a + b\nprint(c)\nexit()\n```"));
    let answer = ask(&app, user, "print(1)\n").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.body["provider"], "anthropic");
    let hint = answer.body["hint"].as_str().unwrap();
    assert!(!hint.contains("print(c)") && hint.contains("left out"), "{hint}");
}

#[tokio::test]
async fn the_eleventh_hint_in_a_day_is_refused_with_429_and_retry_after() {
    let farm = catalogue().await;
    let user = premium(&farm).await;
    for expected in (0..10).rev() {
        let answer = ask(&farm.app, user, "print(1)\n").await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        assert_eq!(answer.body["quota"]["remaining"], expected);
    }
    let refused = ask(&farm.app, user, "print(1)\n").await;
    assert_eq!(error_code(&refused), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    let message = refused.body["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("You have used your 10 AI hints for today"), "{message}");
    assert!(message.contains("the next one is available in 23 h 59 min"), "{message}");
    let retry: u64 = refused.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((86_000..=86_400).contains(&retry), "{retry}");

    let quota = call(&farm.app, "GET", QUOTA_PATH, user, None).await;
    assert_eq!(quota.status, StatusCode::OK);
    assert_eq!(quota.body["remaining"], 0);
    let given: i64 = sqlx::query_scalar("select count(*) from ai_hints where user_id = $1")
        .bind(user)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(given, 10, "the refused one is not recorded");

    // Another member's allowance is their own.
    let other = premium(&farm).await;
    assert_eq!(ask(&farm.app, other, "print(1)\n").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_place_frees_up_when_the_oldest_hint_leaves_the_window() {
    let farm = catalogue().await;
    let app = with_ai(
        &farm,
        AiSettings { daily_limit: 2, window: Duration::from_secs(2), ..AiSettings::default() },
    );
    let user = premium(&farm).await;
    assert_eq!(ask(&app, user, "").await.status, StatusCode::OK);
    assert_eq!(ask(&app, user, "").await.status, StatusCode::OK);
    let refused = ask(&app, user, "").await;
    assert_eq!(error_code(&refused), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let again = ask(&app, user, "").await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(again.body["quota"]["remaining"], 1);
}

#[tokio::test]
async fn free_and_expired_members_get_premium_required_and_nothing_counts() {
    let farm = catalogue().await;
    let free = member(&farm, "free", None).await;
    let expired = member(&farm, "premium", Some("-1 day")).await;
    for user in [free, expired] {
        let answer = ask(&farm.app, user, "print(1)\n").await;
        assert_eq!(
            error_code(&answer),
            (StatusCode::FORBIDDEN, "premium_required"),
            "{}",
            answer.body
        );
        assert_eq!(answer.body["error"]["message"], "AI hints are for premium members.");
        let quota = call(&farm.app, "GET", QUOTA_PATH, user, None).await;
        assert_eq!(
            quota.body,
            json!({"premium": false, "limit": 10, "remaining": 0, "window_secs": 86_400})
        );
    }
    let unlimited = member(&farm, "premium", None).await;
    let admin = member(&farm, "admin", None).await;
    for user in [unlimited, admin] {
        assert_eq!(ask(&farm.app, user, "print(1)\n").await.status, StatusCode::OK);
        assert_eq!(call(&farm.app, "GET", QUOTA_PATH, user, None).await.body["remaining"], 9);
    }
    let given: i64 = sqlx::query_scalar("select count(*) from ai_hints where user_id = any($1)")
        .bind(vec![free, expired])
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(given, 0);
}

#[tokio::test]
async fn bad_requests_are_refused_before_any_hint_is_counted() {
    let farm = catalogue().await;
    let user = premium(&farm).await;
    let big = "x".repeat(32 * 1024 + 1);
    assert_eq!(
        error_code(&ask(&farm.app, user, &big).await),
        (StatusCode::PAYLOAD_TOO_LARGE, "code_too_large")
    );
    let cobol = json!({"language": "cobol", "code": ""});
    let answer = call(&farm.app, "POST", HINT_PATH, user, Some(&cobol)).await;
    assert_eq!(error_code(&answer), (StatusCode::UNPROCESSABLE_ENTITY, "unknown_language"));
    let body = json!({"language": "python3", "code": ""});
    let answer =
        call(&farm.app, "POST", "/internal/problems/nope/ai-hint", user, Some(&body)).await;
    assert_eq!(error_code(&answer), (StatusCode::NOT_FOUND, "problem_not_found"));
    let (status, _) = farm.signed("POST", HINT_PATH, None, Some(&body.to_string())).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The allowance itself is public (the pricing page shows it): none to spend anonymously.
    let (status, quota) = farm.signed("GET", QUOTA_PATH, None, None).await;
    assert_eq!(status, StatusCode::OK, "{quota}");
    assert_eq!(
        quota,
        json!({"premium": false, "limit": 10, "remaining": 0, "window_secs": 86_400})
    );

    // While a contest with the problem runs, there are no AI hints for it.
    sqlx::raw_sql(
        "insert into contests (slug, title, start_time, end_time)
           values ('live', 'Live', now() - interval '1 hour', now() + interval '1 hour');
         insert into contest_problems (contest_id, problem_id, order_index)
           select c.id, p.id, 0 from contests c, problems p;",
    )
    .execute(&farm.db)
    .await
    .unwrap();
    assert_eq!(
        error_code(&ask(&farm.app, user, "").await),
        (StatusCode::FORBIDDEN, "contest_running")
    );
    assert_eq!(call(&farm.app, "GET", QUOTA_PATH, user, None).await.body["remaining"], 10);
}
