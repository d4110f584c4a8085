//! `GET /internal/billing/subscription` (the caller's subscription and premium state) and
//! `DELETE` (cancel at the period's end: Stripe ends it then, and premium lasts until then).

use algoarena_shared::billing::{Plan, Subscription, SubscriptionStatus, SubscriptionView};
use axum::extract::State;
use axum::Json;
use chrono::Utc;
use uuid::Uuid;

use super::{stripe, stripe_failed};
use crate::billing::db::subscriptions::{self, SubscriptionRow};
use crate::billing::{events, stripe_api};
use crate::error::{ApiError, ApiResult};
use crate::practice::premium::is_premium;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub async fn get_subscription(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<SubscriptionView>> {
    Ok(Json(view(&state, caller.require_user()?).await?))
}

pub async fn cancel_subscription(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<SubscriptionView>> {
    let user = caller.require_user()?;
    let client = stripe(&state)?;
    let live = subscriptions::current(&state.db, user)
        .await?
        .filter(|s| s.status == "active" || s.status == "past_due" || s.status == "cancelled");
    let Some(SubscriptionRow { stripe_sub_id: Some(id), .. }) = live else {
        return Err(ApiError::not_found("no_subscription", "You have no subscription to cancel."));
    };
    let object = stripe_api::cancel_at_period_end(client, &id).await.map_err(stripe_failed)?;
    // Stripe's answer is the subscription's state now; the event that follows confirms it.
    // The role is untouched: the period already paid for stays premium.
    let snap = events::snapshot(&state, &object, Utc::now().timestamp())?;
    let mut tx = state.db.begin().await?;
    subscriptions::apply(&mut tx, user, &snap).await?;
    tx.commit().await?;
    Ok(Json(view(&state, user).await?))
}

async fn view(state: &AppState, user: Uuid) -> ApiResult<SubscriptionView> {
    let premium = is_premium(&state.db, user).await?;
    let entitlement = subscriptions::entitlement(&state.db, user).await?;
    let premium_until = entitlement
        .filter(|e| premium && e.role == "premium")
        .and_then(|e| e.plan_expires_at)
        .map(|t| t.to_rfc3339());
    let subscription = subscriptions::current(&state.db, user).await?.map(|row| {
        let ended = row.current_period_end.is_some_and(|end| end <= Utc::now());
        let status = match row.status.as_str() {
            "active" if !ended => SubscriptionStatus::Active,
            "cancelled" if !ended => SubscriptionStatus::Cancelled,
            "past_due" => SubscriptionStatus::PastDue,
            _ => SubscriptionStatus::Expired,
        };
        Subscription {
            plan: Plan::parse(&row.plan).unwrap_or(Plan::Monthly),
            status,
            current_period_end: row.current_period_end.map(|t| t.to_rfc3339()),
            cancel_at_period_end: row.cancel_at_period_end,
        }
    });
    Ok(SubscriptionView { subscription, premium, premium_until })
}
