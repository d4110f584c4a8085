//! Queries of the daily-problem tables (`daily_problems`, `daily_solves`) and the problem-set
//! tables (`problem_sets`, `problem_set_items`). Problems are read as everyone may see them
//! (`problem_visible(id, null)`): these answers are cached at the edge for everyone.

pub mod daily;
pub mod sets;

use algoarena_shared::api::{Difficulty, ProblemSummary};

/// A problem's list fields as selected by these queries.
struct SummaryRow {
    slug: String,
    title: String,
    difficulty: String,
    tags: Vec<String>,
    acceptance_rate: f64,
    is_premium: bool,
}

impl TryFrom<SummaryRow> for ProblemSummary {
    type Error = sqlx::Error;

    fn try_from(r: SummaryRow) -> Result<Self, sqlx::Error> {
        let difficulty =
            Difficulty::parse(&r.difficulty).ok_or_else(|| sqlx::Error::ColumnDecode {
                index: "difficulty".into(),
                source: format!("{:?} is not a difficulty", r.difficulty).into(),
            })?;
        Ok(ProblemSummary {
            slug: r.slug,
            title: r.title,
            difficulty,
            tags: r.tags,
            acceptance_rate: r.acceptance_rate,
            is_premium: r.is_premium,
            status: None,
        })
    }
}
