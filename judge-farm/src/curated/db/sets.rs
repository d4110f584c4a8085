//! The problem-set tables: the list of sets, one set's problems in order, a user's progress
//! in each, and writing a set from its file.

use algoarena_shared::api::ProblemSummary;
use algoarena_shared::problem_sets::{ProblemSetDetail, ProblemSetSummary, SetSolved};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::SummaryRow;
use crate::db::Result;

/// Every set with how many of its problems everyone may see, in the files' order.
pub async fn list(db: &PgPool) -> Result<Vec<ProblemSetSummary>> {
    let rows = sqlx::query!(
        r#"select s.slug, s.title, coalesce(s.description, '') as "description!", s.is_premium,
                  (select count(*) from problem_set_items i
                     join problems p on p.id = i.problem_id
                    where i.set_id = s.id and p.is_published
                      and problem_visible(p.id, null)) as "problems!"
             from problem_sets s
            order by s.order_index, s.slug"#
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ProblemSetSummary {
            slug: r.slug,
            title: r.title,
            description: r.description,
            problems: r.problems as u64,
            is_premium: r.is_premium,
            solved: None,
        })
        .collect())
}

/// One set with the problems everyone may see, in the set's order; `None` for an unknown slug.
/// A premium set comes whole: the route decides who may read its list.
pub async fn get(db: &PgPool, slug: &str) -> Result<Option<ProblemSetDetail>> {
    let Some(set) = sqlx::query!(
        r#"select id, slug, title, coalesce(description, '') as "description!", is_premium
             from problem_sets where slug = $1"#,
        slug
    )
    .fetch_optional(db)
    .await?
    else {
        return Ok(None);
    };
    let rows = sqlx::query_as!(
        SummaryRow,
        r#"select p.slug, p.title, p.difficulty, p.acceptance_rate, p.is_premium,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = p.id),
                           '{}') as "tags!"
             from problem_set_items i
             join problems p on p.id = i.problem_id
            where i.set_id = $1 and p.is_published and problem_visible(p.id, null)
            order by i.order_index, p.slug"#,
        set.id
    )
    .fetch_all(db)
    .await?;
    let items = rows
        .into_iter()
        .map(ProblemSummary::try_from)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Some(ProblemSetDetail {
        slug: set.slug,
        title: set.title,
        description: set.description,
        is_premium: set.is_premium,
        items,
        solved: None,
    }))
}

/// How many visible problems of each set `user` solved (sets with none are left out).
pub async fn progress(db: &PgPool, user: Uuid) -> Result<Vec<SetSolved>> {
    let rows = sqlx::query!(
        r#"select s.slug, count(*) as "solved!"
             from problem_sets s
             join problem_set_items i on i.set_id = s.id
             join problems p on p.id = i.problem_id
                            and p.is_published and problem_visible(p.id, null)
             join user_problem_state u on u.problem_id = i.problem_id
                                      and u.user_id = $1 and u.status = 'solved'
            group by s.slug
            order by s.slug"#,
        user
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| SetSolved { slug: r.slug, solved: r.solved as u64 }).collect())
}

/// The ids of the problems with these slugs, as (slug, id); unknown slugs are absent.
pub async fn problem_ids(conn: &mut PgConnection, slugs: &[String]) -> Result<Vec<(String, Uuid)>> {
    let rows = sqlx::query!(r#"select slug, id from problems where slug = any($1)"#, slugs)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| (r.slug, r.id)).collect())
}

/// A set as its file defines it.
pub struct NewSet<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub order_index: i32,
    pub is_premium: bool,
    /// In the set's order.
    pub problems: &'a [Uuid],
}

/// Creates or replaces the set `set.slug`: its fields and its whole list of problems.
pub async fn upsert(conn: &mut PgConnection, set: &NewSet<'_>) -> Result<()> {
    let id = sqlx::query_scalar!(
        r#"insert into problem_sets (slug, title, description, order_index, is_premium)
           values ($1, $2, $3, $4, $5)
           on conflict (slug) do update
              set title = excluded.title, description = excluded.description,
                  order_index = excluded.order_index, is_premium = excluded.is_premium
           returning id"#,
        set.slug,
        set.title,
        set.description,
        set.order_index,
        set.is_premium
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!("delete from problem_set_items where set_id = $1", id).execute(&mut *conn).await?;
    sqlx::query!(
        r#"insert into problem_set_items (set_id, problem_id, order_index)
           select $1, item.problem_id, item.position::int
             from unnest($2::uuid[]) with ordinality as item(problem_id, position)"#,
        id,
        set.problems
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
