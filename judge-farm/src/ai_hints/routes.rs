//! The internal AI hint API: `POST /internal/problems/{slug}/ai-hint` (a hint for the caller's
//! code and latest verdict) and `GET /internal/ai-hints/quota` (what is left of the day's
//! allowance; for an anonymous caller, the allowance premium gives, which the pricing page
//! shows). Premium is checked here, once, with `practice::premium::is_premium`.

use std::time::Duration;

use algoarena_shared::ai_hints::{check_ai_hint_code, AiHint, AiHintQuota, AiHintRequest};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use uuid::Uuid;

use super::quota::{Quota, Usage};
use super::{context, db, provider};
use crate::error::{ApiError, ApiResult};
use crate::practice::db::visible_problem;
use crate::practice::premium::is_premium;
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/internal/problems/{slug}/ai-hint", post(create_ai_hint))
        .route("/internal/ai-hints/quota", get(get_quota))
}

fn quota(state: &AppState) -> Quota {
    Quota { limit: state.settings.ai.daily_limit, window: state.settings.ai.window }
}

fn allowance(quota: &Quota, usage: Option<&Usage>) -> AiHintQuota {
    AiHintQuota {
        premium: usage.is_some(),
        limit: quota.limit,
        remaining: usage.map_or(0, |u| quota.remaining(u)),
        window_secs: quota.window.as_secs(),
        next_free_in_secs: usage
            .and_then(|u| u.next_free_in)
            .map(|d| d.as_secs_f64().ceil() as u64),
    }
}

/// Redis down: hints cost money and are not essential, so the limit fails closed.
fn unavailable(e: redis::RedisError) -> ApiError {
    tracing::warn!(error = %e, "the AI hint quota is unavailable");
    ApiError::retry_later(
        StatusCode::SERVICE_UNAVAILABLE,
        "ai_unavailable",
        "AI hints are unavailable right now; please try again in a minute.",
        60,
    )
}

/// "3 h 12 min", "25 min", "40 s" (rounded down: a place is free by then or a moment after).
fn spoken(wait: Duration) -> String {
    let secs = wait.as_secs().max(1);
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        _ => format!("{} h {} min", secs / 3600, (secs % 3600) / 60),
    }
}

async fn get_quota(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<AiHintQuota>> {
    let quota = quota(&state);
    // Anonymous: the allowance as configured (`limit` per `window_secs`), with none to spend.
    let Some(user) = caller.user_id else { return Ok(Json(allowance(&quota, None))) };
    if !is_premium(&state.db, user).await? {
        return Ok(Json(allowance(&quota, None)));
    }
    let usage = quota.usage(&mut state.redis.clone(), user).await.map_err(unavailable)?;
    Ok(Json(allowance(&quota, Some(&usage))))
}

#[tracing::instrument(skip_all)]
async fn create_ai_hint(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    JsonBody(req): JsonBody<AiHintRequest>,
) -> ApiResult<Json<AiHint>> {
    let user = caller.require_user()?;
    check_ai_hint_code(&req.code)
        .map_err(|m| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "code_too_large", m))?;
    let problem = visible_problem(&state.db, &slug, user).await?.ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
    })?;
    if !is_premium(&state.db, user).await? {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "premium_required",
            "AI hints are for premium members.",
        ));
    }
    if db::in_running_contest(&state.db, problem).await? {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "contest_running",
            "AI hints are off for this problem while its contest is running.",
        ));
    }
    let quota = quota(&state);
    let mut redis = state.redis.clone();
    let (taken, usage) = quota.take(&mut redis, user).await.map_err(unavailable)?;
    let Some(taken) = taken else {
        let wait = usage.next_free_in.unwrap_or(quota.window);
        return Err(ApiError::retry_later(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!(
                "You have used your {} AI hints for today (at most {} in any {} hours); the next \
                 one is available in {}.",
                quota.limit,
                quota.limit,
                quota.window.as_secs().div_ceil(3600),
                spoken(wait)
            ),
            wait.as_secs_f64().ceil() as u64,
        ));
    };
    match make_hint(&state, user, problem, req).await {
        Ok(hint) => Ok(Json(AiHint {
            hint: hint.text,
            provider: hint.provider,
            hint_tier: hint.hint_tier,
            quota: allowance(&quota, Some(&usage)),
        })),
        Err(e) => {
            // A hint that was not given does not count.
            if let Err(lost) = quota.give_back(&mut redis, user, taken).await {
                tracing::warn!(error = %lost, "giving an AI hint's place back");
            }
            Err(e)
        }
    }
}

/// Loads the context, asks the provider and records the hint.
async fn make_hint(
    state: &AppState,
    user: Uuid,
    problem: Uuid,
    req: AiHintRequest,
) -> ApiResult<provider::Generated> {
    let context = context::load(&state.db, user, problem, true, req.language, req.code).await?;
    let hint =
        provider::generate(&state.settings.ai, &state.http, &context).await.map_err(|e| {
            tracing::warn!(error = %format!("{e:#}"), "the AI hint provider failed");
            ApiError::new(
                StatusCode::BAD_GATEWAY,
                "ai_unavailable",
                "The AI hint service did not answer; this did not count against your daily hints. \
             Please try again.",
            )
        })?;
    db::record(&state.db, user, problem, hint.provider, hint.hint_tier, &hint.text).await?;
    Ok(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_spoken_in_the_largest_sensible_units() {
        assert_eq!(spoken(Duration::from_millis(40_900)), "40 s");
        assert_eq!(spoken(Duration::from_millis(300)), "1 s");
        assert_eq!(spoken(Duration::from_millis(86_399_900)), "23 h 59 min");
        assert_eq!(spoken(Duration::from_secs(25 * 60)), "25 min");
        assert_eq!(spoken(Duration::from_secs(3 * 3600 + 12 * 60 + 5)), "3 h 12 min");
    }
}
