//! Submitting: validation, storage, queueing, and judging by a real worker in the sandbox.

use std::sync::Arc;

use algoarena_judge_farm::model::{Status, StoredKind};
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox, Sandbox};
use algoarena_judge_farm::worker;
use algoarena_shared::language::Language;
use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;

fn submit_body(slug: &str, language: &str, code: &str) -> String {
    json!({"problem_slug": slug, "language": language, "code": code}).to_string()
}

#[tokio::test]
async fn bad_submissions_get_clear_errors_and_store_nothing() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (user, _) = farm.register("sub@example.com").await;
    let big = "#".repeat(64 * 1024 + 1);
    let cases = [
        (Some(user), "{oops".to_string(), StatusCode::BAD_REQUEST, "malformed_json"),
        (
            Some(user),
            submit_body("a-plus-b", "cobol", "print(1)"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_language",
        ),
        (
            Some(user),
            json!({"problem_slug": "a-plus-b", "language": 7, "code": "print(1)"}).to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            Some(user),
            submit_body("no-such-problem", "python3", "print(1)"),
            StatusCode::NOT_FOUND,
            "problem_not_found",
        ),
        (
            Some(user),
            submit_body("a-plus-b", "python3", &big),
            StatusCode::PAYLOAD_TOO_LARGE,
            "code_too_large",
        ),
        (
            Some(user),
            submit_body("a-plus-b", "python3", "   "),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            None,
            submit_body("a-plus-b", "python3", "print(1)"),
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        ),
    ];
    for (who, body, status, code) in cases {
        let (got, json) = farm.signed("POST", "/internal/submissions", who, Some(&body)).await;
        assert_eq!((got, json["error"]["code"].as_str().unwrap_or("")), (status, code), "{json}");
    }
    assert_eq!(farm.count("submissions").await, 0);
}

#[tokio::test]
async fn a_submission_is_private_to_its_author() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (alice, _) = farm.register("alice@example.com").await;
    let (mallory, _) = farm.register("mallory@example.com").await;
    let body = submit_body("a-plus-b", "python3", "print(1)");
    let (status, sub) =
        farm.signed("POST", "/internal/submissions", Some(alice), Some(&body)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sub}");
    assert_eq!(sub["status"], "queued");
    assert_eq!(sub["finished"], false);
    let path = format!("/internal/submissions/{}", sub["id"].as_str().unwrap());
    assert_eq!(farm.signed("GET", &path, Some(alice), None).await.0, StatusCode::OK);
    assert_eq!(farm.signed("GET", &path, Some(mallory), None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        farm.signed("GET", "/internal/submissions/not-a-uuid", Some(alice), None).await.0,
        StatusCode::NOT_FOUND
    );
}

async fn wait_for_verdict(farm: &TestFarm, user: Uuid, id: &str) -> Value {
    farm.wait_finished(user, id).await
}

#[tokio::test]
async fn a_worker_judges_submissions_in_the_sandbox_with_exact_verdicts() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let sandbox: Arc<dyn Sandbox> = Arc::new(
        NativeSandbox::new(NativeConfig {
            helper: env!("CARGO_BIN_EXE_judge-farm").into(),
            ..NativeConfig::default()
        })
        .expect("the native sandbox needs root and cgroups"),
    );
    let settings = (*farm.state.settings).clone();
    let worker =
        tokio::spawn(worker::run(settings, farm.db.clone(), farm.state.redis.clone(), sandbox));
    let (user, _) = farm.register("judge@example.com").await;

    let cases = [
        ("python3", "a, b = map(int, input().split())\nprint(a + b)\n", "accepted"),
        ("python3", "a, b = map(int, input().split())\nprint(a - b)\n", "wrong_answer"),
        ("python3", "while True:\n    pass\n", "time_limit_exceeded"),
        ("python3", "x = bytearray(600 * 1024 * 1024)\nprint(len(x))\n", "memory_limit_exceeded"),
        ("python3", "raise SystemExit(3)\n", "runtime_error"),
        ("python3", "import socket\nsocket.create_connection(('127.0.0.1', 5432), timeout=1)\nprint(3)\n", "runtime_error"),
        ("cpp17", "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<'\\n';}\n", "accepted"),
        ("cpp17", "int main() { this is not C++ }\n", "compile_error"),
        ("javascript", "const [a,b]=require('fs').readFileSync(0,'utf8').trim().split(/\\s+/).map(Number);console.log(a+b);\n", "accepted"),
        // C, the tenth language: every verdict a C program can earn.
        ("c", "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a+b);return 0;}\n", "accepted"),
        ("c", "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a-b);return 0;}\n", "wrong_answer"),
        ("c", "int main(void) { this is not C }\n", "compile_error"),
        ("c", "int main(void) { int * volatile p = 0; return *p; }\n", "runtime_error"),
        ("c", "int main(void) { volatile unsigned long n = 0; for (;;) n++; }\n", "time_limit_exceeded"),
        ("c", "#include <stdlib.h>\n#include <string.h>\nint main(void){for(;;){char*p=malloc(1<<20);memset(p,1,1<<20);}}\n", "memory_limit_exceeded"),
    ];
    let mut ids = Vec::new();
    for (language, code, _) in &cases {
        let (status, sub) = farm
            .signed(
                "POST",
                "/internal/submissions",
                Some(user),
                Some(&submit_body("a-plus-b", language, code)),
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{sub}");
        ids.push(sub["id"].as_str().unwrap().to_string());
    }
    for ((language, code, expected), id) in cases.iter().zip(&ids) {
        let sub = wait_for_verdict(&farm, user, id).await;
        assert_eq!(sub["status"], *expected, "{language}: {code}\n{sub}");
        if *expected == "accepted" {
            assert_eq!(sub["test_cases_passed"], sub["test_cases_total"]);
            assert!(sub["memory_kb"].as_i64().unwrap() > 0, "memory is measured: {sub}");
            assert!(sub.get("failed_test").is_none(), "{sub}");
        }
        if *expected == "wrong_answer" {
            // In practice the failed test is shown whole, as LeetCode does.
            let failed = &sub["failed_test"];
            assert_eq!(failed["number"], 1, "{sub}");
            assert_eq!(failed["input"], "1 2\n", "{sub}");
            assert_eq!(failed["expected"], "3\n", "{sub}");
            assert_eq!(failed["actual"], "-1\n", "{sub}");
        }
        if *expected == "compile_error" {
            let message = sub["error_message"].as_str().unwrap();
            assert!(message.contains("error") && !message.contains("/box/"), "{message}");
        }
    }
    // A function problem: its driver's result is the actual output, and what the program
    // printed besides is shown apart.
    let two_sum = "class Solution:\n    def twoSum(self, nums, target):\n        print('looking', target)\n        return [0, 0]\n";
    let (_, sub) = farm
        .signed(
            "POST",
            "/internal/submissions",
            Some(user),
            Some(&submit_body("two-sum", "python3", two_sum)),
        )
        .await;
    let sub = wait_for_verdict(&farm, user, sub["id"].as_str().unwrap()).await;
    assert_eq!(sub["status"], "wrong_answer", "{sub}");
    let failed = &sub["failed_test"];
    assert_eq!(
        (failed["number"].as_i64(), failed["actual"].as_str()),
        (Some(1), Some("[0,0]")),
        "{sub}"
    );
    assert_eq!(failed["input"], "[[3,8,12,20],11]\n", "{sub}");
    assert_eq!(failed["stdout"], "looking 11\n", "{sub}");
    let counters = sqlx::query!(
        "select total_submissions, total_accepted, acceptance_rate from problems where slug = 'a-plus-b'",
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let accepted = cases.iter().filter(|(_, _, verdict)| *verdict == "accepted").count();
    assert_eq!(
        (counters.total_submissions, counters.total_accepted),
        (cases.len() as i32, accepted as i32)
    );
    assert!((counters.acceptance_rate - accepted as f64 / cases.len() as f64).abs() < 1e-9);
    worker.abort();
}

#[tokio::test]
async fn a_scored_problem_stores_the_score_and_judges_every_group() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let sandbox: Arc<dyn Sandbox> = Arc::new(
        NativeSandbox::new(NativeConfig {
            helper: env!("CARGO_BIN_EXE_judge-farm").into(),
            ..NativeConfig::default()
        })
        .expect("the native sandbox needs root and cgroups"),
    );
    let mut settings = (*farm.state.settings).clone();
    // Only Python is judged here: testing every toolchain first would cost more than the test.
    settings.queue.self_test = false;
    let worker =
        tokio::spawn(worker::run(settings, farm.db.clone(), farm.state.redis.clone(), sandbox));
    let (user, _) = farm.register("scores@example.com").await;

    let linear = "import sys\nd = sys.stdin.buffer.read().split()\nn, k = int(d[0]), int(d[1])\nseen, t, c = {0: 1}, 0, 0\n\
                  for x in d[2:2 + n]:\n    t += int(x)\n    c += seen.get(t - k, 0)\n    seen[t] = seen.get(t, 0) + 1\n";
    // The same count wrapped to 32 bits fails the first large test only; a broken first sample
    // fails the samples (skipping the other one) but no group.
    let cases = [
        (format!("{linear}print(c)\n"), "accepted", 100.0, 25),
        (format!("{linear}print(c if c < 2**31 else c - 2**32)\n"), "wrong_answer", 30.0, 16),
        (format!("{linear}print(c + (c == 4))\n"), "wrong_answer", 100.0, 23),
    ];
    for (code, status, score, passed) in cases {
        let (_, sub) = farm
            .signed(
                "POST",
                "/internal/submissions",
                Some(user),
                Some(&submit_body("subarray-sums", "python3", &code)),
            )
            .await;
        let sub = wait_for_verdict(&farm, user, sub["id"].as_str().unwrap()).await;
        assert_eq!(sub["status"], status, "{code}\n{sub}");
        assert_eq!(
            (sub["score"].as_f64(), sub["max_score"].as_f64()),
            (Some(score), Some(100.0)),
            "{code}\n{sub}"
        );
        // Only the failed group's remaining tests are skipped.
        assert_eq!(sub["test_cases_passed"], passed, "{sub}");
        // 2 samples, 14 tests in group1 and 9 in group2.
        assert_eq!(sub["test_cases_total"], 25, "{sub}");
    }
    let stored =
        sqlx::query!("select score, max_score from submissions order by created_at limit 1")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!((stored.score, stored.max_score), (Some(100.0), Some(100.0)));
    // A pass/fail problem's submission has no score.
    let (_, sub) = farm
        .signed(
            "POST",
            "/internal/submissions",
            Some(user),
            Some(&submit_body("a-plus-b", "python3", "print(3)\n")),
        )
        .await;
    let sub = wait_for_verdict(&farm, user, sub["id"].as_str().unwrap()).await;
    assert!(sub.get("score").is_none() && sub.get("max_score").is_none(), "{sub}");
    worker.abort();
}

#[tokio::test]
async fn statuses_languages_and_kinds_are_stored_by_their_names_in_varchar_columns() {
    let farm = TestFarm::start().await;
    // The columns are varchar (not text): the stored enums must decode from either. These
    // queries stay runtime ones on purpose: a macro's `"col: Type"` override decodes unchecked,
    // skipping the `Type::compatible` check this test exists for.
    for status in Status::ALL {
        let (name, back): (String, Status) = sqlx::query_as("select $1::text, $1::varchar(30)")
            .bind(status)
            .fetch_one(&farm.db)
            .await
            .unwrap();
        assert_eq!((name.as_str(), back), (status.as_str(), status));
    }
    for language in Language::ALL {
        let (name, back): (String, Language) = sqlx::query_as("select $1::text, $1::varchar(20)")
            .bind(language)
            .fetch_one(&farm.db)
            .await
            .unwrap();
        assert_eq!((name.as_str(), back), (language.id(), language));
    }
    for kind in [StoredKind::Submit, StoredKind::Run] {
        let (name, back): (String, StoredKind) = sqlx::query_as("select $1::text, $1::varchar(10)")
            .bind(kind)
            .fetch_one(&farm.db)
            .await
            .unwrap();
        assert_eq!((name.as_str(), back), (kind.as_str(), kind));
    }
    // A name that is none of them is a decode error, not a silent default.
    let unknown = sqlx::query_scalar::<_, Status>("select 'Accepted'::varchar").fetch_one(&farm.db);
    assert!(unknown.await.is_err());
    let unknown = sqlx::query_scalar::<_, Language>("select 'cobol'::varchar").fetch_one(&farm.db);
    assert!(unknown.await.is_err());
    let unknown = sqlx::query_scalar::<_, StoredKind>("select 'Run'::varchar").fetch_one(&farm.db);
    assert!(unknown.await.is_err());
}
