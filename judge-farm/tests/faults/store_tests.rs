//! The stores failing under the workers: Redis flushed and restarted empty, Postgres
//! restarted while verdicts are being written, and a crash between insert and enqueue.

use std::time::Duration;

use crate::farm::{shared_admin_url, sleepy, wait_for, Farm};
use crate::services::{PrivatePostgres, PrivateRedis};

async fn finished_count(farm: &Farm) -> i64 {
    sqlx::query_scalar!(
        r#"select count(*) as "finished!" from submissions where status not in ('queued', 'judging')"#
    )
    .fetch_one(&farm.db)
        .await
        .unwrap_or(0)
}

#[tokio::test]
async fn a_redis_flush_and_a_redis_restart_lose_no_submission() {
    let mut redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let worker = farm.worker(2, &[]);
    worker.wait_ready().await;
    let mut ids = Vec::new();
    for _ in 0..6 {
        ids.push(farm.submit(&sleepy(0.5)).await);
    }
    wait_for("a first verdict", Duration::from_secs(60), || async {
        finished_count(&farm).await >= 1
    })
    .await;
    redis.flushall();
    for _ in 0..2 {
        ids.push(farm.submit(&sleepy(0.5)).await);
    }
    // Judged only once the worker noticed the flush: their entries went to a stream without
    // the consumer group.
    farm.wait_all_final(&ids[6..], Duration::from_secs(60)).await;
    redis.restart();
    for _ in 0..2 {
        ids.push(farm.submit(&sleepy(0.5)).await);
    }
    // The farm crashed between the insert and the enqueue.
    ids.push(farm.insert_only(&sleepy(0.0)).await);

    farm.wait_all_final(&ids, Duration::from_secs(120)).await;
    farm.assert_exactly_one_verdict_each(&ids).await;
    // At the first start, and again each time Redis lost the group.
    let recoveries = worker.log_lines("re-enqueueing from Postgres").len();
    assert!(recoveries >= 3, "{recoveries} recoveries:\n{}", worker.log_lines("WARN").join("\n"));
}

#[tokio::test]
async fn a_postgres_restart_while_verdicts_are_written_loses_none_and_doubles_none() {
    let postgres = tokio::task::spawn_blocking(PrivatePostgres::start).await.unwrap();
    let redis = PrivateRedis::start();
    let farm = Farm::start(&postgres.admin_url(), &redis.url()).await;
    let workers = [farm.worker(2, &[]), farm.worker(2, &[])];
    for w in &workers {
        w.wait_ready().await;
    }
    let mut ids = Vec::new();
    for _ in 0..16 {
        ids.push(farm.submit(&sleepy(0.5)).await);
    }
    wait_for("verdicts written while others are being judged", Duration::from_secs(60), || async {
        let judging: i64 = sqlx::query_scalar!(
            r#"select count(*) as "judging!" from submissions where status = 'judging'"#
        )
        .fetch_one(&farm.db)
        .await
        .unwrap_or(0);
        finished_count(&farm).await >= 2 && judging >= 2
    })
    .await;
    // Down for longer than a lease (and than the pools' 5 s acquire timeout), so heartbeats
    // and commits fail outright, leases run out, and takeovers race the late commits.
    let postgres = tokio::task::spawn_blocking(move || {
        postgres.restart(Duration::from_secs(6));
        postgres
    })
    .await
    .unwrap();
    for _ in 0..4 {
        ids.push(farm.submit(&sleepy(0.2)).await);
    }
    farm.wait_all_final(&ids, Duration::from_secs(120)).await;
    farm.assert_exactly_one_verdict_each(&ids).await;
    farm.wait_stream_drained().await;
    drop(postgres);
}
