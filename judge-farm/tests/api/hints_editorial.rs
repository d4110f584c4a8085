//! Hints and the editorial behind their gates: free tiers for everyone signed in, premium tiers
//! and premium editorials refused with `premium_required`, the editorial only after solving or
//! on a recorded `confirm_unsolved`.

use axum::http::StatusCode;
use serde_json::Value;

use crate::helpers::TestFarm;
use crate::my_work::{small_catalogue, user};

async fn with_hints() -> TestFarm {
    let farm = small_catalogue().await;
    sqlx::raw_sql(
        r#"
        insert into problem_hints (problem_id, tier, body, is_premium)
          select id, 1, 'Think about complements.', false from problems where slug = 'two-sum'
          union all
          select id, 2, 'PREMIUM: a hash map from value to index.', true from problems
           where slug = 'two-sum';
        update problems set editorial = 'PREMIUM EDITORIAL: one pass with a map.',
                            editorial_is_premium = true where slug = 'two-sum';
        update problems set editorial = 'Free editorial.', editorial_is_premium = false
         where slug = 'coin-change';
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    farm
}

fn code(status: StatusCode, body: &Value) -> (StatusCode, &str) {
    (status, body["error"]["code"].as_str().unwrap_or("<none>"))
}

#[tokio::test]
async fn free_tiers_are_open_to_members_and_premium_tiers_only_to_premium() {
    let farm = with_hints().await;
    let free = user(&farm, "free").await;
    let premium = user(&farm, "premium").await;
    let path = "/internal/problems/two-sum/hints";

    let (status, hints) = farm.signed("GET", path, Some(free), None).await;
    assert_eq!(status, StatusCode::OK, "{hints}");
    assert_eq!(hints["items"][0]["body"], "Think about complements.");
    assert_eq!(hints["items"][1]["locked"], true);
    assert!(hints["items"][1]["body"].is_null());
    assert!(!hints.to_string().contains("PREMIUM"));

    let (status, body) = farm.signed("GET", &format!("{path}?tier=2"), Some(free), None).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "premium_required"));
    let (status, body) = farm.signed("GET", &format!("{path}?tier=9"), Some(free), None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "hint_not_found"));

    let (_, hints) = farm.signed("GET", path, Some(premium), None).await;
    assert_eq!(hints["items"][1]["body"], "PREMIUM: a hash map from value to index.");

    let (status, body) = farm.signed("GET", path, None, None).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let (status, body) =
        farm.signed("GET", "/internal/problems/nope/hints", Some(free), None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"));
}

#[tokio::test]
async fn the_cached_problem_detail_never_carries_premium_text() {
    let farm = with_hints().await;
    let (status, detail) = farm.signed("GET", "/internal/problems/two-sum", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!detail.to_string().contains("PREMIUM"), "{detail}");
}

#[tokio::test]
async fn the_editorial_needs_premium_and_a_solve_or_a_recorded_confirmation() {
    let farm = with_hints().await;
    let free = user(&farm, "free").await;
    let premium = user(&farm, "premium").await;
    let path = "/internal/problems/two-sum/editorial";

    let (status, body) = farm.signed("GET", path, Some(free), None).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "premium_required"));
    let (status, body) =
        farm.signed("GET", &format!("{path}?confirm_unsolved=true"), Some(free), None).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "premium_required"));

    let (status, body) = farm.signed("GET", path, Some(premium), None).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "not_solved"));
    assert!(body["error"]["message"].as_str().unwrap().contains("confirm_unsolved=true"));
    assert_eq!(farm.count("editorial_unsolved_views").await, 0);

    let (status, editorial) =
        farm.signed("GET", &format!("{path}?confirm_unsolved=true"), Some(premium), None).await;
    assert_eq!(status, StatusCode::OK, "{editorial}");
    assert_eq!(editorial["solved"], false);
    assert!(editorial["body"].as_str().unwrap().starts_with("PREMIUM EDITORIAL"));
    assert_eq!(farm.count("editorial_unsolved_views").await, 1, "the confirmation is recorded");

    // Once solved, no confirmation is needed.
    sqlx::query(
        "insert into submissions (user_id, problem_id, language, code, status, kind)
         select $1, id, 'python3', 'x', 'accepted', 'submit' from problems where slug = 'two-sum'",
    )
    .bind(premium)
    .execute(&farm.db)
    .await
    .unwrap();
    let (status, editorial) = farm.signed("GET", path, Some(premium), None).await;
    assert_eq!((status, editorial["solved"].as_bool()), (StatusCode::OK, Some(true)));

    let (status, body) =
        farm.signed("GET", &format!("{path}?confirm_unsolved=maybe"), Some(premium), None).await;
    assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
    let (status, body) =
        farm.signed("GET", "/internal/problems/secret/editorial", Some(premium), None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"));
}

#[tokio::test]
async fn an_open_editorial_still_asks_for_a_solve_or_a_confirmation_but_not_for_premium() {
    let farm = with_hints().await;
    let free = user(&farm, "free").await;
    let path = "/internal/problems/coin-change/editorial";
    let (status, body) = farm.signed("GET", path, Some(free), None).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "not_solved"));
    let (status, editorial) =
        farm.signed("GET", &format!("{path}?confirm_unsolved=true"), Some(free), None).await;
    assert_eq!((status, editorial["body"].as_str()), (StatusCode::OK, Some("Free editorial.")));
}
