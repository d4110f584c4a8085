//! Workers that die, stall or are stopped while judging.

use std::time::Duration;

use nix::sys::signal::Signal;

use crate::farm::{sandbox_root, shared_admin_url, sleepy, wait_for, Farm};
use crate::services::PrivateRedis;

/// Work boxes of process `pid` still under the sandbox root.
fn boxes_of(pid: i32) -> Vec<String> {
    std::fs::read_dir(sandbox_root().join("boxes"))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.starts_with(&format!("box-{pid}-")))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_worker_killed_mid_judge_loses_nothing_and_its_successor_cleans_up_after_it() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let mut first = farm.worker(2, &[]);
    let mut ids = Vec::new();
    for _ in 0..4 {
        ids.push(farm.submit(&sleepy(5.0)).await);
    }
    farm.wait_judging_by(ids[0], &first).await;
    wait_for("the worker's work box", Duration::from_secs(60), || async {
        !boxes_of(first.pid).is_empty()
    })
    .await;
    first.kill();
    assert!(!boxes_of(first.pid).is_empty(), "the dead worker left its work boxes behind");
    let mut interrupted = Vec::new();
    for id in &ids {
        if farm.judging_by(*id).await == Some(first.consumer()) {
            interrupted.push(*id);
        }
    }
    assert!(!interrupted.is_empty(), "the kill landed mid-judge");

    let second = farm.worker(2, &[]);
    second.wait_ready().await;
    assert_eq!(
        boxes_of(first.pid),
        Vec::<String>::new(),
        "the new worker removed them at start-up"
    );
    farm.wait_all_final(&ids, Duration::from_secs(90)).await;
    farm.assert_exactly_one_verdict_each(&ids).await;
    for id in &ids {
        assert_eq!(farm.status(*id).await, "accepted");
    }
    for id in interrupted {
        assert_eq!(farm.attempts(id).await, 2, "the killed claim counted as an attempt");
    }
    farm.wait_stream_drained().await;
}

#[tokio::test]
async fn a_stalled_worker_is_fenced_off_once_its_lease_is_taken_over() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let stalled = farm.worker(1, &[]);
    let id = farm.submit(&sleepy(2.0)).await;
    farm.wait_judging_by(id, &stalled).await;
    stalled.signal(Signal::SIGSTOP);

    let rescuer = farm.worker(1, &[]);
    farm.wait_all_final(&[id], Duration::from_secs(60)).await;
    let judged_by: Option<String> =
        sqlx::query_scalar!("select leased_by from submissions where id = $1", id)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(judged_by, Some(rescuer.consumer()));

    stalled.signal(Signal::SIGCONT);
    stalled.wait_log("fenced off").await;
    farm.assert_exactly_one_verdict_each(&[id]).await;
    assert_eq!(farm.status(id).await, "accepted");

    // Woken up, the stalled worker goes on judging normally.
    let next = farm.submit(&sleepy(0.0)).await;
    farm.wait_all_final(&[next], Duration::from_secs(60)).await;
    farm.assert_exactly_one_verdict_each(&[id, next]).await;
    farm.wait_stream_drained().await;
}

#[tokio::test]
async fn a_submission_that_kills_workers_three_times_is_dead_lettered_as_internal_error() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let id = farm.submit(&sleepy(30.0)).await;
    for attempt in 1..=3 {
        let mut victim = farm.worker(1, &[]);
        farm.wait_judging_by(id, &victim).await;
        assert_eq!(farm.attempts(id).await, attempt);
        victim.kill();
    }
    let last = farm.worker(1, &[]);
    farm.wait_all_final(&[id], Duration::from_secs(60)).await;
    farm.assert_exactly_one_verdict_each(&[id]).await;
    let row = sqlx::query!("select status, error_message from submissions where id = $1", id)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(row.status, "internal_error");
    assert!(row.error_message.is_some_and(|m| m.contains("on our side")));
    let dead = farm.dead_letters().await;
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert_eq!(dead[0].0, id.to_string());
    assert!(dead[0].1.contains("abandoned 3 times"), "{dead:?}");
    last.wait_log("dead-lettering").await;
    farm.wait_stream_drained().await;
}

#[tokio::test]
async fn a_worker_stopped_gracefully_finishes_short_jobs_and_releases_long_ones() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let mut leaving = farm.worker(2, &[("WORKER_SHUTDOWN_GRACE_SECS", "3")]);
    let short = farm.submit(&sleepy(1.0)).await;
    let long = farm.submit(&sleepy(8.0)).await;
    farm.wait_judging_by(short, &leaving).await;
    farm.wait_judging_by(long, &leaving).await;
    leaving.signal(Signal::SIGTERM);
    let exit = leaving.wait_exit(Duration::from_secs(30)).await;
    assert!(exit.success(), "{exit:?}\n{}", leaving.log());
    assert_eq!(
        farm.status(short).await,
        "accepted",
        "the short job finished within the grace period"
    );
    assert_eq!(farm.status(long).await, "queued", "the long job was handed back");
    assert_eq!(farm.attempts(long).await, 0, "a release is not a failed attempt");
    assert!(leaving.log().contains("released to other workers"));

    let _next = farm.worker(1, &[]);
    farm.wait_all_final(&[short, long], Duration::from_secs(60)).await;
    farm.assert_exactly_one_verdict_each(&[short, long]).await;
    assert_eq!(farm.status(long).await, "accepted");
    assert_eq!(farm.attempts(long).await, 1);
}
