//! Storing a verdict: the fenced commit, and the latency it returns for the metric.

use std::time::Duration;

use algoarena_judge_farm::db::{problems, submissions};
use algoarena_judge_farm::model::{SubmissionId, SubmissionKind, Verdict};
use algoarena_shared::language::Language;
use submissions::Claim;

use crate::helpers::TestFarm;

#[tokio::test]
async fn the_verdict_commit_returns_the_time_since_submit_and_a_fenced_off_one_stores_nothing() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (user, _) = farm.register("latency@example.com").await;
    let problem = problems::id_by_slug_or_id(&farm.db, "a-plus-b").await.unwrap().unwrap();
    let (id, _) = submissions::insert(
        &farm.db,
        user,
        problem,
        Language::Python3,
        "print(1)",
        &SubmissionKind::Submit,
    )
    .await
    .unwrap();
    // Submitted a while ago: the latency must come from the row, not from the commit's own time.
    sqlx::query!(
        "update submissions set created_at = now() - interval '90 seconds' where id = $1",
        id as SubmissionId
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let Claim::Claimed(job) =
        submissions::claim(&farm.db, id, "test", Duration::from_secs(30)).await.unwrap()
    else {
        panic!("the queued submission is claimed");
    };

    let verdict = Verdict::before_tests(1);
    let stored = submissions::finish(&farm.db, &job, &verdict).await.unwrap().expect("stored");
    assert!(
        (Duration::from_secs(90)..Duration::from_secs(150)).contains(&stored.latency),
        "{stored:?}"
    );
    let again = submissions::finish(&farm.db, &job, &verdict).await.unwrap();
    assert_eq!(again, None, "the lease ended with the first commit");
}
