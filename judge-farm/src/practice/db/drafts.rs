//! `code_drafts`: one row per user, problem and language; the server's `updated_at` decides
//! which write is the last.

use algoarena_shared::language::Language;
use algoarena_shared::my_work::Draft;
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

struct DraftRow {
    language: Language,
    code: String,
    updated_at: DateTime<Utc>,
}

impl DraftRow {
    fn into_api(self, slug: &str) -> Draft {
        Draft {
            problem_slug: slug.to_string(),
            language: self.language,
            code: self.code,
            updated_at: self.updated_at.to_rfc3339(),
        }
    }
}

/// Writes the draft, replacing any earlier one of that language (last write wins).
pub async fn put(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
    slug: &str,
    language: Language,
    code: &str,
) -> Result<Draft> {
    let row = sqlx::query_as!(
        DraftRow,
        r#"insert into code_drafts (user_id, problem_id, language, code) values ($1, $2, $3, $4)
           on conflict (user_id, problem_id, language) do update set code = excluded.code,
                  updated_at = now()
           returning language as "language: Language", code, updated_at"#,
        user,
        problem,
        language as Language,
        code,
    )
    .fetch_one(db)
    .await?;
    Ok(row.into_api(slug))
}

pub async fn get(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
    slug: &str,
    language: Language,
) -> Result<Option<Draft>> {
    let row = sqlx::query_as!(
        DraftRow,
        r#"select language as "language: Language", code, updated_at from code_drafts
            where user_id = $1 and problem_id = $2 and language = $3"#,
        user,
        problem,
        language as Language,
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| r.into_api(slug)))
}

/// The user's drafts of one problem, the most recently saved first.
pub async fn list(db: &PgPool, user: Uuid, problem: Uuid, slug: &str) -> Result<Vec<Draft>> {
    let rows = sqlx::query_as!(
        DraftRow,
        r#"select language as "language: Language", code, updated_at from code_drafts
            where user_id = $1 and problem_id = $2 order by updated_at desc, language"#,
        user,
        problem,
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| r.into_api(slug)).collect())
}
