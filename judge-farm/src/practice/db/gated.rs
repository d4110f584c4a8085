//! Hints and editorials, read for one user behind their gates (the routes decide the gates;
//! these only read and record). Premium text leaves the farm only through here, never through
//! the cached problem detail.

use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

pub struct HintRow {
    pub tier: i32,
    pub body: String,
    pub is_premium: bool,
}

pub async fn hints(db: &PgPool, problem: Uuid) -> Result<Vec<HintRow>> {
    Ok(sqlx::query_as!(
        HintRow,
        "select tier, body, is_premium from problem_hints where problem_id = $1 order by tier",
        problem,
    )
    .fetch_all(db)
    .await?)
}

/// The editorial's text and whether it is premium; None when the problem has none.
pub async fn editorial(db: &PgPool, problem: Uuid) -> Result<Option<(String, bool)>> {
    let row = sqlx::query!(
        "select editorial, editorial_is_premium from problems where id = $1",
        problem,
    )
    .fetch_one(db)
    .await?;
    Ok(row.editorial.filter(|t| !t.trim().is_empty()).map(|t| (t, row.editorial_is_premium)))
}

/// Whether the user has an accepted submission of the problem.
pub async fn has_solved(db: &PgPool, user: Uuid, problem: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select exists (select 1 from submissions where user_id = $1 and problem_id = $2
                            and kind = 'submit' and status = 'accepted') as "solved!""#,
        user,
        problem,
    )
    .fetch_one(db)
    .await?)
}

/// Records that the user chose to read the editorial unsolved (the first time counts).
pub async fn record_unsolved_view(db: &PgPool, user: Uuid, problem: Uuid) -> Result<()> {
    sqlx::query!(
        "insert into editorial_unsolved_views (user_id, problem_id) values ($1, $2)
         on conflict do nothing",
        user,
        problem,
    )
    .execute(db)
    .await?;
    Ok(())
}
