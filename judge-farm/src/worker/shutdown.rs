//! Graceful shutdown: the jobs in hand get the grace period to finish; what is still running
//! after it is stopped and released (back to queued, without counting as an attempt, and put
//! on the stream again) so another worker picks it up at once instead of after a lease.

use std::time::Duration;

use tokio::task::JoinSet;

use super::Worker;
use crate::db::submissions;
use crate::queue;

impl Worker {
    pub(super) async fn shut_down(&self, mut jobs: JoinSet<()>, grace: Duration) {
        tracing::info!(jobs = jobs.len(), grace_secs = grace.as_secs(), "worker stopping");
        let drained =
            tokio::time::timeout(grace, async { while jobs.join_next().await.is_some() {} }).await;
        if drained.is_err() {
            // Stopping the tasks kills their sandbox runs; a verdict they were committing is
            // either in (and the release below finds the lease gone) or not (and it is released).
            jobs.abort_all();
            while jobs.join_next().await.is_some() {}
            let held: Vec<_> = self.in_flight.lock().expect("in-flight lock").drain().collect();
            let mut redis = self.redis.clone();
            for (id, (claimed, entry_id)) in held {
                match submissions::release(&self.db, &claimed, true).await {
                    Ok(true) => {
                        tracing::info!(submission_id = %id, "released to other workers");
                        let requeued = queue::enqueue(&mut redis, &self.stream, id).await;
                        if requeued.is_ok() {
                            let _ = queue::ack(&mut redis, &self.stream, &entry_id).await;
                        }
                    }
                    Ok(false) => {}
                    Err(e) => {
                        tracing::warn!(submission_id = %id, error = %e, "release failed; its lease will run out")
                    }
                }
            }
        }
        match queue::drop_consumer_if_idle(&mut self.redis.clone(), &self.stream, &self.consumer)
            .await
        {
            Ok(true) => tracing::info!("left the consumer group"),
            Ok(false) => {
                tracing::info!("entries still pending for this consumer; others take them over")
            }
            Err(e) => tracing::warn!(error = %e, "could not leave the consumer group"),
        }
        tracing::info!("worker stopped");
    }
}
