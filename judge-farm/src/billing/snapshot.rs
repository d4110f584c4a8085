//! The parts of Stripe's objects the farm reads, from an event's `data.object` or from an API
//! answer alike. Parsed leniently (only these fields, others ignored) so that one reading
//! serves every API version: a subscription's period sits on the subscription in older
//! versions and on its items in newer ones, an invoice's subscription likewise.

use chrono::{DateTime, Utc};
use serde::Deserialize;

/// A Stripe event as the edge passes it on.
#[derive(Debug, Deserialize)]
pub struct StripeEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Seconds since the epoch: when Stripe made the event, the order key of its snapshot.
    pub created: i64,
    pub data: EventData,
}

#[derive(Debug, Deserialize)]
pub struct EventData {
    pub object: serde_json::Value,
}

/// An id, or the object it names when the caller asked Stripe to expand it.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum IdOrObject {
    Id(String),
    Object { id: String },
}

impl IdOrObject {
    pub fn id(&self) -> &str {
        match self {
            IdOrObject::Id(id) | IdOrObject::Object { id } => id,
        }
    }
}

/// A subscription's state at one moment.
#[derive(Debug, Clone, Deserialize)]
pub struct SubscriptionObject {
    pub id: String,
    pub customer: IdOrObject,
    pub status: String,
    #[serde(default)]
    pub cancel_at_period_end: bool,
    #[serde(default)]
    pub current_period_start: Option<i64>,
    #[serde(default)]
    pub current_period_end: Option<i64>,
    #[serde(default)]
    pub items: Option<ItemList>,
    #[serde(default)]
    pub metadata: std::collections::HashMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ItemList {
    #[serde(default)]
    pub data: Vec<SubscriptionItem>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SubscriptionItem {
    pub price: Option<PriceRef>,
    #[serde(default)]
    pub current_period_start: Option<i64>,
    #[serde(default)]
    pub current_period_end: Option<i64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PriceRef {
    pub id: String,
}

impl SubscriptionObject {
    /// The price of the first item (our subscriptions have one).
    pub fn price_id(&self) -> Option<&str> {
        self.items.as_ref()?.data.first()?.price.as_ref().map(|p| p.id.as_str())
    }

    /// The current period: the subscription's own fields, else its first item's.
    pub fn period(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let item = self.items.as_ref().and_then(|i| i.data.first());
        let start = self.current_period_start.or(item.and_then(|i| i.current_period_start));
        let end = self.current_period_end.or(item.and_then(|i| i.current_period_end));
        (start.and_then(at), end.and_then(at))
    }
}

/// A finished Checkout Session.
#[derive(Debug, Clone, Deserialize)]
pub struct CheckoutSessionObject {
    pub id: String,
    pub mode: Option<String>,
    pub customer: Option<IdOrObject>,
    pub subscription: Option<IdOrObject>,
    /// Our user id, set when the session was made.
    pub client_reference_id: Option<String>,
}

/// An invoice, for the subscription it bills.
#[derive(Debug, Clone, Deserialize)]
pub struct InvoiceObject {
    pub id: String,
    #[serde(default)]
    pub subscription: Option<IdOrObject>,
    #[serde(default)]
    pub parent: Option<InvoiceParent>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct InvoiceParent {
    #[serde(default)]
    pub subscription_details: Option<SubscriptionDetails>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SubscriptionDetails {
    pub subscription: IdOrObject,
}

impl InvoiceObject {
    pub fn subscription_id(&self) -> Option<&str> {
        self.subscription.as_ref().map(IdOrObject::id).or_else(|| {
            self.parent.as_ref()?.subscription_details.as_ref().map(|d| d.subscription.id())
        })
    }
}

/// Seconds since the epoch as a time (None when out of range).
pub fn at(secs: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_is_read_from_the_subscription_or_its_first_item() {
        let old: SubscriptionObject = serde_json::from_value(serde_json::json!({
            "id": "sub_1", "customer": "cus_1", "status": "active",
            "current_period_start": 100, "current_period_end": 200,
        }))
        .unwrap();
        assert_eq!(old.period(), (at(100), at(200)));
        let new: SubscriptionObject = serde_json::from_value(serde_json::json!({
            "id": "sub_1", "customer": {"id": "cus_1", "object": "customer"}, "status": "active",
            "items": {"object": "list", "data": [{"price": {"id": "price_m"},
                      "current_period_start": 300, "current_period_end": 400}]},
        }))
        .unwrap();
        assert_eq!(new.period(), (at(300), at(400)));
        assert_eq!(new.price_id(), Some("price_m"));
        assert_eq!(new.customer.id(), "cus_1");
    }

    #[test]
    fn an_invoice_names_its_subscription_in_either_api_version() {
        let old: InvoiceObject =
            serde_json::from_value(serde_json::json!({"id": "in_1", "subscription": "sub_1"}))
                .unwrap();
        let new: InvoiceObject = serde_json::from_value(serde_json::json!({"id": "in_1",
            "parent": {"subscription_details": {"subscription": "sub_2"}}}))
        .unwrap();
        assert_eq!(old.subscription_id(), Some("sub_1"));
        assert_eq!(new.subscription_id(), Some("sub_2"));
    }
}
