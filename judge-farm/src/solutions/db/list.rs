//! A problem's solutions, one page at a time: by score (newer first among equals) or newest,
//! optionally of one language, each with the reader's own vote.

use algoarena_shared::ids::SolutionId;
use algoarena_shared::language::Language;
use algoarena_shared::solutions::{
    SolutionPage, SolutionSort, SolutionSummary, SolutionsQuery, Vote,
};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// The columns every solution read shares (the list and one solution).
pub(super) struct SummaryRow {
    pub id: SolutionId,
    pub author: String,
    pub title: String,
    pub language: Language,
    pub votes: i32,
    pub my_vote: Option<i16>,
    pub mine: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl SummaryRow {
    pub(super) fn into_api(self, slug: &str) -> SolutionSummary {
        SolutionSummary {
            id: self.id,
            problem_slug: slug.to_string(),
            author: self.author,
            title: self.title,
            language: self.language,
            votes: i64::from(self.votes),
            my_vote: self.my_vote.and_then(Vote::from_value),
            mine: self.mine,
            created_at: self.created_at.to_rfc3339(),
            updated_at: self.updated_at.to_rfc3339(),
        }
    }
}

/// One page of `problem`'s solutions as `reader` sees them.
pub async fn page(
    db: &PgPool,
    problem: Uuid,
    slug: &str,
    reader: Option<Uuid>,
    query: &SolutionsQuery,
) -> Result<SolutionPage> {
    let rows = sqlx::query_as!(
        SummaryRow,
        r#"select s.id as "id: SolutionId", u.username as author, s.title,
                  sub.language as "language: Language", s.votes,
                  v.value as "my_vote?", coalesce(s.user_id = $2, false) as "mine!",
                  s.created_at, s.updated_at
             from solutions s
             join users u on u.id = s.user_id
             join submissions sub on sub.id = s.submission_id
             left join solution_votes v on v.solution_id = s.id and v.user_id = $2
            where s.problem_id = $1 and ($3::text is null or sub.language = $3)
            order by case when $4 then s.votes else 0 end desc, s.created_at desc, s.id desc
            limit $5 offset $6"#,
        problem,
        reader,
        query.language.map(|l| l.id()),
        query.sort == SolutionSort::Votes,
        i64::from(query.per_page),
        query.offset(),
    )
    .fetch_all(db)
    .await?;
    let total = count(db, problem, query.language).await?;
    Ok(SolutionPage {
        items: rows.into_iter().map(|r| r.into_api(slug)).collect(),
        page: query.page,
        per_page: query.per_page,
        total,
    })
}

async fn count(db: &PgPool, problem: Uuid, language: Option<Language>) -> Result<u64> {
    let total = sqlx::query_scalar!(
        r#"select count(*) as "total!" from solutions s
             join submissions sub on sub.id = s.submission_id
            where s.problem_id = $1 and ($2::text is null or sub.language = $2)"#,
        problem,
        language.map(|l| l.id()),
    )
    .fetch_one(db)
    .await?;
    Ok(total as u64)
}
