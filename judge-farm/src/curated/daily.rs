//! The daily problem's schedule: a loop in `serve` keeps the next [`AHEAD_DAYS`] days chosen
//! ahead of time (so a day's problem is known, and the same on every farm, before it starts),
//! and a read of a day that somehow has none schedules it on the spot.

use std::time::Duration;

use chrono::{NaiveDate, Utc};
use sqlx::PgPool;

use super::db::daily;
use crate::state::AppState;

/// How many days, today included, are kept scheduled.
pub const AHEAD_DAYS: u64 = 7;
/// How often the schedule is topped up.
pub const TICK: Duration = Duration::from_secs(3600);

/// The UTC day now, by the farm's clock.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// Schedules each of the [`AHEAD_DAYS`] days from `from` that has no problem yet, in order
/// (so each pick sees the ones before it). Returns how many were picked.
pub async fn schedule_ahead(db: &PgPool, from: NaiveDate) -> crate::db::Result<usize> {
    let mut picked = 0;
    for day in from.iter_days().take(AHEAD_DAYS as usize) {
        if daily::schedule_day(db, day).await? {
            picked += 1;
        }
    }
    Ok(picked)
}

/// Runs [`schedule_ahead`] from today every [`TICK`], for as long as the server runs.
pub async fn run(state: AppState) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match schedule_ahead(&state.db, today()).await {
            Ok(0) => {}
            Ok(picked) => tracing::info!(picked, "daily problems scheduled"),
            Err(e) => tracing::warn!(error = %e, "scheduling daily problems; retried next tick"),
        }
    }
}
