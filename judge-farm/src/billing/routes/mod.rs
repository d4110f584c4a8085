//! The internal billing API (docs/api.md, "Billing"): plans, Checkout and portal hand-offs,
//! the caller's subscription, and the Stripe events the edge passes on.

mod checkout;
mod events;
mod plans;
mod subscription;

use algoarena_shared::billing::STRIPE_EVENTS_PATH;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;

use crate::error::ApiError;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/billing/plans", get(plans::list_plans))
        .route("/internal/billing/checkout", post(checkout::create_checkout))
        .route("/internal/billing/portal", post(checkout::create_portal))
        .route(
            "/internal/billing/subscription",
            get(subscription::get_subscription).delete(subscription::cancel_subscription),
        )
        .route(STRIPE_EVENTS_PATH, post(events::receive_event))
}

/// The client for Stripe, or the 503 a farm without `STRIPE_SECRET_KEY` answers.
fn stripe(state: &AppState) -> Result<&stripe::Client, ApiError> {
    state.billing.client.as_ref().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "billing_unavailable",
            "Payments are not set up on this server.",
        )
    })
}

/// A Stripe call that failed: logged, and answered 502 (Stripe, not the caller, is at fault).
fn stripe_failed(e: anyhow::Error) -> ApiError {
    tracing::error!(error = %format!("{e:#}"), "a Stripe call failed");
    ApiError::new(
        StatusCode::BAD_GATEWAY,
        "payment_provider_error",
        "The payment provider did not answer; please try again.",
    )
}
