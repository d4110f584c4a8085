//! Admission to the queue: a submit or a run is refused, before anything is stored, when too
//! many are already waiting (503 `queue_full`) or the user has used up their submits (or runs,
//! counted apart) for the window (429 `rate_limited`), both with `Retry-After`.

use uuid::Uuid;

use super::rate_limit::{SlidingWindow, Verdict};
use crate::db::submissions;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// What a refused submitter is told to wait when the queue is full: long enough for workers to
/// make room, short enough that a person retrying by hand does not give up.
const QUEUE_FULL_RETRY_AFTER_SECS: u64 = 10;

/// What is being admitted: each has its own allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Submit,
    Run,
}

/// Admits one submit or run by `user_id`, or says why not and for how long.
pub async fn admit(state: &AppState, user_id: Uuid, what: Admission) -> ApiResult<()> {
    let settings = &state.settings.queue;
    if submissions::queued_reaches(&state.db, settings.max_pending).await? {
        return Err(ApiError::retry_later(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "queue_full",
            "The judges are busy; please submit again in a few seconds.",
            QUEUE_FULL_RETRY_AFTER_SECS,
        ));
    }
    let (limit, name, verb) = match what {
        Admission::Submit => (settings.submit_limit, "submit", "submit"),
        Admission::Run => (settings.run_limit, "run", "run code"),
    };
    let window = SlidingWindow { limit, window: settings.submit_window };
    let key = format!("algoarena:ratelimit:{name}:{user_id}");
    match window.take(&mut state.redis.clone(), &key).await {
        Ok(Verdict::Admitted) => Ok(()),
        Ok(Verdict::RetryAfter(wait)) => Err(ApiError::retry_later(
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!(
                "You can {verb} {limit} times per {} minutes; please wait a little.",
                settings.submit_window.as_secs().div_ceil(60)
            ),
            wait.as_secs_f64().ceil() as u64,
        )),
        // Redis down must not stop judging (the sweeper enqueues from Postgres), so the limit
        // fails open rather than refusing everyone.
        Err(e) => {
            tracing::warn!(error = %e, "the rate limiter is unavailable; admitting the submit");
            Ok(())
        }
    }
}
