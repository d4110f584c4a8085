//! The user's own submissions (runs excluded), filtered by problem, status and language,
//! newest first, with each problem's title.

use algoarena_shared::api::{FailedTest, RunCase, Submission};
use algoarena_shared::language::Language;
use algoarena_shared::my_work::{MySubmission, MySubmissionPage, MySubmissionsQuery};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::submissions::contest_view;
use crate::db::Result;
use crate::model::{Status, StoredKind, SubmissionId};

struct Row {
    id: SubmissionId,
    problem_slug: String,
    problem_title: String,
    language: Language,
    status: Status,
    runtime_ms: Option<i32>,
    memory_kb: Option<i32>,
    test_cases_passed: Option<i32>,
    test_cases_total: Option<i32>,
    error_message: Option<String>,
    failed_test: Option<Json<FailedTest>>,
    score: Option<f64>,
    max_score: Option<f64>,
    kind: StoredKind,
    run_cases: Option<Json<Vec<RunCase>>>,
    created_at: DateTime<Utc>,
    /// A contest or virtual-run submission: shown as contests show them.
    in_contest: bool,
    total: i64,
}

/// One page; `problem` is an existing problem's id (the route answers an unknown slug 404).
pub async fn list(
    db: &PgPool,
    user: Uuid,
    problem: Option<Uuid>,
    query: &MySubmissionsQuery,
) -> Result<MySubmissionPage> {
    let offset = i64::from(query.page.saturating_sub(1)) * i64::from(query.per_page);
    let rows = sqlx::query_as!(
        Row,
        r#"select s.id as "id: SubmissionId", p.slug as problem_slug, p.title as problem_title,
                  s.language as "language: Language", s.status as "status: Status", s.runtime_ms,
                  s.memory_kb, s.test_cases_passed, s.test_cases_total, s.error_message,
                  s.failed_test as "failed_test: Json<FailedTest>", s.score, s.max_score,
                  s.kind as "kind: StoredKind",
                  s.run_cases as "run_cases: Json<Vec<RunCase>>", s.created_at,
                  (s.contest_id is not null or s.virtual_run_id is not null) as "in_contest!",
                  count(*) over () as "total!"
             from submissions s join problems p on p.id = s.problem_id
            where s.user_id = $1 and s.kind = 'submit'
              and ($2::uuid is null or s.problem_id = $2)
              and ($3::text is null or s.status = $3)
              and ($4::text is null or s.language = $4)
            order by s.created_at desc, s.id desc limit $5 offset $6"#,
        user,
        problem,
        query.status.map(|s| s.as_str()),
        query.language.map(|l| l.id()),
        i64::from(query.per_page),
        offset,
    )
    .fetch_all(db)
    .await?;
    // A page past the end has no rows to carry the total: count it apart then.
    let total = match rows.first() {
        Some(row) => row.total as u64,
        None if query.page > 1 => count(db, user, problem, query).await?,
        None => 0,
    };
    let items = rows
        .into_iter()
        .map(|r| {
            let submission = Submission {
                id: r.id,
                problem_slug: r.problem_slug,
                language: r.language,
                status: r.status,
                runtime_ms: r.runtime_ms,
                memory_kb: r.memory_kb,
                test_cases_passed: r.test_cases_passed,
                test_cases_total: r.test_cases_total,
                error_message: r.error_message,
                created_at: r.created_at.to_rfc3339(),
                finished: r.status.is_final(),
                failed_test: r.failed_test.map(|t| t.0),
                score: r.score,
                max_score: r.max_score,
                kind: r.kind,
                cases: r.run_cases.map(|c| c.0).unwrap_or_default(),
            };
            let submission = if r.in_contest { contest_view(submission) } else { submission };
            MySubmission { problem_title: r.problem_title, submission }
        })
        .collect();
    Ok(MySubmissionPage { items, page: query.page, per_page: query.per_page, total })
}

async fn count(
    db: &PgPool,
    user: Uuid,
    problem: Option<Uuid>,
    query: &MySubmissionsQuery,
) -> Result<u64> {
    let total = sqlx::query_scalar!(
        r#"select count(*) as "total!" from submissions s
            where s.user_id = $1 and s.kind = 'submit'
              and ($2::uuid is null or s.problem_id = $2)
              and ($3::text is null or s.status = $3)
              and ($4::text is null or s.language = $4)"#,
        user,
        problem,
        query.status.map(|s| s.as_str()),
        query.language.map(|l| l.id()),
    )
    .fetch_one(db)
    .await?;
    Ok(total as u64)
}
