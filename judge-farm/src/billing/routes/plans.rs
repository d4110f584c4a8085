//! `GET /internal/billing/plans`: the plans on sale with Stripe's prices, kept for
//! `STRIPE_PLANS_CACHE_SECS` so the pricing page does not call Stripe per visitor.

use std::time::Instant;

use algoarena_shared::billing::{Plan, PlanList};
use axum::extract::State;
use axum::Json;

use super::{stripe, stripe_failed};
use crate::billing::stripe_api;
use crate::error::ApiResult;
use crate::state::AppState;

pub async fn list_plans(State(state): State<AppState>) -> ApiResult<Json<PlanList>> {
    let billing = &state.billing;
    let mut cached = billing.plans.lock().await;
    if let Some((read_at, plans)) = cached.as_ref() {
        if read_at.elapsed() < billing.settings.plans_cache {
            return Ok(Json(plans.clone()));
        }
    }
    let client = stripe(&state)?;
    let mut plans = Vec::new();
    for plan in Plan::ALL {
        if let Some(price) = billing.settings.price_of(plan) {
            plans.push(stripe_api::plan_offer(client, plan, price).await.map_err(stripe_failed)?);
        }
    }
    let list = PlanList { plans };
    *cached = Some((Instant::now(), list.clone()));
    Ok(Json(list))
}
