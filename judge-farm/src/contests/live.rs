//! The rooms' clock: while a contest runs, a snapshot of its public board at least every
//! [`SNAPSHOT_EVERY`] (and at once when the freeze starts or lifts); when the board is final
//! (the end, or the freeze's lifting if later) the final snapshot and `ended`, once. Runs in
//! `serve` beside `announce`. Several farms would each push: harmless, the sequence grows.
//!
//! The farm looks every [`TICK`], and also wakes at the very moment a room opens or a board
//! changes on its own (a freeze starting or lifting, the end), so a room says "frozen" from
//! the freeze's first second rather than up to a tick later.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
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

/// How long after a change's moment the farm looks: the database's clock (which opens rooms)
/// and the farm's may differ by a little.
const SETTLE: Duration = Duration::from_millis(50);

/// One look at every open room: snapshots that are due, ends that came. Returns the next
/// moment a room opens or a board changes on its own, when there is one.
pub async fn tick(live: &Live, sent: &mut Sent) -> anyhow::Result<Option<DateTime<Utc>>> {
    let now = Utc::now();
    let mut next = board::next_start(&live.db).await?;
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
        next = earliest(next, contest.next_change_after(now));
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
    Ok(next)
}

fn earliest(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    a.into_iter().chain(b).min()
}

/// How long to wait before the next look: a [`TICK`], or less when a change comes sooner.
pub fn wait_before_next_look(now: DateTime<Utc>, next_change: Option<DateTime<Utc>>) -> Duration {
    // A change already past by now (a slow look) is looked at after the settling time only.
    let until_change = next_change.map(|at| (at - now).to_std().unwrap_or(Duration::ZERO) + SETTLE);
    until_change.map_or(TICK, |d| d.min(TICK))
}

/// Runs [`tick`] for as long as the server runs: every [`TICK`], and at each change's moment.
pub async fn run(live: Live) {
    let mut sent = Sent::new();
    loop {
        let next_change = match tick(&live, &mut sent).await {
            Ok(next) => next,
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "pushing contest snapshots; retried next tick");
                None
            }
        };
        tokio::time::sleep(wait_before_next_look(Utc::now(), next_change)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_look_is_at_a_change_coming_within_a_tick_and_a_tick_away_otherwise() {
        let now = Utc::now();
        let soon = now + chrono::Duration::milliseconds(1200);
        assert_eq!(wait_before_next_look(now, Some(soon)), Duration::from_millis(1200) + SETTLE);
        assert_eq!(wait_before_next_look(now, Some(now + chrono::Duration::hours(1))), TICK);
        assert_eq!(wait_before_next_look(now, None), TICK);
        assert_eq!(wait_before_next_look(now, Some(now - chrono::Duration::seconds(1))), SETTLE);
    }
}
