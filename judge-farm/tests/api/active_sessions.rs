//! The active-sessions list and signing sessions out (ASVS 5.0 7.5.2), and other sessions
//! ending when the password or the second factor changes (7.4.3).

use axum::http::{HeaderValue, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{now, random_nonce, signed_request, TestFarm, PASSWORD};

async fn post(farm: &TestFarm, path: &str, user: Option<Uuid>, body: Value) -> (StatusCode, Value) {
    farm.signed("POST", path, user, Some(&body.to_string())).await
}

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/// A password sign-in from a browser with `user_agent`; returns its refresh token.
async fn sign_in(farm: &TestFarm, email: &str, user_agent: &str) -> String {
    let body = json!({"email": email, "password": PASSWORD}).to_string();
    let mut request = signed_request(
        "POST",
        "/internal/auth/login",
        None,
        body.as_bytes(),
        now(),
        &random_nonce(),
    );
    request.headers_mut().insert("user-agent", HeaderValue::from_str(user_agent).unwrap());
    let (status, answer) = farm.send(request).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer["refresh_token"].as_str().unwrap().to_string()
}

async fn refresh(farm: &TestFarm, token: &str) -> (StatusCode, Value) {
    post(farm, "/internal/auth/refresh", None, json!({"refresh_token": token})).await
}

/// A refresh as the browser sends it, with its user agent (the list shows the latest one).
async fn refresh_as(farm: &TestFarm, token: &str, user_agent: &str) -> (StatusCode, Value) {
    let body = json!({"refresh_token": token}).to_string();
    let mut request = signed_request(
        "POST",
        "/internal/auth/refresh",
        None,
        body.as_bytes(),
        now(),
        &random_nonce(),
    );
    request.headers_mut().insert("user-agent", HeaderValue::from_str(user_agent).unwrap());
    farm.send(request).await
}

async fn list(farm: &TestFarm, id: Uuid, current: &str) -> Vec<Value> {
    let (status, answer) = post(
        farm,
        "/internal/auth/sessions/list",
        Some(id),
        json!({"current_refresh_token": current}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer["sessions"].as_array().unwrap().clone()
}

#[tokio::test]
async fn the_list_shows_each_live_sign_in_once_with_this_one_marked() {
    let farm = TestFarm::start().await;
    let (id, first) = farm.register("lister@example.com").await;
    let laptop = sign_in(&farm, "lister@example.com", FIREFOX).await;
    // A rotation keeps one entry per sign-in, now holding the new token.
    let (status, rotated) = refresh_as(&farm, &laptop, FIREFOX).await;
    assert_eq!(status, StatusCode::OK);
    let laptop = rotated["refresh_token"].as_str().unwrap().to_string();

    let sessions = list(&farm, id, &laptop).await;
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    let current: Vec<&Value> = sessions.iter().filter(|s| s["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["device"], "Firefox on Linux");
    assert_eq!(current[0]["user_agent"], FIREFOX);
    let time = |field: &str| {
        chrono::DateTime::parse_from_rfc3339(current[0][field].as_str().unwrap()).unwrap()
    };
    assert!(time("created_at") < time("last_used_at"), "refreshed after signing in");
    // Most recently used first: the laptop just refreshed.
    assert_eq!(sessions[0]["current"], true);
    assert_eq!(sessions[1]["device"], "Unknown device");

    // Another user sees none of these, and the first token marks nothing for them.
    let (other, _) = farm.register("stranger@example.com").await;
    let theirs = list(&farm, other, &first).await;
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0]["current"], false);
    // Signed out sessions leave the list.
    post(&farm, "/internal/auth/logout", None, json!({"refresh_token": first})).await;
    assert_eq!(list(&farm, id, &laptop).await.len(), 1);
}

#[tokio::test]
async fn one_session_signs_out_by_id_and_only_its_owner_can_do_it() {
    let farm = TestFarm::start().await;
    let (id, phone) = farm.register("owner@example.com").await;
    let laptop = sign_in(&farm, "owner@example.com", FIREFOX).await;
    let sessions = list(&farm, id, &laptop).await;
    let phone_id = sessions.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/internal/auth/sessions/{phone_id}/revoke");

    // Someone else's session id ends nothing and looks like a missing one.
    let (thief, _) = farm.register("thief@example.com").await;
    let (status, answer) = post(&farm, &path, Some(thief), json!({})).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("session_not_found"))
    );
    assert_eq!(refresh(&farm, &phone).await.0, StatusCode::OK, "the phone is still signed in");

    assert_eq!(list(&farm, id, &laptop).await.len(), 2);
    let (status, _) = post(&farm, &path, Some(id), json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let sessions = list(&farm, id, &laptop).await;
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["current"], true);
    assert_eq!(refresh(&farm, &laptop).await.0, StatusCode::OK, "the laptop stays");
    let (status, _) = post(&farm, &path, Some(id), json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "already signed out");
    let (status, _) =
        post(&farm, "/internal/auth/sessions/not-an-id/revoke", Some(id), json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn signing_out_everywhere_else_keeps_only_the_callers_session() {
    let farm = TestFarm::start().await;
    let (id, phone) = farm.register("many@example.com").await;
    let laptop = sign_in(&farm, "many@example.com", FIREFOX).await;
    let tablet = sign_in(
        &farm,
        "many@example.com",
        "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) Safari/604.1",
    )
    .await;
    let (status, _) = post(
        &farm,
        "/internal/auth/sessions/revoke-others",
        Some(id),
        json!({"current_refresh_token": laptop}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(refresh(&farm, &phone).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh(&farm, &tablet).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh(&farm, &laptop).await.0, StatusCode::OK);
    // Another user's token names no session of this one: everything ends.
    let (_, strangers) = farm.register("other@example.com").await;
    let laptop = sign_in(&farm, "many@example.com", FIREFOX).await;
    post(
        &farm,
        "/internal/auth/sessions/revoke-others",
        Some(id),
        json!({"current_refresh_token": strangers}),
    )
    .await;
    assert_eq!(refresh(&farm, &laptop).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh(&farm, &strangers).await.0, StatusCode::OK, "the other user is untouched");
}

fn totp_now(secret: &str, offset_steps: i64) -> String {
    let step = chrono::Utc::now().timestamp() / 30 + offset_steps;
    algoarena_judge_farm::accounts::totp::code_at(secret, step as u64).unwrap()
}

#[tokio::test]
async fn changing_the_password_or_the_second_factor_ends_the_other_sessions() {
    let farm = TestFarm::start().await;
    let (id, thief) = farm.register("victim@example.com").await;
    let mut owner = sign_in(&farm, "victim@example.com", FIREFOX).await;
    let with_owner = |body: Value, owner: &str| {
        let mut body = body;
        body["current_refresh_token"] = json!(owner);
        body
    };
    // Each step: the thief signs in again (with the password they knew, while it works), the
    // owner changes something, and only the owner's session survives.
    let change = with_owner(
        json!({"new_password": "marmalade kestrel obelisk", "password": PASSWORD}),
        &owner,
    );
    assert_eq!(
        post(&farm, "/internal/auth/password", Some(id), change).await.0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(refresh(&farm, &thief).await.0, StatusCode::UNAUTHORIZED, "password change");
    let (status, rotated) = refresh(&farm, &owner).await;
    assert_eq!(status, StatusCode::OK, "the owner's session survives the change");
    owner = rotated["refresh_token"].as_str().unwrap().to_string();

    let proof = json!({"password": "marmalade kestrel obelisk"});
    let thief = {
        let body = json!({"email": "victim@example.com", "password": "marmalade kestrel obelisk"});
        post(&farm, "/internal/auth/login", None, body).await.1["refresh_token"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (_, setup) = post(&farm, "/internal/auth/2fa/setup", Some(id), proof.clone()).await;
    let secret = setup["secret"].as_str().unwrap().to_string();
    let enable = with_owner(json!({"code": totp_now(&secret, -1)}), &owner);
    assert_eq!(post(&farm, "/internal/auth/2fa/verify", Some(id), enable).await.0, StatusCode::OK);
    assert_eq!(refresh(&farm, &thief).await.0, StatusCode::UNAUTHORIZED, "2FA switched on");
    let (status, rotated) = refresh(&farm, &owner).await;
    assert_eq!(status, StatusCode::OK);
    owner = rotated["refresh_token"].as_str().unwrap().to_string();

    // A session made before the replacement (a session cannot be made without the code now,
    // so one is planted as a sign-in would have made it) ends when the secret is replaced.
    let planted = sign_in_directly(&farm, id).await;
    let (_, setup) = post(&farm, "/internal/auth/2fa/setup", Some(id), proof.clone()).await;
    let new_secret = setup["secret"].as_str().unwrap().to_string();
    let replace = with_owner(json!({"code": totp_now(&new_secret, 0)}), &owner);
    assert_eq!(post(&farm, "/internal/auth/2fa/verify", Some(id), replace).await.0, StatusCode::OK);
    assert_eq!(refresh(&farm, &planted).await.0, StatusCode::UNAUTHORIZED, "2FA replaced");
    let (status, rotated) = refresh(&farm, &owner).await;
    assert_eq!(status, StatusCode::OK);
    owner = rotated["refresh_token"].as_str().unwrap().to_string();

    let planted = sign_in_directly(&farm, id).await;
    let mut disable = with_owner(json!({"code": totp_now(&new_secret, 1)}), &owner);
    disable["password"] = json!("marmalade kestrel obelisk");
    let (status, answer) = post(&farm, "/internal/auth/2fa/disable", Some(id), disable).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
    assert_eq!(refresh(&farm, &planted).await.0, StatusCode::UNAUTHORIZED, "2FA switched off");
    assert_eq!(refresh(&farm, &owner).await.0, StatusCode::OK);
}

/// A session as a completed sign-in makes one (for steps where signing in needs a TOTP code
/// the test would have to wait a step for).
async fn sign_in_directly(farm: &TestFarm, id: Uuid) -> String {
    let mut tx = farm.db.begin().await.unwrap();
    let client = algoarena_judge_farm::accounts::db::sessions::ClientInfo::default();
    let token = algoarena_judge_farm::accounts::db::sessions::create(&mut tx, id, 3600, &client)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    token
}
