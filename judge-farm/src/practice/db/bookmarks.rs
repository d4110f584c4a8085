//! Bookmarks: `user_problem_state.is_bookmarked` with `bookmarked_at` (migration 0031).

use algoarena_shared::api::ProblemSummary;
use algoarena_shared::my_work::{Bookmark, BookmarkPage};
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::problems::SummaryRow;
use crate::db::Result;

/// Flips the bookmark in one statement (two quick clicks cannot both set it) and returns the
/// new state.
pub async fn toggle(db: &PgPool, user: Uuid, problem: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        "insert into user_problem_state (user_id, problem_id, is_bookmarked, bookmarked_at)
         values ($1, $2, true, now())
         on conflict (user_id, problem_id) do update
            set is_bookmarked = not user_problem_state.is_bookmarked,
                bookmarked_at = case when user_problem_state.is_bookmarked then null else now() end
         returning is_bookmarked",
        user,
        problem,
    )
    .fetch_one(db)
    .await?)
}

pub async fn is_bookmarked(db: &PgPool, user: Uuid, problem: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        "select is_bookmarked from user_problem_state where user_id = $1 and problem_id = $2",
        user,
        problem,
    )
    .fetch_optional(db)
    .await?
    .unwrap_or(false))
}

/// The user's bookmarked problems they may still see, newest bookmark first.
pub async fn list(db: &PgPool, user: Uuid, page: u32, per_page: u32) -> Result<BookmarkPage> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let rows = sqlx::query!(
        r#"select p.slug, p.title, p.difficulty, p.acceptance_rate, p.is_premium,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = p.id),
                           '{}') as "tags!",
                  s.bookmarked_at as "bookmarked_at!", count(*) over () as "total!"
             from user_problem_state s join problems p on p.id = s.problem_id
            where s.user_id = $1 and s.is_bookmarked and s.bookmarked_at is not null
              and p.is_published and problem_visible(p.id, $1)
            order by s.bookmarked_at desc, p.slug limit $2 offset $3"#,
        user,
        i64::from(per_page),
        offset,
    )
    .fetch_all(db)
    .await?;
    let total = rows.first().map_or(0, |r| r.total as u64);
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        let bookmarked_at = r.bookmarked_at.to_rfc3339();
        let problem = ProblemSummary::try_from(SummaryRow {
            slug: r.slug,
            title: r.title,
            difficulty: r.difficulty,
            tags: r.tags,
            acceptance_rate: r.acceptance_rate,
            is_premium: r.is_premium,
        })?;
        items.push(Bookmark { problem, bookmarked_at });
    }
    Ok(BookmarkPage { items, page, per_page, total })
}
