//! The queries of AI hints: the problem's public facts, the caller's latest verdict as stored,
//! the `ai_hints` history, and whether a contest is running with the problem. None of them
//! selects a hidden test or `solution_code` (the allow-list in `context` relies on it).

use algoarena_shared::ai_hints::AiProviderKind;
use algoarena_shared::api::{FailedTest, RunCase};
use sqlx::types::Json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;
use crate::model::{Status, StoredKind};

/// What everyone may read of a problem, plus its editorial's text, which only
/// `context::load` sees, to take its headings.
pub struct ProblemFacts {
    pub title: String,
    pub difficulty: String,
    pub description: String,
    pub constraints: Option<String>,
    pub tags: Vec<String>,
    pub starter_code: Option<serde_json::Value>,
    pub editorial: Option<String>,
}

pub async fn problem_facts(db: &PgPool, problem: Uuid) -> Result<ProblemFacts> {
    Ok(sqlx::query_as!(
        ProblemFacts,
        r#"select p.title, p.difficulty, p.description, p.constraints,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = p.id),
                           '{}') as "tags!",
                  p.starter_code, p.editorial
             from problems p where p.id = $1"#,
        problem,
    )
    .fetch_one(db)
    .await?)
}

/// A finished practice submission or Run as stored, before anything is withheld
/// (`context::visible` decides what its author sees).
#[derive(Debug, Clone)]
pub struct StoredVerdict {
    pub status: Status,
    pub was_run: bool,
    /// A Run of the user's own inputs (not the samples).
    pub custom_inputs: bool,
    pub passed: Option<i32>,
    pub total: Option<i32>,
    pub error_message: Option<String>,
    pub failed_test: Option<FailedTest>,
    pub run_cases: Vec<RunCase>,
    pub code: String,
}

/// The user's latest finished practice submission or Run of the problem (contest submissions
/// and virtual runs' are left out: they keep no failing test, and a contest is no place for
/// hints).
pub async fn latest_verdict(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
) -> Result<Option<StoredVerdict>> {
    let row = sqlx::query!(
        r#"select status as "status: Status", kind as "kind: StoredKind",
                  run_inputs is not null as "custom_inputs!",
                  test_cases_passed, test_cases_total, error_message,
                  failed_test as "failed_test: Json<FailedTest>",
                  run_cases as "run_cases: Json<Vec<RunCase>>", code
             from submissions
            where user_id = $1 and problem_id = $2 and contest_id is null
              and virtual_run_id is null
              and status not in ('queued', 'judging')
            order by created_at desc, id desc limit 1"#,
        user,
        problem,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| StoredVerdict {
        status: r.status,
        was_run: r.kind == StoredKind::Run,
        custom_inputs: r.custom_inputs,
        passed: r.test_cases_passed,
        total: r.test_cases_total,
        error_message: r.error_message,
        failed_test: r.failed_test.map(|t| t.0),
        run_cases: r.run_cases.map(|c| c.0).unwrap_or_default(),
        code: r.code,
    }))
}

/// An AI hint given before.
pub struct GivenHint {
    pub hint_tier: Option<i32>,
    pub body: String,
}

/// The user's latest `limit` AI hints on the problem, newest first.
pub async fn given_hints(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
    limit: i64,
) -> Result<Vec<GivenHint>> {
    Ok(sqlx::query_as!(
        GivenHint,
        "select hint_tier, body from ai_hints where user_id = $1 and problem_id = $2
          order by created_at desc, id desc limit $3",
        user,
        problem,
        limit,
    )
    .fetch_all(db)
    .await?)
}

/// The highest hint tier AI hints have passed on to the user for the problem.
pub async fn highest_given_tier(db: &PgPool, user: Uuid, problem: Uuid) -> Result<Option<i32>> {
    Ok(sqlx::query_scalar!(
        "select max(hint_tier) from ai_hints where user_id = $1 and problem_id = $2",
        user,
        problem,
    )
    .fetch_one(db)
    .await?)
}

/// Records a hint given.
pub async fn record(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
    provider: AiProviderKind,
    hint_tier: Option<u32>,
    body: &str,
) -> Result<()> {
    sqlx::query!(
        "insert into ai_hints (user_id, problem_id, provider, hint_tier, body)
         values ($1, $2, $3, $4, $5)",
        user,
        problem,
        provider.id(),
        hint_tier.map(|t| t as i32),
        body,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Whether a contest holding the problem is running now.
pub async fn in_running_contest(db: &PgPool, problem: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select exists (select 1 from contest_problems cp join contests c on c.id = cp.contest_id
                           where cp.problem_id = $1
                             and now() >= c.start_time and now() < c.end_time) as "running!""#,
        problem,
    )
    .fetch_one(db)
    .await?)
}
