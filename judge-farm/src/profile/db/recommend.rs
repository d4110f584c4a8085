//! Candidates for recommendation: the user's unsolved problems, each with its weakest tag
//! (the tag where the user has solved the smallest share), nearest the target difficulty.

use algoarena_shared::api::Difficulty;
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;

pub struct CandidateRow {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub is_premium: bool,
    pub tags: Vec<String>,
    /// The problem's tag where the user is weakest, and their solves in it.
    pub weak_tag: String,
    pub tag_solved: i64,
    pub tag_total: i64,
}

/// Up to `limit` unsolved problems the user may open: the target difficulty first, then the
/// nearest ones; within a difficulty, problems from the weakest tags first, then the most
/// often accepted (the gentlest step). Premium problems only when `premium`.
pub async fn candidates(
    db: impl PgExecutor<'_>,
    user: Uuid,
    target: Difficulty,
    premium: bool,
    limit: i64,
) -> Result<Vec<CandidateRow>> {
    Ok(sqlx::query_as!(
        CandidateRow,
        r#"with visible as (
               select p.* from problems p
                where p.is_published and problem_visible(p.id, $1) and (not p.is_premium or $3)
           ), solved as (
               select problem_id from user_problem_state where user_id = $1 and status = 'solved'
           ), strength as (
               select pt.tag_id, count(*) as total, count(s.problem_id) as solved
                 from problem_tags pt
                 join visible v on v.id = pt.problem_id
                 left join solved s on s.problem_id = pt.problem_id
                group by pt.tag_id
           ), weakest as (
               select distinct on (v.id) v.id, t.name, st.solved, st.total
                 from visible v
                 join problem_tags pt on pt.problem_id = v.id
                 join strength st on st.tag_id = pt.tag_id
                 join tags t on t.id = pt.tag_id
                where v.id not in (select problem_id from solved)
                order by v.id, st.solved::float8 / st.total, st.total desc, t.name
           )
           select v.slug, v.title, v.difficulty as "difficulty!: Difficulty", v.is_premium,
                  array(select t.name from problem_tags pt join tags t on t.id = pt.tag_id
                         where pt.problem_id = v.id order by t.name) as "tags!",
                  w.name as weak_tag, w.solved as "tag_solved!", w.total as "tag_total!"
             from weakest w join visible v on v.id = w.id
            order by abs(array_position(array['Easy', 'Medium', 'Hard'], v.difficulty::text)
                         - array_position(array['Easy', 'Medium', 'Hard'], $2::text)),
                     w.solved::float8 / w.total, v.acceptance_rate desc, v.slug
            limit $4"#,
        user,
        target.as_str(),
        premium,
        limit,
    )
    .fetch_all(db)
    .await?)
}
