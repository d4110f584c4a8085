//! The rooms' clock: while a contest runs, a snapshot of its public board at least every
//! [`SNAPSHOT_EVERY`] (and at once when the freeze starts or lifts); when the board is final
//! (the end, or the freeze's lifting if later) the final snapshot and `ended`, once. Runs in
//! `serve` beside `announce`. Several farms would each push: harmless, the sequence grows.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::Utc;
use uuid::Uuid;

use super::db::board;
use super::room::{self, Live};
use crate::db::standings::rules;

/// How often the farm looks at the open rooms.
pub const TICK: Duration = Duration::from_secs(5);
/// The longest a running contest's room goes without a snapshot.
pub const SNAPSHOT_EVERY: Duration = Duration::from_secs(30);

/// When each room was last sent a snapshot, and whether its board was frozen then.
pub type Sent = HashMap<Uuid, (Instant, bool)>;

/// One look at every open room: snapshots that are due, ends that came.
pub async fn tick(live: &Live, sent: &mut Sent) -> anyhow::Result<()> {
    let now = Utc::now();
    for id in board::open_rooms(&live.db).await? {
        let Some(contest) = rules(&live.db, id).await? else { continue };
        if now >= contest.final_at() {
            match room::end(live, &contest).await {
                Ok(()) => {
                    sent.remove(&id);
                    tracing::info!(contest = %contest.slug, "contest over: the room got its final board");
                }
                Err(e) => {
                    tracing::warn!(contest = %contest.slug, error = %format!("{e:#}"), "end not pushed; retried next tick");
                }
            }
            continue;
        }
        let frozen = contest.frozen_at(now);
        let due = match sent.get(&id) {
            None => true,
            Some((at, was_frozen)) => at.elapsed() >= SNAPSHOT_EVERY || *was_frozen != frozen,
        };
        if due {
            // Counted as sent even when the edge refused it: one room that cannot be reached
            // is retried on its own schedule and does not hold the others up.
            sent.insert(id, (Instant::now(), frozen));
            if let Err(e) = room::snapshot(live, &contest).await {
                tracing::warn!(contest = %contest.slug, error = %format!("{e:#}"), "snapshot not pushed");
            }
        }
    }
    Ok(())
}

/// Runs [`tick`] every [`TICK`], for as long as the server runs.
pub async fn run(live: Live) {
    let mut sent = Sent::new();
    let mut every = tokio::time::interval(TICK);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) = tick(&live, &mut sent).await {
            tracing::warn!(error = %format!("{e:#}"), "pushing contest snapshots; retried next tick");
        }
    }
}
