//! Billing at the edge (issue 14): checking that a webhook really comes from Stripe before
//! anything of it reaches the farm.

pub mod stripe_signature;
