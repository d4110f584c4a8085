//! `GET /internal/submissions/{id}/events`: a submission's live progress as Server-Sent Events,
//! for its author only. The stream starts with the current state (so a late client is not left
//! waiting), then sends a `progress` event per test as the worker judges, and ends with one
//! `verdict` event carrying the Submission. A submission already judged gets just the verdict.

use std::convert::Infallible;
use std::time::Duration;

use algoarena_shared::api::{Submission, SubmissionProgress};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header::CACHE_CONTROL;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::StreamExt;
use secrecy::ExposeSecret;
use tokio::sync::mpsc;
use tokio::time::Instant;
use uuid::Uuid;

use crate::db::submissions;
use crate::error::ApiResult;
use crate::model::SubmissionId;
use crate::progress::{self, Message};
use crate::routes::signature::Caller;
use crate::routes::submissions::no_such_submission;
use crate::state::AppState;

/// How often Postgres is re-read while waiting, in case a worker's last message was lost (a
/// worker that died, a Redis blip); once a second when pub/sub is unavailable.
const RECHECK: Duration = Duration::from_secs(5);
const RECHECK_WITHOUT_PUBSUB: Duration = Duration::from_secs(1);
/// A stream ends after this long even without a verdict; the client reconnects or polls.
const MAX_STREAM: Duration = Duration::from_secs(600);

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/submissions/{id}/events", get(stream_events))
}

#[tracing::instrument(skip_all, fields(submission_id))]
async fn stream_events(
    State(state): State<AppState>,
    caller: Caller,
    id: Result<Path<SubmissionId>, PathRejection>,
) -> ApiResult<Response> {
    let user_id = caller.require_user()?;
    let Path(id) = id.map_err(|_| no_such_submission())?;
    tracing::Span::current().record("submission_id", tracing::field::display(id));
    submissions::get_own(&state.db, id, user_id).await?.ok_or_else(no_such_submission)?;

    let (tx, mut rx) = mpsc::channel::<Event>(32);
    tokio::spawn(async move {
        if let Err(e) = follow(&state, id, user_id, &tx).await {
            tracing::warn!(error = %format!("{e:#}"), "submission event stream ended early");
        }
    });
    // When the client goes away the body (and `rx`) is dropped, which ends `follow`.
    let events = futures_util::stream::poll_fn(move |cx| {
        rx.poll_recv(cx).map(|e| e.map(Ok::<_, Infallible>))
    });
    let mut response = Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response();
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, "no-store".parse().expect("a valid header"));
    // Proxies that buffer (nginx) must pass events through as they come.
    headers.insert("x-accel-buffering", "no".parse().expect("a valid header"));
    Ok(response)
}

fn progress_event(step: &SubmissionProgress) -> Event {
    Event::default().event("progress").json_data(step).expect("serializable")
}

fn verdict_event(submission: &Submission) -> Event {
    Event::default().event("verdict").json_data(submission).expect("serializable")
}

/// Sends the current state, then every step, then the verdict.
async fn follow(
    state: &AppState,
    id: SubmissionId,
    user_id: Uuid,
    tx: &mpsc::Sender<Event>,
) -> anyhow::Result<()> {
    // Subscribe before reading the state, so nothing published in between is missed.
    let mut pubsub = match subscribe(state, id).await {
        Ok(p) => Some(p),
        Err(e) => {
            tracing::warn!(error = %e, "no pub/sub for progress; following Postgres only");
            None
        }
    };
    let Some((current, in_contest)) =
        submissions::get_own_in_context(&state.db, id, user_id).await?
    else {
        return Ok(());
    };
    // What the stream may say of a step: a contestant is not told how many tests there are.
    let shown = |step: SubmissionProgress| if in_contest { step.contest_view() } else { step };
    if current.finished {
        let _ = tx.send(verdict_event(&current)).await;
        return Ok(());
    }
    let latest = progress::latest(&mut state.redis.clone(), id).await.ok().flatten();
    let first = match latest {
        Some(step) => step,
        None => SubmissionProgress {
            status: current.status,
            test: 0,
            total: submissions::test_total(&state.db, id).await?.try_into().ok(),
        },
    };
    if tx.send(progress_event(&shown(first))).await.is_err() {
        return Ok(());
    }

    let mut messages = pubsub.as_mut().map(|p| Box::pin(p.on_message()));
    let recheck = if messages.is_some() { RECHECK } else { RECHECK_WITHOUT_PUBSUB };
    let deadline = Instant::now() + MAX_STREAM;
    let mut next_check = Instant::now() + recheck;
    loop {
        let check_db = tokio::select! {
            _ = tx.closed() => return Ok(()),
            _ = tokio::time::sleep_until(deadline) => return Ok(()),
            _ = tokio::time::sleep_until(next_check) => true,
            message = next_message(&mut messages) => match message {
                Some(Message::Progress(step)) => {
                    if tx.send(progress_event(&shown(step))).await.is_err() {
                        return Ok(());
                    }
                    false
                }
                Some(Message::Finished) => true,
                // The subscription broke: keep going on Postgres alone.
                None => {
                    messages = None;
                    false
                }
            },
        };
        if check_db {
            next_check =
                Instant::now() + if messages.is_some() { RECHECK } else { RECHECK_WITHOUT_PUBSUB };
            let Some(now) = submissions::get_own(&state.db, id, user_id).await? else {
                return Ok(());
            };
            if now.finished {
                let _ = tx.send(verdict_event(&now)).await;
                return Ok(());
            }
        }
    }
}

async fn subscribe(state: &AppState, id: SubmissionId) -> redis::RedisResult<redis::aio::PubSub> {
    let client = redis::Client::open(state.settings.redis_url.expose_secret())?;
    let mut pubsub = client.get_async_pubsub().await?;
    pubsub.subscribe(progress::channel(id)).await?;
    Ok(pubsub)
}

/// The next message of the subscription; `None` when it ended. Never resolves without one.
async fn next_message<S>(messages: &mut Option<S>) -> Option<Message>
where
    S: futures_util::Stream<Item = redis::Msg> + Unpin,
{
    let Some(stream) = messages.as_mut() else { return std::future::pending().await };
    loop {
        let msg = stream.next().await?;
        let Ok(payload) = msg.get_payload::<String>() else { continue };
        if let Ok(message) = serde_json::from_str::<Message>(&payload) {
            return Some(message);
        }
    }
}
