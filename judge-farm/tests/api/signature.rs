//! Only requests signed by the edge reach the internal API, and a refused one does nothing.

use axum::body::Body;
use axum::http::{Request, StatusCode};

use crate::helpers::{now, random_nonce, signed_request, TestFarm, VERIFICATION};

const REGISTER: &str = "/internal/auth/register";
const BODY: &str =
    r#"{"email":"sig@example.com","username":"sig_user","password":"long enough pw"}"#;
/// The address `BODY` registers.
const REGISTERED_EMAIL: &str = "sig@example.com";

async fn assert_refused(farm: &TestFarm, request: Request<Body>) {
    let (status, json) = farm.send(request).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{json}");
    assert_eq!(json["error"]["code"], "bad_signature");
    // Whatever failed, the answer is the same: it must not tell a prober which check to beat.
    assert_eq!(json["error"]["message"], "Request refused: bad signature.");
    assert_eq!(farm.count("users").await, 0, "a refused request must not create anything");
}

#[tokio::test]
async fn an_unsigned_request_is_refused_and_does_nothing() {
    let farm = TestFarm::start().await;
    let request = Request::post(REGISTER)
        .header("content-type", "application/json")
        .body(Body::from(BODY))
        .unwrap();
    assert_refused(&farm, request).await;
}

#[tokio::test]
async fn a_stale_request_is_refused_and_does_nothing() {
    let farm = TestFarm::start().await;
    let request =
        signed_request("POST", REGISTER, None, BODY.as_bytes(), now() - 301, &random_nonce());
    assert_refused(&farm, request).await;
    let future =
        signed_request("POST", REGISTER, None, BODY.as_bytes(), now() + 301, &random_nonce());
    assert_refused(&farm, future).await;
}

#[tokio::test]
async fn a_tampered_body_is_refused_and_does_nothing() {
    let farm = TestFarm::start().await;
    let request = signed_request("POST", REGISTER, None, BODY.as_bytes(), now(), &random_nonce());
    let (parts, _) = request.into_parts();
    let tampered = BODY.replace("sig_user", "evil_user");
    assert_refused(&farm, Request::from_parts(parts, Body::from(tampered))).await;
}

#[tokio::test]
async fn a_forged_user_header_is_refused() {
    let farm = TestFarm::start().await;
    let mut request =
        signed_request("GET", "/internal/users/me", None, b"", now(), &random_nonce());
    request.headers_mut().insert("x-aa-user", uuid::Uuid::new_v4().to_string().parse().unwrap());
    let (status, json) = farm.send(request).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(json["error"]["code"], "bad_signature");
    // Whatever failed, the answer is the same: it must not tell a prober which check to beat.
    assert_eq!(json["error"]["message"], "Request refused: bad signature.");
}

#[tokio::test]
async fn a_replayed_request_is_refused_the_second_time() {
    let farm = TestFarm::start().await;
    let nonce = random_nonce();
    let ts = now();
    let first = signed_request("POST", REGISTER, None, BODY.as_bytes(), ts, &nonce);
    let (status, json) = farm.send(first).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{json}");
    let replay = signed_request("POST", REGISTER, None, BODY.as_bytes(), ts, &nonce);
    let (status, json) = farm.send(replay).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{json}");
    assert_eq!(json["error"]["code"], "bad_signature");
    // Whatever failed, the answer is the same: it must not tell a prober which check to beat.
    assert_eq!(json["error"]["message"], "Request refused: bad signature.");
    // The registration happens after its answer; once its mail is out, it is the only one.
    farm.wait_for_mail(REGISTERED_EMAIL, VERIFICATION, 1).await;
    assert_eq!(farm.count("users").await, 1);
}

#[tokio::test]
async fn health_probes_need_no_signature_and_report_readiness() {
    let farm = TestFarm::start().await;
    let (status, _) = farm.send(Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, json) = farm.send(Request::get("/readyz").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json, serde_json::json!({"postgres": true, "redis": true}));
}
