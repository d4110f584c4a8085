//! Queries of the billing tables: Stripe customers, subscriptions, the events applied, and the
//! users' entitlement derived from their subscriptions.

pub mod customers;
pub mod events;
pub mod subscriptions;
