//! Premium billing (issue 14): the plans on sale with Stripe's prices, Checkout and Customer
//! Portal hand-offs, the caller's subscription and its cancellation, and the application of
//! the Stripe events the edge verified. `users.role` and `plan_expires_at` change here only,
//! and only through those events (`events`); `entitlement` says what a token carries.

pub mod config;
pub mod db;
pub mod entitlement;
pub mod events;
pub mod routes;
pub mod snapshot;
pub mod stripe_api;
