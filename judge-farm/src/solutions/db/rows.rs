//! One solution: reading it with its code, sharing one from a submission, editing and deleting
//! it, and what the routes need to decide (the submission's owner and verdict, the author).

use algoarena_shared::ids::{SolutionId, SubmissionId};
use algoarena_shared::language::Language;
use algoarena_shared::solutions::Solution;
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::list::SummaryRow;
use crate::db::Result;
use crate::model::{Status, StoredKind};

/// What sharing needs to know of a submission.
pub struct SubmissionFacts {
    pub user_id: Uuid,
    pub problem_id: Uuid,
    pub kind: StoredKind,
    pub status: Status,
}

pub async fn submission_facts(db: &PgPool, id: SubmissionId) -> Result<Option<SubmissionFacts>> {
    Ok(sqlx::query_as!(
        SubmissionFacts,
        r#"select user_id, problem_id, kind as "kind: StoredKind", status as "status: Status"
             from submissions where id = $1"#,
        id as SubmissionId,
    )
    .fetch_optional(db)
    .await?)
}

/// Shares `submission` as a solution; None when it is already shared (one solution per
/// submission, the unique key decides under concurrent posts).
pub async fn insert(
    db: &PgPool,
    problem: Uuid,
    user: Uuid,
    submission: SubmissionId,
    title: &str,
    explanation: &str,
) -> Result<Option<SolutionId>> {
    Ok(sqlx::query_scalar!(
        r#"insert into solutions (problem_id, user_id, submission_id, title, explanation)
           values ($1, $2, $3, $4, $5)
           on conflict (submission_id) do nothing
           returning id as "id: SolutionId""#,
        problem,
        user,
        submission as SubmissionId,
        title,
        explanation,
    )
    .fetch_optional(db)
    .await?)
}

struct FullRow {
    id: SolutionId,
    author: String,
    title: String,
    language: Language,
    votes: i32,
    my_vote: Option<i16>,
    mine: bool,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    code: String,
    explanation: String,
}

/// Solution `id` of `problem` with its code, as `reader` sees it; None when there is no such
/// solution of that problem.
pub async fn get(
    db: &PgPool,
    problem: Uuid,
    slug: &str,
    id: SolutionId,
    reader: Option<Uuid>,
) -> Result<Option<Solution>> {
    let row = sqlx::query_as!(
        FullRow,
        r#"select s.id as "id: SolutionId", u.username as author, s.title,
                  sub.language as "language: Language", s.votes,
                  v.value as "my_vote?", coalesce(s.user_id = $3, false) as "mine!",
                  s.created_at, s.updated_at, sub.code, s.explanation
             from solutions s
             join users u on u.id = s.user_id
             join submissions sub on sub.id = s.submission_id
             left join solution_votes v on v.solution_id = s.id and v.user_id = $3
            where s.id = $1 and s.problem_id = $2"#,
        id as SolutionId,
        problem,
        reader,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| {
        let summary = SummaryRow {
            id: r.id,
            author: r.author,
            title: r.title,
            language: r.language,
            votes: r.votes,
            my_vote: r.my_vote,
            mine: r.mine,
            created_at: r.created_at,
            updated_at: r.updated_at,
        };
        Solution { summary: summary.into_api(slug), code: r.code, explanation: r.explanation }
    }))
}

/// The author of solution `id` of `problem`; None when there is no such solution.
pub async fn author(db: &PgPool, problem: Uuid, id: SolutionId) -> Result<Option<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select user_id from solutions where id = $1 and problem_id = $2",
        id as SolutionId,
        problem,
    )
    .fetch_optional(db)
    .await?)
}

/// Replaces the title and/or the explanation (None keeps a field).
pub async fn update(
    db: &PgPool,
    id: SolutionId,
    title: Option<&str>,
    explanation: Option<&str>,
) -> Result<()> {
    sqlx::query!(
        // `updated_at` is set by the table's trigger when the words change (migration 0060).
        "update solutions set title = coalesce($2, title),
                explanation = coalesce($3, explanation)
          where id = $1",
        id as SolutionId,
        title,
        explanation,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Deletes the solution and, by cascade, its votes.
pub async fn delete(db: &PgPool, id: SolutionId) -> Result<()> {
    sqlx::query!("delete from solutions where id = $1", id as SolutionId).execute(db).await?;
    Ok(())
}
