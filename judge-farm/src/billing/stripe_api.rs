//! The Stripe API calls the farm makes, through async-stripe. Prices, customers, Checkout and
//! portal sessions are read as async-stripe's typed objects; a subscription is read as the
//! same lenient [`SubscriptionObject`] an event carries, so both feed one code path.

use algoarena_shared::billing::{BillingInterval, Plan, PlanOffer};
use anyhow::{anyhow, Context, Result};
use stripe::{IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_billing::billing_portal_session::CreateBillingPortalSession;
use stripe_billing::subscription::{RetrieveSubscription, UpdateSubscription};
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionLineItems, CreateCheckoutSessionSubscriptionData,
};
use stripe_checkout::CheckoutSessionMode;
use stripe_core::customer::CreateCustomer;
use stripe_product::price::RetrievePrice;
use uuid::Uuid;

use super::snapshot::SubscriptionObject;

/// One plan's price, read from Stripe.
pub async fn plan_offer(client: &stripe::Client, plan: Plan, price: &str) -> Result<PlanOffer> {
    let price = RetrievePrice::new(price)
        .send(client)
        .await
        .with_context(|| format!("reading price {price} from Stripe"))?;
    let interval = match price.recurring.as_ref().map(|r| &r.interval) {
        Some(stripe_shared::RecurringInterval::Month) => BillingInterval::Month,
        Some(stripe_shared::RecurringInterval::Year) => BillingInterval::Year,
        other => return Err(anyhow!("price {} is not monthly or yearly: {other:?}", price.id)),
    };
    Ok(PlanOffer {
        plan,
        unit_amount: price.unit_amount.context("the price has no unit amount")?,
        currency: price.currency.to_string(),
        interval,
    })
}

/// A new Stripe customer for `user`. The idempotency key makes two racing first checkouts of
/// one user get the one customer from Stripe.
pub async fn create_customer(client: &stripe::Client, user: Uuid, email: &str) -> Result<String> {
    let key = IdempotencyKey::new(format!("algoarena-customer-{user}"))
        .map_err(|e| anyhow!("idempotency key: {e:?}"))?;
    let metadata: std::collections::HashMap<String, String> =
        [("user_id".to_string(), user.to_string())].into_iter().collect();
    let customer = CreateCustomer::new()
        .email(email)
        .metadata(metadata)
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key))
        .send(client)
        .await
        .context("creating a Stripe customer")?;
    Ok(customer.id.as_str().to_string())
}

/// The URLs a Checkout Session returns to.
pub struct ReturnUrls {
    pub success: String,
    pub cancel: String,
}

/// A subscription Checkout Session for `customer`; its URL.
pub async fn create_checkout(
    client: &stripe::Client,
    customer: &str,
    user: Uuid,
    plan: Plan,
    price: &str,
    urls: &ReturnUrls,
) -> Result<String> {
    let metadata: std::collections::HashMap<String, String> =
        [("user_id".to_string(), user.to_string()), ("plan".to_string(), plan.as_str().into())]
            .into_iter()
            .collect();
    let item = CreateCheckoutSessionLineItems {
        price: Some(price.to_string()),
        quantity: Some(1),
        ..Default::default()
    };
    let session = CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Subscription)
        .customer(customer)
        .client_reference_id(user.to_string())
        .line_items(vec![item])
        .metadata(metadata.clone())
        .subscription_data(CreateCheckoutSessionSubscriptionData {
            metadata: Some(metadata),
            ..Default::default()
        })
        .success_url(urls.success.as_str())
        .cancel_url(urls.cancel.as_str())
        .send(client)
        .await
        .context("creating a Checkout Session")?;
    session.url.context("the Checkout Session has no URL")
}

/// A Customer Portal session for `customer`, returning to `return_url`; its URL.
pub async fn create_portal(
    client: &stripe::Client,
    customer: &str,
    return_url: &str,
) -> Result<String> {
    let session = CreateBillingPortalSession::new()
        .customer(customer)
        .return_url(return_url)
        .send(client)
        .await
        .context("creating a Customer Portal session")?;
    Ok(session.url)
}

/// A subscription's current state.
pub async fn retrieve_subscription(
    client: &stripe::Client,
    id: &str,
) -> Result<SubscriptionObject> {
    let request = RetrieveSubscription::new(id).build();
    lenient(request.customize::<miniserde::json::Value>().send(client).await, id)
}

/// Asks Stripe to end the subscription at its period's end; its state after that.
pub async fn cancel_at_period_end(client: &stripe::Client, id: &str) -> Result<SubscriptionObject> {
    let request = UpdateSubscription::new(id).cancel_at_period_end(true).build();
    lenient(request.customize::<miniserde::json::Value>().send(client).await, id)
}

fn lenient(
    answer: Result<miniserde::json::Value, stripe::StripeError>,
    id: &str,
) -> Result<SubscriptionObject> {
    let value = answer.with_context(|| format!("calling Stripe about subscription {id}"))?;
    serde_json::from_str(&miniserde::json::to_string(&value))
        .with_context(|| format!("reading subscription {id} from Stripe's answer"))
}
