//! What the profile and progress tests share: a small tagged catalogue, and verdicts stored
//! through the farm's own commit (`db::submissions::finish`) for submissions made at chosen
//! instants.

use std::time::Duration;

use algoarena_judge_farm::db::submissions::{self, Claim};
use algoarena_judge_farm::model::{Status, SubmissionId, SubmissionKind, Verdict};
use algoarena_shared::language::Language;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::helpers::TestFarm;

/// Five published problems (two Easy, two Medium, one Hard), one premium Medium, with tags.
pub async fn catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, is_published, is_premium,
                              order_index, acceptance_rate) values
          ('two-sum', 'Two Sum', 'Easy', 'x', true, false, 1, 0.5),
          ('reverse-words', 'Reverse Words', 'Easy', 'x', true, false, 2, 0.7),
          ('maximum-subarray', 'Maximum Subarray', 'Medium', 'x', true, false, 3, 0.4),
          ('coin-change', 'Coin Change', 'Medium', 'x', true, false, 4, 0.6),
          ('premium-dp', 'Premium DP', 'Medium', 'x', true, true, 5, 0.9),
          ('subarray-sums', 'Subarray Sums', 'Hard', 'x', true, false, 6, 0.2);
        insert into tags (name, slug) values ('Array', 'array'), ('String', 'string'),
          ('Dynamic Programming', 'dynamic-programming');
        insert into problem_tags (problem_id, tag_id)
          select p.id, t.id from problems p, tags t where (p.slug, t.slug) in (
            ('two-sum', 'array'), ('reverse-words', 'string'),
            ('maximum-subarray', 'array'), ('maximum-subarray', 'dynamic-programming'),
            ('coin-change', 'dynamic-programming'), ('premium-dp', 'dynamic-programming'),
            ('subarray-sums', 'array'));
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    farm
}

pub async fn problem_id(farm: &TestFarm, slug: &str) -> Uuid {
    sqlx::query_scalar!("select id from problems where slug = $1", slug)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

/// A submission of `slug` made at `at`, judged `status` through the farm's verdict commit.
pub async fn judged_at(
    farm: &TestFarm,
    user: Uuid,
    slug: &str,
    language: Language,
    status: Status,
    at: DateTime<Utc>,
) {
    let problem = problem_id(farm, slug).await;
    let (id, _) =
        submissions::insert(&farm.db, user, problem, language, "code", &SubmissionKind::Submit)
            .await
            .unwrap();
    sqlx::query!("update submissions set created_at = $2 where id = $1", id as SubmissionId, at)
        .execute(&farm.db)
        .await
        .unwrap();
    let Claim::Claimed(job) =
        submissions::claim(&farm.db, id, "test", Duration::from_secs(30)).await.unwrap()
    else {
        panic!("the queued submission is claimed");
    };
    let verdict = Verdict { status, passed: 0, ..Verdict::before_tests(1) };
    submissions::finish(&farm.db, &job, &verdict).await.unwrap().expect("stored");
}

/// [`judged_at`] accepted, in Python.
pub async fn accepted_at(farm: &TestFarm, user: Uuid, slug: &str, at: DateTime<Utc>) {
    judged_at(farm, user, slug, Language::Python3, Status::Accepted, at).await;
}

/// The start of today, UTC.
pub fn utc_midnight() -> DateTime<Utc> {
    Utc::now().date_naive().and_hms_opt(0, 0, 0).unwrap().and_utc()
}
