//! The dashboard's numbers: stats, the streak and the heatmap counted in the user's time zone
//! (across midnight and zones), and recommendations with their reasons. Verdicts go through
//! the farm's own commit, for submissions made at chosen instants.

use algoarena_judge_farm::model::Status;
use algoarena_shared::language::Language;
use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::profile_fixtures::{accepted_at, catalogue, judged_at, utc_midnight};

async fn get(farm: &TestFarm, path: &str, user: Uuid) -> Value {
    let (status, body) = farm.signed("GET", path, Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    body
}

async fn set_zone(farm: &TestFarm, user: Uuid, zone: &str) {
    let body = json!({"time_zone": zone}).to_string();
    let (status, got) = farm.signed("PUT", "/internal/users/me", Some(user), Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{got}");
}

fn date(days_ago: i64) -> String {
    (utc_midnight() - Duration::days(days_ago)).date_naive().to_string()
}

fn heat(map: &Value) -> Vec<(String, i64)> {
    map["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["date"].as_str().unwrap().to_string(), d["accepted"].as_i64().unwrap()))
        .collect()
}

/// Accepted submissions half an hour either side of UTC midnight two days ago, and at noon
/// UTC yesterday: three UTC days in a row, but in New York (UTC-4/-5) the first two fall on
/// the same evening and the run breaks.
async fn solver_across_midnight(farm: &TestFarm) -> Uuid {
    let (user, _) = farm.register("streak@example.com").await;
    let midnight = utc_midnight() - Duration::days(2);
    accepted_at(farm, user, "two-sum", midnight - Duration::minutes(30)).await;
    accepted_at(farm, user, "reverse-words", midnight + Duration::minutes(30)).await;
    accepted_at(farm, user, "coin-change", utc_midnight() - Duration::hours(12)).await;
    // Neither a wrong answer nor a solve long ago joins the recent days.
    let wrong = utc_midnight() - Duration::days(5);
    judged_at(farm, user, "maximum-subarray", Language::Cpp17, Status::WrongAnswer, wrong).await;
    accepted_at(farm, user, "subarray-sums", utc_midnight() - Duration::days(400)).await;
    user
}

#[tokio::test]
async fn the_streak_counts_local_days_and_moves_with_the_time_zone() {
    let farm = catalogue().await;
    let user = solver_across_midnight(&farm).await;

    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(
        (streak["current"].as_i64(), streak["longest"].as_i64()),
        (Some(3), Some(3)),
        "{streak}"
    );
    assert_eq!(streak["last_active_date"], date(1));
    assert_eq!(streak["time_zone"], "UTC");
    assert_eq!(streak["solved_today"], false);

    set_zone(&farm, user, "America/New_York").await;
    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(
        (streak["current"].as_i64(), streak["longest"].as_i64()),
        (Some(1), Some(1)),
        "{streak}"
    );
    assert_eq!(streak["last_active_date"], date(1), "noon UTC is morning in New York");

    // East of UTC the two midnight solves are one morning, and yesterday noon is yesterday
    // evening: still two local days in a row.
    set_zone(&farm, user, "Asia/Kolkata").await;
    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(streak["longest"].as_i64(), Some(2), "{streak}");
}

#[tokio::test]
async fn a_streak_is_broken_after_a_day_without_a_solve_and_extended_by_a_verdict() {
    let farm = catalogue().await;
    let (user, _) = farm.register("lapsed@example.com").await;
    accepted_at(&farm, user, "two-sum", utc_midnight() - Duration::days(3)).await;
    accepted_at(&farm, user, "reverse-words", utc_midnight() - Duration::days(4)).await;
    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(
        (streak["current"].as_i64(), streak["longest"].as_i64()),
        (Some(0), Some(2)),
        "{streak}"
    );

    // A verdict landing now (submitted a minute ago) starts today's run.
    accepted_at(&farm, user, "coin-change", chrono::Utc::now() - Duration::minutes(1)).await;
    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(
        (streak["current"].as_i64(), streak["solved_today"].as_bool()),
        (Some(1), Some(true)),
        "{streak}"
    );
}

/// Verdicts usually extend the streak by one row update; a late verdict for an older day that
/// fills the gap between two runs must join them (the full recount).
#[tokio::test]
async fn a_late_verdict_for_a_missing_day_joins_two_runs() {
    let farm = catalogue().await;
    let (user, _) = farm.register("gap@example.com").await;
    accepted_at(&farm, user, "two-sum", utc_midnight() - Duration::days(3) + Duration::hours(1))
        .await;
    accepted_at(
        &farm,
        user,
        "reverse-words",
        utc_midnight() - Duration::days(1) + Duration::hours(1),
    )
    .await;
    accepted_at(
        &farm,
        user,
        "coin-change",
        utc_midnight() - Duration::days(1) + Duration::hours(2),
    )
    .await;
    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(
        (streak["current"].as_i64(), streak["longest"].as_i64()),
        (Some(1), Some(1)),
        "{streak}"
    );

    accepted_at(
        &farm,
        user,
        "maximum-subarray",
        utc_midnight() - Duration::days(2) + Duration::hours(1),
    )
    .await;
    let streak = get(&farm, "/internal/users/me/streak", user).await;
    assert_eq!(
        (streak["current"].as_i64(), streak["longest"].as_i64()),
        (Some(3), Some(3)),
        "{streak}"
    );
    assert_eq!(streak["last_active_date"], date(1));
}

#[tokio::test]
async fn the_heatmap_counts_accepted_submissions_per_local_day_for_a_year() {
    let farm = catalogue().await;
    let user = solver_across_midnight(&farm).await;

    let map = get(&farm, "/internal/users/me/heatmap", user).await;
    assert_eq!(heat(&map), [(date(3), 1), (date(2), 1), (date(1), 1)], "{map}");
    let (from, to) = (map["from"].as_str().unwrap(), map["to"].as_str().unwrap());
    let span = NaiveDate::parse_from_str(to, "%Y-%m-%d").unwrap()
        - NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap();
    assert_eq!(span.num_days(), 364, "365 days, today included");
    assert_eq!(to, date(0));

    set_zone(&farm, user, "America/New_York").await;
    let map = get(&farm, "/internal/users/me/heatmap", user).await;
    assert_eq!(heat(&map), [(date(3), 2), (date(1), 1)], "{map}");
    assert_eq!(map["time_zone"], "America/New_York");
}

#[tokio::test]
async fn stats_count_solves_by_difficulty_tag_and_language() {
    let farm = catalogue().await;
    let (user, _) = farm.register("stats@example.com").await;
    let t = utc_midnight() - Duration::days(1);
    accepted_at(&farm, user, "two-sum", t).await;
    judged_at(&farm, user, "reverse-words", Language::Cpp17, Status::WrongAnswer, t).await;
    judged_at(&farm, user, "reverse-words", Language::Cpp17, Status::Accepted, t).await;
    judged_at(&farm, user, "maximum-subarray", Language::Python3, Status::TimeLimitExceeded, t)
        .await;

    let stats = get(&farm, "/internal/users/me/stats", user).await;
    let solved: Vec<(&str, i64, i64)> = stats["solved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["difficulty"].as_str().unwrap(),
                d["solved"].as_i64().unwrap(),
                d["total"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(solved, [("Easy", 2, 2), ("Medium", 0, 3), ("Hard", 0, 1)]);
    assert_eq!(
        (stats["total_solved"].as_i64(), stats["total_problems"].as_i64()),
        (Some(2), Some(6))
    );
    assert_eq!(
        (stats["submissions"].as_i64(), stats["accepted_submissions"].as_i64()),
        (Some(4), Some(2))
    );
    assert_eq!(stats["acceptance_rate"].as_f64(), Some(0.5));
    let tags: Vec<(&str, i64, i64)> = stats["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["slug"].as_str().unwrap(),
                t["solved"].as_i64().unwrap(),
                t["total"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(tags, [("array", 1, 3), ("string", 1, 1), ("dynamic-programming", 0, 3)]);
    let languages: Vec<(&str, i64, i64)> = stats["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["language"].as_str().unwrap(),
                l["solved"].as_i64().unwrap(),
                l["submissions"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(languages, [("cpp17", 1, 2), ("python3", 1, 2)]);

    let (fresh, _) = farm.register("fresh@example.com").await;
    let stats = get(&farm, "/internal/users/me/stats", fresh).await;
    assert_eq!(
        (stats["total_solved"].as_i64(), stats["acceptance_rate"].as_f64()),
        (Some(0), Some(0.0))
    );
}

#[tokio::test]
async fn recommendations_pick_the_weakest_tags_one_step_above_and_say_why() {
    let farm = catalogue().await;
    let (user, _) = farm.register("rec@example.com").await;
    let t = utc_midnight() - Duration::days(1);
    accepted_at(&farm, user, "two-sum", t).await;
    accepted_at(&farm, user, "reverse-words", t).await;

    let recs = get(&farm, "/internal/users/me/recommendations", user).await;
    assert_eq!(recs["target_difficulty"], "Medium", "{recs}");
    let items = recs["items"].as_array().unwrap();
    let slugs: Vec<&str> = items.iter().map(|i| i["slug"].as_str().unwrap()).collect();
    // Both Mediums come from Dynamic Programming (none of 2 free ones solved), the gentler
    // first; the premium one is left out for a free account; the Hard comes last.
    assert_eq!(slugs, ["coin-change", "maximum-subarray", "subarray-sums"], "{recs}");
    assert_eq!(
        items[0]["reason"],
        "Dynamic Programming is one of your weakest topics (0 of 2 solved); \
         Medium is one step above the Easy problems you solve most."
    );
    assert!(items[2]["reason"].as_str().unwrap().contains("Hard rather than Medium"), "{recs}");

    let (fresh, _) = farm.register("new@example.com").await;
    let recs = get(&farm, "/internal/users/me/recommendations", fresh).await;
    assert_eq!(recs["target_difficulty"], "Easy");
    assert_eq!(recs["items"][0]["slug"], "reverse-words", "{recs}");
}
