//! The review queue (issue 13): verdicts add problems to the deck through the farm's own
//! verdict commit, ratings move cards exactly as the `fsrs` crate schedules them, and bad
//! input gets the one error shape.

use algoarena_judge_farm::model::Status;
use algoarena_shared::language::Language;
use axum::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use fsrs::{MemoryState, FSRS};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::profile_fixtures::{accepted_at, catalogue, judged_at};

const RETENTION: f32 = 0.9;

async fn deck(farm: &TestFarm, user: Uuid) -> Value {
    let (status, body) = farm.signed("GET", "/internal/users/me/reviews", Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

fn item<'a>(deck: &'a Value, slug: &str) -> &'a Value {
    deck["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["slug"] == slug)
        .unwrap_or_else(|| panic!("{slug} is in the deck: {deck}"))
}

async fn rate(farm: &TestFarm, user: Uuid, slug: &str, rating: &str) -> (StatusCode, Value) {
    let body = json!({ "rating": rating }).to_string();
    let path = format!("/internal/users/me/reviews/{slug}");
    farm.signed("POST", &path, Some(user), Some(&body)).await
}

fn time(value: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(value.as_str().unwrap()).unwrap().with_timezone(&Utc)
}

fn memory(item: &Value) -> MemoryState {
    MemoryState {
        stability: item["memory"]["stability"].as_f64().unwrap() as f32,
        difficulty: item["memory"]["difficulty"].as_f64().unwrap() as f32,
    }
}

/// The days between a card's review and its due date, whole (as the crate's docs round).
fn scheduled_days(item: &Value) -> i64 {
    let span = time(&item["due_at"]) - time(&item["last_reviewed_at"]);
    assert_eq!(span, Duration::days(span.num_days()), "due a whole number of days out: {item}");
    span.num_days()
}

fn crate_days(interval: f32) -> i64 {
    interval.round().max(1.0) as i64
}

fn error_code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("<none>")
}

#[tokio::test]
async fn an_accepted_and_a_failed_verdict_add_their_problems_to_the_deck() {
    let farm = catalogue().await;
    let (user, _) = farm.register("deck@example.com").await;
    let now = Utc::now();
    assert_eq!(deck(&farm, user).await["items"], json!([]));

    accepted_at(&farm, user, "two-sum", now).await;
    judged_at(&farm, user, "maximum-subarray", Language::Cpp17, Status::WrongAnswer, now).await;
    // A compile error says nothing about knowing the problem.
    judged_at(&farm, user, "coin-change", Language::Cpp17, Status::CompileError, now).await;
    // A second verdict on a problem in the deck leaves its card alone.
    judged_at(&farm, user, "two-sum", Language::Cpp17, Status::WrongAnswer, now).await;

    let deck = deck(&farm, user).await;
    let slugs: Vec<&str> =
        deck["items"].as_array().unwrap().iter().map(|i| i["slug"].as_str().unwrap()).collect();
    // Due order: the miss (again) comes back before the solve (good).
    assert_eq!(slugs, ["maximum-subarray", "two-sum"], "{deck}");
    assert_eq!(deck["due_count"], 0, "nothing is due the moment it is added");

    let fresh = FSRS::default().next_states(None, RETENTION, 0).unwrap();
    let solved = item(&deck, "two-sum");
    assert_eq!(solved["last_rating"], "good");
    assert_eq!((solved["reps"].as_i64(), solved["lapses"].as_i64()), (Some(1), Some(0)));
    assert_eq!(memory(solved), fresh.good.memory);
    assert_eq!(scheduled_days(solved), crate_days(fresh.good.interval));
    assert_eq!(solved["difficulty"], "Easy");
    assert_eq!(solved["title"], "Two Sum");

    let missed = item(&deck, "maximum-subarray");
    assert_eq!(missed["last_rating"], "again");
    assert_eq!(memory(missed), fresh.again.memory);
    assert_eq!(scheduled_days(missed), crate_days(fresh.again.interval));
}

#[tokio::test]
async fn ratings_move_the_due_date_as_fsrs_schedules_it() {
    let farm = catalogue().await;
    let (user, _) = farm.register("rate@example.com").await;
    accepted_at(&farm, user, "two-sum", Utc::now()).await;
    let scheduler = FSRS::default();

    // Rated the same day: no time elapsed.
    let before = item(&deck(&farm, user).await, "two-sum").clone();
    let (status, after) = rate(&farm, user, "two-sum", "easy").await;
    assert_eq!(status, StatusCode::OK, "{after}");
    let expected = scheduler.next_states(Some(memory(&before)), RETENTION, 0).unwrap().easy;
    assert_eq!(memory(&after), expected.memory);
    assert_eq!(scheduled_days(&after), crate_days(expected.interval));
    assert_eq!((after["last_rating"].as_str(), after["reps"].as_i64()), (Some("easy"), Some(2)));

    // Ten days later (the last review moved back), "hard" counts the ten days.
    sqlx::query!(
        "update review_cards set last_review_at = last_review_at - interval '10 days',
                due_at = due_at - interval '10 days'",
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let due = deck(&farm, user).await;
    assert_eq!(due["due_count"], 1, "{due}");
    assert_eq!(item(&due, "two-sum")["is_due"], true);
    let (status, after_hard) = rate(&farm, user, "two-sum", "hard").await;
    assert_eq!(status, StatusCode::OK, "{after_hard}");
    let expected = scheduler.next_states(Some(memory(&after)), RETENTION, 10).unwrap().hard;
    assert_eq!(memory(&after_hard), expected.memory);
    assert_eq!(scheduled_days(&after_hard), crate_days(expected.interval));
    assert!(time(&after_hard["due_at"]) > Utc::now());

    // Forgetting it is a lapse, and brings it back soonest.
    let (status, forgot) = rate(&farm, user, "two-sum", "again").await;
    assert_eq!(status, StatusCode::OK, "{forgot}");
    let expected = scheduler.next_states(Some(memory(&after_hard)), RETENTION, 0).unwrap().again;
    assert_eq!(memory(&forgot), expected.memory);
    assert_eq!(scheduled_days(&forgot), crate_days(expected.interval));
    assert_eq!((forgot["reps"].as_i64(), forgot["lapses"].as_i64()), (Some(4), Some(1)));
}

#[tokio::test]
async fn bad_ratings_unknown_problems_and_cards_not_in_the_deck_are_refused() {
    let farm = catalogue().await;
    let (user, _) = farm.register("refuse@example.com").await;
    accepted_at(&farm, user, "two-sum", Utc::now()).await;

    let (status, body) = rate(&farm, user, "two-sum", "meh").await;
    assert_eq!((status, error_code(&body)), (StatusCode::BAD_REQUEST, "unknown_rating"), "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("'meh'"), "{body}");
    let path = "/internal/users/me/reviews/two-sum";
    let (status, body) = farm.signed("POST", path, Some(user), Some("{}")).await;
    assert_eq!((status, error_code(&body)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
    let (status, body) = farm.signed("POST", path, Some(user), Some("{")).await;
    assert_eq!((status, error_code(&body)), (StatusCode::BAD_REQUEST, "malformed_json"));

    let (status, body) = rate(&farm, user, "no-such-problem", "good").await;
    assert_eq!((status, error_code(&body)), (StatusCode::NOT_FOUND, "problem_not_found"));
    let (status, body) = rate(&farm, user, "coin-change", "good").await;
    assert_eq!((status, error_code(&body)), (StatusCode::NOT_FOUND, "not_in_deck"));

    let (status, body) = farm.signed("POST", path, None, Some(r#"{"rating":"good"}"#)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");

    // Dropping: once, then it is gone.
    let (status, _) = farm.signed("DELETE", path, Some(user), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(deck(&farm, user).await["items"], json!([]));
    let (status, body) = farm.signed("DELETE", path, Some(user), None).await;
    assert_eq!((status, error_code(&body)), (StatusCode::NOT_FOUND, "not_in_deck"));
    let (status, body) =
        farm.signed("DELETE", "/internal/users/me/reviews/nope", Some(user), None).await;
    assert_eq!((status, error_code(&body)), (StatusCode::NOT_FOUND, "problem_not_found"));

    // Another user's deck is theirs alone.
    let (other, _) = farm.register("other@example.com").await;
    accepted_at(&farm, other, "reverse-words", Utc::now()).await;
    assert_eq!(deck(&farm, user).await["items"], json!([]));
    let (status, _) = rate(&farm, user, "reverse-words", "good").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
