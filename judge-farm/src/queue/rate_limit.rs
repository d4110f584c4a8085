//! A sliding-window rate limit in Redis: one sorted set per key, scored by the time of each
//! accepted event, checked and updated in one Lua script so concurrent requests cannot both
//! take the last slot. Times come from Redis's clock, so farm servers need not agree on theirs.

use std::time::Duration;

use redis::aio::ConnectionManager;
use uuid::Uuid;

/// KEYS[1]: the window. ARGV: window in ms, limit, a unique member. Returns 0 when the event
/// is admitted (and recorded), else the milliseconds until the oldest event leaves the window.
const SCRIPT: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
";

/// At most `limit` events per `window` for each key.
#[derive(Debug, Clone, Copy)]
pub struct SlidingWindow {
    pub limit: u32,
    pub window: Duration,
}

/// Whether one more event fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Admitted,
    /// Refused; a slot frees up after this long.
    RetryAfter(Duration),
}

impl SlidingWindow {
    /// Records one event under `key` if it fits in the window.
    pub async fn take(
        &self,
        redis: &mut ConnectionManager,
        key: &str,
    ) -> redis::RedisResult<Verdict> {
        let wait_ms: u64 = redis::cmd("EVAL")
            .arg(SCRIPT)
            .arg(1)
            .arg(key)
            .arg(self.window.as_millis() as u64)
            .arg(self.limit)
            .arg(Uuid::new_v4().simple().to_string())
            .query_async(redis)
            .await?;
        Ok(match wait_ms {
            0 => Verdict::Admitted,
            ms => Verdict::RetryAfter(Duration::from_millis(ms)),
        })
    }
}
