//! Reading contests for the API: the list, one contest, its problems as a viewer may see them.

use algoarena_shared::contest_api::{ContestProblemEntry, ContestSummary};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::names::{parse_format, parse_kind, parse_phase};
use crate::db::problems::Viewer;
use crate::db::Result;

struct SummaryRow {
    slug: String,
    title: String,
    kind: String,
    format: String,
    is_rated: bool,
    start_time: DateTime<Utc>,
    end_time: DateTime<Utc>,
    phase: String,
    registrants: i64,
}

impl TryFrom<SummaryRow> for ContestSummary {
    type Error = sqlx::Error;

    fn try_from(r: SummaryRow) -> std::result::Result<Self, sqlx::Error> {
        Ok(ContestSummary {
            slug: r.slug,
            title: r.title,
            kind: parse_kind(&r.kind)?,
            format: parse_format(&r.format)?,
            rated: r.is_rated,
            starts_at: r.start_time.to_rfc3339(),
            ends_at: r.end_time.to_rfc3339(),
            phase: parse_phase(&r.phase)?,
            registrants: r.registrants as u64,
        })
    }
}

/// One page of contests, the latest start first, and how many there are.
pub async fn list(db: &PgPool, page: u32, per_page: u32) -> Result<(Vec<ContestSummary>, u64)> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let rows = sqlx::query_as!(
        SummaryRow,
        r#"select c.slug, c.title, c.type as kind, c.format, c.is_rated, c.start_time, c.end_time,
                  case when now() < c.start_time then 'upcoming'
                       when now() < c.end_time then 'running' else 'ended' end as "phase!",
                  (select count(*) from contest_registrations r
                    where r.contest_id = c.id) as "registrants!"
             from contests c
            order by c.start_time desc, c.slug
            limit $1 offset $2"#,
        i64::from(per_page),
        offset,
    )
    .fetch_all(db)
    .await?;
    let total =
        sqlx::query_scalar!(r#"select count(*) as "total!" from contests"#).fetch_one(db).await?;
    let items = rows.into_iter().map(ContestSummary::try_from).collect::<Result<_, _>>()?;
    Ok((items, total as u64))
}

/// A contest as the API shows it, with its id (for the follow-up reads).
pub struct Found {
    pub id: Uuid,
    pub summary: ContestSummary,
}

/// The contest with this slug.
pub async fn find(db: &PgPool, slug: &str) -> Result<Option<Found>> {
    let row = sqlx::query!(
        r#"select c.id, c.slug, c.title, c.type as kind, c.format, c.is_rated, c.start_time,
                  c.end_time,
                  case when now() < c.start_time then 'upcoming'
                       when now() < c.end_time then 'running' else 'ended' end as "phase!",
                  (select count(*) from contest_registrations r
                    where r.contest_id = c.id) as "registrants!"
             from contests c where c.slug = $1"#,
        slug,
    )
    .fetch_optional(db)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let summary = SummaryRow {
        slug: r.slug,
        title: r.title,
        kind: r.kind,
        format: r.format,
        is_rated: r.is_rated,
        start_time: r.start_time,
        end_time: r.end_time,
        phase: r.phase,
        registrants: r.registrants,
    }
    .try_into()?;
    Ok(Some(Found { id: r.id, summary }))
}

/// The contest's problems in order, those `viewer` may see (`problem_visible`): none before the
/// start, unless the viewer sets the contest.
pub async fn problems(
    db: &PgPool,
    contest_id: Uuid,
    viewer: Viewer,
) -> Result<Vec<ContestProblemEntry>> {
    let rows = sqlx::query!(
        r#"select cp.order_index, p.slug, p.title, cp.points
             from contest_problems cp join problems p on p.id = cp.problem_id
            where cp.contest_id = $1 and problem_visible(p.id, $2)
            order by cp.order_index"#,
        contest_id,
        viewer.0,
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ContestProblemEntry {
            letter: letter(r.order_index),
            slug: r.slug,
            title: r.title,
            points: r.points as u64,
        })
        .collect())
}

/// A, B, ... Z for the problem at `index` (a package has at most 26).
fn letter(index: i32) -> String {
    char::from(b'A' + index.clamp(0, 25) as u8).to_string()
}
