//! Applying a Stripe event (`POST /internal/billing/events`, after the edge verified its
//! signature). Each event applies once: its id is claimed in the transaction that applies it.
//! Events carry a subscription's state at their `created` time, and a state older than the
//! stored one is dropped (`db::subscriptions::apply`), so the final state is right whatever
//! order they arrive in. Events that name a subscription without carrying it (Checkout's
//! completion, invoices) read its current state from Stripe first, outside the transaction.

use anyhow::{anyhow, Context};
use uuid::Uuid;

use super::db::subscriptions::Snapshot;
use super::db::{customers, events, subscriptions};
use super::snapshot::{at, CheckoutSessionObject, InvoiceObject, StripeEvent, SubscriptionObject};
use super::stripe_api;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use algoarena_shared::billing::Plan;

/// What became of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Applied now.
    Applied,
    /// Applied before (a redelivery): nothing done.
    Duplicate,
    /// Not about anything we keep (another type, another customer): recorded, nothing done.
    Ignored,
}

/// What an event asks for, read before the transaction.
enum Work {
    /// A subscription's state, and the user it belongs to when the event says (Checkout).
    Subscription {
        object: Box<SubscriptionObject>,
        user: Option<Uuid>,
    },
    Nothing,
}

pub async fn apply(state: &AppState, event: StripeEvent) -> ApiResult<Outcome> {
    if events::seen(&state.db, &event.id).await? {
        return Ok(Outcome::Duplicate);
    }
    let work = prepare(state, &event).await?;
    let mut tx = state.db.begin().await?;
    if !events::claim(&mut tx, &event.id, &event.kind).await? {
        return Ok(Outcome::Duplicate);
    }
    let outcome = match work {
        Work::Nothing => Outcome::Ignored,
        Work::Subscription { object, user } => {
            let user = match user {
                Some(user) => Some(user),
                None => customers::user_of(&mut *tx, object.customer.id()).await?,
            };
            match user {
                None => {
                    tracing::warn!(event = %event.id, customer = object.customer.id(),
                        "a subscription event for a customer we do not know: ignored");
                    Outcome::Ignored
                }
                Some(user) => {
                    let snap = snapshot(state, &object, event.created)?;
                    let stored = subscriptions::apply(&mut tx, user, &snap).await?;
                    subscriptions::refresh_entitlement(&mut tx, user).await?;
                    tracing::info!(event = %event.id, kind = %event.kind, %user, stored,
                        status = %snap.stripe_status, "stripe event applied");
                    Outcome::Applied
                }
            }
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

fn object<T: serde::de::DeserializeOwned>(event: &StripeEvent) -> ApiResult<T> {
    serde_json::from_value(event.data.object.clone()).map_err(|e| {
        ApiError::invalid(format!("the {} event's object does not parse: {e}", event.kind))
    })
}

/// Reads what `event` needs (a subscription's current state from Stripe for the events that
/// only name one); a failure there is a 5xx, so Stripe delivers the event again.
async fn prepare(state: &AppState, event: &StripeEvent) -> ApiResult<Work> {
    match event.kind.as_str() {
        "customer.subscription.created"
        | "customer.subscription.updated"
        | "customer.subscription.deleted" => Ok(Work::Subscription {
            object: Box::new(object::<SubscriptionObject>(event)?),
            user: None,
        }),
        "checkout.session.completed" => {
            let session: CheckoutSessionObject = object(event)?;
            let (Some(subscription), Some("subscription")) =
                (&session.subscription, session.mode.as_deref())
            else {
                return Ok(Work::Nothing);
            };
            let user = session.client_reference_id.as_deref().and_then(|u| Uuid::parse_str(u).ok());
            let object = current(state, subscription.id()).await?;
            // Checkout made the customer ours; remember it if the first checkout raced.
            if let (Some(user), Some(customer)) = (user, &session.customer) {
                customers::remember(&state.db, user, customer.id()).await?;
            }
            Ok(Work::Subscription { object: Box::new(object), user })
        }
        "invoice.paid" | "invoice.payment_failed" => {
            let invoice: InvoiceObject = object(event)?;
            match invoice.subscription_id() {
                Some(id) => Ok(Work::Subscription {
                    object: Box::new(current(state, id).await?),
                    user: None,
                }),
                None => Ok(Work::Nothing),
            }
        }
        _ => Ok(Work::Nothing),
    }
}

async fn current(state: &AppState, id: &str) -> ApiResult<SubscriptionObject> {
    let client = state
        .billing
        .client
        .as_ref()
        .ok_or_else(|| anyhow!("STRIPE_SECRET_KEY is unset: cannot read subscription {id}"))?;
    Ok(stripe_api::retrieve_subscription(client, id).await?)
}

/// `object` as a row's state at `created`.
pub fn snapshot(
    state: &AppState,
    object: &SubscriptionObject,
    created: i64,
) -> ApiResult<Snapshot> {
    let settings = &state.billing.settings;
    let plan = object
        .price_id()
        .and_then(|p| settings.plan_of_price(p))
        .or_else(|| object.metadata.get("plan").and_then(|p| Plan::parse(p)))
        .unwrap_or(Plan::Monthly);
    let (period_start, period_end) = object.period();
    Ok(Snapshot {
        stripe_sub_id: object.id.clone(),
        customer: object.customer.id().to_string(),
        plan,
        stripe_status: object.status.clone(),
        period_start,
        period_end,
        cancel_at_period_end: object.cancel_at_period_end,
        at: at(created).context("the event's time is out of range")?,
    })
}
