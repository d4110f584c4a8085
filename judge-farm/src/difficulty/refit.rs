//! Fitting the model from the database and storing it: on demand (`judge-farm
//! fit-difficulty`) and as a loop in `serve` every [`interval_from_env`].

use std::time::Duration;

use algoarena_shared::api::Difficulty;
use chrono::Utc;
use sqlx::PgPool;

use super::db;
use super::fit::{fit, problem_prior_mean};

/// What one refit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refit {
    pub attempts: usize,
    pub users: usize,
    pub problems: usize,
    pub sweeps: usize,
    pub converged: bool,
    /// Why nothing was fitted, if nothing was.
    pub skipped: Option<Skipped>,
}

/// Why a refit did no work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    /// Another farm is fitting right now (its ratings come from the same data).
    Busy,
    /// The stored fit is younger than the age asked for: another farm made it.
    Fresh,
}

impl Refit {
    fn skipped(why: Skipped) -> Refit {
        Refit {
            attempts: 0,
            users: 0,
            problems: 0,
            sweeps: 0,
            converged: false,
            skipped: Some(why),
        }
    }
}

/// Reads every first attempt session, fits, and replaces the stored ratings in one
/// transaction (readers see the old fit or the new one, never half of each). The fit's lock is
/// taken first, so of several farms only one reads and fits at a time; with `unless_younger`,
/// a stored fit that young is kept, so replicas that start at different times do not each fit
/// the same data again. The fit itself is CPU work for the blocking pool, off the runtime
/// that answers requests.
pub async fn refit(pool: &PgPool, unless_younger: Option<Duration>) -> anyhow::Result<Refit> {
    let mut tx = pool.begin().await?;
    if !db::try_lock(&mut tx).await? {
        tx.rollback().await?;
        return Ok(Refit::skipped(Skipped::Busy));
    }
    if let (Some(age), Some(at)) = (unless_younger, db::last_fitted_at(&mut *tx).await?) {
        if Utc::now() - at < chrono::Duration::from_std(age)? {
            // Ended now, not when the pool gets round to it: the lock goes with it.
            tx.rollback().await?;
            return Ok(Refit::skipped(Skipped::Fresh));
        }
    }
    let attempts = db::first_sessions(&mut *tx).await?;
    let labels = db::difficulties(&mut *tx).await?;
    let (fitted, attempts) = tokio::task::spawn_blocking(move || {
        // A problem deleted between the two reads keeps the Medium prior; `store` skips it.
        let fitted = fit(&attempts, |p| {
            problem_prior_mean(labels.get(&p).copied().unwrap_or(Difficulty::Medium))
        });
        (fitted, attempts.len())
    })
    .await?;
    db::store(&mut tx, &fitted, Utc::now()).await?;
    tx.commit().await?;
    Ok(Refit {
        attempts,
        users: fitted.users.len(),
        problems: fitted.problems.len(),
        sweeps: fitted.sweeps,
        converged: fitted.converged,
        skipped: None,
    })
}

/// How often `serve` refits: `DIFFICULTY_FIT_MINUTES` (default 30, at least 1).
pub fn interval_from_env() -> anyhow::Result<Duration> {
    let minutes = match std::env::var("DIFFICULTY_FIT_MINUTES") {
        Ok(raw) => raw.trim().parse::<u64>().ok().filter(|m| *m >= 1).ok_or_else(|| {
            anyhow::anyhow!("DIFFICULTY_FIT_MINUTES: use a whole number of minutes from 1")
        })?,
        Err(_) => 30,
    };
    Ok(Duration::from_secs(minutes * 60))
}

/// Refits every `every`, the first time at start-up, for as long as the server runs; a fit
/// another farm stored within the last half interval is kept (see [`refit`]).
pub async fn run(pool: PgPool, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match refit(&pool, Some(every / 2)).await {
            Ok(done) => tracing::info!(?done, "difficulty refitted"),
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "refitting difficulty; retried next tick")
            }
        }
    }
}
