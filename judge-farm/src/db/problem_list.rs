//! The problem list: filters, sort, search and paging in one query; the tag catalogue with
//! counts; a user's solved/attempted marks. Search is Postgres alone: the weighted `search`
//! tsvector (title A, statement B; migration 0030) for whole words and word prefixes, and
//! trigram similarity on the title for typos, with `ilike 'text%'` for a title's start.

use algoarena_shared::api::{ProblemPage, ProblemSummary};
use algoarena_shared::problem_list::{
    ListQuery, ProblemMark, ProblemStatus, StatusFilter, TagCount,
};
use sqlx::PgPool;
use uuid::Uuid;

use super::problems::SummaryRow;
use super::Result;

/// One page of published problems matching `query`, for `user` when signed in (needed by the
/// status filter; the caller refuses that filter without a user). The contest visibility rule
/// (`problem_visible`, see `problems::Viewer`) applies with `user` as the viewer.
pub async fn list(db: &PgPool, query: &ListQuery, user: Option<Uuid>) -> Result<ProblemPage> {
    let offset = i64::from(query.page.saturating_sub(1)) * i64::from(query.per_page);
    let (items, mut total) = fetch(db, query, user, i64::from(query.per_page), offset).await?;
    // A page past the end has no row to carry the total: count with the first row instead.
    if items.is_empty() && offset > 0 {
        total = fetch(db, query, user, 1, 0).await?.1;
    }
    Ok(ProblemPage { items, page: query.page, per_page: query.per_page, total })
}

async fn fetch(
    db: &PgPool,
    query: &ListQuery,
    user: Option<Uuid>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<ProblemSummary>, u64)> {
    let some = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
    let status = query.status.map(StatusFilter::as_str);
    let prefix = query.q.as_deref().and_then(prefix_tsquery);
    let like = query.q.as_deref().map(|q| format!("{}%", escape_like(q)));
    let rows = sqlx::query!(
        r#"with matched as (
             select p.id, p.slug, p.title, p.difficulty, p.acceptance_rate, p.is_premium,
                    p.order_index, p.created_at,
                    case when $8::text is null then 0
                         else 2 * ts_rank(p.search, websearch_to_tsquery('english', $8))
                              + coalesce(ts_rank(p.search, to_tsquery('english', $9)), 0)
                              + similarity(p.title, $8) end as rank
               from problems p
               left join user_problem_state s on s.user_id = $7 and s.problem_id = p.id
              where p.is_published
                and problem_visible(p.id, $7)
                and ($1::text is null or p.difficulty = $1)
                and ($2::text[] is null
                     or (select count(*) from problem_tags pt join tags t on t.id = pt.tag_id
                          where pt.problem_id = p.id and t.slug = any($2))
                        >= case when $3 then cardinality($2) else 1 end)
                and ($4::text[] is null
                     or exists (select 1 from problem_companies pc
                                  join companies c on c.id = pc.company_id
                                 where pc.problem_id = p.id and c.slug = any($4)))
                and ($5::bool is null or p.is_premium = $5)
                and ($6::text is null
                     or exists (select 1 from problem_set_items psi
                                  join problem_sets ps on ps.id = psi.set_id
                                 where ps.slug = $6 and psi.problem_id = p.id
                                   -- A premium set's list is read on its own page, premium
                                   -- members only; this shared (cached) list never shows it.
                                   and not ps.is_premium))
                and (case $11::text
                       when 'solved' then s.status = 'solved'
                       when 'attempted' then s.status = 'attempted'
                       when 'todo' then s.status is null or s.status = 'unseen'
                       else true end)
                and ($8::text is null
                     or p.search @@ websearch_to_tsquery('english', $8)
                     or ($9::text is not null and p.search @@ to_tsquery('english', $9))
                     or p.title % $8
                     or p.title ilike $10)
           )
           select m.slug, m.title, m.difficulty, m.acceptance_rate, m.is_premium,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = m.id),
                           '{}') as "tags!",
                  (select count(*) from matched) as "total!"
             from matched m
            order by case when $12 = 'relevance' then m.rank end desc,
                     case when $12 = 'title' then m.title end,
                     case when $12 = 'difficulty' then
                          case m.difficulty when 'Easy' then 1 when 'Medium' then 2 else 3 end
                     end,
                     case when $12 = 'acceptance' then m.acceptance_rate end desc,
                     case when $12 = 'newest' then m.created_at end desc,
                     m.order_index nulls last, m.slug
            limit $13 offset $14"#,
        query.difficulty.map(|d| d.as_str()),
        some(&query.tags) as Option<Vec<String>>,
        query.tag_match == algoarena_shared::problem_list::TagMatch::All,
        some(&query.companies) as Option<Vec<String>>,
        query.premium,
        query.set.as_deref(),
        user,
        query.q.as_deref(),
        prefix.as_deref(),
        like.as_deref(),
        status,
        query.effective_sort().as_str(),
        limit,
        offset,
    )
    .fetch_all(db)
    .await?;
    let total = rows.first().map_or(0, |r| r.total as u64);
    let items = rows
        .into_iter()
        .map(|r| {
            ProblemSummary::try_from(SummaryRow {
                slug: r.slug,
                title: r.title,
                difficulty: r.difficulty,
                tags: r.tags,
                acceptance_rate: r.acceptance_rate,
                is_premium: r.is_premium,
            })
        })
        .collect::<std::result::Result<_, _>>()?;
    Ok((items, total))
}

/// Every word as a prefix (`rev wor` → `rev:* & wor:*`), keeping letters and digits only so
/// the text cannot be tsquery syntax; `None` when no word is left.
fn prefix_tsquery(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .filter(|w| !w.is_empty())
        .map(|w| format!("{w}:*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" & "))
}

/// `text` matched literally by `ilike` (its `%`, `_` and `\` escaped).
fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The filter values of `query` that name nothing in the catalogue: a misspelt tag, company
/// or set would otherwise give a silently empty (or wider) list.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct UnknownFilters {
    pub tags: Vec<String>,
    pub companies: Vec<String>,
    pub set: Option<String>,
}

/// Looks up every tag, company and set slug `query` filters by; one indexed query, made only
/// when the query has such a filter.
pub async fn unknown_filters(db: &PgPool, query: &ListQuery) -> Result<UnknownFilters> {
    if query.tags.is_empty() && query.companies.is_empty() && query.set.is_none() {
        return Ok(UnknownFilters::default());
    }
    let row = sqlx::query!(
        r#"select coalesce((select array_agg(x order by x) from unnest($1::text[]) x
                             where not exists (select 1 from tags t where t.slug = x)),
                           '{}') as "tags!",
                  coalesce((select array_agg(x order by x) from unnest($2::text[]) x
                             where not exists (select 1 from companies c where c.slug = x)),
                           '{}') as "companies!",
                  ($3::text is null
                   or exists (select 1 from problem_sets ps where ps.slug = $3)) as "set_known!""#,
        &query.tags,
        &query.companies,
        query.set.as_deref(),
    )
    .fetch_one(db)
    .await?;
    let set = if row.set_known { None } else { query.set.clone() };
    Ok(UnknownFilters { tags: row.tags, companies: row.companies, set })
}

/// Tags carried by at least one published problem, by name, with how many carry each.
pub async fn tags(db: &PgPool) -> Result<Vec<TagCount>> {
    let rows = sqlx::query!(
        r#"select t.slug, t.name, count(*) as "problems!"
             from tags t
             join problem_tags pt on pt.tag_id = t.id
             join problems p on p.id = pt.problem_id and p.is_published
            where problem_visible(p.id, null)
            group by t.id
            order by t.name"#
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| TagCount { slug: r.slug, name: r.name, problems: r.problems as u64 })
        .collect())
}

/// `user`'s solved and attempted problems, among `slugs` when given (a list page's), else all.
/// Reads `user_problem_state` by its primary key's leading column.
pub async fn marks(db: &PgPool, user: Uuid, slugs: Option<&[String]>) -> Result<Vec<ProblemMark>> {
    let rows = sqlx::query!(
        r#"select p.slug, s.status as "status: ProblemStatus"
             from user_problem_state s
             join problems p on p.id = s.problem_id
            where s.user_id = $1 and s.status in ('solved', 'attempted')
              and ($2::text[] is null or p.slug = any($2))
            order by p.slug"#,
        user,
        slugs as Option<&[String]>,
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| ProblemMark { slug: r.slug, status: r.status }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_become_safe_prefixes() {
        assert_eq!(prefix_tsquery("rev wor").as_deref(), Some("rev:* & wor:*"));
        assert_eq!(prefix_tsquery("a&b | !c:*").as_deref(), Some("ab:* & c:*"));
        assert_eq!(prefix_tsquery("&& !"), None);
    }

    #[test]
    fn like_patterns_match_their_text_literally() {
        assert_eq!(escape_like(r"50%_a\b"), r"50\%\_a\\b");
    }
}
