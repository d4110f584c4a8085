//! `PUT`/`GET /internal/users/me` and the public profile: the edit round-trips, each bad
//! field is refused in the one error shape with nothing written, and a public profile shows
//! solves but nothing private.

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::profile_fixtures::{accepted_at, catalogue, utc_midnight};

async fn put_me(farm: &TestFarm, user: Uuid, body: Value) -> (StatusCode, Value) {
    farm.signed("PUT", "/internal/users/me", Some(user), Some(&body.to_string())).await
}

async fn get(farm: &TestFarm, path: &str, user: Option<Uuid>) -> (StatusCode, Value) {
    farm.signed("GET", path, user, None).await
}

fn assert_refused(got: (StatusCode, Value), status: StatusCode, code: &str, field: &str) {
    assert_eq!(got.0, status, "{}", got.1);
    assert_eq!(got.1["error"]["code"], code, "{}", got.1);
    let message = got.1["error"]["message"].as_str().unwrap();
    assert!(message.starts_with(field), "the message names {field}: {message}");
}

#[tokio::test]
async fn a_profile_edit_is_stored_normalized_and_read_back() {
    let farm = TestFarm::start().await;
    let (user, _) = farm.register("ada@example.com").await;
    let (status, me) = put_me(
        &farm,
        user,
        json!({"username": "Ada_L", "display_name": " Ada Lovelace ", "bio": "Engines.\nPoems.",
               "location": "London", "time_zone": "Europe/London",
               "links": ["https://GitHub.com/ada", "http://ada.example/"]}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let (status, read) = get(&farm, "/internal/users/me", Some(user)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read, me, "GET answers what PUT stored");
    assert_eq!(me["username"], "Ada_L");
    assert_eq!(me["display_name"], "Ada Lovelace");
    assert_eq!(me["bio"], "Engines.\nPoems.");
    assert_eq!(me["time_zone"], "Europe/London");
    assert_eq!(me["links"], json!(["https://github.com/ada", "http://ada.example/"]));
    assert_eq!(me["email"], "ada@example.com", "the caller's own view has the account too");

    // Fields left out are cleared; the username and time zone are kept.
    let (status, me) = put_me(&farm, user, json!({"display_name": "Ada"})).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(
        (me["username"].as_str(), me["time_zone"].as_str()),
        (Some("Ada_L"), Some("Europe/London"))
    );
    assert_eq!((&me["bio"], &me["links"]), (&Value::Null, &json!([])));
}

#[tokio::test]
async fn bad_fields_are_refused_by_name_and_change_nothing() {
    let farm = TestFarm::start().await;
    let (user, _) = farm.register("bad@example.com").await;
    let (other, _) = farm.register("other@example.com").await;
    assert_eq!(put_me(&farm, other, json!({"username": "Taken_Name"})).await.0, StatusCode::OK);
    let (_, before) = get(&farm, "/internal/users/me", Some(user)).await;

    let invalid = StatusCode::UNPROCESSABLE_ENTITY;
    for zone in ["Mars/Olympus_Mons", "utc+2", "", "Europe/London/Extra"] {
        let got = put_me(&farm, user, json!({"time_zone": zone, "display_name": "X"})).await;
        assert_refused(got, invalid, "invalid_input", "time_zone");
    }
    for link in
        ["javascript:alert(1)", "ftp://files.example/", "not a url", "https://user:pw@x.example/"]
    {
        let got = put_me(&farm, user, json!({"links": [link]})).await;
        assert_refused(got, invalid, "invalid_input", "links");
    }
    for name in ["ab", "has space", "semi;colon", &"a".repeat(31)] {
        let got = put_me(&farm, user, json!({"username": name})).await;
        assert_refused(got, invalid, "invalid_input", "username");
    }
    // Taken in another case is still taken: names are unique regardless of case.
    let got = put_me(&farm, user, json!({"username": "taken_name", "bio": "new"})).await;
    assert_refused(got, StatusCode::CONFLICT, "username_taken", "That username is taken");
    let got = put_me(&farm, user, json!({"bio": "x".repeat(501)})).await;
    assert_refused(got, invalid, "invalid_input", "bio");
    let got = put_me(&farm, user, json!({"avatar_url": "https://evil.example/x.png"})).await;
    assert_eq!(got.0, invalid, "an unknown field is refused: {}", got.1);

    let (_, after) = get(&farm, "/internal/users/me", Some(user)).await;
    assert_eq!(after, before, "no refused edit wrote anything");
    let (status, _) = farm.signed("PUT", "/internal/users/me", None, Some("{}")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "an anonymous edit");
}

#[tokio::test]
async fn a_public_profile_shows_solves_and_badges_but_nothing_private() {
    let farm = catalogue().await;
    let (user, _) = farm.register("pub@example.com").await;
    let body = json!({"username": "grace", "bio": "COBOL", "time_zone": "America/New_York",
                      "links": ["https://grace.example/"]});
    assert_eq!(put_me(&farm, user, body).await.0, StatusCode::OK);
    let day = chrono::Duration::days(1);
    accepted_at(&farm, user, "two-sum", utc_midnight() - day * 3).await;
    accepted_at(&farm, user, "subarray-sums", utc_midnight() - day * 2).await;
    sqlx::query!("update problems set is_published = false where slug = 'two-sum'")
        .execute(&farm.db)
        .await
        .unwrap();

    let (viewer, _) = farm.register("viewer@example.com").await;
    for caller in [Some(viewer), None] {
        let (status, profile) = get(&farm, "/internal/users/GRACE", caller).await;
        assert_eq!(status, StatusCode::OK, "{profile}");
        assert_eq!(profile["username"], "grace");
        assert_eq!(profile["bio"], "COBOL");
        assert_eq!(profile["links"], json!(["https://grace.example/"]));
        let solved: Vec<(&str, i64, i64)> = profile["solved"]
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
        assert_eq!(
            solved,
            [("Easy", 0, 1), ("Medium", 0, 3), ("Hard", 1, 1)],
            "unpublished problems do not count"
        );
        let recent: Vec<&str> = profile["recent_solves"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["slug"].as_str().unwrap())
            .collect();
        assert_eq!(recent, ["subarray-sums"]);
        let badges: Vec<&str> = profile["badges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap())
            .collect();
        assert_eq!(badges, ["first-solve", "hard-solver"]);
        assert_eq!(
            (profile["rating"].as_i64(), profile["rated_contests"].as_i64()),
            (Some(1500), Some(0))
        );
        for private in ["email", "id", "role", "time_zone", "streak", "submissions"] {
            assert!(profile.get(private).is_none(), "{private} is private: {profile}");
        }
    }
    let (status, body) = get(&farm, "/internal/users/nobody-here", Some(viewer)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "user_not_found");
}
