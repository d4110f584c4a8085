//! What the farm pushes to a contest's room at the edge (`shared::contest_room::RoomPush`):
//! a delta after each committed verdict, snapshots of the public board, and the end. Each push
//! takes the next number of the contest's sequence (a Redis counter), so the room can tell a
//! gap. A failed push is logged, not retried: the next snapshot (≤ 30 s) carries the board.

use std::sync::Arc;

use algoarena_shared::contest_room::{RoomPush, StandingRow};
use chrono::Utc;
use redis::aio::ConnectionManager;
use sqlx::PgPool;

use super::db::board;
use super::ranks;
use super::standings::{self, Result};
use crate::config::Settings;
use crate::db::standings::{rules, ContestRules, ContestVerdict};
use crate::edge_client;
use crate::state::AppState;

/// What pushing needs: the rows, the rank set and the way to the edge.
#[derive(Clone)]
pub struct Live {
    pub db: PgPool,
    pub redis: ConnectionManager,
    pub http: reqwest::Client,
    pub settings: Arc<Settings>,
}

impl Live {
    pub fn from_state(state: &AppState) -> Live {
        Live {
            db: state.db.clone(),
            redis: state.redis.clone(),
            http: state.http.clone(),
            settings: state.settings.clone(),
        }
    }

    async fn push(&self, contest: &ContestRules, push: RoomPush) -> Result<u64> {
        let seq = push.seq();
        edge_client::push_room(&self.http, &self.settings, &contest.slug, &push).await?;
        Ok(seq)
    }
}

/// After a contest verdict committed: moves the participant on the rank set and pushes a
/// delta with their public row (during a freeze, the frozen one: nothing new) and the verdict
/// (the room hands that to its author only).
pub async fn after_verdict(live: &Live, verdict: ContestVerdict) -> Result<()> {
    let Some(contest) = rules(&live.db, verdict.contest_id).await? else { return Ok(()) };
    let mut redis = live.redis.clone();
    let frozen = contest.frozen_at(Utc::now());
    let public = board::public_entries_of(&live.db, contest.id, frozen, &[verdict.user_id]).await?;
    let mut rows = Vec::new();
    for entry in public {
        ranks::set(&mut redis, contest.id, entry.user_id, entry.total).await?;
        let rank = ranks::rank_of(&mut redis, contest.id, entry.total).await?;
        rows.push(StandingRow {
            rank,
            username: entry.username,
            total: entry.total,
            cells: entry.cells,
        });
    }
    let submission = board::notice(&live.db, verdict.submission_id).await?;
    let seq = ranks::next_seq(&mut redis, contest.id).await?;
    live.push(&contest, RoomPush::Delta { seq, rows, submission }).await?;
    Ok(())
}

/// Pushes the whole public board (rebuilding the rank set from the rows on the way).
pub async fn snapshot(live: &Live, contest: &ContestRules) -> Result<u64> {
    let mut redis = live.redis.clone();
    let (rows, frozen) = standings::public_board(&live.db, &mut redis, contest).await?;
    let seq = ranks::next_seq(&mut redis, contest.id).await?;
    live.push(contest, RoomPush::Snapshot { seq, rows, frozen }).await
}

/// The end: the final board, then `ended`, once (marked only after the edge took both).
pub async fn end(live: &Live, contest: &ContestRules) -> Result<()> {
    snapshot(live, contest).await?;
    let seq = ranks::next_seq(&mut live.redis.clone(), contest.id).await?;
    live.push(contest, RoomPush::Ended { seq }).await?;
    board::mark_room_ended(&live.db, contest.id).await?;
    Ok(())
}

/// Recomputes every participant's row from the submissions (after a rejudge) in one
/// transaction, then pushes the board. Returns how many rows were recomputed.
pub async fn recompute(live: &Live, slug: &str) -> anyhow::Result<usize> {
    let Some(found) = super::db::reads::find(&live.db, slug).await? else {
        anyhow::bail!("there is no contest '{slug}'");
    };
    let mut tx = live.db.begin().await?;
    let users = crate::db::standings::participants(&mut *tx, found.id).await?;
    for user in &users {
        crate::db::standings::recompute(&mut tx, found.id, *user).await?;
    }
    tx.commit().await?;
    if let Some(contest) = rules(&live.db, found.id).await? {
        snapshot(live, &contest).await?;
    }
    Ok(users.len())
}

/// Rejudges one problem (by letter) of a contest: its submissions are queued again, the board
/// recomputed (they show as pending) and pushed; each new verdict then moves its row as usual.
pub async fn rejudge(live: &Live, slug: &str, letter: char) -> anyhow::Result<usize> {
    let Some(found) = super::db::reads::find(&live.db, slug).await? else {
        anyhow::bail!("there is no contest '{slug}'");
    };
    let index = i32::from(letter.to_ascii_uppercase() as u8) - i32::from(b'A');
    let mut tx = live.db.begin().await?;
    let ids = crate::db::standings::requeue_problem(&mut tx, found.id, index).await?;
    tx.commit().await?;
    recompute(live, slug).await?;
    let mut redis = live.redis.clone();
    for id in &ids {
        if let Err(e) =
            crate::queue::enqueue(&mut redis, &live.settings.submission_stream, *id).await
        {
            tracing::warn!(submission_id = %id.as_uuid(), error = %e, "enqueue failed; the sweeper will retry");
        }
    }
    Ok(ids.len())
}
