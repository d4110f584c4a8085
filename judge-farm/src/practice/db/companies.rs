//! The companies list (premium members only; the route asks): each company with the number of
//! published problems everyone may see that it is known to ask.

use algoarena_shared::premium::CompanyCount;
use sqlx::PgPool;

use crate::db::Result;

/// Companies with at least one such problem, most problems first, then by name.
pub async fn list(db: &PgPool) -> Result<Vec<CompanyCount>> {
    let rows = sqlx::query!(
        r#"select c.slug, c.name, count(*) as "problems!"
             from companies c
             join problem_companies pc on pc.company_id = c.id
             join problems p on p.id = pc.problem_id
            where p.is_published and problem_visible(p.id, null)
            group by c.id
            order by count(*) desc, c.name"#,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| CompanyCount { slug: r.slug, name: r.name, problems: r.problems as u32 })
        .collect())
}
