//! Reading the standings rows (`contest_scores`) as a board shows them: the public row (the
//! frozen one while the board is frozen) or a participant's own full row.

use algoarena_shared::contest_room::SubmissionNotice;
use algoarena_shared::scoring::{Cell, Penalty, Points, Total};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;
use crate::model::Status;

/// One participant's stored row, unranked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub user_id: Uuid,
    pub username: String,
    pub total: Total,
    pub cells: Vec<Cell>,
}

struct EntryRow {
    user_id: Uuid,
    username: String,
    points: i32,
    penalty: i32,
    cells: Json<Vec<Cell>>,
}

impl From<EntryRow> for Entry {
    fn from(r: EntryRow) -> Entry {
        Entry {
            user_id: r.user_id,
            username: r.username,
            total: Total {
                points: Points(r.points.max(0) as u64),
                penalty: Penalty(r.penalty.max(0) as u64),
            },
            cells: r.cells.0,
        }
    }
}

/// Every row on the public board (`frozen`: the frozen rows), best first, ties in user order
/// (the order `shared::scoring::board` gives them).
pub async fn public_entries(db: &PgPool, contest_id: Uuid, frozen: bool) -> Result<Vec<Entry>> {
    let rows = sqlx::query_as!(
        EntryRow,
        r#"select s.user_id, u.username,
                  (case when $2 then s.frozen_score else s.score end) as "points!",
                  (case when $2 then s.frozen_penalty_seconds else s.penalty_seconds end)
                    as "penalty!",
                  (case when $2 then s.frozen_cells else s.cells end) as "cells!: Json<Vec<Cell>>"
             from contest_scores s join users u on u.id = s.user_id
            where s.contest_id = $1 and (not $2 or s.frozen_cells is not null)
            order by 3 desc, 4, s.user_id"#,
        contest_id,
        frozen,
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Entry::from).collect())
}

/// The public rows of these users (absent: not on the public board).
pub async fn public_entries_of(
    db: &PgPool,
    contest_id: Uuid,
    frozen: bool,
    users: &[Uuid],
) -> Result<Vec<Entry>> {
    let rows = sqlx::query_as!(
        EntryRow,
        r#"select s.user_id, u.username,
                  (case when $2 then s.frozen_score else s.score end) as "points!",
                  (case when $2 then s.frozen_penalty_seconds else s.penalty_seconds end)
                    as "penalty!",
                  (case when $2 then s.frozen_cells else s.cells end) as "cells!: Json<Vec<Cell>>"
             from contest_scores s join users u on u.id = s.user_id
            where s.contest_id = $1 and s.user_id = any($3)
              and (not $2 or s.frozen_cells is not null)"#,
        contest_id,
        frozen,
        users,
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Entry::from).collect())
}

/// A participant's own full row (what they see of themselves, frozen or not).
pub async fn own_entry(db: &PgPool, contest_id: Uuid, user_id: Uuid) -> Result<Option<Entry>> {
    let row = sqlx::query_as!(
        EntryRow,
        r#"select s.user_id, u.username, s.score as points, s.penalty_seconds as penalty,
                  s.cells as "cells: Json<Vec<Cell>>"
             from contest_scores s join users u on u.id = s.user_id
            where s.contest_id = $1 and s.user_id = $2"#,
        contest_id,
        user_id,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(Entry::from))
}

/// What the room tells a submission's author about its verdict.
pub async fn notice(db: &PgPool, submission_id: Uuid) -> Result<Option<SubmissionNotice>> {
    let row = sqlx::query!(
        r#"select u.username, cp.order_index, s.status as "status: Status",
                  (s.failed_test ->> 'number')::int as failed_test
             from submissions s
             join users u on u.id = s.user_id
             join contest_problems cp on cp.contest_id = s.contest_id
                                     and cp.problem_id = s.problem_id
            where s.id = $1"#,
        submission_id,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| SubmissionNotice {
        username: r.username,
        problem: letter(r.order_index),
        status: r.status,
        failed_test: r.failed_test.and_then(|n| u32::try_from(n).ok()),
    }))
}

/// A, B, ... for the problem at `index`.
pub fn letter(index: i32) -> String {
    char::from(b'A' + index.clamp(0, 25) as u8).to_string()
}

/// The participants of a contest with their stored full totals (None: registered, never
/// judged), for the rating prediction and the rating round.
pub async fn registered_totals<'e>(
    db: impl sqlx::PgExecutor<'e>,
    contest_id: Uuid,
) -> Result<Vec<(Uuid, Option<Total>, bool)>> {
    let rows = sqlx::query!(
        r#"select r.user_id, s.score as "score?", s.penalty_seconds as "penalty?",
                  exists (select 1 from submissions x where x.contest_id = r.contest_id
                            and x.user_id = r.user_id and x.kind = 'submit') as "submitted!"
             from contest_registrations r
             left join contest_scores s on s.contest_id = r.contest_id and s.user_id = r.user_id
            where r.contest_id = $1
            order by r.user_id"#,
        contest_id,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.user_id, stored_total(r.score, r.penalty), r.submitted))
        .collect())
}

/// A participant's total as stored (None: no row, so no total).
fn stored_total(score: Option<i32>, penalty_seconds: Option<i32>) -> Option<Total> {
    score.zip(penalty_seconds).map(|(points, penalty)| Total {
        points: Points(points.max(0) as u64),
        penalty: Penalty(penalty.max(0) as u64),
    })
}

/// Contests whose room still gets pushes: started, and not told they ended.
pub async fn open_rooms(db: &PgPool) -> Result<Vec<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select id from contests where start_time <= now() and room_ended_at is null
          order by start_time"
    )
    .fetch_all(db)
    .await?)
}

/// When the next contest that has not started yet starts, if any: its room opens then.
pub async fn next_start(db: &PgPool) -> Result<Option<DateTime<Utc>>> {
    Ok(sqlx::query_scalar!("select min(start_time) from contests where start_time > now()")
        .fetch_one(db)
        .await?)
}

/// Records that the room was sent the final board and `ended`.
pub async fn mark_room_ended(db: &PgPool, contest_id: Uuid) -> Result<()> {
    sqlx::query!("update contests set room_ended_at = now() where id = $1", contest_id)
        .execute(db)
        .await?;
    Ok(())
}

/// The participants of a contest with their totals on the frozen public board (None: nothing
/// of theirs was sent before the freeze, so the public board does not show them), for the
/// rating prediction during a freeze: it must not know more than the public board does.
pub async fn registered_frozen_totals(
    db: &PgPool,
    contest_id: Uuid,
) -> Result<Vec<(Uuid, Option<Total>)>> {
    let rows = sqlx::query!(
        r#"select r.user_id, s.frozen_score as "score?", s.frozen_penalty_seconds as "penalty?"
             from contest_registrations r
             left join contest_scores s on s.contest_id = r.contest_id and s.user_id = r.user_id
                                       and s.frozen_cells is not null
            where r.contest_id = $1
            order by r.user_id"#,
        contest_id,
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.user_id, stored_total(r.score, r.penalty))).collect())
}
