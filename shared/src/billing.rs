//! Premium billing (issue 14): the plans on sale, Checkout and Customer Portal hand-offs, the
//! caller's subscription, and the internal call that carries a verified Stripe event from the
//! edge to the farm. Stripe's own objects never cross this boundary: the farm maps them here.

use serde::{Deserialize, Serialize};

/// A plan a member can buy. `Enterprise` exists in the schema but is never sold online.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Plan {
    Monthly,
    Annual,
}

impl Plan {
    pub const ALL: [Plan; 2] = [Plan::Monthly, Plan::Annual];

    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Monthly => "monthly",
            Plan::Annual => "annual",
        }
    }

    pub fn parse(text: &str) -> Option<Plan> {
        Plan::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

/// How often a plan renews, as Stripe's price says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingInterval {
    Month,
    Year,
}

/// One plan with its price as Stripe has it (`GET /api/billing/plans`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOffer {
    pub plan: Plan,
    /// In the currency's smallest unit (cents), as Stripe stores it.
    pub unit_amount: i64,
    /// ISO 4217, lower case as Stripe writes it (`usd`).
    pub currency: String,
    pub interval: BillingInterval,
}

/// `GET /api/billing/plans`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanList {
    pub plans: Vec<PlanOffer>,
}

/// `POST /api/billing/checkout` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutRequest {
    pub plan: Plan,
}

/// The answer of `POST /api/billing/checkout` and `POST /api/billing/portal`: where the browser
/// goes next (a Stripe-hosted page, which returns to our origin).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedirectUrl {
    pub url: String,
}

/// Our reading of a subscription's state; Stripe's statuses map onto these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Active,
    PastDue,
    Cancelled,
    Expired,
}

/// `GET /api/billing/subscription` (and the answer of `DELETE`): the caller's subscription, or
/// `subscription: null` when they never had one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionView {
    pub subscription: Option<Subscription>,
    /// Whether the caller is premium right now (role and plan expiry, as tokens carry it).
    pub premium: bool,
    /// When premium ends unless renewed (RFC 3339); absent for admins and free members.
    pub premium_until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub plan: Plan,
    pub status: SubscriptionStatus,
    /// RFC 3339.
    pub current_period_end: Option<String>,
    /// True after "cancel": premium stays until `current_period_end`, then ends.
    pub cancel_at_period_end: bool,
}

/// Internal (edge to farm, `POST /internal/billing/events`): a Stripe event whose signature the
/// edge has verified, passed on as Stripe sent it (the raw JSON object). The farm answers 200
/// once the event is applied or was applied before, and 5xx when it could not apply it, which
/// the edge passes on so that Stripe retries.
pub const STRIPE_EVENTS_PATH: &str = "/internal/billing/events";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_travel_as_snake_case_and_parse_back() {
        for plan in Plan::ALL {
            let wire = serde_json::to_string(&plan).unwrap();
            assert_eq!(wire, format!("\"{}\"", plan.as_str()));
            assert_eq!(Plan::parse(plan.as_str()), Some(plan));
        }
        assert_eq!(Plan::parse("enterprise"), None);
        assert!(serde_json::from_str::<CheckoutRequest>(r#"{"plan":"weekly"}"#).is_err());
    }
}
