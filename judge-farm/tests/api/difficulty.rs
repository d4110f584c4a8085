//! Calibrated difficulty (issue 13) from real solve data: first attempt sessions read from
//! `submissions`, a refit stored, and a signed-in user's chance on the chance endpoint and in
//! the recommendations.

use algoarena_judge_farm::difficulty::fit::chance;
use algoarena_judge_farm::difficulty::refit::{refit, Skipped};
use algoarena_judge_farm::model::Status;
use algoarena_shared::language::Language;
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use serde_json::Value;
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::profile_fixtures::{accepted_at, catalogue, judged_at};

async fn chance_of(farm: &TestFarm, user: Uuid, slug: &str) -> Value {
    let path = format!("/internal/problems/{slug}/chance");
    let (status, body) = farm.signed("GET", &path, Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn stored_rating(farm: &TestFarm, slug: &str) -> f64 {
    sqlx::query_scalar!(
        "select r.rating from problem_practice_ratings r join problems p on p.id = r.problem_id
          where p.slug = $1",
        slug
    )
    .fetch_one(&farm.db)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_refit_rates_the_problem_people_fail_above_the_one_they_solve() {
    let farm = catalogue().await;
    let start = Utc::now() - Duration::days(3);
    // Six users: each solves two-sum at once; each fails coin-change in their first sitting
    // (two of them solve it the next day, which is not the first session).
    let mut users = Vec::new();
    for i in 0..6 {
        let (user, _) = farm.register(&format!("solver{i}@example.com")).await;
        accepted_at(&farm, user, "two-sum", start).await;
        let wrong = Status::WrongAnswer;
        judged_at(&farm, user, "coin-change", Language::Cpp17, wrong, start).await;
        if i < 2 {
            accepted_at(&farm, user, "coin-change", start + Duration::days(1)).await;
        }
        users.push(user);
    }
    // A newcomer who has tried nothing.
    let (newcomer, _) = farm.register("newcomer@example.com").await;

    let done = refit(&farm.db, None).await.unwrap();
    assert!(done.skipped.is_none() && done.converged, "{done:?}");
    assert_eq!((done.attempts, done.users, done.problems), (12, 6, 2), "{done:?}");

    let (easy, hard) =
        (stored_rating(&farm, "two-sum").await, stored_rating(&farm, "coin-change").await);
    assert!(hard > easy + 200.0, "coin-change {hard} vs two-sum {easy}");

    // The chance is the logistic of the two stored ratings.
    let solver = chance_of(&farm, users[0], "coin-change").await;
    let expected = chance(solver["user_rating"].as_f64().unwrap(), hard);
    assert!((solver["chance"].as_f64().unwrap() - expected).abs() < 1e-12, "{solver}");
    assert_eq!(
        (solver["problem_attempts"].as_i64(), solver["user_attempts"].as_i64()),
        (Some(6), Some(2))
    );
    let easy_chance = chance_of(&farm, users[0], "two-sum").await["chance"].as_f64().unwrap();
    assert!(easy_chance > solver["chance"].as_f64().unwrap());

    // Nobody tried subarray-sums (Hard) and the newcomer tried nothing: both stand at the prior.
    let fresh = chance_of(&farm, newcomer, "subarray-sums").await;
    assert_eq!(
        (fresh["problem_attempts"].as_i64(), fresh["user_attempts"].as_i64()),
        (Some(0), Some(0))
    );
    assert_eq!(
        (fresh["user_rating"].as_f64(), fresh["problem_rating"].as_f64()),
        (Some(1500.0), Some(1800.0))
    );

    // Recommendations carry the same chance as the endpoint.
    let (status, recs) =
        farm.signed("GET", "/internal/users/me/recommendations", Some(newcomer), None).await;
    assert_eq!(status, StatusCode::OK, "{recs}");
    let items = recs["items"].as_array().unwrap();
    assert!(!items.is_empty(), "{recs}");
    for item in items {
        let slug = item["slug"].as_str().unwrap();
        let direct = chance_of(&farm, newcomer, slug).await["chance"].as_f64().unwrap();
        assert_eq!(item["chance"].as_f64(), Some(direct), "{slug}");
    }

    // A refit of the same data stores the same ratings.
    refit(&farm.db, None).await.unwrap();
    assert_eq!(stored_rating(&farm, "coin-change").await, hard);

    // The serving loop keeps a fit younger than it asks for (another farm just made one).
    let kept = refit(&farm.db, Some(std::time::Duration::from_secs(3600))).await.unwrap();
    assert_eq!(kept.skipped, Some(Skipped::Fresh), "{kept:?}");
    let due = refit(&farm.db, Some(std::time::Duration::ZERO)).await.unwrap();
    assert!(due.skipped.is_none(), "a fit older than asked is made again: {due:?}");

    // While another farm holds the fit's lock, nothing is read or fitted.
    let mut other = farm.db.begin().await.unwrap();
    sqlx::query("select pg_advisory_xact_lock(hashtext('algoarena:difficulty_fit'))")
        .execute(&mut *other)
        .await
        .unwrap();
    let busy = refit(&farm.db, None).await.unwrap();
    assert_eq!(busy.skipped, Some(Skipped::Busy), "{busy:?}");
    other.rollback().await.unwrap();
}

#[tokio::test]
async fn the_chance_needs_a_user_and_a_visible_problem() {
    let farm = catalogue().await;
    let (user, _) = farm.register("chance@example.com").await;
    let (status, body) =
        farm.signed("GET", "/internal/problems/no-such-problem/chance", Some(user), None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("problem_not_found"))
    );
    let (status, _) = farm.signed("GET", "/internal/problems/two-sum/chance", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Before any fit, the prior: an Easy problem for a new user is better than even.
    let fresh = chance_of(&farm, user, "two-sum").await;
    assert!(fresh["chance"].as_f64().unwrap() > 0.5, "{fresh}");
}
