//! Keeping the edge's cached public profiles true (issue 13 "Edge caching"): the edge keeps
//! each public profile in KV, and after anything a profile shows changes (an accepted
//! submission, a profile edit or rename, an avatar, a rating round) the farm asks the edge to
//! drop that copy. A purge that fails is logged, never fails the change: the copy's TTL at the
//! edge (5 minutes) bounds how long it can be stale.

use uuid::Uuid;

use crate::config::Settings;
use crate::db::usernames;
use crate::edge_client;

/// What purging needs: the way to the edge.
pub struct Purger<'a> {
    pub http: &'a reqwest::Client,
    pub settings: &'a Settings,
}

impl Purger<'_> {
    /// Drops the cached profiles of these stored usernames.
    pub async fn forget(&self, names: &[String]) {
        if let Err(e) = edge_client::purge_profiles(self.http, self.settings, names).await {
            tracing::warn!(error = %format!("{e:#}"), "public profile purge failed; the edge's copy expires on its own");
        }
    }

    /// Drops the cached profiles of these users.
    pub async fn forget_users(&self, db: &sqlx::PgPool, users: &[Uuid]) {
        match usernames::of(db, users).await {
            Ok(names) => self.forget(&names).await,
            Err(e) => tracing::warn!(error = %e, "reading usernames for a profile purge"),
        }
    }

    /// Drops the cached profiles of everyone a contest's rating round moved.
    pub async fn forget_rated(&self, db: &sqlx::PgPool, contest_slug: &str) {
        match usernames::rated_in(db, contest_slug).await {
            Ok(names) => self.forget(&names).await,
            Err(e) => tracing::warn!(error = %e, "reading rated usernames for a profile purge"),
        }
    }
}
