//! `POST /internal/billing/checkout` and `/portal`: the Stripe-hosted pages the browser goes
//! to next. A user's Stripe customer is made at their first checkout and kept.

use algoarena_shared::billing::{CheckoutRequest, RedirectUrl};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use uuid::Uuid;

use super::{stripe, stripe_failed};
use crate::billing::db::customers;
use crate::billing::stripe_api::{self, ReturnUrls};
use crate::error::{ApiError, ApiResult};
use crate::practice::premium::is_premium;
use crate::profile::me::own_row;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub async fn create_checkout(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(req): JsonBody<CheckoutRequest>,
) -> ApiResult<Json<RedirectUrl>> {
    let user = caller.require_user()?;
    let client = stripe(&state)?;
    let price = state
        .billing
        .settings
        .price_of(req.plan)
        .ok_or_else(|| ApiError::not_found("plan_not_offered", "That plan is not on sale."))?;
    if is_premium(&state.db, user).await? {
        return Err(ApiError::conflict(
            "already_premium",
            "You are premium already; manage your plan from Settings.",
        ));
    }
    let customer = customer_of(&state, client, user).await?;
    let app = &state.settings.auth.app_url;
    let urls = ReturnUrls {
        // Stripe puts the session's id in for the template.
        success: format!("{app}/billing/return?session_id={{CHECKOUT_SESSION_ID}}"),
        cancel: format!("{app}/pricing"),
    };
    let url = stripe_api::create_checkout(client, &customer, user, req.plan, price, &urls)
        .await
        .map_err(stripe_failed)?;
    Ok(Json(RedirectUrl { url }))
}

pub async fn create_portal(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<RedirectUrl>> {
    let user = caller.require_user()?;
    let client = stripe(&state)?;
    let customer = customers::of_user(&state.db, user).await?.ok_or_else(|| {
        ApiError::new(
            StatusCode::CONFLICT,
            "no_billing_account",
            "You have no billing account yet: buy a plan first.",
        )
    })?;
    let return_url = format!("{}/settings", state.settings.auth.app_url);
    let url =
        stripe_api::create_portal(client, &customer, &return_url).await.map_err(stripe_failed)?;
    Ok(Json(RedirectUrl { url }))
}

/// The user's Stripe customer, made now if they have none.
async fn customer_of(state: &AppState, client: &stripe::Client, user: Uuid) -> ApiResult<String> {
    if let Some(customer) = customers::of_user(&state.db, user).await? {
        return Ok(customer);
    }
    let email = own_row(state, user).await?.email;
    let made = stripe_api::create_customer(client, user, &email).await.map_err(stripe_failed)?;
    Ok(customers::remember(&state.db, user, &made).await?)
}
