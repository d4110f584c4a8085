//! The daily AI hint allowance: a sliding window in the farm's Redis, like the submit limit
//! (`queue::rate_limit`), one sorted set per user scored by each hint's time, checked and taken
//! in one Lua script so two requests at once cannot both take the last place.
//!
//! It lives in the farm rather than in the edge's rate-limiter object because only the farm
//! knows what it needs to know: who is premium (the count must not start for a free user), and
//! whether the provider answered (a failed call gives its place back, [`Quota::give_back`]),
//! and the answer carries the remaining count, which the farm reads in the same script.

use std::time::Duration;

use redis::aio::ConnectionManager;
use uuid::Uuid;

/// KEYS[1]: the window. ARGV: window in ms, limit, a member to add (empty: only look).
/// Returns {taken (0/1), places used, ms until the oldest one leaves (0: none)}.
const SCRIPT: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
local taken = 0
if ARGV[3] ~= '' and used < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  used = used + 1
  taken = 1
end
local wait = 0
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if oldest[2] then wait = math.max(1, tonumber(oldest[2]) + window - now) end
return {taken, used, wait}
";

/// `limit` hints per `window` for each user.
#[derive(Debug, Clone, Copy)]
pub struct Quota {
    pub limit: u32,
    pub window: Duration,
}

/// The window's state after a look or a take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub used: u32,
    /// Until the oldest hint in the window stops counting; None when none counts.
    pub next_free_in: Option<Duration>,
}

/// A place taken; give it back if the hint could not be made.
#[derive(Debug, Clone)]
pub struct Taken {
    member: String,
}

fn key(user: Uuid) -> String {
    format!("algoarena:ratelimit:ai_hint:{user}")
}

impl Quota {
    /// The user's usage, taking nothing.
    pub async fn usage(
        &self,
        redis: &mut ConnectionManager,
        user: Uuid,
    ) -> redis::RedisResult<Usage> {
        Ok(self.run(redis, user, "").await?.1)
    }

    /// Takes one place if one is free: `Ok(Some(..))` with the usage after it, else the usage
    /// that refused it.
    pub async fn take(
        &self,
        redis: &mut ConnectionManager,
        user: Uuid,
    ) -> redis::RedisResult<(Option<Taken>, Usage)> {
        let member = Uuid::new_v4().simple().to_string();
        let (taken, usage) = self.run(redis, user, &member).await?;
        Ok((taken.then_some(Taken { member }), usage))
    }

    /// Gives a taken place back (the provider failed, so the hint does not count).
    pub async fn give_back(
        &self,
        redis: &mut ConnectionManager,
        user: Uuid,
        taken: Taken,
    ) -> redis::RedisResult<()> {
        redis::cmd("ZREM").arg(key(user)).arg(taken.member).query_async(redis).await
    }

    pub fn remaining(&self, usage: &Usage) -> u32 {
        self.limit.saturating_sub(usage.used)
    }

    async fn run(
        &self,
        redis: &mut ConnectionManager,
        user: Uuid,
        member: &str,
    ) -> redis::RedisResult<(bool, Usage)> {
        let (taken, used, wait_ms): (u8, u32, u64) = redis::cmd("EVAL")
            .arg(SCRIPT)
            .arg(1)
            .arg(key(user))
            .arg(self.window.as_millis() as u64)
            .arg(self.limit)
            .arg(member)
            .query_async(redis)
            .await?;
        let next_free_in = (wait_ms > 0).then(|| Duration::from_millis(wait_ms));
        Ok((taken == 1, Usage { used, next_free_in }))
    }
}
