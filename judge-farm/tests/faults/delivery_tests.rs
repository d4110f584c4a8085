//! What the stream delivers: the same job more than once, and entries that are garbage.

use std::time::Duration;

use uuid::Uuid;

use algoarena_judge_farm::queue;

use crate::farm::{shared_admin_url, sleepy, Farm};
use crate::services::PrivateRedis;

#[tokio::test]
async fn a_job_delivered_twice_is_judged_once() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let workers = [farm.worker(1, &[]), farm.worker(1, &[])];
    for w in &workers {
        w.wait_ready().await;
    }
    let id = farm.submit(&sleepy(1.0)).await;
    for _ in 0..2 {
        queue::enqueue(&mut farm.redis(), &farm.stream, id.into()).await.unwrap();
    }
    farm.wait_all_final(&[id], Duration::from_secs(60)).await;
    // And once more after the verdict, as a replay would.
    queue::enqueue(&mut farm.redis(), &farm.stream, id.into()).await.unwrap();
    farm.wait_stream_drained().await;

    farm.assert_exactly_one_verdict_each(&[id]).await;
    assert_eq!(farm.attempts(id).await, 1, "only one delivery claimed it");
    let judged: usize = workers.iter().map(|w| w.log_lines("\"judged\"").len()).sum();
    assert_eq!(judged, 1, "exactly one worker judged it");
}

#[tokio::test]
async fn poison_jobs_are_dead_lettered_and_the_worker_keeps_judging() {
    let redis = PrivateRedis::start();
    let farm = Farm::start(&shared_admin_url(), &redis.url()).await;
    let mut worker = farm.worker(1, &[]);
    let mut conn = farm.redis();
    let missing = Uuid::new_v4().to_string();
    for fields in [
        vec![("submission", "not-a-uuid")],
        vec![("something", "else")],
        vec![("submission", missing.as_str())],
    ] {
        let _: String =
            redis::AsyncCommands::xadd(&mut conn, &farm.stream, "*", &fields).await.unwrap();
    }
    let id = farm.submit(&sleepy(0.0)).await;
    farm.wait_all_final(&[id], Duration::from_secs(60)).await;
    farm.wait_stream_drained().await;

    assert!(worker.is_running(), "{}", worker.log());
    farm.assert_exactly_one_verdict_each(&[id]).await;
    assert_eq!(farm.status(id).await, "accepted");
    let dead = farm.dead_letters().await;
    let reasons: Vec<(&str, &str)> = dead.iter().map(|(s, r)| (s.as_str(), r.as_str())).collect();
    assert_eq!(
        reasons,
        vec![
            ("not-a-uuid", "the entry names no submission"),
            ("", "the entry names no submission"),
            (missing.as_str(), "no such submission"),
        ]
    );
}
