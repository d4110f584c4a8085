//! The authoritative standings as the edge gets them: pages of the public board and a
//! participant's own rank, read through the Redis sorted set (`ranks`) over the Postgres rows,
//! and the whole public board for snapshots (which also rebuild the set).

use algoarena_shared::contest_room::{LeaderboardPage, MyRank, StandingRow};
use chrono::Utc;
use redis::aio::ConnectionManager;
use sqlx::PgPool;
use uuid::Uuid;

use super::db::board::{self, Entry};
use super::ranks;
use crate::db::standings::ContestRules;

/// Failures of a standings read: Postgres or Redis, both internal.
pub type Result<T> = anyhow::Result<T>;

fn row(entry: Entry, rank: u32) -> StandingRow {
    StandingRow { rank, username: entry.username, total: entry.total, cells: entry.cells }
}

/// Ranks rows that come best first (ties share a rank, the next one skips).
pub fn ranked(entries: Vec<Entry>) -> Vec<StandingRow> {
    let mut rows: Vec<StandingRow> = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        let rank = match rows.last() {
            Some(prev) if prev.total == entry.total => prev.rank,
            _ => i as u32 + 1,
        };
        rows.push(row(entry, rank));
    }
    rows
}

/// The whole public board now, ranked; rebuilds the Redis set from it on the way.
pub async fn public_board(
    db: &PgPool,
    redis: &mut ConnectionManager,
    contest: &ContestRules,
) -> Result<(Vec<StandingRow>, bool)> {
    let frozen = contest.frozen_at(Utc::now());
    let entries = board::public_entries(db, contest.id, frozen).await?;
    let members: Vec<(Uuid, _)> = entries.iter().map(|e| (e.user_id, e.total)).collect();
    ranks::replace(redis, contest.id, &members, frozen).await?;
    Ok((ranked(entries), frozen))
}

/// How many are on the public board, rebuilding the rank set first when it is missing
/// (Redis restarted) or was built from the other side of a freeze.
async fn fresh_len(
    db: &PgPool,
    redis: &mut ConnectionManager,
    contest: &ContestRules,
    frozen: bool,
) -> Result<u64> {
    if ranks::is_current(redis, contest.id, frozen).await? {
        return Ok(ranks::len(redis, contest.id).await?);
    }
    Ok(public_board(db, redis, contest).await?.0.len() as u64)
}

/// One page of the public board (1-based `page`).
pub async fn leaderboard_page(
    db: &PgPool,
    redis: &mut ConnectionManager,
    contest: &ContestRules,
    page: u32,
    per_page: u32,
) -> Result<LeaderboardPage> {
    let frozen = contest.frozen_at(Utc::now());
    let total = fresh_len(db, redis, contest, frozen).await?;
    let seq = ranks::current_seq(redis, contest.id).await?;
    let offset = u64::from(page.saturating_sub(1)) * u64::from(per_page);
    let members = ranks::range(redis, contest.id, offset, u64::from(per_page)).await?;
    let rows = match members.first() {
        None => Vec::new(),
        Some(&(_, first_score)) => {
            let ahead: u64 = redis::cmd("ZCOUNT")
                .arg(ranks::board_key(contest.id))
                .arg("-inf")
                .arg(format!("({first_score}"))
                .query_async(redis)
                .await?;
            let scores: Vec<f64> = members.iter().map(|(_, s)| *s).collect();
            let page_ranks = ranks::ranks_from(ahead as u32 + 1, offset, &scores);
            let users: Vec<Uuid> = members.iter().map(|(u, _)| *u).collect();
            let mut entries = board::public_entries_of(db, contest.id, frozen, &users).await?;
            users
                .iter()
                .zip(page_ranks)
                .filter_map(|(user, rank)| {
                    let at = entries.iter().position(|e| e.user_id == *user)?;
                    Some(row(entries.swap_remove(at), rank))
                })
                .collect()
        }
    };
    Ok(LeaderboardPage { rows, page, per_page, total, frozen, seq })
}

/// The caller's own row (their full row: they see their own verdicts through a freeze) ranked
/// among the public board. The prediction is filled in by the caller of this.
pub async fn my_rank(
    db: &PgPool,
    redis: &mut ConnectionManager,
    contest: &ContestRules,
    user: Uuid,
) -> Result<MyRank> {
    let participants = fresh_len(db, redis, contest, contest.frozen_at(Utc::now())).await?;
    let Some(own) = board::own_entry(db, contest.id, user).await? else {
        return Ok(MyRank { row: None, participants, predicted_rating_change: None });
    };
    // The caller's own public entry is never strictly ahead of their full total (a full row
    // only adds to the frozen one), so it does not count against them.
    let rank = ranks::rank_of(redis, contest.id, own.total).await?;
    Ok(MyRank { row: Some(row(own, rank)), participants, predicted_rating_change: None })
}
