//! Shared state handed to every handler.

use std::sync::Arc;

use redis::aio::ConnectionManager;
use sqlx::PgPool;

use crate::accounts::mail::Mailer;
use crate::config::Settings;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub redis: ConnectionManager,
    pub settings: Arc<Settings>,
    pub http: reqwest::Client,
    pub mailer: Mailer,
    /// Stripe settings, client and the plans read from it (issue 14).
    pub billing: crate::billing::config::Billing,
}
