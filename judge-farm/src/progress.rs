//! Live progress of a submission being judged, carried over Redis: the worker publishes each
//! step on a channel per submission and keeps the latest step in a key, so a client that
//! connects in the middle of judging starts from where the judge is. Postgres stays the source
//! of truth for verdicts; this only says how far the judge has got.

use algoarena_shared::api::SubmissionProgress;
use algoarena_shared::verdict::Status;
use redis::aio::ConnectionManager;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::model::SubmissionId;

/// How long the latest step is kept: longer than any judging, short enough to clean itself up.
const LATEST_TTL_SECS: u64 = 3600;

/// The pub/sub channel of one submission.
pub fn channel(id: SubmissionId) -> String {
    format!("algoarena:progress:{id}")
}

fn latest_key(id: SubmissionId) -> String {
    format!("algoarena:progress:{id}:latest")
}

/// What goes over a submission's channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Message {
    /// The judge moved on.
    Progress(SubmissionProgress),
    /// The worker is done with it; its verdict is (normally) in Postgres now.
    Finished,
}

/// Publishes one step and remembers it as the latest.
pub async fn publish(
    redis: &mut ConnectionManager,
    id: SubmissionId,
    step: &SubmissionProgress,
) -> redis::RedisResult<()> {
    let payload = serde_json::to_string(&Message::Progress(step.clone())).expect("serializable");
    let step_json = serde_json::to_string(step).expect("serializable");
    redis::pipe()
        .cmd("SET")
        .arg(latest_key(id))
        .arg(step_json)
        .arg("EX")
        .arg(LATEST_TTL_SECS)
        .ignore()
        .cmd("PUBLISH")
        .arg(channel(id))
        .arg(payload)
        .ignore()
        .query_async::<()>(redis)
        .await
}

/// Tells listeners the worker is done, and forgets the latest step.
pub async fn publish_finished(
    redis: &mut ConnectionManager,
    id: SubmissionId,
) -> redis::RedisResult<()> {
    let payload = serde_json::to_string(&Message::Finished).expect("serializable");
    redis::pipe()
        .cmd("DEL")
        .arg(latest_key(id))
        .ignore()
        .cmd("PUBLISH")
        .arg(channel(id))
        .arg(payload)
        .ignore()
        .query_async::<()>(redis)
        .await
}

/// The latest step published for a submission, if it is being judged.
pub async fn latest(
    redis: &mut ConnectionManager,
    id: SubmissionId,
) -> redis::RedisResult<Option<SubmissionProgress>> {
    let raw: Option<String> = redis::cmd("GET").arg(latest_key(id)).query_async(redis).await?;
    Ok(raw.and_then(|r| serde_json::from_str(&r).ok()))
}

/// A worker's reporter for one submission. The judge calls [`Reporter::report`] synchronously;
/// a task publishes the steps in order, so a slow Redis never slows the judge down, and a
/// Redis that is down costs only the live view (polling still gets the verdict).
pub struct Reporter {
    id: SubmissionId,
    redis: ConnectionManager,
    tx: mpsc::UnboundedSender<SubmissionProgress>,
    task: JoinHandle<()>,
}

impl Reporter {
    pub fn start(redis: ConnectionManager, id: SubmissionId) -> Reporter {
        let (tx, mut rx) = mpsc::unbounded_channel::<SubmissionProgress>();
        let mut conn = redis.clone();
        let task = tokio::spawn(async move {
            while let Some(step) = rx.recv().await {
                if let Err(e) = publish(&mut conn, id, &step).await {
                    tracing::debug!(submission_id = %id, error = %e, "publishing progress failed");
                }
            }
        });
        Reporter { id, redis, tx, task }
    }

    /// The judge is about to run test `test` (1-based; 0 while compiling) of `total`.
    pub fn report(&self, test: usize, total: usize) {
        let _ = self.tx.send(SubmissionProgress {
            status: Status::Judging,
            test: test as u32,
            total: Some(total as u32),
        });
    }

    /// Call once the verdict is committed: flushes the steps, then announces the end.
    pub async fn finish(self) {
        let Reporter { id, mut redis, tx, task } = self;
        drop(tx);
        let _ = task.await;
        if let Err(e) = publish_finished(&mut redis, id).await {
            tracing::debug!(submission_id = %id, error = %e, "publishing the end of judging failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_messages_are_tagged_json() {
        let step = SubmissionProgress { status: Status::Judging, test: 3, total: Some(10) };
        let json = serde_json::to_string(&Message::Progress(step.clone())).unwrap();
        assert_eq!(json, r#"{"kind":"progress","status":"judging","test":3,"total":10}"#);
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), Message::Progress(step));
        assert_eq!(
            serde_json::from_str::<Message>(r#"{"kind":"finished"}"#).unwrap(),
            Message::Finished
        );
    }
}
