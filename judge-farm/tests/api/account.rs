//! E-mail verification, password reset, magic links and TOTP through the internal API.

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{
    mail_code, mail_token, TestFarm, PASSWORD, PASSWORD_RESET, SIGN_IN_LINK, VERIFICATION,
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

/// The second step of a sign-in, as the edge sends it for the pending token named `pending`.
fn challenge(code: &str, pending: &str) -> Value {
    json!({"code": code, "pending_id": pending})
}

#[tokio::test]
async fn login_requires_a_verified_email_and_the_code_verifies_it() {
    let farm = TestFarm::start().await;
    let body = json!({"email": "v@example.com", "username": "verifyme", "password": PASSWORD});
    assert_eq!(post(&farm, "/internal/auth/register", None, body).await.0, StatusCode::ACCEPTED);
    // The registration is carried out after the 202; its mail says it is done.
    let code = mail_code(&farm.wait_for_mail("v@example.com", VERIFICATION, 1).await);
    let (status, json) =
        post(&farm, "/internal/auth/login", None, login("v@example.com", PASSWORD)).await;
    assert_eq!(
        (status, json["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("email_not_verified"))
    );
    // A wrong password still gets the generic answer, so the 403 reveals nothing to a guesser.
    let (status, _) =
        post(&farm, "/internal/auth/login", None, login("v@example.com", "wrong password")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (status, json) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "v@example.com", "code": wrong}),
    )
    .await;
    assert_eq!(
        (status, json["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_code"))
    );
    let (status, session) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "v@example.com", "code": code}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert!(session["refresh_token"].is_string());
    let (status, _) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "v@example.com", "code": code}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a code works once");
    assert_eq!(
        post(&farm, "/internal/auth/login", None, login("v@example.com", PASSWORD)).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_verification_code_dies_after_five_wrong_guesses() {
    let farm = TestFarm::start().await;
    let body = json!({"email": "g@example.com", "username": "guesser", "password": PASSWORD});
    post(&farm, "/internal/auth/register", None, body).await;
    let code = mail_code(&farm.wait_for_mail("g@example.com", VERIFICATION, 1).await);
    let wrong: String =
        code.chars().map(|c| if c == '9' { '0' } else { (c as u8 + 1) as char }).collect();
    for _ in 0..5 {
        post(
            &farm,
            "/internal/auth/verify-email",
            None,
            json!({"email": "g@example.com", "code": wrong}),
        )
        .await;
    }
    let (status, _) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "g@example.com", "code": code}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // A new code (resend) works again.
    let (status, _) =
        post(&farm, "/internal/auth/verify-email/resend", None, json!({"email": "g@example.com"}))
            .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let code = mail_code(&farm.wait_for_mail("g@example.com", VERIFICATION, 2).await);
    let (status, _) = post(
        &farm,
        "/internal/auth/verify-email",
        None,
        json!({"email": "g@example.com", "code": code}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn forgot_password_answers_alike_and_a_reset_revokes_every_session() {
    let farm = TestFarm::start().await;
    let (_, refresh) = farm.register("r@example.com").await;
    let known =
        post(&farm, "/internal/auth/forgot-password", None, json!({"email": "r@example.com"}))
            .await;
    let unknown =
        post(&farm, "/internal/auth/forgot-password", None, json!({"email": "nobody@example.com"}))
            .await;
    assert_eq!(known.0, StatusCode::ACCEPTED);
    assert_eq!(known, unknown);
    let token = mail_token(&farm.wait_for_mail("r@example.com", PASSWORD_RESET, 1).await);
    let (status, json) = post(
        &farm,
        "/internal/auth/reset-password",
        None,
        json!({"token": token, "password": "short"}),
    )
    .await;
    assert_eq!(
        (status, json["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input"))
    );
    let reset = json!({"token": token, "password": "a brand new password"});
    assert_eq!(
        post(&farm, "/internal/auth/reset-password", None, reset.clone()).await.0,
        StatusCode::NO_CONTENT
    );
    let (status, json) = post(&farm, "/internal/auth/reset-password", None, reset).await;
    assert_eq!(
        (status, json["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_token"))
    );
    let (status, _) =
        post(&farm, "/internal/auth/refresh", None, json!({"refresh_token": refresh})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the old session was revoked");
    assert_eq!(
        post(&farm, "/internal/auth/login", None, login("r@example.com", PASSWORD)).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post(&farm, "/internal/auth/login", None, login("r@example.com", "a brand new password"))
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_magic_link_is_single_use_expires_and_is_voided_by_a_newer_one() {
    let farm = TestFarm::start().await;
    farm.register("m@example.com").await;
    let ask = || post(&farm, "/internal/auth/magic-link", None, json!({"email": "m@example.com"}));
    assert_eq!(ask().await.0, StatusCode::ACCEPTED);
    let first = mail_token(&farm.wait_for_mail("m@example.com", SIGN_IN_LINK, 1).await);
    ask().await;
    let second = mail_token(&farm.wait_for_mail("m@example.com", SIGN_IN_LINK, 2).await);
    let (status, _) =
        post(&farm, "/internal/auth/magic-link/consume", None, json!({"token": first})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a newer link voids the older one");
    // Checking does not use it up; consuming does, once.
    let (status, info) =
        post(&farm, "/internal/auth/magic-link/check", None, json!({"token": second})).await;
    assert_eq!((status, info["email"].as_str()), (StatusCode::OK, Some("m@example.com")));
    let (status, session) =
        post(&farm, "/internal/auth/magic-link/consume", None, json!({"token": second})).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert!(session["refresh_token"].is_string());
    let (status, _) =
        post(&farm, "/internal/auth/magic-link/consume", None, json!({"token": second})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // An expired link is refused.
    ask().await;
    let third = mail_token(&farm.wait_for_mail("m@example.com", SIGN_IN_LINK, 3).await);
    sqlx::query!(
        "update auth_tokens set expires_at = now() - interval '1 second'
          where purpose = 'magic_link' and used_at is null"
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let (status, _) =
        post(&farm, "/internal/auth/magic-link/consume", None, json!({"token": third})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let lifetime: f64 = sqlx::query_scalar!(
        r#"select extract(epoch from max(expires_at - created_at))::float8 as "lifetime!"
             from auth_tokens where purpose = 'magic_link'"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert!(lifetime <= 900.5, "magic links live 15 minutes at most: {lifetime}");
}

#[tokio::test]
async fn totp_enables_gates_sign_in_refuses_replays_and_needs_a_code_to_disable() {
    let farm = TestFarm::start().await;
    let (id, _) = farm.register("t@example.com").await;
    let (status, setup) =
        post(&farm, "/internal/auth/2fa/setup", Some(id), json!({"password": PASSWORD})).await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    let secret = setup["secret"].as_str().unwrap().to_string();
    assert!(setup["qr_code"].as_str().unwrap().starts_with("data:image/svg+xml;base64,"));
    assert!(setup["otpauth_uri"].as_str().unwrap().contains(&secret));
    let (status, _) =
        post(&farm, "/internal/auth/2fa/verify", Some(id), json!({"code": totp_now(&secret, -3)}))
            .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a stale code is refused");
    let enabling = totp_now(&secret, -1);
    let (status, codes) =
        post(&farm, "/internal/auth/2fa/verify", Some(id), json!({"code": enabling})).await;
    assert_eq!(status, StatusCode::OK, "{codes}");
    assert_eq!(codes["recovery_codes"].as_array().unwrap().len(), 10);

    let (status, pending) =
        post(&farm, "/internal/auth/login", None, login("t@example.com", PASSWORD)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(pending["two_factor_user_id"], id.to_string());
    assert!(pending.get("refresh_token").is_none(), "no session before the second factor");
    let (status, _) =
        post(&farm, "/internal/auth/2fa/challenge", Some(id), challenge(&enabling, "p1")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "the enabling code cannot be replayed");
    let code = totp_now(&secret, 0);
    let (status, session) =
        post(&farm, "/internal/auth/2fa/challenge", Some(id), challenge(&code, "p1")).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert!(session["refresh_token"].is_string());
    let (status, _) =
        post(&farm, "/internal/auth/2fa/challenge", Some(id), challenge(&code, "p2")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "each code works once");

    // Magic links and password resets stop at the second factor too.
    post(&farm, "/internal/auth/magic-link", None, json!({"email": "t@example.com"})).await;
    let token = mail_token(&farm.wait_for_mail("t@example.com", SIGN_IN_LINK, 1).await);
    let (_, answer) =
        post(&farm, "/internal/auth/magic-link/consume", None, json!({"token": token})).await;
    assert_eq!(answer["two_factor_user_id"], id.to_string());

    let (status, _) = post(
        &farm,
        "/internal/auth/2fa/disable",
        Some(id),
        json!({"code": "000000", "password": PASSWORD}),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        post(
            &farm,
            "/internal/auth/2fa/disable",
            Some(id),
            json!({"code": totp_now(&secret, 1), "password": PASSWORD})
        )
        .await
        .0,
        StatusCode::NO_CONTENT
    );
    let (_, answer) =
        post(&farm, "/internal/auth/login", None, login("t@example.com", PASSWORD)).await;
    assert!(answer["refresh_token"].is_string(), "{answer}");
}

#[tokio::test]
async fn two_concurrent_refreshes_with_one_token_get_the_same_successor() {
    let farm = TestFarm::start().await;
    let (_, token) = farm.register("race@example.com").await;
    let body = json!({"refresh_token": token}).to_string();
    let (a, b) = tokio::join!(
        farm.signed("POST", "/internal/auth/refresh", None, Some(&body)),
        farm.signed("POST", "/internal/auth/refresh", None, Some(&body)),
    );
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{a:?} {b:?}");
    assert_eq!(a.1["refresh_token"], b.1["refresh_token"], "one successor for both tabs");
    let successors: i64 = sqlx::query_scalar!(r#"select count(*) as "n!" from sessions"#)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(successors, 2, "the first session and one successor, no fork of the family");
    let again = json!({"refresh_token": a.1["refresh_token"]}).to_string();
    assert_eq!(
        farm.signed("POST", "/internal/auth/refresh", None, Some(&again)).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn signing_out_everywhere_revokes_every_session_of_the_user() {
    let farm = TestFarm::start().await;
    let (id, first) = farm.register("all@example.com").await;
    let (_, second) =
        post(&farm, "/internal/auth/login", None, login("all@example.com", PASSWORD)).await;
    assert_eq!(
        post(&farm, "/internal/auth/sessions/revoke-all", Some(id), json!({})).await.0,
        StatusCode::NO_CONTENT
    );
    for token in [first, second["refresh_token"].as_str().unwrap().to_string()] {
        let (status, _) =
            post(&farm, "/internal/auth/refresh", None, json!({"refresh_token": token})).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn oauth_finds_accounts_by_provider_and_subject_and_never_links_an_unverified_email() {
    let farm = TestFarm::start().await;
    let identity = |subject: &str, email: &str, verified: bool| json!({"provider": "google", "subject": subject, "email": email, "email_verified": verified});
    let (status, first) =
        post(&farm, "/internal/auth/oauth", None, identity("g-1", "new@example.com", true)).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    let id = first["user"]["id"].clone();
    // The same subject, whatever address it reports now, is the same account.
    let (_, again) =
        post(&farm, "/internal/auth/oauth", None, identity("g-1", "changed@example.com", false))
            .await;
    assert_eq!(again["user"]["id"], id);
    // An unverified address at the provider never links to an existing account.
    let (existing, _) = farm.register("owner@example.com").await;
    let (status, json) =
        post(&farm, "/internal/auth/oauth", None, identity("g-2", "owner@example.com", false))
            .await;
    assert_eq!(
        (status, json["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("oauth_email_in_use"))
    );
    // A verified one links, since our account's address is verified too.
    let (status, linked) =
        post(&farm, "/internal/auth/oauth", None, identity("g-3", "owner@example.com", true)).await;
    assert_eq!(status, StatusCode::OK, "{linked}");
    assert_eq!(linked["user"]["id"], existing.to_string());
    // An account never confirmed is not linked even by a verified provider address.
    post(
        &farm,
        "/internal/auth/register",
        None,
        json!({"email": "pending@example.com", "username": "pendingone", "password": PASSWORD}),
    )
    .await;
    farm.wait_for_mail("pending@example.com", VERIFICATION, 1).await;
    let (status, _) =
        post(&farm, "/internal/auth/oauth", None, identity("g-4", "pending@example.com", true))
            .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(farm.count("oauth_accounts").await, 2);
}

#[tokio::test]
async fn oauth_refuses_a_provider_it_does_not_know() {
    let farm = TestFarm::start().await;
    let identity =
        json!({"provider": "myspace", "subject": "1", "email": "a@b.co", "email_verified": true});
    let (status, answer) = post(&farm, "/internal/auth/oauth", None, identity).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input")),
        "{answer}"
    );
    assert_eq!(farm.count("users").await, 0);
}
