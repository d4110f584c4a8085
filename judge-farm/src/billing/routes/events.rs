//! `POST /internal/billing/events`: a Stripe event the edge verified. 200 once applied (now or
//! before); a failure is a 5xx, which the edge passes on so that Stripe retries.

use axum::extract::State;
use axum::Json;

use crate::billing::events::{self, Outcome};
use crate::billing::snapshot::StripeEvent;
use crate::error::ApiResult;
use crate::routes::json::JsonBody;
use crate::state::AppState;

#[derive(serde::Serialize)]
pub struct Received {
    pub outcome: Outcome,
}

pub async fn receive_event(
    State(state): State<AppState>,
    JsonBody(event): JsonBody<StripeEvent>,
) -> ApiResult<Json<Received>> {
    Ok(Json(Received { outcome: events::apply(&state, event).await? }))
}
