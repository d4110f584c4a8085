//! Postgres is the source of truth: the sweeper puts back on the stream whatever Postgres says
//! is waiting but the stream may not hold (the enqueue after an insert was lost, Redis lost its
//! data, a dead worker's entry was never taken over).

use std::sync::Arc;
use std::time::Duration;

use tokio::time::MissedTickBehavior;

use super::Worker;
use crate::db::submissions;
use crate::queue;

/// Sweeps every `sweep_interval`, as long as the worker runs.
pub(super) async fn run(worker: Arc<Worker>) {
    let mut tick = tokio::time::interval(worker.queue.sweep_interval);
    tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        // A lease gets one more lease's time: the stream's own takeover (XAUTOCLAIM) comes
        // first, and this catches only what it could not.
        worker.sweep(worker.queue.requeue_after, worker.queue.lease).await;
    }
}

impl Worker {
    /// Re-enqueues queued submissions not put on the stream for `requeue_after`, and judging
    /// ones whose lease ran out more than `lease_grace` ago.
    pub(super) async fn sweep(&self, requeue_after: Duration, lease_grace: Duration) {
        let ids = match submissions::recover_stale(&self.db, requeue_after, lease_grace).await {
            Ok(ids) => ids,
            Err(e) => {
                tracing::warn!(error = %e, "sweep failed");
                return;
            }
        };
        if ids.is_empty() {
            return;
        }
        tracing::info!(count = ids.len(), "re-enqueueing submissions the stream may have lost");
        let mut redis = self.redis.clone();
        for id in ids {
            if let Err(e) = queue::enqueue(&mut redis, &self.stream, id).await {
                // Marked as enqueued but not: the next sweep after `requeue_after` tries again.
                tracing::warn!(submission_id = %id, error = %e, "re-enqueueing failed");
                return;
            }
        }
    }

    /// After this worker had to create the consumer group (the very first start, or Redis lost
    /// the stream in a flush or a restart without persistence): everything Postgres says is
    /// waiting goes back at once rather than after `requeue_after`.
    pub(super) async fn requeue_everything(&self) {
        tracing::warn!("created the consumer group (first start, or Redis lost its data); re-enqueueing from Postgres");
        self.sweep(Duration::ZERO, Duration::ZERO).await;
    }
}
