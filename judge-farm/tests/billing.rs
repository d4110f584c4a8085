//! Billing through the farm's internal API against real Postgres and Redis and the local Stripe
//! server (tests/support/stripe-server.js, run with node): Checkout, then the events Stripe
//! sends for it, applied once each (also when the same event arrives twice at once), in the
//! right final state whatever their order; the role and plan expiry they set, and the role
//! access tokens are minted with once a plan has lapsed.

#[allow(dead_code)]
#[path = "api/helpers.rs"]
mod helpers;

use std::process::{Child, Command, Stdio};

use algoarena_judge_farm::app;
use algoarena_judge_farm::billing::config::{Billing, BillingSettings};
use algoarena_shared::billing::STRIPE_EVENTS_PATH;
use axum::http::StatusCode;
use helpers::{TestFarm, PASSWORD};
use serde_json::{json, Value};
use uuid::Uuid;

/// The local Stripe server, stopped when dropped.
struct StripeServer {
    child: Child,
    url: String,
    http: reqwest::Client,
}

impl Drop for StripeServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl StripeServer {
    async fn start() -> StripeServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let node = std::env::var("NODE22_DIR")
            .map(|d| format!("{d}/bin/node"))
            .ok()
            .filter(|p| std::path::Path::new(p).exists())
            .unwrap_or_else(|| "node".into());
        let script = helpers::repo_root().join("tests/support/stripe-server.js");
        let child = Command::new(node)
            .arg(script.canonicalize().unwrap())
            .arg(port.to_string())
            .stdout(Stdio::null())
            .spawn()
            .expect("node runs the local Stripe server (tests/ needs `npm ci`)");
        let server = StripeServer {
            child,
            url: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::new(),
        };
        for _ in 0..100 {
            if server.http.get(format!("{}/", server.url)).send().await.is_ok() {
                return server;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the local Stripe server did not start");
    }

    /// A test action (`/_test/...`, with its own query when it has one); the events it made,
    /// not delivered.
    async fn drive(&self, action: &str) -> Vec<Value> {
        let joiner = if action.contains('?') { '&' } else { '?' };
        let response = self
            .http
            .post(format!("{}/_test/{action}{joiner}deliver=false", self.url))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "the local Stripe server refused {action}");
        let answer: Value = response.json().await.unwrap();
        answer["events"].as_array().unwrap().clone()
    }
}

/// A farm whose billing calls the local Stripe server.
async fn billing_farm() -> (TestFarm, StripeServer) {
    let stripe = StripeServer::start().await;
    let mut farm = TestFarm::start().await;
    farm.state.billing = Billing::new(BillingSettings {
        secret_key: Some("sk_test_farm".to_string().into()),
        api_base: Some(stripe.url.clone()),
        monthly_price: Some("price_monthly".into()),
        annual_price: Some("price_annual".into()),
        plans_cache: std::time::Duration::from_secs(600),
    })
    .unwrap();
    farm.app = app::app(farm.state.clone());
    (farm, stripe)
}

async fn deliver(farm: &TestFarm, event: &Value) -> (StatusCode, Value) {
    farm.signed("POST", STRIPE_EVENTS_PATH, None, Some(&event.to_string())).await
}

async fn role(farm: &TestFarm, user: Uuid) -> (String, Option<chrono::DateTime<chrono::Utc>>) {
    sqlx::query_as("select role, plan_expires_at from users where id = $1")
        .bind(user)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

/// A registered user who went through Checkout for `plan`; the Checkout Session's id.
async fn checkout(farm: &TestFarm, email: &str, plan: &str) -> (Uuid, String) {
    let (user, _) = farm.register(email).await;
    let body = json!({ "plan": plan }).to_string();
    let (status, answer) =
        farm.signed("POST", "/internal/billing/checkout", Some(user), Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let url = answer["url"].as_str().unwrap();
    let session = url.rsplit('/').next().unwrap().to_string();
    assert!(session.starts_with("cs_test_"), "{url}");
    (user, session)
}

fn of_kind<'a>(events: &'a [Value], kind: &str) -> &'a Value {
    events.iter().find(|e| e["type"] == kind).unwrap_or_else(|| panic!("no {kind} event"))
}

#[tokio::test]
async fn plans_come_from_stripe_and_checkout_makes_one_customer_per_user() {
    let (farm, _stripe) = billing_farm().await;
    let (status, plans) = farm.signed("GET", "/internal/billing/plans", None, None).await;
    assert_eq!(status, StatusCode::OK, "{plans}");
    assert_eq!(
        plans,
        json!({"plans": [
            {"plan": "monthly", "unit_amount": 900, "currency": "usd", "interval": "month"},
            {"plan": "annual", "unit_amount": 9000, "currency": "usd", "interval": "year"},
        ]})
    );
    let (user, _) = checkout(&farm, "one@example.com", "monthly").await;
    let body = json!({ "plan": "annual" }).to_string();
    let (status, _) =
        farm.signed("POST", "/internal/billing/checkout", Some(user), Some(&body)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(farm.count("billing_customers").await, 1, "a second checkout reuses the customer");
    let (status, portal) = farm.signed("POST", "/internal/billing/portal", Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{portal}");
    assert!(portal["url"].as_str().unwrap().contains("/p/session/bps_"), "{portal}");
    // Without a billing account there is no portal.
    let (other, _) = farm.register("two@example.com").await;
    let (status, answer) = farm.signed("POST", "/internal/billing/portal", Some(other), None).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("no_billing_account"))
    );
}

#[tokio::test]
async fn checkout_events_make_the_user_premium_once_and_redeliveries_change_nothing() {
    let (farm, stripe) = billing_farm().await;
    let (user, session) = checkout(&farm, "buyer@example.com", "annual").await;
    assert_eq!(role(&farm, user).await.0, "free");
    let events = stripe.drive(&format!("checkout/{session}/complete")).await;
    for event in &events {
        let (status, answer) = deliver(&farm, event).await;
        assert_eq!(
            (status, answer["outcome"].as_str()),
            (StatusCode::OK, Some("applied")),
            "{answer}"
        );
    }
    let (now_role, until) = role(&farm, user).await;
    assert_eq!(now_role, "premium");
    let created = of_kind(&events, "customer.subscription.created");
    let end = created["data"]["object"]["items"]["data"][0]["current_period_end"].as_i64().unwrap();
    assert_eq!(until.unwrap().timestamp(), end, "premium lasts the period paid for");
    for event in &events {
        let (status, answer) = deliver(&farm, event).await;
        assert_eq!((status, answer["outcome"].as_str()), (StatusCode::OK, Some("duplicate")));
    }
    assert_eq!(farm.count("stripe_events").await, 3);
    assert_eq!(farm.count("subscriptions").await, 1);

    let (status, view) =
        farm.signed("GET", "/internal/billing/subscription", Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["premium"], true);
    assert_eq!(view["subscription"]["plan"], "annual");
    assert_eq!(view["subscription"]["status"], "active");
    assert_eq!(view["subscription"]["cancel_at_period_end"], false);

    // Sign-in mints from the premium role.
    let body = json!({"email": "buyer@example.com", "password": PASSWORD}).to_string();
    let (status, session) = farm.signed("POST", "/internal/auth/login", None, Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user"]["role"], "premium");
}

#[tokio::test]
async fn the_same_event_delivered_many_times_at_once_applies_once() {
    let (farm, stripe) = billing_farm().await;
    let (user, session) = checkout(&farm, "race@example.com", "monthly").await;
    let events = stripe.drive(&format!("checkout/{session}/complete")).await;
    let created = of_kind(&events, "customer.subscription.created").clone();
    let answers = futures_util::future::join_all((0..8).map(|_| deliver(&farm, &created))).await;
    let mut outcomes: Vec<&str> = answers
        .iter()
        .map(|(status, answer)| {
            assert_eq!(*status, StatusCode::OK, "{answer}");
            answer["outcome"].as_str().unwrap()
        })
        .collect();
    outcomes.sort();
    assert_eq!(
        outcomes,
        [
            "applied",
            "duplicate",
            "duplicate",
            "duplicate",
            "duplicate",
            "duplicate",
            "duplicate",
            "duplicate"
        ]
    );
    assert_eq!(farm.count("stripe_events").await, 1);
    assert_eq!(role(&farm, user).await.0, "premium");
}

#[tokio::test]
async fn events_arriving_out_of_order_leave_the_latest_state() {
    let (farm, stripe) = billing_farm().await;
    let (user, session) = checkout(&farm, "late@example.com", "monthly").await;
    let bought = stripe.drive(&format!("checkout/{session}/complete")).await;
    // The customer cancels a while later (Stripe's clock moves on), through our API.
    let _ = stripe.drive("clock?seconds=60").await;
    for event in &bought {
        deliver(&farm, event).await;
    }
    let (status, view) =
        farm.signed("DELETE", "/internal/billing/subscription", Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["subscription"]["status"], "cancelled");
    assert_eq!(view["subscription"]["cancel_at_period_end"], true);
    assert_eq!(view["premium"], true, "premium stays until the period ends");

    // A second purchase whose events all arrive newest first.
    let (late_user, late_session) = checkout(&farm, "reversed@example.com", "monthly").await;
    let mut events = stripe.drive(&format!("checkout/{late_session}/complete")).await;
    let late_sub = of_kind(&events, "customer.subscription.created")["data"]["object"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let _ = stripe.drive("clock?seconds=60").await;
    // The cancel, as Stripe's update event, then the period's end.
    let cancel: Value = stripe
        .http
        .post(format!("{}/v1/subscriptions/{late_sub}", stripe.url))
        .bearer_auth("sk_test_direct")
        .form(&[("cancel_at_period_end", "true")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(cancel["cancel_at_period_end"], true);
    let updated = json!({
        "id": format!("evt_cancel_{late_sub}"), "object": "event", "type": "customer.subscription.updated",
        "created": cancel["canceled_at"], "data": {"object": cancel},
    });
    events.push(updated.clone());
    // The newest first: the update (cancel) arrives before the creation and the checkout.
    events.reverse();
    for event in &events {
        let (status, answer) = deliver(&farm, event).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
    }
    let (status, view) =
        farm.signed("GET", "/internal/billing/subscription", Some(late_user), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        view["subscription"]["cancel_at_period_end"], true,
        "the older creation did not undo the cancel: {view}"
    );
    assert_eq!(role(&farm, late_user).await.0, "premium");

    // The period ends: Stripe deletes the subscription. Its deletion arrives before an old
    // renewal-era update; the subscription stays ended and the user free.
    let ended = stripe.drive(&format!("subscriptions/{late_sub}/advance")).await;
    let deleted = of_kind(&ended, "customer.subscription.deleted");
    deliver(&farm, deleted).await;
    assert_eq!(role(&farm, late_user).await, ("free".to_string(), None));
    let stale = json!({
        "id": "evt_stale_update", "object": "event", "type": "customer.subscription.updated",
        "created": updated["created"], "data": {"object": cancel},
    });
    let (status, _) = deliver(&farm, &stale).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(role(&farm, late_user).await.0, "free", "an older update did not revive it");
    let (_, view) =
        farm.signed("GET", "/internal/billing/subscription", Some(late_user), None).await;
    assert_eq!(view["subscription"]["status"], "expired");
    assert_eq!(view["premium"], false);

    // The first user's subscription is untouched by all that.
    assert_eq!(role(&farm, user).await.0, "premium");
}

#[tokio::test]
async fn a_failed_renewal_ends_premium_and_a_paid_one_restores_it() {
    let (farm, stripe) = billing_farm().await;
    let (user, session) = checkout(&farm, "renew@example.com", "monthly").await;
    let events = stripe.drive(&format!("checkout/{session}/complete")).await;
    for event in &events {
        deliver(&farm, event).await;
    }
    let sub = of_kind(&events, "customer.subscription.created")["data"]["object"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let failed = stripe.drive(&format!("subscriptions/{sub}/fail_payment")).await;
    let _ = stripe.drive("clock?seconds=5").await;
    deliver(&farm, of_kind(&failed, "invoice.payment_failed")).await;
    let (_, view) = farm.signed("GET", "/internal/billing/subscription", Some(user), None).await;
    assert_eq!(view["subscription"]["status"], "past_due");
    assert_eq!(role(&farm, user).await.0, "free");
    let renewed = stripe.drive(&format!("subscriptions/{sub}/advance")).await;
    deliver(&farm, of_kind(&renewed, "invoice.paid")).await;
    let (now_role, until) = role(&farm, user).await;
    assert_eq!(now_role, "premium");
    let item =
        &of_kind(&renewed, "customer.subscription.updated")["data"]["object"]["items"]["data"][0];
    assert_eq!(until.unwrap().timestamp(), item["current_period_end"].as_i64().unwrap());
    // The renewal's update arriving after the failure's: still premium (same state).
    deliver(&farm, of_kind(&failed, "customer.subscription.updated")).await;
    assert_eq!(role(&farm, user).await.0, "premium", "the older past_due snapshot was dropped");
}

#[tokio::test]
async fn tokens_carry_free_once_a_premium_plan_has_expired() {
    let (farm, _stripe) = billing_farm().await;
    let (user, refresh) = farm.register("lapsed@example.com").await;
    sqlx::query("update users set role = 'premium', plan_expires_at = now() + interval '1 hour' where id = $1")
        .bind(user)
        .execute(&farm.db)
        .await
        .unwrap();
    let body = json!({ "refresh_token": refresh }).to_string();
    let (status, session) = farm.signed("POST", "/internal/auth/refresh", None, Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user"]["role"], "premium");
    // The plan lapses (no event came, e.g. Stripe's deletion is still on its way).
    sqlx::query("update users set plan_expires_at = now() - interval '1 second' where id = $1")
        .bind(user)
        .execute(&farm.db)
        .await
        .unwrap();
    let body = json!({ "refresh_token": session["refresh_token"] }).to_string();
    let (status, session) = farm.signed("POST", "/internal/auth/refresh", None, Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user"]["role"], "free", "a lapsed plan is free in the next token");
    let (_, view) = farm.signed("GET", "/internal/billing/subscription", Some(user), None).await;
    assert_eq!(view["premium"], false);
    assert_eq!(view["premium_until"], Value::Null);
    // Admins are never downgraded by it.
    sqlx::query("update users set role = 'admin' where id = $1")
        .bind(user)
        .execute(&farm.db)
        .await
        .unwrap();
    let body = json!({ "refresh_token": session["refresh_token"] }).to_string();
    let (_, session) = farm.signed("POST", "/internal/auth/refresh", None, Some(&body)).await;
    assert_eq!(session["user"]["role"], "admin");
}

#[tokio::test]
async fn unknown_events_are_recorded_and_malformed_ones_refused() {
    let (farm, _stripe) = billing_farm().await;
    let other = json!({"id": "evt_other", "object": "event", "type": "charge.refunded", "created": 1, "data": {"object": {}}});
    let (status, answer) = deliver(&farm, &other).await;
    assert_eq!((status, answer["outcome"].as_str()), (StatusCode::OK, Some("ignored")));
    let broken = json!({"id": "evt_broken", "type": "customer.subscription.updated", "created": 1, "data": {"object": {"id": 5}}});
    let (status, _) = deliver(&farm, &broken).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Unsigned, an event is refused before anything reads it.
    let request = axum::http::Request::builder()
        .method("POST")
        .uri(STRIPE_EVENTS_PATH)
        .header("content-type", "application/json")
        .body(axum::body::Body::from(other.to_string()))
        .unwrap();
    let (status, _) = farm.send(request).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
