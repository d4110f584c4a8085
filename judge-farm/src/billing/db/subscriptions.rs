//! `subscriptions`: each Stripe subscription's latest known state, and the users' entitlement
//! (`users.role`, `users.plan_expires_at`) derived from them.

use algoarena_shared::billing::Plan;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::db::Result;

type Tx<'c> = sqlx::Transaction<'c, sqlx::Postgres>;

/// A subscription's state at `at` (Stripe's time of the event that carried it).
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub stripe_sub_id: String,
    pub customer: String,
    pub plan: Plan,
    /// Stripe's status word.
    pub stripe_status: String,
    pub period_start: Option<DateTime<Utc>>,
    pub period_end: Option<DateTime<Utc>>,
    pub cancel_at_period_end: bool,
    pub at: DateTime<Utc>,
}

impl Snapshot {
    /// Our summary of Stripe's status (the `status` column's four words).
    pub fn status(&self) -> &'static str {
        match self.stripe_status.as_str() {
            "active" | "trialing" if self.cancel_at_period_end => "cancelled",
            "active" | "trialing" => "active",
            "canceled" | "incomplete_expired" => "expired",
            _ => "past_due",
        }
    }
}

/// Stores `snap` for `user` unless the row already holds a later state: a snapshot older than
/// the stored one is dropped, an ended subscription never comes back (Stripe never revives
/// one), and of two from the same second the later-applied wins unless it would take a live
/// subscription back to `incomplete`. True if it was stored.
pub async fn apply(tx: &mut Tx<'_>, user: Uuid, snap: &Snapshot) -> Result<bool> {
    let stored = sqlx::query!(
        "insert into subscriptions (user_id, plan, status, stripe_customer_id, stripe_sub_id,
                                    current_period_start, current_period_end,
                                    cancel_at_period_end, stripe_status, state_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (stripe_sub_id) do update set
             plan = excluded.plan,
             status = excluded.status,
             current_period_start =
                 coalesce(excluded.current_period_start, subscriptions.current_period_start),
             current_period_end =
                 coalesce(excluded.current_period_end, subscriptions.current_period_end),
             cancel_at_period_end = excluded.cancel_at_period_end,
             stripe_status = excluded.stripe_status,
             state_at = excluded.state_at
         where subscriptions.stripe_status not in ('canceled', 'incomplete_expired')
           and (excluded.state_at > subscriptions.state_at
                or (excluded.state_at = subscriptions.state_at
                    and excluded.stripe_status <> 'incomplete'))",
        user,
        snap.plan.as_str(),
        snap.status(),
        snap.customer,
        snap.stripe_sub_id,
        snap.period_start,
        snap.period_end,
        snap.cancel_at_period_end,
        snap.stripe_status,
        snap.at,
    )
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(stored == 1)
}

/// Sets `user`'s role and plan expiry from their subscriptions: premium until the latest end
/// of a paid-up (`active` or `trialing`) period still running, free otherwise. Admins stay
/// admins.
pub async fn refresh_entitlement(tx: &mut Tx<'_>, user: Uuid) -> Result<()> {
    sqlx::query!(
        "update users u set
             role = case when u.role = 'admin' then 'admin'
                         when b.until is not null then 'premium' else 'free' end,
             plan_expires_at = case when u.role = 'admin' then u.plan_expires_at else b.until end
           from (select max(current_period_end) as until from subscriptions
                  where user_id = $1 and stripe_status in ('active', 'trialing')
                    and current_period_end > now()) b
          where u.id = $1",
        user,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A user's subscription as the settings page shows it.
#[derive(Debug)]
pub struct SubscriptionRow {
    pub plan: String,
    pub status: String,
    pub stripe_sub_id: Option<String>,
    pub current_period_end: Option<DateTime<Utc>>,
    pub cancel_at_period_end: bool,
}

/// `user`'s most relevant subscription: a live one before an ended one, then the newest.
pub async fn current(db: &sqlx::PgPool, user: Uuid) -> Result<Option<SubscriptionRow>> {
    Ok(sqlx::query_as!(
        SubscriptionRow,
        "select plan, status, stripe_sub_id, current_period_end, cancel_at_period_end
           from subscriptions where user_id = $1
          order by (stripe_status in ('active', 'trialing', 'past_due', 'unpaid')) desc,
                   created_at desc
          limit 1",
        user,
    )
    .fetch_optional(db)
    .await?)
}

/// The user, premium flag and plan expiry as tokens carry them.
pub struct Entitlement {
    pub role: String,
    pub plan_expires_at: Option<DateTime<Utc>>,
}

pub async fn entitlement(db: &sqlx::PgPool, user: Uuid) -> Result<Option<Entitlement>> {
    Ok(sqlx::query_as!(Entitlement, "select role, plan_expires_at from users where id = $1", user)
        .fetch_optional(db)
        .await?)
}
