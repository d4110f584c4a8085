//! `/api/problems/daily` and `/api/problems/sets[/:setSlug]`: the daily problem and curated
//! problem sets (TRD §4.2).
//!
//! Like the problem list, the shared answers are the same for everyone and kept in KV under
//! the list generation (so a purge after an import or a contest start reaches them); a
//! signed-in reader's part (daily streak, solved marks, set progress) comes from one small
//! per-user farm call merged into the shared answer, which is then never cached shared.
//!
//! A premium set's shared answer is its teaser (403 `premium_required`, a `LockedSet`), kept
//! like any other; a caller whose token may be premium (`auth::premium`) is then sent on to the
//! farm signed as themselves, and the farm decides (as for a premium problem's detail).
//!
//! The daily problem is keyed by the UTC day the edge's clock says, asked of the farm for that
//! day explicitly, and kept until the next midnight UTC.

use algoarena_shared::daily::{DailyProblem, DailyProgress, UtcDay};
use algoarena_shared::error::ErrorBody;
use algoarena_shared::premium::is_locked_body;
use algoarena_shared::problem_list::ProblemMarks;
use algoarena_shared::problem_sets::{ProblemSetDetail, ProblemSetSummary, SetProgress};
use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::auth::premium::may_be_premium;
use crate::auth::AuthUser;
use crate::error::EdgeError;
use crate::http::{header, json_response, now_secs, ClientInfo, CACHE_HEADER};
use crate::input::problems::Slug;
use crate::store::cache::{ReadCache, PROBLEM_TTL_SECS};
use crate::store::farm::FarmClient;

/// KV's shortest allowed lifetime.
const MIN_TTL_SECS: u64 = 60;
/// The farm answers marks for at most this many slugs per call.
const MARKS_PER_CALL: usize = 100;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/problems/daily", handler(get_daily))
        .get_async("/api/problems/sets", handler(list_sets))
        .get_async("/api/problems/sets/:set", handler(get_set))
}

/// The KV key of `day`'s problem in list generation `generation`.
pub fn daily_key(day: UtcDay, generation: u64) -> String {
    format!("daily:{day}:g{generation}")
}

/// How long `day`'s answer may be kept at `now`: until the next midnight UTC (at least KV's
/// minimum; the key names the day, so a copy kept a little past midnight is never read).
pub fn daily_ttl_secs(day: UtcDay, now: i64) -> u64 {
    (day.next_midnight_unix() - now).max(MIN_TTL_SECS as i64) as u64
}

pub fn sets_key(generation: u64) -> String {
    format!("problems:g{generation}:sets")
}

pub fn set_key(generation: u64, set: &Slug) -> String {
    format!("problems:g{generation}:set:{}", set.as_str())
}

/// The caller when a token is sent (a bad one is a 401, so the app refreshes it).
async fn optional_caller(req: &Request, ctx: &Ctx) -> Result<Option<AuthUser>, EdgeError> {
    match header(req, "authorization") {
        Some(_) => Ok(Some(signed_in(req, ctx).await?)),
        None => Ok(None),
    }
}

/// [`optional_caller`]'s id.
async fn optional_user(req: &Request, ctx: &Ctx) -> Result<Option<String>, EdgeError> {
    Ok(optional_caller(req, ctx).await?.map(|c| c.id))
}

/// The shared body under `key` (KV, else the farm's answer to `path`, then kept for
/// `ttl_secs`) and whether it was a hit. Without the generation the cache is skipped.
async fn shared_body(
    ctx: &Ctx,
    farm: &FarmClient<'_>,
    key: impl FnOnce(u64) -> String,
    path: &str,
    ttl_secs: u64,
) -> Result<(Vec<u8>, &'static str), EdgeError> {
    let cache = ReadCache::new(&ctx.env)?;
    let generation = match cache.generation().await {
        Ok(generation) => generation,
        Err(e) => {
            worker::console_warn!("reading the problem list generation: {e}");
            return Ok((farm.get(path, None).await?.body, "bypass"));
        }
    };
    let key = key(generation);
    if let Some(body) = cache.get(&key).await {
        return Ok((body.into_bytes(), "hit"));
    }
    // A premium set's teaser (403) is the shared answer too: the same for everyone not premium.
    let body = farm.get_reply(path, None).await?.success_or_locked()?.body;
    let text = std::str::from_utf8(&body).map_err(EdgeError::internal)?;
    cache.put(&key, text, ttl_secs).await;
    Ok((body, "miss"))
}

/// The answer: the shared body as is for an anonymous reader (cacheable for `max_age`), or
/// `personal` (merged for the signed-in reader), never stored shared.
fn answer(
    body: Vec<u8>,
    cache_state: &str,
    personal: bool,
    max_age: u64,
) -> Result<Response, EdgeError> {
    let response = json_response(200, body)?;
    response.headers().set(CACHE_HEADER, cache_state)?;
    let policy = if personal {
        "private, no-store".to_string()
    } else {
        format!("public, max-age={max_age}")
    };
    response.headers().set("cache-control", &policy)?;
    // A browser must not answer a signed-in request from the anonymous copy it kept.
    response.headers().set("vary", "Authorization")?;
    Ok(response)
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, EdgeError> {
    serde_json::to_vec(value).map_err(EdgeError::internal)
}

fn from_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, EdgeError> {
    serde_json::from_slice(body).map_err(EdgeError::internal)
}

async fn get_daily(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = optional_user(&req, &ctx).await?;
    let now = now_secs();
    let day = UtcDay::of_unix(now);
    let ttl = daily_ttl_secs(day, now);
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/problems/daily?day={day}");
    let (body, cache_state) = shared_body(&ctx, &farm, |g| daily_key(day, g), &path, ttl).await?;
    let Some(user) = user else { return answer(body, cache_state, false, ttl) };

    let mut daily: DailyProblem = from_json(&body)?;
    let progress: DailyProgress = farm
        .get(&format!("/internal/problems/daily/progress?day={day}"), Some(&user))
        .await?
        .json()?;
    daily.daily_streak = Some(progress.daily_streak);
    daily.solved = Some(progress.solved);
    answer(to_json(&daily)?, cache_state, true, 0)
}

async fn list_sets(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = optional_user(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let (body, cache_state) =
        shared_body(&ctx, &farm, sets_key, "/internal/problems/sets", PROBLEM_TTL_SECS).await?;
    let Some(user) = user else { return answer(body, cache_state, false, 60) };

    let mut sets: Vec<ProblemSetSummary> = from_json(&body)?;
    let progress: SetProgress =
        farm.get("/internal/problems/sets/progress", Some(&user)).await?.json()?;
    for set in &mut sets {
        let solved = progress.sets.iter().find(|p| p.slug == set.slug).map_or(0, |p| p.solved);
        set.solved = Some(solved);
    }
    answer(to_json(&sets)?, cache_state, true, 0)
}

async fn get_set(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let set = ctx.param("set").and_then(|s| Slug::parse(s)).ok_or_else(|| EdgeError::Farm {
        status: 404,
        body: ErrorBody::new("set_not_found", "There is no such problem set."),
        retry_after: None,
    })?;
    let caller = optional_caller(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/problems/sets/{}", set.as_str());
    let (mut body, mut cache_state) =
        shared_body(&ctx, &farm, |g| set_key(g, &set), &path, PROBLEM_TTL_SECS).await?;
    if locked(&body) {
        if !may_be_premium(caller.as_ref()) {
            return locked_answer(body, cache_state);
        }
        // Only the farm may grant: it reads the member's role and plan end now.
        let user = caller.as_ref().map(|c| c.id.as_str());
        body = farm.get_reply(&path, user).await?.success_or_locked()?.body;
        cache_state = "bypass";
        if locked(&body) {
            return locked_answer(body, cache_state);
        }
    }
    let Some(user) = caller.map(|c| c.id) else { return answer(body, cache_state, false, 60) };

    let mut detail: ProblemSetDetail = from_json(&body)?;
    let mut solved = 0;
    for chunk in detail.items.chunks_mut(MARKS_PER_CALL) {
        let slugs: Vec<&str> = chunk.iter().map(|p| p.slug.as_str()).collect();
        // Slugs come from the farm's own answer and keep to [A-Za-z0-9_-]: safe in a query.
        let path = format!("/internal/problem-marks?slugs={}", slugs.join(","));
        let marks: ProblemMarks = farm.get(&path, Some(&user)).await?.json()?;
        for item in chunk.iter_mut() {
            item.status = marks.marks.iter().find(|m| m.slug == item.slug).map(|m| m.status);
            solved += u64::from(
                item.status == Some(algoarena_shared::problem_list::ProblemStatus::Solved),
            );
        }
    }
    detail.solved = Some(solved);
    answer(to_json(&detail)?, cache_state, true, 0)
}

fn locked(body: &[u8]) -> bool {
    std::str::from_utf8(body).is_ok_and(is_locked_body)
}

/// A premium set's teaser: 403 `premium_required` with the `LockedSet` body.
fn locked_answer(body: Vec<u8>, cache_state: &str) -> Result<Response, EdgeError> {
    let response = json_response(403, body)?;
    response.headers().set(CACHE_HEADER, cache_state)?;
    response.headers().set("cache-control", "private, no-store")?;
    response.headers().set("vary", "Authorization")?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_daily_answer_lives_until_midnight_utc() {
        // 2026-12-04T23:00:00Z: one hour left.
        let now = 1_796_425_200;
        let day = UtcDay::of_unix(now);
        assert_eq!(day.to_string(), "2026-12-04");
        assert_eq!(daily_ttl_secs(day, now), 3600);
        // Seconds before midnight KV's minimum applies; the next day has its own key.
        assert_eq!(daily_ttl_secs(day, day.next_midnight_unix() - 5), 60);
        let tomorrow = UtcDay::of_unix(day.next_midnight_unix());
        assert_ne!(daily_key(day, 3), daily_key(tomorrow, 3));
        assert_eq!(daily_key(day, 3), "daily:2026-12-04:g3");
    }

    #[test]
    fn set_keys_follow_the_generation() {
        let set = Slug::parse("interview-essentials").unwrap();
        assert_eq!(set_key(2, &set), "problems:g2:set:interview-essentials");
        assert_ne!(set_key(2, &set), set_key(3, &set));
        assert_eq!(sets_key(4), "problems:g4:sets");
    }
}
