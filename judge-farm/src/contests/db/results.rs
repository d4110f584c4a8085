//! A contest's final board as the result page shows it: the full rows (nothing is hidden once
//! the board is final), ranked in SQL (`rank()`: ties share a rank, the next one skips, as
//! everywhere else), one page at a time, with each rated player's rating change.

use algoarena_shared::contest_api::ResultRow;
use algoarena_shared::contest_room::StandingRow;
use algoarena_shared::scoring::{Cell, Penalty, Points, Total};
use sqlx::types::Json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// One page (1-based) of the final board, and how many rows it has.
pub async fn page(
    db: &PgPool,
    contest_id: Uuid,
    page: u32,
    per_page: u32,
) -> Result<(Vec<ResultRow>, u64)> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let rows = sqlx::query!(
        r#"select r.rank as "rank!", u.username, r.score as "score!",
                  r.penalty_seconds as "penalty_seconds!",
                  r.cells as "cells!: Json<Vec<Cell>>", h.old_rating as "old_rating?",
                  h.new_rating as "new_rating?"
             from (select s.*, rank() over (order by s.score desc, s.penalty_seconds) as rank
                     from contest_scores s where s.contest_id = $1) r
             join users u on u.id = r.user_id
             left join rating_history h on h.contest_id = r.contest_id and h.user_id = r.user_id
            order by r.rank, r.user_id
            limit $2 offset $3"#,
        contest_id,
        i64::from(per_page),
        offset,
    )
    .fetch_all(db)
    .await?;
    let total = sqlx::query_scalar!(
        r#"select count(*) as "n!" from contest_scores where contest_id = $1"#,
        contest_id
    )
    .fetch_one(db)
    .await?;
    let rows = rows
        .into_iter()
        .map(|r| ResultRow {
            row: StandingRow {
                rank: r.rank.clamp(1, i64::from(u32::MAX)) as u32,
                username: r.username,
                total: Total {
                    points: Points(r.score.max(0) as u64),
                    penalty: Penalty(r.penalty_seconds.max(0) as u64),
                },
                cells: r.cells.0,
            },
            old_rating: r.old_rating,
            new_rating: r.new_rating,
        })
        .collect();
    Ok((rows, total as u64))
}

/// Whether the contest's rating round has been applied.
pub async fn finalised(db: &PgPool, contest_id: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select rating_finalised_at is not null as "done!" from contests where id = $1"#,
        contest_id
    )
    .fetch_one(db)
    .await?)
}
