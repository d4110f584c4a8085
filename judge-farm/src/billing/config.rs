//! Billing settings, read once at start-up, and the Stripe client built from them.
//!
//! - `STRIPE_SECRET_KEY` [unset]: the API key; unset, the billing API answers 503
//!   `billing_unavailable` (events still apply: they need Stripe only to read a subscription).
//! - `STRIPE_API_BASE` [`https://api.stripe.com/`]: Stripe's API origin; tests point it at
//!   the local Stripe server (tests/support/stripe-server.js).
//! - `STRIPE_MONTHLY_PRICE_ID`, `STRIPE_ANNUAL_PRICE_ID` [unset]: the recurring prices the two
//!   plans sell; a plan whose price is unset is not offered.
//! - `STRIPE_PLANS_CACHE_SECS` [`600`]: how long the prices read from Stripe are kept.

use std::sync::Arc;
use std::time::{Duration, Instant};

use algoarena_shared::billing::{Plan, PlanList};
use anyhow::{Context, Result};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Mutex;

#[derive(Debug, Clone, Default)]
pub struct BillingSettings {
    pub secret_key: Option<SecretString>,
    pub api_base: Option<String>,
    pub monthly_price: Option<String>,
    pub annual_price: Option<String>,
    pub plans_cache: Duration,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

impl BillingSettings {
    pub fn from_env() -> Result<BillingSettings> {
        let cache = match var("STRIPE_PLANS_CACHE_SECS") {
            Some(v) => v.parse().context("STRIPE_PLANS_CACHE_SECS")?,
            None => 600,
        };
        Ok(BillingSettings {
            secret_key: var("STRIPE_SECRET_KEY").map(Into::into),
            api_base: var("STRIPE_API_BASE"),
            monthly_price: var("STRIPE_MONTHLY_PRICE_ID"),
            annual_price: var("STRIPE_ANNUAL_PRICE_ID"),
            plans_cache: Duration::from_secs(cache),
        })
    }

    /// The price a plan sells, when configured.
    pub fn price_of(&self, plan: Plan) -> Option<&str> {
        match plan {
            Plan::Monthly => self.monthly_price.as_deref(),
            Plan::Annual => self.annual_price.as_deref(),
        }
    }

    /// The plan a price belongs to, if it is one of ours.
    pub fn plan_of_price(&self, price: &str) -> Option<Plan> {
        Plan::ALL.into_iter().find(|p| self.price_of(*p) == Some(price))
    }
}

/// The billing part of the farm's state: settings, the Stripe client (when a key is set) and
/// the plans last read from Stripe.
#[derive(Clone)]
pub struct Billing {
    pub settings: Arc<BillingSettings>,
    pub client: Option<stripe::Client>,
    pub plans: Arc<Mutex<Option<(Instant, PlanList)>>>,
}

impl Billing {
    pub fn new(settings: BillingSettings) -> Result<Billing> {
        let client = match &settings.secret_key {
            None => None,
            Some(key) => {
                let mut builder = stripe::ClientBuilder::new(key.expose_secret())
                    .timeout(Duration::from_secs(10))
                    .app_info("AlgoArena", None, None);
                if let Some(base) = &settings.api_base {
                    // The client joins paths onto the base, which must end in a slash.
                    let base = format!("{}/", base.trim_end_matches('/'));
                    builder = builder.url(base);
                }
                Some(builder.build().context("building the Stripe client")?)
            }
        };
        Ok(Billing { settings: Arc::new(settings), client, plans: Arc::new(Mutex::new(None)) })
    }

    pub fn from_env() -> Result<Billing> {
        Billing::new(BillingSettings::from_env()?)
    }
}
