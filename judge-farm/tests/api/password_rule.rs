//! Common and guessable passwords are refused (ASVS 5.0 6.2.4) wherever a password is chosen:
//! register, reset and change, with a 422 `weak_password` that says why, in the one error shape.

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{mail_token, TestFarm, PASSWORD, PASSWORD_RESET};

async fn post(farm: &TestFarm, path: &str, user: Option<Uuid>, body: Value) -> (StatusCode, Value) {
    farm.signed("POST", path, user, Some(&body.to_string())).await
}

/// A 422 `weak_password` whose message explains itself.
fn assert_weak(answer: &(StatusCode, Value)) {
    let (status, body) = answer;
    assert_eq!(
        (*status, body["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("weak_password")),
        "{body}"
    );
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("password: this password is too common"), "{message}");
}

#[tokio::test]
async fn registering_with_a_common_or_guessable_password_is_refused_and_says_why() {
    let farm = TestFarm::start().await;
    for weak in ["password123", "qwertyuiop", "iloveyou2024", "P@ssw0rd!"] {
        let body = json!({"email": "weak@example.com", "username": "weakling", "password": weak});
        assert_weak(&post(&farm, "/internal/auth/register", None, body).await);
    }
    // The account's own username and address are no strength either.
    let body = json!({"email": "quokka@example.com", "username": "quokka_fanclub",
                      "password": "quokka_fanclub2031"});
    assert_weak(&post(&farm, "/internal/auth/register", None, body).await);
    // Refused before anything happened: no account, no mail.
    assert_eq!(farm.count("users").await, 0);
    assert!(farm.mails_to("weak@example.com").is_empty());
    // No composition rules: a long lower-case passphrase (over 64 characters) is fine.
    let passphrase = "plankton quiver lantern orchard ".repeat(3);
    let body = json!({"email": "phrase@example.com", "username": "phrase", "password": passphrase});
    assert_eq!(post(&farm, "/internal/auth/register", None, body).await.0, StatusCode::ACCEPTED);
}

#[tokio::test]
async fn a_reset_and_a_change_refuse_weak_passwords_and_keep_the_old_one() {
    let farm = TestFarm::start().await;
    let (id, _) = farm.register("keeper@example.com").await;
    let change = json!({"new_password": "password1234", "password": PASSWORD});
    assert_weak(&post(&farm, "/internal/auth/password", Some(id), change).await);
    let change = json!({"new_password": "keeper@example.com", "password": PASSWORD});
    assert_weak(&post(&farm, "/internal/auth/password", Some(id), change).await);

    post(&farm, "/internal/auth/forgot-password", None, json!({"email": "keeper@example.com"}))
        .await;
    let token = mail_token(&farm.wait_for_mail("keeper@example.com", PASSWORD_RESET, 1).await);
    let reset = json!({"token": token, "password": "1qaz2wsx3edc"});
    assert_weak(&post(&farm, "/internal/auth/reset-password", None, reset).await);
    // The link still works for a good password, and until then the old one signs in.
    let login = json!({"email": "keeper@example.com", "password": PASSWORD});
    assert_eq!(post(&farm, "/internal/auth/login", None, login).await.0, StatusCode::OK);
    let reset = json!({"token": token, "password": "marmalade kestrel obelisk"});
    assert_eq!(
        post(&farm, "/internal/auth/reset-password", None, reset).await.0,
        StatusCode::NO_CONTENT
    );
}

/// The suites choose these as new passwords (register, reset, change); the rule must not turn
/// their other checks into `weak_password` answers.
#[test]
fn the_passwords_the_suites_choose_pass_the_rule() {
    for used in [
        PASSWORD,
        "a brand new password",
        "a whole new password",
        "a new long password",
        "after the reset",
        "taken over by a thief",
        "the attacker chose this",
        "the attacker's password",
        "my new long password",
        "yet another password",
        "long enough pw",
        "marmalade kestrel obelisk",
    ] {
        let verdict = algoarena_judge_farm::accounts::password_rule::check(used, &[]);
        assert!(verdict.is_ok(), "{used}: {:?}", verdict.err().map(|e| e.to_string()));
    }
}
