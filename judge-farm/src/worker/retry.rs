//! Retrying database calls through a short outage (a Postgres restart, a failover) instead of
//! giving up a job that is otherwise fine: the lease and the fencing make a retried call safe.

use std::future::Future;
use std::time::{Duration, Instant};

const FIRST_PAUSE: Duration = Duration::from_millis(100);
const LONGEST_PAUSE: Duration = Duration::from_secs(2);

/// Runs `op` until it succeeds or `patience` has passed, pausing longer after each failure.
pub(super) async fn patiently<T, E, F, Fut>(
    what: &str,
    patience: Duration,
    mut op: F,
) -> Result<T, E>
where
    E: std::fmt::Display,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let give_up_at = Instant::now() + patience;
    let mut pause = FIRST_PAUSE;
    loop {
        match op().await {
            Ok(value) => return Ok(value),
            Err(e) if Instant::now() + pause < give_up_at => {
                tracing::warn!(error = %e, "{what} failed; retrying");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(LONGEST_PAUSE);
            }
            Err(e) => return Err(e),
        }
    }
}
