//! Accounts and refresh sessions through the internal API.

use axum::http::StatusCode;
use serde_json::json;

use crate::helpers::{TestFarm, PASSWORD, SIGN_UP_REFUSED, TRIED_TO_SIGN_UP};

#[tokio::test]
async fn register_then_login_returns_the_user_and_a_refresh_token() {
    let farm = TestFarm::start().await;
    let (id, token) = farm.register("Ada@Example.com").await;
    assert!(token.len() >= 43, "a refresh token carries at least 256 bits");
    let body = json!({"email": "ada@example.com", "password": PASSWORD}).to_string();
    let (status, session) = farm.signed("POST", "/internal/auth/login", None, Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user"]["id"], id.to_string());
    assert_eq!(session["user"]["email"], "ada@example.com");
    let (status, me) = farm.signed("GET", "/internal/users/me", Some(id), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["id"], id.to_string());
    let stored: String =
        sqlx::query_scalar!(r#"select password_hash as "password_hash!" from users"#)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert!(stored.starts_with("$argon2id$"), "passwords are stored as argon2id hashes");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let farm = TestFarm::start().await;
    farm.register("bob@example.com").await;
    let wrong = json!({"email": "bob@example.com", "password": "not the password"}).to_string();
    let unknown =
        json!({"email": "nobody@example.com", "password": "not the password"}).to_string();
    let a = farm.signed("POST", "/internal/auth/login", None, Some(&wrong)).await;
    let b = farm.signed("POST", "/internal/auth/login", None, Some(&unknown)).await;
    assert_eq!(a.0, StatusCode::UNAUTHORIZED);
    assert_eq!(a, b);
    assert_eq!(a.1["error"]["code"], "invalid_credentials");
}

#[tokio::test]
async fn bad_registrations_get_clear_errors_and_store_nothing() {
    let farm = TestFarm::start().await;
    let cases = [
        ("{not json", StatusCode::BAD_REQUEST, "malformed_json"),
        (r#"{"email":"a@b.co"}"#, StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"),
        (
            r#"{"email":"nope","username":"okname","password":"long enough"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            r#"{"email":"a@b.co","username":"x","password":"long enough"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            r#"{"email":"a@b.co","username":"okname","password":"short"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
    ];
    for (body, status, code) in cases {
        let (got, json) = farm.signed("POST", "/internal/auth/register", None, Some(body)).await;
        assert_eq!(
            (got, json["error"]["code"].as_str().unwrap()),
            (status, code),
            "{body}: {json}"
        );
        assert!(json["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let huge =
        json!({"email": "a@b.co", "username": "okname", "password": "x".repeat(300)}).to_string();
    let (status, _) = farm.signed("POST", "/internal/auth/register", None, Some(&huge)).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "absurdly long passwords are refused before hashing"
    );
    assert_eq!(farm.count("users").await, 0);
    assert_eq!(farm.count("sessions").await, 0);
}

#[tokio::test]
async fn registering_a_taken_email_or_username_answers_like_a_new_one_and_tells_the_mailbox() {
    let farm = TestFarm::start().await;
    farm.register("c@example.com").await;
    let new =
        json!({"email": "new@example.com", "username": "newname", "password": "long enough pw"})
            .to_string();
    let taken =
        json!({"email": "C@example.com", "username": "carol2", "password": "long enough pw"})
            .to_string();
    let a = farm.signed("POST", "/internal/auth/register", None, Some(&new)).await;
    let b = farm.signed("POST", "/internal/auth/register", None, Some(&taken)).await;
    assert_eq!(a.0, StatusCode::ACCEPTED);
    assert_eq!(a, b, "no enumeration: the same status and body");
    // The owner of the existing account hears about it instead of getting a code.
    let warning = farm.wait_for_mail("c@example.com", TRIED_TO_SIGN_UP, 1).await;
    assert!(warning.subject.contains("tried to sign up"), "{warning:?}");
    let (_, user) = farm.signed("GET", "/internal/users/me", None, None).await;
    assert_eq!(user["error"]["code"], "unauthorized");
    let existing: String =
        sqlx::query_scalar!("select username from users where email = 'c@example.com'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    // A taken username with a known and with an unknown address: the same answer again (the
    // username alone must not tell whether the address has an account).
    let reg = |email: &str| {
        json!({"email": email, "username": existing, "password": "long enough pw"}).to_string()
    };
    let known =
        farm.signed("POST", "/internal/auth/register", None, Some(&reg("c@example.com"))).await;
    let unknown =
        farm.signed("POST", "/internal/auth/register", None, Some(&reg("d@example.com"))).await;
    assert_eq!(known, a);
    assert_eq!(unknown, a);
    let refusal = farm.wait_for_mail("d@example.com", SIGN_UP_REFUSED, 1).await;
    assert!(refusal.text.contains("already taken"), "{refusal:?}");
    assert_eq!(farm.count("users").await, 2);
}

#[tokio::test]
async fn refresh_rotates_and_reuse_of_an_old_token_revokes_the_whole_family() {
    let farm = TestFarm::start().await;
    let (_, first) = farm.register("dan@example.com").await;
    let refresh = |t: &str| json!({"refresh_token": t}).to_string();
    let (status, rotated) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&first))).await;
    assert_eq!(status, StatusCode::OK, "{rotated}");
    let second = rotated["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    // The old token again at once (a second tab): the same successor, nothing revoked.
    let (status, again) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&first))).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["refresh_token"], second.as_str());
    // The old token again after the grace period: a leak. Both it and the new one stop working.
    sqlx::query!("update sessions set last_used_at = now() - interval '1 minute'")
        .execute(&farm.db)
        .await
        .unwrap();
    let (status, _) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&first))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&second))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn within_the_grace_period_a_used_successor_still_makes_the_old_token_a_reuse() {
    let farm = TestFarm::start().await;
    let (_, first) = farm.register("fay@example.com").await;
    let refresh = |t: &str| json!({"refresh_token": t}).to_string();
    let (_, rotated) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&first))).await;
    let second = rotated["refresh_token"].as_str().unwrap().to_string();
    let (status, _) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&second))).await;
    assert_eq!(status, StatusCode::OK, "the successor was used: the grace is over");
    let (status, _) =
        farm.signed("POST", "/internal/auth/refresh", None, Some(&refresh(&first))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let live: i64 =
        sqlx::query_scalar!(r#"select count(*) as "n!" from sessions where revoked_at is null"#)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(live, 0, "the whole family is revoked");
}

#[tokio::test]
async fn a_session_idle_past_the_timeout_ends_without_revoking_anything_else() {
    let farm = TestFarm::start().await;
    let (_, token) = farm.register("idle@example.com").await;
    sqlx::query!("update sessions set created_at = now() - interval '8 days'")
        .execute(&farm.db)
        .await
        .unwrap();
    let body = json!({"refresh_token": token}).to_string();
    let (status, _) = farm.signed("POST", "/internal/auth/refresh", None, Some(&body)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "idle for 8 days, the timeout is 7");
}

#[tokio::test]
async fn logout_ends_the_session() {
    let farm = TestFarm::start().await;
    let (_, token) = farm.register("eve@example.com").await;
    let body = json!({"refresh_token": token}).to_string();
    assert_eq!(
        farm.signed("POST", "/internal/auth/logout", None, Some(&body)).await.0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        farm.signed("POST", "/internal/auth/refresh", None, Some(&body)).await.0,
        StatusCode::UNAUTHORIZED
    );
}
