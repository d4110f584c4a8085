//! Run (TRD §4.3): the samples or one's own inputs, every case reported, judged by a real
//! worker; runs are never listed or counted, and have an allowance of their own.

use algoarena_judge_farm::config::QueueSettings;
use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;

async fn run(farm: &TestFarm, user: Uuid, body: Value) -> (StatusCode, Value) {
    farm.signed("POST", "/internal/submissions/run", Some(user), Some(&body.to_string())).await
}

async fn finished(farm: &TestFarm, user: Uuid, queued: &Value) -> Value {
    farm.wait_finished(user, queued["id"].as_str().expect("a queued run has an id")).await
}

const A_PLUS_B: &str = "a, b = map(int, input().split())\nprint(a + b)\n";

#[tokio::test]
async fn a_run_reports_every_sample_and_custom_inputs_are_answered_by_the_reference() {
    // The languages' self-tests would only delay the worker here.
    let farm =
        TestFarm::start_with_queue(QueueSettings { self_test: false, ..QueueSettings::default() })
            .await;
    farm.import_seed_problems().await;
    let worker = farm.spawn_worker();
    let (user, _) = farm.register("runner@example.com").await;

    // The samples: right on the first (1 2 -> 3), wrong on the second; the run goes on.
    let (status, queued) = run(
        &farm,
        user,
        json!({"problem_slug": "a-plus-b", "language": "python3", "code": "print(3)"}),
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{queued}");
    assert_eq!(queued["kind"], "run");
    let samples = finished(&farm, user, &queued).await;
    assert_eq!(
        (samples["status"].as_str(), samples["test_cases_passed"].as_i64()),
        (Some("wrong_answer"), Some(1)),
        "{samples}"
    );
    let cases = samples["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2, "{samples}");
    assert_eq!(
        (cases[0]["status"].as_str(), cases[0]["expected"].as_str(), cases[0]["actual"].as_str()),
        (Some("accepted"), Some("3\n"), Some("3\n"))
    );
    assert_eq!(
        (cases[1]["status"].as_str(), cases[1]["input"].as_str(), cases[1]["expected"].as_str()),
        (Some("wrong_answer"), Some("-5 12\n"), Some("7\n"))
    );

    // Custom inputs: the reference answers them; a crash on one case does not hide the other.
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": A_PLUS_B, "inputs": ["40 2\n", "x y\n"]});
    let (_, queued) = run(&farm, user, body).await;
    let custom = finished(&farm, user, &queued).await;
    let cases = custom["cases"].as_array().unwrap();
    assert_eq!(
        (cases[0]["status"].as_str(), cases[0]["expected"].as_str(), cases[0]["actual"].as_str()),
        (Some("accepted"), Some("42\n"), Some("42\n")),
        "{custom}"
    );
    assert_eq!(cases[1]["status"], "runtime_error", "{custom}");
    assert!(cases[1]["stderr"].as_str().unwrap().contains("ValueError"), "{custom}");
    assert_eq!(custom["status"], "runtime_error");

    // A function problem: the reference's result is expected (in any order, as the problem
    // allows), and what the program printed is shown apart from its result.
    let two_sum = "class Solution:\n    def twoSum(self, nums, target):\n        print('pairs for', target)\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [i, seen[target - x]]\n            seen[x] = i\n";
    let body = json!({"problem_slug": "two-sum", "language": "python3", "code": two_sum, "inputs": ["[[3,3],6]", "[[1,5,9],14]"]});
    let (_, queued) = run(&farm, user, body).await;
    let function = finished(&farm, user, &queued).await;
    assert_eq!(function["status"], "accepted", "{function}");
    let cases = function["cases"].as_array().unwrap();
    assert_eq!(
        (cases[0]["actual"].as_str(), cases[0]["stdout"].as_str()),
        (Some("[1,0]"), Some("pairs for 6\n")),
        "{function}"
    );
    assert_eq!(
        cases[1]["expected"].as_str().map(|e| e.replace(' ', "")),
        Some("[1,2]".into()),
        "{function}"
    );

    // A compile error is the run's answer, with the compiler's message.
    let body =
        json!({"problem_slug": "a-plus-b", "language": "cpp17", "code": "int main() { oops }"});
    let (_, queued) = run(&farm, user, body).await;
    let broken = finished(&farm, user, &queued).await;
    assert_eq!(broken["status"], "compile_error", "{broken}");
    assert!(broken["error_message"].as_str().unwrap().contains("oops"), "{broken}");
    assert!(broken.get("cases").is_none(), "{broken}");

    // An interactive problem's samples run against its interactor, each case reported.
    let guesser = std::fs::read_to_string(
        crate::helpers::repo_root()
            .join("problems/guess-the-number/submissions/accepted/binary_search.py"),
    )
    .unwrap();
    let body = json!({"problem_slug": "guess-the-number", "language": "python3", "code": guesser});
    let (_, queued) = run(&farm, user, body).await;
    let interactive = finished(&farm, user, &queued).await;
    assert_eq!(interactive["status"], "accepted", "{interactive}");
    assert_eq!(interactive["cases"].as_array().map(Vec::len), Some(2), "{interactive}");
    let body =
        json!({"problem_slug": "guess-the-number", "language": "python3", "code": "print(1)"});
    let (_, queued) = run(&farm, user, body).await;
    let silly = finished(&farm, user, &queued).await;
    assert_eq!(
        (silly["status"].as_str(), silly["cases"][0]["status"].as_str()),
        (Some("wrong_answer"), Some("wrong_answer")),
        "{silly}"
    );
    // A conversation shows what the judge said of it, never the interactor's own files.
    let case = &silly["cases"][0];
    assert_eq!((&case["conversation"], &case["input"]), (&json!(true), &json!("")), "{silly}");
    assert!(case.get("expected").is_none(), "{silly}");
    assert!(case["actual"].as_str().unwrap().contains("guess"), "the judge's message: {silly}");

    // Runs are practice on the side: not listed, not counted, no problem state.
    let (_, list) = farm.signed("GET", "/internal/submissions", Some(user), None).await;
    assert_eq!(list["total"], 0, "{list}");
    let counted: i64 = sqlx::query_scalar!(
        r#"select coalesce(sum(total_submissions), 0)::int8 as "counted!" from problems"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!((counted, farm.count("user_problem_state").await), (0, 0));
    worker.abort();
}

#[tokio::test]
async fn bad_runs_get_clear_errors_and_store_nothing() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (user, _) = farm.register("bad-runner@example.com").await;
    let cases = [
        (
            json!({"problem_slug": "two-sum", "language": "python3", "code": "x", "inputs": ["[[1,2]]"]}),
            "case 1 does not fit the signature",
        ),
        (
            json!({"problem_slug": "two-sum", "language": "python3", "code": "x", "inputs": ["[[1,2],3]", "nope"]}),
            "case 2 does not fit",
        ),
        (
            json!({"problem_slug": "a-plus-b", "language": "python3", "code": "x", "inputs": []}),
            "give 1 to 10",
        ),
        (
            json!({"problem_slug": "a-plus-b", "language": "python3", "code": "x", "inputs": vec!["1 2"; 11]}),
            "give 1 to 10",
        ),
        (
            json!({"problem_slug": "a-plus-b", "language": "python3", "code": "x", "inputs": ["1".repeat(16 * 1024 + 1)]}),
            "larger than 16 KiB",
        ),
        (json!({"problem_slug": "a-plus-b", "language": "python3", "code": " "}), "empty"),
        (
            json!({"problem_slug": "guess-the-number", "language": "python3", "code": "x", "inputs": ["5\n"]}),
            "samples only",
        ),
    ];
    for (body, message) in cases {
        let (status, error) = run(&farm, user, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {error}");
        assert!(error["error"]["message"].as_str().unwrap().contains(message), "{body}: {error}");
    }
    assert_eq!(farm.count("submissions").await, 0);
}

#[tokio::test]
async fn runs_have_an_allowance_of_their_own() {
    let farm = TestFarm::start_with_queue(QueueSettings {
        run_limit: 2,
        submit_limit: 2,
        ..QueueSettings::default()
    })
    .await;
    farm.import_seed_problems().await;
    let (user, _) = farm.register("eager@example.com").await;
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": A_PLUS_B});
    for _ in 0..2 {
        assert_eq!(run(&farm, user, body.clone()).await.0, StatusCode::ACCEPTED);
    }
    let (status, refused) = run(&farm, user, body.clone()).await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("rate_limited")),
        "{refused}"
    );
    assert!(
        refused["error"]["message"].as_str().unwrap().contains("run code 2 times"),
        "{refused}"
    );
    // Running used none of the submits.
    let (status, _) =
        farm.signed("POST", "/internal/submissions", Some(user), Some(&body.to_string())).await;
    assert_eq!(status, StatusCode::ACCEPTED);
}
