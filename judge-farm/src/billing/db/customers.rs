//! `billing_customers`: the one Stripe customer each paying user has.

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;

pub async fn of_user(db: impl PgExecutor<'_>, user: Uuid) -> Result<Option<String>> {
    Ok(sqlx::query_scalar!(
        "select stripe_customer_id from billing_customers where user_id = $1",
        user
    )
    .fetch_optional(db)
    .await?)
}

pub async fn user_of(db: impl PgExecutor<'_>, customer: &str) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select user_id from billing_customers where stripe_customer_id = $1",
        customer
    )
    .fetch_optional(db)
    .await?)
}

/// Records `customer` as `user`'s unless they already have one; the one they have now.
pub async fn remember(db: &sqlx::PgPool, user: Uuid, customer: &str) -> Result<String> {
    sqlx::query!(
        "insert into billing_customers (user_id, stripe_customer_id) values ($1, $2)
         on conflict do nothing",
        user,
        customer,
    )
    .execute(db)
    .await?;
    Ok(of_user(db, user).await?.unwrap_or_else(|| customer.to_string()))
}
