//! Rating a contest with Elo-MMR (`shared::rating`): the round applied once when a contest is
//! finalised (by `finalise_watch` once it is over, or `judge-farm contest finalise <slug>`), and the live prediction each participant
//! sees while it runs. Both rate the same players (registered, with at least one submission)
//! at the same round time (the contest's end), so the prediction with the final board is the
//! finalised change.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use algoarena_shared::rating::{rate, EloMmr, PlayerState, Predictor, Round, Standing};
use algoarena_shared::scoring::Total;
use anyhow::{bail, Result};
use chrono::Utc;
use sqlx::PgPool;
use uuid::Uuid;

use super::db::{board, ratings};
use crate::db::standings::ContestRules;

/// The round a contest is rated in.
pub fn round_of(end_time: chrono::DateTime<chrono::Utc>) -> Round {
    Round::at(end_time.timestamp())
}

/// Ranks on the final board: 1 + the players strictly ahead (no total counts as zero).
pub fn ranks(totals: &[Total]) -> Vec<u32> {
    let mut keys: Vec<_> = totals.iter().map(|t| t.rank_key()).collect();
    keys.sort();
    totals.iter().map(|t| keys.partition_point(|k| *k < t.rank_key()) as u32 + 1).collect()
}

/// What finalising did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finalised {
    /// The round was applied to this many players.
    Applied { rated: usize },
    /// It had been applied before; nothing changed.
    AlreadyDone,
}

/// Applies the contest's rating round once, in one transaction (the contest row is locked, so
/// two finalisations cannot both apply it).
pub async fn finalise(db: &PgPool, slug: &str) -> Result<Finalised> {
    let mut tx = db.begin().await?;
    let Some(contest) = ratings::lock_contest(&mut tx, slug).await? else {
        bail!("there is no contest '{slug}'");
    };
    if contest.finalised {
        return Ok(Finalised::AlreadyDone);
    }
    if !contest.ended {
        bail!("contest '{slug}' has not ended yet; finalise it after its end (and its rejudges)");
    }
    if !contest.rated {
        bail!("contest '{slug}' is not rated");
    }
    let rated = apply_round(&mut tx, &contest).await?;
    tx.commit().await?;
    Ok(Finalised::Applied { rated })
}

/// Finalises the next rated contest that is due (`ratings::lock_due`: over for `delay`, no
/// submission of it waiting for a verdict), if any. Its row is locked with `skip locked`, so
/// farm replicas running this at once each take a different contest or none, never one twice.
pub async fn finalise_next_due(db: &PgPool, delay: Duration) -> Result<Option<(String, usize)>> {
    let mut tx = db.begin().await?;
    let Some((slug, contest)) = ratings::lock_due(&mut tx, delay).await? else {
        return Ok(None);
    };
    let rated = apply_round(&mut tx, &contest).await?;
    tx.commit().await?;
    Ok(Some((slug, rated)))
}

/// Rates the locked contest's players on its final board and marks it finalised.
async fn apply_round(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    contest: &ratings::Finalising,
) -> Result<usize> {
    let players: Vec<(Uuid, Total)> = board::registered_totals(&mut **tx, contest.id)
        .await?
        .into_iter()
        .filter(|(_, _, submitted)| *submitted)
        .map(|(user, total, _)| (user, total.unwrap_or_default()))
        .collect();
    let users: Vec<Uuid> = players.iter().map(|(u, _)| *u).collect();
    let totals: Vec<Total> = players.iter().map(|(_, t)| *t).collect();
    let states = ratings::states(&mut **tx, &users).await?;
    let ranks = ranks(&totals);
    let standings =
        states.into_iter().zip(&ranks).map(|(state, &rank)| Standing { state, rank }).collect();
    let round = round_of(contest.end_time);
    let changes =
        tokio::task::spawn_blocking(move || rate(&EloMmr::default(), &round, standings)).await?;
    for ((user, rank), change) in users.iter().zip(&ranks).zip(&changes) {
        ratings::apply(tx, contest.id, *user, *rank, change).await?;
    }
    ratings::mark_finalised(tx, contest.id).await?;
    Ok(users.len())
}

/// How long a contest's predictor is reused before it is rebuilt from the board.
const PREDICTOR_TTL: Duration = Duration::from_secs(10);

struct Cached {
    built: Instant,
    predictor: Predictor,
    index: HashMap<Uuid, usize>,
}

/// A contest's predictor, one per side of its freeze: while the board is frozen the predictor
/// holds the frozen board; once it lifts, the key changes and the full board is read.
type CacheKey = (Uuid, bool);

fn cache() -> &'static Mutex<HashMap<CacheKey, Arc<Cached>>> {
    static CACHE: OnceLock<Mutex<HashMap<CacheKey, Arc<Cached>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The rating change `user` would get if the contest ended now (rated contests, once they
/// are on the board), with `own` their own full total (they see all their verdicts, frozen
/// or not). Everyone else is where the public board shows them: during a freeze, the frozen
/// board (so the prediction cannot tell anyone what the freeze hides), after it the full one.
/// The predictor is rebuilt from the board at most every [`PREDICTOR_TTL`]
/// (`Predictor::resume`, ~0.3 s at 50,000) and shared between requests; the caller's own
/// total goes in per request (`Predictor::predict_as`), so their latest verdict shows at once.
pub async fn predicted_change(
    db: &PgPool,
    contest: &ContestRules,
    user: Uuid,
    own: Total,
) -> Result<Option<i32>> {
    if !contest.rated {
        return Ok(None);
    }
    let frozen = contest.frozen_at(Utc::now());
    let key = (contest.id, frozen);
    let cached = cache().lock().expect("the cache lock").get(&key).cloned();
    let cached = match cached {
        Some(c) if c.built.elapsed() < PREDICTOR_TTL => c,
        _ => {
            let built = Arc::new(build(db, contest, frozen).await?);
            cache().lock().expect("the cache lock").insert(key, built.clone());
            built
        }
    };
    let Some(&p) = cached.index.get(&user) else { return Ok(None) };
    Ok(Some(cached.predictor.predict_as(p, own).delta() as i32))
}

/// The predictor over the public board: the frozen totals while `frozen`, else the full ones
/// of those who submitted (the players the round will rate).
async fn build(db: &PgPool, contest: &ContestRules, frozen: bool) -> Result<Cached> {
    let players: Vec<(Uuid, Option<Total>)> = if frozen {
        board::registered_frozen_totals(db, contest.id).await?
    } else {
        board::registered_totals(db, contest.id)
            .await?
            .into_iter()
            .map(|(user, total, submitted)| (user, total.filter(|_| submitted)))
            .collect()
    };
    let users: Vec<Uuid> = players.iter().map(|(u, _)| *u).collect();
    let totals: Vec<Option<Total>> = players.iter().map(|(_, t)| *t).collect();
    let states: Vec<PlayerState> = ratings::states(db, &users).await?;
    let round = round_of(contest.end_time);
    let predictor = tokio::task::spawn_blocking(move || {
        Predictor::resume(&EloMmr::default(), &round, states, &totals)
    })
    .await?;
    let index = users.into_iter().enumerate().map(|(i, u)| (u, i)).collect();
    Ok(Cached { built: Instant::now(), predictor, index })
}
