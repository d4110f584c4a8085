//! `stripe_events`: the ids of the events applied. The id is inserted in the transaction that
//! applies the event, so a duplicate (also one racing it: the second insert waits on the
//! first's unique key, then sees it) applies nothing.

use crate::db::Result;

/// Whether the event was applied before (a quick look before calling Stripe for it).
pub async fn seen(db: &sqlx::PgPool, id: &str) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select exists(select 1 from stripe_events where id = $1) as "x!""#,
        id
    )
    .fetch_one(db)
    .await?)
}

/// Claims the event in `tx`: true if this transaction is the one to apply it.
pub async fn claim(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    id: &str,
    kind: &str,
) -> Result<bool> {
    Ok(sqlx::query!(
        "insert into stripe_events (id, type) values ($1, $2) on conflict (id) do nothing",
        id,
        kind,
    )
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1)
}
