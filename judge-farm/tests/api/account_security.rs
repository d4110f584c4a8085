//! Issue 17's attacks on accounts, at the farm: pre-registration takeover, enumeration through
//! register, 2FA changes with only a bearer token, code guessing, bad input that used to be a
//! 500, and the signed door's answers.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{
    mail_code, mail_token, signed_request, TestFarm, ANOTHER_SIGN_UP, CHOOSE_PASSWORD, PASSWORD,
    PASSWORD_CHANGED, SECURITY_CODE, SIGN_IN_LINK, TWO_FACTOR_CHANGED, TWO_FACTOR_RESET,
    VERIFICATION,
};

async fn post(farm: &TestFarm, path: &str, user: Option<Uuid>, body: Value) -> (StatusCode, Value) {
    farm.signed("POST", path, user, Some(&body.to_string())).await
}

fn login(email: &str, password: &str) -> Value {
    json!({"email": email, "password": password})
}

fn totp_now(secret: &str, offset_steps: i64) -> String {
    let step = chrono::Utc::now().timestamp() / 30 + offset_steps;
    algoarena_judge_farm::accounts::totp::code_at(secret, step as u64).unwrap()
}

const ATTACKER_PASSWORD: &str = "the attacker's password";

#[tokio::test]
async fn a_password_set_before_the_owner_signs_in_by_magic_link_does_not_survive() {
    let farm = TestFarm::start().await;
    let body =
        json!({"email": "victim@example.com", "username": "victim", "password": ATTACKER_PASSWORD});
    assert_eq!(post(&farm, "/internal/auth/register", None, body).await.0, StatusCode::ACCEPTED);
    farm.wait_for_mail("victim@example.com", VERIFICATION, 1).await;
    // Nothing usable is stored before the mailbox is proven.
    let stored: Option<String> =
        sqlx::query_scalar!("select password_hash from users where email = 'victim@example.com'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(stored, None, "an unverified account holds no password");
    // The owner signs in by magic link, which proves the mailbox.
    post(&farm, "/internal/auth/magic-link", None, json!({"email": "victim@example.com"})).await;
    let token = mail_token(&farm.wait_for_mail("victim@example.com", SIGN_IN_LINK, 1).await);
    let (status, session) =
        post(&farm, "/internal/auth/magic-link/consume", None, json!({"token": token})).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    let (status, answer) =
        post(&farm, "/internal/auth/login", None, login("victim@example.com", ATTACKER_PASSWORD))
            .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials"))
    );
    // The attacker's code died with the proof too.
    let code = mail_code(&farm.wait_for_mail("victim@example.com", VERIFICATION, 1).await);
    let (status, _) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "victim@example.com", "code": code}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_competing_registration_never_sets_its_password_and_the_owner_is_told() {
    let farm = TestFarm::start().await;
    let reg = |password: &str| json!({"email": "own@example.com", "username": "owner1", "password": password});
    post(&farm, "/internal/auth/register", None, reg(ATTACKER_PASSWORD)).await;
    farm.wait_for_mail("own@example.com", VERIFICATION, 1).await;
    post(&farm, "/internal/auth/register", None, reg(PASSWORD)).await;
    let second = farm.wait_for_mail("own@example.com", ANOTHER_SIGN_UP, 1).await;
    assert!(second.subject.contains("Another sign-up"), "the owner is told: {second:?}");
    // The owner confirms with their own code: signed in, but no password is set from either
    // registration, and the owner is told how to choose one.
    let (status, session) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "own@example.com", "code": mail_code(&second)}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    for password in [ATTACKER_PASSWORD, PASSWORD] {
        let (status, _) =
            post(&farm, "/internal/auth/login", None, login("own@example.com", password)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{password}");
    }
    let told = farm.wait_for_mail("own@example.com", CHOOSE_PASSWORD, 1).await;
    assert!(told.subject.contains("Choose a password"), "{told:?}");
}

#[tokio::test]
async fn a_registration_code_applies_only_its_own_password() {
    let farm = TestFarm::start().await;
    let body = json!({"email": "solo@example.com", "username": "solo1", "password": PASSWORD});
    post(&farm, "/internal/auth/register", None, body).await;
    let code = mail_code(&farm.wait_for_mail("solo@example.com", VERIFICATION, 1).await);
    // Before the code: the right password only hears "confirm first", a wrong one the usual.
    let (status, answer) =
        post(&farm, "/internal/auth/login", None, login("solo@example.com", PASSWORD)).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("email_not_verified"))
    );
    let (status, _) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "solo@example.com", "code": code}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) =
        post(&farm, "/internal/auth/login", None, login("solo@example.com", PASSWORD)).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn nul_and_control_characters_are_bad_input_never_a_500() {
    let farm = TestFarm::start().await;
    let nul = "a\u{0}b@example.com";
    let cases = [
        (
            "/internal/auth/register",
            json!({"email": nul, "username": "okname", "password": PASSWORD}),
        ),
        ("/internal/auth/login", login(nul, PASSWORD)),
        ("/internal/auth/forgot-password", json!({"email": nul})),
        ("/internal/auth/magic-link", json!({"email": nul})),
        ("/internal/auth/verify-email/resend", json!({"email": nul})),
        ("/internal/auth/verify-email", json!({"email": nul, "code": "123456"})),
        ("/internal/auth/reset-password", json!({"token": "a\u{0}", "password": PASSWORD})),
    ];
    for (path, body) in cases {
        let (status, answer) = post(&farm, path, None, body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {answer}");
        assert_eq!(answer["error"]["code"], "invalid_input", "{path}");
    }
    // Other control characters are no e-mail address either (and login says only "wrong").
    let (status, _) =
        post(&farm, "/internal/auth/login", None, login("a\u{7}b@example.com", PASSWORD)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(farm.count("users").await, 0);
}

/// Registers, verifies and switches 2FA on; returns (id, secret, recovery codes).
async fn with_two_factor(farm: &TestFarm, email: &str) -> (Uuid, String, Vec<String>) {
    let (id, _) = farm.register(email).await;
    let (status, setup) =
        post(farm, "/internal/auth/2fa/setup", Some(id), json!({"password": PASSWORD})).await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    let secret = setup["secret"].as_str().unwrap().to_string();
    let (status, codes) =
        post(farm, "/internal/auth/2fa/verify", Some(id), json!({"code": totp_now(&secret, -1)}))
            .await;
    assert_eq!(status, StatusCode::OK, "{codes}");
    let codes = codes["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    (id, secret, codes)
}

#[tokio::test]
async fn a_bearer_token_alone_cannot_set_up_replace_or_disable_2fa() {
    let farm = TestFarm::start().await;
    let (id, _) = farm.register("bearer@example.com").await;
    let (status, answer) = post(&farm, "/internal/auth/2fa/setup", Some(id), json!({})).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("proof_required"))
    );
    let (status, answer) =
        post(&farm, "/internal/auth/2fa/setup", Some(id), json!({"password": "a guess at it"}))
            .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("proof_failed"))
    );
    let (status, answer) =
        post(&farm, "/internal/auth/2fa/verify", Some(id), json!({"code": "123456"})).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("two_factor_not_set_up"))
    );

    let (id, secret, _) = with_two_factor(&farm, "owner2fa@example.com").await;
    let notice = farm.wait_for_mail("owner2fa@example.com", TWO_FACTOR_CHANGED, 1).await;
    assert!(notice.text.contains("now on"), "{notice:?}");
    let stored: String =
        sqlx::query_scalar!(r#"select totp_secret as "s!" from users where id = $1"#, id)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert!(stored.starts_with("v1:") && !stored.contains(&secret), "sealed at rest: {stored}");
    // Replacing the secret and disabling need the proof too.
    let (status, _) = post(&farm, "/internal/auth/2fa/setup", Some(id), json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) =
        post(&farm, "/internal/auth/2fa/disable", Some(id), json!({"code": totp_now(&secret, 0)}))
            .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (enabled,): (bool,) = sqlx::query_as("select totp_enabled from users where id = $1")
        .bind(id)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert!(enabled);
}

#[tokio::test]
async fn an_account_without_a_password_proves_itself_with_a_mailed_code() {
    let farm = TestFarm::start().await;
    let identity = json!({"provider": "github", "subject": "77", "email": "oa@example.com", "email_verified": true});
    let (status, session) = post(&farm, "/internal/auth/oauth", None, identity).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    let id = Uuid::parse_str(session["user"]["id"].as_str().unwrap()).unwrap();
    let (status, _) = post(&farm, "/internal/auth/2fa/setup", Some(id), json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = post(&farm, "/internal/auth/2fa/proof-code", Some(id), json!({})).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let code = mail_code(&farm.wait_for_mail("oa@example.com", SECURITY_CODE, 1).await);
    let (status, setup) =
        post(&farm, "/internal/auth/2fa/setup", Some(id), json!({"email_code": code})).await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    let (status, _) =
        post(&farm, "/internal/auth/2fa/setup", Some(id), json!({"email_code": code})).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a step-up code works once");
}

#[tokio::test]
async fn recovery_codes_sign_in_once_each_and_the_owner_is_told() {
    let farm = TestFarm::start().await;
    let (id, _, codes) = with_two_factor(&farm, "rec@example.com").await;
    assert_eq!(codes.len(), 10);
    let stored: Vec<String> =
        sqlx::query_scalar!("select code_hash from recovery_codes where user_id = $1", id)
            .fetch_all(&farm.db)
            .await
            .unwrap();
    assert!(stored.iter().all(|h| !codes.iter().any(|c| h.contains(c.as_str()))), "hashed");
    let body = |code: &str, pending: &str| json!({"code": code, "pending_id": pending});
    let (status, session) =
        post(&farm, "/internal/auth/2fa/challenge", Some(id), body(&codes[0].to_uppercase(), "a"))
            .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    let (status, _) =
        post(&farm, "/internal/auth/2fa/challenge", Some(id), body(&codes[0], "b")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a recovery code works once");
    let notice = farm.wait_for_mail("rec@example.com", TWO_FACTOR_CHANGED, 2).await;
    assert!(notice.text.contains("9 are left"), "{notice:?}");
}

#[tokio::test]
async fn code_guesses_count_on_the_account_across_pending_tokens_and_lock_it() {
    let farm = TestFarm::start().await;
    let (id, secret, _) = with_two_factor(&farm, "guess@example.com").await;
    let right = totp_now(&secret, 0);
    let wrong = if right == "000000" { "111111" } else { "000000" };
    // Each guess with a new pending token, as an attacker re-logging in would send.
    for i in 0..5 {
        let body = json!({"code": wrong, "pending_id": format!("pending-{i}")});
        let (status, _) = post(&farm, "/internal/auth/2fa/challenge", Some(id), body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let body = json!({"code": right, "pending_id": "pending-right"});
    let (status, answer) = post(&farm, "/internal/auth/2fa/challenge", Some(id), body).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("too_many_attempts")),
        "locked, even for the right code: {answer}"
    );
}

#[tokio::test]
async fn a_pending_sign_in_completes_once() {
    let farm = TestFarm::start().await;
    let (id, secret, _) = with_two_factor(&farm, "once@example.com").await;
    let body = json!({"code": totp_now(&secret, 0), "pending_id": "the-pending"});
    let (status, _) = post(&farm, "/internal/auth/2fa/challenge", Some(id), body).await;
    assert_eq!(status, StatusCode::OK);
    let body = json!({"code": totp_now(&secret, 1), "pending_id": "the-pending"});
    let (status, _) = post(&farm, "/internal/auth/2fa/challenge", Some(id), body).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_nul_in_a_path_or_query_is_bad_input_never_a_500() {
    let farm = TestFarm::start().await;
    let (user, _) = farm.register("path@example.com").await;
    for path in [
        "/internal/problems/a%00b",
        "/internal/submissions/problem/x%00y",
        "/internal/submissions?page=1%00",
    ] {
        let (status, answer) = farm.signed("GET", path, Some(user), None).await;
        assert_eq!(
            (status, answer["error"]["code"].as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input")),
            "{path}: {answer}"
        );
    }
}

#[tokio::test]
async fn a_declared_body_over_the_cap_is_refused_before_it_is_read() {
    let farm = TestFarm::start().await;
    let mut request = signed_request(
        "POST",
        "/internal/auth/login",
        None,
        b"{}",
        crate::helpers::now(),
        &crate::helpers::random_nonce(),
    );
    request.headers_mut().insert("content-length", "999999999".parse().unwrap());
    let (status, answer) = farm.send(request).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("payload_too_large"))
    );
    // A streamed body without a length stops at the cap as well.
    let chunks = futures_util::stream::iter(
        (0..1000).map(|_| Ok::<_, std::io::Error>(bytes::Bytes::from(vec![b' '; 64 * 1024]))),
    );
    let request = Request::builder()
        .method("POST")
        .uri("/internal/auth/login")
        .header("content-type", "application/json")
        .body(Body::from_stream(chunks))
        .unwrap();
    let (status, _) = farm.send(request).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_lost_second_factor_is_reset_by_mail_only_after_the_delay() {
    let farm = TestFarm::start().await;
    let (_, _, _) = with_two_factor(&farm, "lost@example.com").await;
    let ask =
        || post(&farm, "/internal/auth/2fa/reset", None, json!({"email": "lost@example.com"}));
    let (status, known) = ask().await;
    let unknown =
        post(&farm, "/internal/auth/2fa/reset", None, json!({"email": "nobody@example.com"})).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!((status, known), unknown, "one answer for every address");
    // Mails: 1 code, 2 "2FA on", 3 the reset link.
    let token = mail_token(&farm.wait_for_mail("lost@example.com", TWO_FACTOR_RESET, 1).await);
    let confirm = || post(&farm, "/internal/auth/2fa/reset/confirm", None, json!({"token": token}));
    let (status, answer) = confirm().await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("reset_not_ready")),
        "not before the delay: {answer}"
    );
    sqlx::query!("update auth_tokens set not_before = now() - interval '1 second' where purpose = 'reset_2fa'")
        .execute(&farm.db)
        .await
        .unwrap();
    assert_eq!(confirm().await.0, StatusCode::NO_CONTENT);
    assert_eq!(confirm().await.0, StatusCode::BAD_REQUEST, "once");
    let (status, session) =
        post(&farm, "/internal/auth/login", None, login("lost@example.com", PASSWORD)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(session["refresh_token"].is_string(), "2FA is off: {session}");
}

#[tokio::test]
async fn a_second_factor_sign_in_cancels_a_pending_reset() {
    let farm = TestFarm::start().await;
    let (id, secret, _) = with_two_factor(&farm, "keep@example.com").await;
    post(&farm, "/internal/auth/2fa/reset", None, json!({"email": "keep@example.com"})).await;
    let token = mail_token(&farm.wait_for_mail("keep@example.com", TWO_FACTOR_RESET, 1).await);
    let body = json!({"code": totp_now(&secret, 0), "pending_id": "cancel"});
    assert_eq!(post(&farm, "/internal/auth/2fa/challenge", Some(id), body).await.0, StatusCode::OK);
    sqlx::query!("update auth_tokens set not_before = now() - interval '1 second' where purpose = 'reset_2fa'")
        .execute(&farm.db)
        .await
        .unwrap();
    let (status, _) =
        post(&farm, "/internal/auth/2fa/reset/confirm", None, json!({"token": token})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "the owner's sign-in cancelled it");
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_tells_the_owner() {
    let farm = TestFarm::start().await;
    let (id, _) = farm.register("change@example.com").await;
    let change = |body: Value| post(&farm, "/internal/auth/password", Some(id), body);
    let (status, answer) = change(json!({"new_password": "a new long password"})).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("proof_required"))
    );
    let (status, _) =
        change(json!({"new_password": "a new long password", "password": "wrong guess"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = change(json!({"new_password": "short", "password": PASSWORD})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) =
        change(json!({"new_password": "a new long password", "password": PASSWORD})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let old =
        post(&farm, "/internal/auth/login", None, login("change@example.com", PASSWORD)).await;
    assert_eq!(old.0, StatusCode::UNAUTHORIZED);
    let new = post(
        &farm,
        "/internal/auth/login",
        None,
        login("change@example.com", "a new long password"),
    )
    .await;
    assert_eq!(new.0, StatusCode::OK);
    let told = farm.wait_for_mail("change@example.com", PASSWORD_CHANGED, 1).await;
    assert!(told.subject.contains("password was changed"), "{told:?}");
}
