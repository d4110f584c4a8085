//! Finalising rated contests without anyone running the command line: every [`TICK`] the farm
//! applies the rating round of each rated contest whose board has been final for the grace
//! period (`CONTEST_FINALISE_DELAY_SECS`, default [`DEFAULT_DELAY`], time for the setters'
//! rejudges) and that has no verdict outstanding. Runs in `serve` beside `live`; replicas share
//! the work through `skip locked` row locks, and the round is applied once (`rating`).

use std::time::Duration;

use sqlx::PgPool;

use super::rating;
use crate::public_profiles::Purger;
use crate::state::AppState;

/// How often the farm looks for contests to finalise.
pub const TICK: Duration = Duration::from_secs(15);
/// The grace period after a contest's board is final, for rejudges before ratings are applied.
pub const DEFAULT_DELAY: Duration = Duration::from_secs(15 * 60);

/// The grace period: `CONTEST_FINALISE_DELAY_SECS` (whole seconds) or [`DEFAULT_DELAY`].
pub fn delay_from_env() -> anyhow::Result<Duration> {
    match std::env::var("CONTEST_FINALISE_DELAY_SECS") {
        Ok(v) if !v.trim().is_empty() => {
            let secs: u64 = v.trim().parse().map_err(|_| {
                anyhow::anyhow!("CONTEST_FINALISE_DELAY_SECS: a whole number of seconds, not {v:?}")
            })?;
            Ok(Duration::from_secs(secs))
        }
        _ => Ok(DEFAULT_DELAY),
    }
}

/// Finalises every contest that is due now. Returns the slugs finalised, with how many
/// players each rated.
pub async fn finalise_due(db: &PgPool, delay: Duration) -> anyhow::Result<Vec<(String, usize)>> {
    let mut done = Vec::new();
    while let Some((slug, rated)) = rating::finalise_next_due(db, delay).await? {
        tracing::info!(contest = %slug, rated, "contest over: ratings applied");
        done.push((slug, rated));
    }
    Ok(done)
}

/// Runs [`finalise_due`] every [`TICK`], for as long as the server runs; the rated players'
/// public profiles (which show the rating) are purged at the edge after each round.
pub async fn run(state: AppState, delay: Duration) {
    let purger = Purger { http: &state.http, settings: &state.settings };
    let mut every = tokio::time::interval(TICK);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match finalise_due(&state.db, delay).await {
            Ok(done) => {
                for (slug, _) in done {
                    purger.forget_rated(&state.db, &slug).await;
                }
            }
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "finalising contests; retried next tick");
            }
        }
    }
}
