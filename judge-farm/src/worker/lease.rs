//! The heartbeat that keeps a claimed submission's lease alive while it is judged, and tells
//! the judging when the lease was taken over (its result would be fenced off anyway).

use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::db::submissions::{self, Claimed};

pub(super) struct Heartbeat {
    task: JoinHandle<()>,
    lost: oneshot::Receiver<()>,
}

impl Heartbeat {
    /// Renews `job`'s lease every third of `lease`, so two renewals can fail (a Postgres
    /// restart) before the lease runs out.
    pub(super) fn start(db: PgPool, job: Claimed, lease: Duration) -> Heartbeat {
        let (tell, lost) = oneshot::channel();
        let task = tokio::spawn(async move {
            loop {
                tokio::time::sleep(lease / 3).await;
                match submissions::renew_lease(&db, &job, lease).await {
                    Ok(true) => {}
                    Ok(false) => {
                        let _ = tell.send(());
                        return;
                    }
                    Err(e) => {
                        tracing::warn!(submission_id = %job.id, error = %e, "renewing the lease failed")
                    }
                }
            }
        });
        Heartbeat { task, lost }
    }

    /// Resolves once another worker holds the lease; never while it is ours.
    pub(super) async fn lost(&mut self) {
        if (&mut self.lost).await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.task.abort();
    }
}
