//! Rate limits of TRD §6 as exact sliding windows, held by a Durable Object per limited
//! subject (e.g. `login:ip:203.0.113.9`), so every edge location counts against one log.
//!
//! Two kinds of subject: the client's address (when the deployment trusts a header for it,
//! `guard::client_address`) and the account or mailbox a request is about (a keyed hash of the
//! normalised e-mail address, so object names hold no addresses). The per-account windows are
//! long enough that, over any such window, a guesser gets no more tries against one account
//! from a thousand addresses than from one: rotating addresses buys nothing.
//!
//! The object keeps the times of the requests it let through within the window (a sliding
//! log). A fixed window would let up to twice the limit through around its boundary; the log
//! never lets more than `limit` through in any `window` long stretch. Refused requests are not
//! counted, so a client that waits `Retry-After` seconds gets in.

use serde::{Deserialize, Serialize};
use worker::{durable_object, DurableObject, Env, Request, Response, State};

use crate::config::Settings;
use crate::error::EdgeError;
use crate::guard::client_address::rate_subject;
use crate::http::ClientInfo;

/// The Durable Object binding in wrangler.toml.
pub const BINDING: &str = "RATE_LIMITER";

/// One limit: at most `limit` requests per `window_secs` per subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub name: &'static str,
    pub limit: u32,
    pub window_secs: u32,
}

/// TRD §6: 10 logins per minute per IP.
pub const LOGIN: Rule = Rule { name: "login", limit: 10, window_secs: 60 };
/// TRD §6: 5 registrations per minute per IP.
pub const REGISTER: Rule = Rule { name: "register", limit: 5, window_secs: 60 };
/// Mail-sending requests (forgot password, magic link, code resend): 5 per minute per IP.
pub const SEND_MAIL: Rule = Rule { name: "send_mail", limit: 5, window_secs: 60 };
/// Code and token checks (verify e-mail, reset, magic-link confirm): 10 per minute per IP.
pub const CHECK_CODE: Rule = Rule { name: "check_code", limit: 10, window_secs: 60 };
/// TRD §6: the general API, 1000 requests per minute per signed-in user.
pub const API: Rule = Rule { name: "api", limit: 1000, window_secs: 60 };
/// TOTP guesses of one account (sign-in step, enable, disable): 5 per minute per user.
pub const TOTP: Rule = Rule { name: "totp", limit: 5, window_secs: 60 };
/// Password guesses against one account, from anywhere: 20 per 10 minutes (the farm adds a
/// lockout with backoff on top).
pub const LOGIN_ACCOUNT: Rule = Rule { name: "login_account", limit: 20, window_secs: 600 };
/// E-mail code checks for one address, from anywhere: 10 per 10 minutes.
pub const CODE_ACCOUNT: Rule = Rule { name: "code_account", limit: 10, window_secs: 600 };
/// Sign-ups naming one e-mail address, from anywhere: 10 per hour (each one mails it).
pub const REGISTER_ADDRESS: Rule = Rule { name: "register_address", limit: 10, window_secs: 3600 };
/// Mails asked for one address (code resend, password reset, magic link): 10 per hour, so no
/// one can flood a mailbox by spreading requests over many client addresses.
pub const MAIL_ADDRESS: Rule = Rule { name: "mail_address", limit: 10, window_secs: 3600 };
/// Community solutions shared by one user: 10 per hour (each is a write-up others read; more
/// than that in an hour is a script).
pub const SHARE_SOLUTION: Rule = Rule { name: "share_solution", limit: 10, window_secs: 3600 };
/// Votes on solutions by one user (cast, changed or withdrawn): 60 per minute.
pub const SOLUTION_VOTE: Rule = Rule { name: "solution_vote", limit: 60, window_secs: 60 };

// Over an account window, one address alone may already spend the account's whole budget: so
// spreading guesses over many addresses gets no more of them (checked when compiling).
const _: () =
    assert!(LOGIN.limit * (LOGIN_ACCOUNT.window_secs / LOGIN.window_secs) >= LOGIN_ACCOUNT.limit);
const _: () = assert!(
    CHECK_CODE.limit * (CODE_ACCOUNT.window_secs / CHECK_CODE.window_secs) >= CODE_ACCOUNT.limit
);

/// The message between the Worker and the object.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckRequest {
    pub limit: u32,
    pub window_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub allowed: bool,
    /// Whole seconds until a request would be let through (0 when allowed).
    pub retry_after_secs: u64,
}

/// The accepted request times (ms) of one subject, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlidingLog {
    pub hits: Vec<u64>,
}

impl SlidingLog {
    /// Decides on a request at `now_ms` and records it when let through.
    pub fn check(&mut self, now_ms: u64, limit: u32, window_ms: u64) -> Decision {
        self.hits.retain(|t| t + window_ms > now_ms);
        if (self.hits.len() as u64) < u64::from(limit) {
            self.hits.push(now_ms);
            return Decision { allowed: true, retry_after_secs: 0 };
        }
        // The oldest hit leaving the window frees a place.
        let oldest = self.hits.first().copied().unwrap_or(now_ms);
        let wait_ms = (oldest + window_ms).saturating_sub(now_ms);
        Decision { allowed: false, retry_after_secs: wait_ms.div_ceil(1000).max(1) }
    }
}

#[durable_object]
pub struct RateLimiter {
    state: State,
}

impl DurableObject for RateLimiter {
    fn new(state: State, _env: Env) -> Self {
        RateLimiter { state }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        let check: CheckRequest = req.json().await?;
        let storage = self.state.storage();
        // The runtime's input gate holds other requests to this object while storage is
        // read and written, so the read-modify-write below cannot interleave.
        let mut log: SlidingLog = storage.get("log").await?.unwrap_or_default();
        let now_ms = worker::Date::now().as_millis();
        let decision = log.check(now_ms, check.limit, check.window_ms);
        if decision.allowed {
            storage.put("log", &log).await?;
        }
        Response::from_json(&decision)
    }
}

/// Counts a request of `subject` against `rule`; `Err(RateLimited)` when over the limit.
pub async fn enforce(
    env: &Env,
    settings: &Settings,
    rule: Rule,
    subject: &str,
) -> Result<(), EdgeError> {
    let window_secs = settings.rate_limit_window_secs.unwrap_or(rule.window_secs);
    // Test stacks shrink the general limit so a test can reach it without a thousand requests.
    let limit = match settings.api_rate_limit {
        Some(limit) if rule == API => limit,
        _ => rule.limit,
    };
    let decision = check(env, &format!("{}:{subject}", rule.name), limit, window_secs).await?;
    if decision.allowed {
        Ok(())
    } else {
        Err(EdgeError::RateLimited { retry_after_secs: decision.retry_after_secs })
    }
}

/// Counts a request against `rule` for the client's address. A deployment that trusts no
/// address header (`CLIENT_IP_HEADER=none`) has no address to count: the request is then
/// limited per account only, never pooled with every other such request.
pub async fn enforce_client(
    env: &Env,
    settings: &Settings,
    rule: Rule,
    client: &ClientInfo,
) -> Result<(), EdgeError> {
    match client.ip {
        Some(ip) => enforce(env, settings, rule, &rate_subject(ip)).await,
        None => Ok(()),
    }
}

/// Counts a request against `rule` for the account (or mailbox) of `email`, wherever it
/// comes from.
pub async fn enforce_account(
    env: &Env,
    settings: &Settings,
    rule: Rule,
    email: &str,
) -> Result<(), EdgeError> {
    enforce(env, settings, rule, &account_subject(settings.farm_secret.expose(), email)).await
}

/// The subject of an e-mail address: trimmed and lowercased as the farm stores it, then hashed
/// with a key derived from the farm secret, so the object name reveals no address and cannot
/// be looked up from a list of addresses.
pub fn account_subject(secret: &str, email: &str) -> String {
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256};
    let key = Sha256::digest(format!("aa-rate-subject\n{secret}").as_bytes());
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes any key length");
    mac.update(email.trim().to_lowercase().as_bytes());
    format!("acct:{}", hex::encode(&mac.finalize().into_bytes()[..16]))
}

/// True the first time `key` is seen within `ttl_secs`, everywhere: a limit of one, used to
/// make OAuth `state` values single-use.
pub async fn first_use(env: &Env, key: &str, ttl_secs: u32) -> Result<bool, EdgeError> {
    Ok(check(env, &format!("once:{key}"), 1, ttl_secs).await?.allowed)
}

async fn check(env: &Env, name: &str, limit: u32, window_secs: u32) -> Result<Decision, EdgeError> {
    let namespace = env.durable_object(BINDING)?;
    let stub = namespace.id_from_name(name)?.get_stub()?;
    let body =
        serde_json::to_string(&CheckRequest { limit, window_ms: u64::from(window_secs) * 1000 })
            .map_err(EdgeError::internal)?;
    let mut init = worker::RequestInit::new();
    init.with_method(worker::Method::Post).with_body(Some(body.into()));
    let request = Request::new_with_init("https://rate-limiter/check", &init)?;
    Ok(stub.fetch_with_request(request).await?.json().await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_in_every_window_long_stretch_not_just_per_fixed_window() {
        let mut log = SlidingLog::default();
        let window = 60_000;
        // Five requests at the end of one minute...
        for i in 0..5 {
            assert!(log.check(59_000 + i, 5, window).allowed);
        }
        // ...and none at the start of the next: a fixed window would have reset here.
        let refused = log.check(61_000, 5, window);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_secs, 58);
        assert!(!log.check(118_999, 5, window).allowed);
        // A full window after the first request, one place is free again.
        assert!(log.check(119_000, 5, window).allowed);
        assert!(!log.check(119_000, 5, window).allowed);
        assert!(log.check(119_001, 5, window).allowed, "the second oldest left the window");
    }

    #[test]
    fn refused_requests_are_not_counted() {
        let mut log = SlidingLog::default();
        assert!(log.check(0, 1, 1_000).allowed);
        for t in 1..10 {
            assert!(!log.check(t * 50, 1, 1_000).allowed);
        }
        assert_eq!(log.hits, vec![0]);
        assert!(log.check(1_000, 1, 1_000).allowed);
    }

    #[test]
    fn one_account_is_one_subject_however_its_address_is_spelled() {
        let a = account_subject("s", "Alice@Example.com ");
        assert_eq!(a, account_subject("s", "alice@example.com"));
        assert_ne!(a, account_subject("s", "bob@example.com"));
        assert_ne!(a, account_subject("other secret", "alice@example.com"));
        assert!(a.starts_with("acct:") && !a.contains("alice"));
        assert_eq!(a.len(), "acct:".len() + 32);
    }

    #[test]
    fn retry_after_is_whole_seconds_and_at_least_one() {
        let mut log = SlidingLog::default();
        log.check(0, 1, 1_500);
        assert_eq!(log.check(1_499, 1, 1_500).retry_after_secs, 1);
        assert_eq!(log.check(100, 1, 1_500).retry_after_secs, 2);
    }
}
