//! Telling the edge when a contest starts. Before the start its problems are hidden, so the
//! edge's cached problem list lacks them (hidden details are 404s, which it never caches); at
//! the start that list must change, so the farm purges the contest's problems from the edge's
//! cache, which also moves the cached list to a new generation. A contest is marked announced
//! only once the edge took the purge, so a failed purge is retried on the next tick.

use std::time::Duration;

use crate::contests::db::starts;
use crate::edge_client;
use crate::state::AppState;

/// How often the farm looks for contests that have just started.
pub const TICK: Duration = Duration::from_secs(5);

/// Announces every started, unannounced contest once. Returns how many were announced.
pub async fn announce_started(state: &AppState) -> anyhow::Result<usize> {
    let mut announced = 0;
    for contest in starts::unannounced(&state.db).await? {
        if !contest.problem_slugs.is_empty() {
            edge_client::purge_problems(&state.http, &state.settings, &contest.problem_slugs)
                .await?;
        }
        starts::mark_announced(&state.db, contest.id).await?;
        tracing::info!(contest = %contest.slug, "contest started: the edge's problem cache purged");
        announced += 1;
    }
    Ok(announced)
}

/// Runs [`announce_started`] every [`TICK`], for as long as the server runs.
pub async fn run(state: AppState) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = announce_started(&state).await {
            tracing::warn!(error = %format!("{e:#}"), "announcing contest starts; retried next tick");
        }
    }
}
