//! The submission lists: the caller's own submissions, all or of one problem, newest first.

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;

async fn submit(farm: &TestFarm, user: Uuid, slug: &str) -> String {
    let body =
        json!({"problem_slug": slug, "language": "python3", "code": "print(1)\n"}).to_string();
    let (status, sub) = farm.signed("POST", "/internal/submissions", Some(user), Some(&body)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sub}");
    sub["id"].as_str().unwrap().to_string()
}

fn ids(page: &Value) -> Vec<&str> {
    page["items"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn lists_show_only_the_callers_submissions_newest_first_in_pages() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (alice, _) = farm.register("alice-lists@example.com").await;
    let (bob, _) = farm.register("bob-lists@example.com").await;
    let mut mine = Vec::new();
    for slug in ["a-plus-b", "reverse-words", "a-plus-b", "a-plus-b"] {
        mine.push(submit(&farm, alice, slug).await);
    }
    submit(&farm, bob, "a-plus-b").await;
    mine.reverse();

    let (status, first) =
        farm.signed("GET", "/internal/submissions?page=1&per_page=3", Some(alice), None).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(
        (first["total"].as_u64(), first["page"].as_u64(), first["per_page"].as_u64()),
        (Some(4), Some(1), Some(3))
    );
    assert_eq!(ids(&first), mine[..3]);
    assert!(first["items"][0].get("code").is_none(), "items never carry code: {first}");
    let (_, second) =
        farm.signed("GET", "/internal/submissions?page=2&per_page=3", Some(alice), None).await;
    assert_eq!(ids(&second), mine[3..]);
    let (_, past_the_end) =
        farm.signed("GET", "/internal/submissions?page=9", Some(alice), None).await;
    assert_eq!((past_the_end["total"].as_u64(), ids(&past_the_end).len()), (Some(4), 0));

    let (status, by_slug) =
        farm.signed("GET", "/internal/submissions/problem/a-plus-b", Some(alice), None).await;
    assert_eq!(status, StatusCode::OK, "{by_slug}");
    assert_eq!(by_slug["total"], 3);
    assert!(by_slug["items"].as_array().unwrap().iter().all(|s| s["problem_slug"] == "a-plus-b"));
    let expected: Vec<&str> =
        mine.iter().map(String::as_str).filter(|id| ids(&by_slug).contains(id)).collect();
    assert_eq!(ids(&by_slug), expected, "newest first");
    let problem_id: Uuid = sqlx::query_scalar!("select id from problems where slug = 'a-plus-b'")
        .fetch_one(&farm.db)
        .await
        .unwrap();
    let (_, by_id) = farm
        .signed("GET", &format!("/internal/submissions/problem/{problem_id}"), Some(alice), None)
        .await;
    assert_eq!(ids(&by_id), ids(&by_slug));
    let (_, bobs) =
        farm.signed("GET", "/internal/submissions/problem/a-plus-b", Some(bob), None).await;
    assert_eq!(bobs["total"], 1);

    let (status, missing) = farm
        .signed("GET", "/internal/submissions/problem/no-such-problem", Some(alice), None)
        .await;
    assert_eq!(
        (status, missing["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("problem_not_found"))
    );
    let (status, too_big) =
        farm.signed("GET", "/internal/submissions?per_page=101", Some(alice), None).await;
    assert_eq!(
        (status, too_big["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input"))
    );
    let (status, garbage) =
        farm.signed("GET", "/internal/submissions?page=abc", Some(alice), None).await;
    assert_eq!(
        (status, garbage["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input"))
    );
    let (status, _) = farm.signed("GET", "/internal/submissions", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
