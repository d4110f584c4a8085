//! What a user's submissions add up to: solves per difficulty and tag, languages, accepted
//! submissions per day, recent solves. Only published problems the viewer may see count
//! (`problem_visible`), so a contest's hidden problems never show through a profile.

use algoarena_shared::api::Difficulty;
use algoarena_shared::language::Language;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;

/// Solved and total visible problems of each difficulty that has any.
pub struct DifficultyRow {
    pub difficulty: Difficulty,
    pub solved: i64,
    pub total: i64,
}

/// `user`'s solves per difficulty, among the problems `viewer` may see.
pub async fn solved_by_difficulty(
    db: impl PgExecutor<'_>,
    user: Uuid,
    viewer: Option<Uuid>,
) -> Result<Vec<DifficultyRow>> {
    Ok(sqlx::query_as!(
        DifficultyRow,
        r#"select p.difficulty as "difficulty!: Difficulty", count(*) as "total!",
                  count(ups.user_id) as "solved!"
             from problems p
             left join user_problem_state ups
               on ups.problem_id = p.id and ups.user_id = $1 and ups.status = 'solved'
            where p.is_published and problem_visible(p.id, $2)
            group by p.difficulty"#,
        user,
        viewer,
    )
    .fetch_all(db)
    .await?)
}

/// The user's judged submissions (runs excluded) and how many were accepted.
pub async fn submission_counts(db: impl PgExecutor<'_>, user: Uuid) -> Result<(i64, i64)> {
    let row = sqlx::query!(
        r#"select count(*) as "judged!",
                  count(*) filter (where status = 'accepted') as "accepted!"
             from submissions
            where user_id = $1 and kind = 'submit' and status not in ('queued', 'judging')"#,
        user,
    )
    .fetch_one(db)
    .await?;
    Ok((row.judged, row.accepted))
}

pub struct TagRow {
    pub name: String,
    pub slug: String,
    pub solved: i64,
    pub total: i64,
}

/// Every tag with visible problems: its total and the user's solves, most solved first.
pub async fn solved_by_tag(db: impl PgExecutor<'_>, user: Uuid) -> Result<Vec<TagRow>> {
    Ok(sqlx::query_as!(
        TagRow,
        r#"select t.name, t.slug, count(*) as "total!", count(ups.user_id) as "solved!"
             from tags t
             join problem_tags pt on pt.tag_id = t.id
             join problems p on p.id = pt.problem_id
             left join user_problem_state ups
               on ups.problem_id = p.id and ups.user_id = $1 and ups.status = 'solved'
            where p.is_published and problem_visible(p.id, $1)
            group by t.id
            order by count(ups.user_id) desc, t.name"#,
        user,
    )
    .fetch_all(db)
    .await?)
}

pub struct LanguageRow {
    pub language: Language,
    pub solved: i64,
    pub submissions: i64,
}

/// Each language the user submitted in: problems accepted in it, and submissions.
pub async fn languages(db: impl PgExecutor<'_>, user: Uuid) -> Result<Vec<LanguageRow>> {
    Ok(sqlx::query_as!(
        LanguageRow,
        r#"select language as "language!: Language", count(*) as "submissions!",
                  count(distinct problem_id) filter (where status = 'accepted') as "solved!"
             from submissions
            where user_id = $1 and kind = 'submit'
            group by language
            order by count(*) desc, language"#,
        user,
    )
    .fetch_all(db)
    .await?)
}

pub struct DayRow {
    pub day: NaiveDate,
    pub accepted: i64,
}

/// Accepted submissions per day in `time_zone`, for days from `from` on (days without any
/// are left out).
pub async fn accepted_per_day(
    db: impl PgExecutor<'_>,
    user: Uuid,
    time_zone: &str,
    from: NaiveDate,
) -> Result<Vec<DayRow>> {
    // A UTC bound two days early lets the partial index narrow the scan; the exact cut is
    // on the local day.
    let since = from.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() - chrono::Days::new(2);
    Ok(sqlx::query_as!(
        DayRow,
        r#"select (created_at at time zone $2)::date as "day!", count(*) as "accepted!"
             from submissions
            where user_id = $1 and status = 'accepted' and kind = 'submit'
              and created_at >= $4 and (created_at at time zone $2)::date >= $3
            group by 1
            order by 1"#,
        user,
        time_zone,
        from,
        since,
    )
    .fetch_all(db)
    .await?)
}

pub struct SolveRow {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub solved_at: DateTime<Utc>,
}

/// The user's latest solved problems that anyone may see, newest first.
pub async fn recent_solves(
    db: impl PgExecutor<'_>,
    user: Uuid,
    limit: i64,
) -> Result<Vec<SolveRow>> {
    Ok(sqlx::query_as!(
        SolveRow,
        r#"select p.slug, p.title, p.difficulty as "difficulty!: Difficulty",
                  ups.solved_at as "solved_at!"
             from user_problem_state ups
             join problems p on p.id = ups.problem_id
            where ups.user_id = $1 and ups.status = 'solved' and ups.solved_at is not null
              and p.is_published and problem_visible(p.id, null)
            order by ups.solved_at desc
            limit $2"#,
        user,
        limit,
    )
    .fetch_all(db)
    .await?)
}

/// How many rated contests moved the user's rating.
pub async fn rated_contests(db: impl PgExecutor<'_>, user: Uuid) -> Result<i64> {
    Ok(sqlx::query_scalar!(
        r#"select count(*) as "n!" from rating_history where user_id = $1"#,
        user
    )
    .fetch_one(db)
    .await?)
}
