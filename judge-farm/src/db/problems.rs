//! The `problems`, `test_cases`, `tags` and `problem_tags` tables.

use std::collections::BTreeMap;

use algoarena_shared::api::{
    Difficulty, Editorial, Hint, Interaction, ProblemDetail, ProblemSummary, Sample,
    StatementSample,
};
use algoarena_shared::language::Language;
use sqlx::types::Json;
use sqlx::{PgExecutor, PgPool, Postgres, Transaction};
use uuid::Uuid;

use super::Result;
use crate::checkers::Checker;
use crate::functions::Signature;
use crate::model::{Passes, Program, TestCase};

/// A list or detail row before its difficulty is parsed (shared with `problem_list`).
#[derive(Debug)]
pub(crate) struct SummaryRow {
    pub slug: String,
    pub title: String,
    pub difficulty: String,
    pub tags: Vec<String>,
    pub acceptance_rate: f64,
    pub is_premium: bool,
}

impl TryFrom<SummaryRow> for ProblemSummary {
    type Error = sqlx::Error;

    fn try_from(r: SummaryRow) -> std::result::Result<Self, sqlx::Error> {
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

/// Who reads a problem, for the one visibility rule: `problem_visible(problem_id, viewer)` in
/// SQL (migration 0020) hides a problem of a contest that has not started from everyone but
/// that contest's setters. Every problem read applies it as `and problem_visible(p.id, $n)`
/// with this as `$n`; `Viewer::ANONYMOUS` (the edge's shared, cached reads) sees only what
/// everyone may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer(pub Option<Uuid>);

impl Viewer {
    pub const ANONYMOUS: Viewer = Viewer(None);
}

/// A published problem with its sample tests (an interactive problem's sample transcripts
/// instead); hidden tests never leave the farm.
pub async fn get(db: &PgPool, slug: &str, viewer: Viewer) -> Result<Option<ProblemDetail>> {
    let row = sqlx::query!(
        r#"select p.id, p.slug, p.title, p.difficulty,
                  coalesce((select array_agg(t.name::text order by t.name) from problem_tags pt
                              join tags t on t.id = pt.tag_id where pt.problem_id = p.id),
                           '{}') as "tags!",
                  p.acceptance_rate, p.is_premium, p.description, p.constraints, p.starter_code,
                  p.time_limit_ms, p.memory_limit_mb, p.editorial, p.editorial_is_premium,
                  coalesce((select array_agg(c.name::text order by c.name) from problem_companies pc
                              join companies c on c.id = pc.company_id where pc.problem_id = p.id),
                           '{}') as "companies!",
                  p.interactor is not null as "interactive!",
                  p.sample_interactions as "sample_interactions: Json<Vec<Interaction>>",
                  p.statement_samples as "statement_samples: Json<Vec<StatementSample>>",
                  p.statement_language,
                  p.allowed_languages as "allowed_languages: Json<Vec<Language>>",
                  p.translations as "translations: Json<BTreeMap<String, Translation>>"
             from problems p where p.slug = $1 and p.is_published
                                and problem_visible(p.id, $2)"#,
        slug,
        viewer.0,
    )
    .fetch_optional(db)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let summary = SummaryRow {
        slug: row.slug,
        title: row.title,
        difficulty: row.difficulty,
        tags: row.tags,
        acceptance_rate: row.acceptance_rate,
        is_premium: row.is_premium,
    };
    // An interactive problem's tests are its interactor's data, never shown: its transcripts
    // are its samples.
    let (samples, interactions) = if row.interactive {
        (Vec::new(), Some(row.sample_interactions.0))
    } else {
        let samples = samples_of(db, row.id)
            .await?
            .into_iter()
            .map(|t| Sample { input: t.input, output: t.expected_output })
            .collect();
        // A multi-pass problem may show its samples' passes as transcripts besides.
        let transcripts = row.sample_interactions.0;
        (samples, (!transcripts.is_empty()).then_some(transcripts))
    };
    // Premium tiers and a premium editorial are named but not sent: reads are cached for
    // everyone alike, and premium members read them through their own (uncached) route.
    let hints = sqlx::query!(
        "select tier, body, is_premium from problem_hints where problem_id = $1 order by tier",
        row.id,
    )
    .fetch_all(db)
    .await?
    .into_iter()
    .map(|hint| Hint {
        tier: hint.tier as u32,
        text: (!hint.is_premium).then_some(hint.body),
        premium: hint.is_premium,
    })
    .collect();
    let editorial = row.editorial.as_ref().map(|text| Editorial {
        premium: row.editorial_is_premium,
        text: (!row.editorial_is_premium).then(|| text.clone()),
    });
    let starter_code = match row.starter_code {
        Some(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    Ok(Some(ProblemDetail {
        summary: summary.try_into()?,
        description: row.description,
        constraints: row.constraints,
        samples,
        // Only a non-interactive problem's samples are shown as tests.
        statement_samples: row.statement_samples.filter(|_| !row.interactive).map(|s| s.0),
        language: row.statement_language,
        allowed_languages: row.allowed_languages.map(|l| l.0),
        interactions,
        time_limit_ms: row.time_limit_ms as u32,
        memory_limit_mb: row.memory_limit_mb as u32,
        starter_code,
        hints,
        editorial,
        companies: row.companies,
        translations: row.translations.0,
    }))
}

/// What the judge needs to know about a problem.
#[derive(Debug, Clone)]
pub struct JudgeProblem {
    pub id: Uuid,
    pub slug: String,
    pub time_limit_ms: i32,
    pub memory_limit_mb: i32,
    pub checker: Json<Checker>,
    /// The function or design signature of a LeetCode-style problem; None for stdin/stdout.
    pub signature: Option<Json<Signature>>,
    /// A custom checker's program.
    pub checker_program: Option<Json<Program>>,
    /// An interactive problem's interactor.
    pub interactor: Option<Json<Program>>,
    /// A multi-pass problem's most runs per test (see `judge::multi_pass`); None: one run.
    pub validation_passes: Option<i16>,
    /// The reference solution that answers a run's custom inputs (import's pick).
    pub solution_code: Option<Json<Program>>,
    /// The only languages the problem may be solved in; None: every language.
    pub allowed_languages: Option<Json<Vec<Language>>>,
}

/// A published problem `viewer` may see, for a submit or run to be judged against.
pub async fn find_for_judging(
    db: impl PgExecutor<'_>,
    slug: &str,
    viewer: Viewer,
) -> Result<Option<JudgeProblem>> {
    Ok(sqlx::query_as!(
        JudgeProblem,
        r#"select id, slug, time_limit_ms, memory_limit_mb, checker as "checker: Json<Checker>",
                  signature as "signature: Json<Signature>",
                  checker_program as "checker_program: Json<Program>",
                  interactor as "interactor: Json<Program>", validation_passes,
                  solution_code as "solution_code: Json<Program>",
                  allowed_languages as "allowed_languages: Json<Vec<Language>>"
             from problems where slug = $1 and is_published and problem_visible(id, $2)"#,
        slug,
        viewer.0,
    )
    .fetch_optional(db)
    .await?)
}

/// The problem a claimed submission is judged against (published or not: it was when submitted).
pub async fn judge_problem_by_id(db: impl PgExecutor<'_>, id: Uuid) -> Result<JudgeProblem> {
    Ok(sqlx::query_as!(
        JudgeProblem,
        r#"select id, slug, time_limit_ms, memory_limit_mb, checker as "checker: Json<Checker>",
                  signature as "signature: Json<Signature>",
                  checker_program as "checker_program: Json<Program>",
                  interactor as "interactor: Json<Program>", validation_passes,
                  solution_code as "solution_code: Json<Program>",
                  allowed_languages as "allowed_languages: Json<Vec<Language>>"
             from problems where id = $1"#,
        id,
    )
    .fetch_one(db)
    .await?)
}

/// Stores the reference solution that answers custom Run inputs (None: runs take samples only).
pub async fn set_solution(
    db: impl PgExecutor<'_>,
    slug: &str,
    solution: Option<&Program>,
) -> Result<()> {
    sqlx::query!(
        "update problems set solution_code = $2 where slug = $1",
        slug,
        solution.map(Json) as Option<Json<&Program>>,
    )
    .execute(db)
    .await?;
    Ok(())
}

/// The sample tests only, in order: what a Run without inputs of its own runs.
pub async fn samples_of(db: impl PgExecutor<'_>, problem_id: Uuid) -> Result<Vec<TestCase>> {
    Ok(sqlx::query_as!(
        TestCase,
        "select input, expected_output from test_cases
          where problem_id = $1 and is_sample order by order_index",
        problem_id,
    )
    .fetch_all(db)
    .await?)
}

pub async fn tests_of(db: impl PgExecutor<'_>, problem_id: Uuid) -> Result<Vec<TestCase>> {
    Ok(sqlx::query_as!(
        TestCase,
        "select input, expected_output from test_cases where problem_id = $1
          order by is_sample desc, order_index",
        problem_id,
    )
    .fetch_all(db)
    .await?)
}

/// A problem as a package describes it, ready to be written.
#[derive(Debug, Clone)]
pub struct NewProblem {
    pub slug: String,
    pub title: String,
    pub difficulty: String,
    pub description: String,
    pub constraints: Option<String>,
    pub tags: Vec<String>,
    pub starter_code: serde_json::Value,
    /// A `checkers::Checker`, as stored.
    pub checker: serde_json::Value,
    /// `{"function": {...}}` or `{"design": {...}}` for a function problem (see `functions`).
    pub signature: Option<serde_json::Value>,
    /// A custom checker's `model::Program`.
    pub checker_program: Option<serde_json::Value>,
    /// An interactive problem's interactor, a `model::Program`.
    pub interactor: Option<serde_json::Value>,
    /// A multi-pass problem's most runs per test; None: one run.
    pub validation_passes: Option<Passes>,
    pub time_limit_ms: i32,
    pub memory_limit_mb: i32,
    pub order_index: Option<i32>,
    pub package_hash: String,
    pub tests: Vec<NewTest>,
    pub meta: ProblemMeta,
}

/// A problem's name and statement in one more language (stored as the API serves it).
pub use algoarena_shared::api::Translation;

/// What a package says about a problem besides its statement and tests.
#[derive(Debug, Clone, Default)]
pub struct ProblemMeta {
    /// The statement and name in languages besides the one shown, by language code.
    pub translations: std::collections::BTreeMap<String, Translation>,
    pub is_premium: bool,
    pub companies: Vec<String>,
    /// In tier order.
    pub hints: Vec<NewHint>,
    pub editorial: Option<String>,
    pub editorial_is_premium: bool,
    /// An interactive problem's sample transcripts, shown instead of its samples' inputs and
    /// answers (see `import::interaction`); empty for other problems.
    pub sample_interactions: Vec<Interaction>,
    /// How the statement shows the samples when the package shows them otherwise than they
    /// are judged (see `import::shown_samples`); None: as judged.
    pub statement_samples: Option<Vec<StatementSample>>,
    /// The language code of the statement shown.
    pub statement_language: Option<String>,
    /// The only languages the problem may be solved in; None: every language.
    pub allowed_languages: Option<Vec<Language>>,
}

#[derive(Debug, Clone)]
pub struct NewHint {
    pub text: String,
    pub is_premium: bool,
}

#[derive(Debug, Clone)]
pub struct NewTest {
    pub name: String,
    pub input: String,
    pub expected_output: String,
    pub is_sample: bool,
}

/// Inserts or updates a problem by slug, replacing its tests and tags. Returns false when the
/// stored package hash already matches (nothing to do).
pub async fn upsert(tx: &mut Transaction<'_, Postgres>, p: &NewProblem) -> Result<bool> {
    let stored_hash =
        sqlx::query_scalar!("select package_hash from problems where slug = $1", p.slug)
            .fetch_optional(&mut **tx)
            .await?;
    if stored_hash.flatten().as_deref() == Some(p.package_hash.as_str()) {
        return Ok(false);
    }
    let id = upsert_row(tx, p).await?;
    replace_tests(tx, id, &p.tests).await?;
    replace_hints(tx, id, &p.meta.hints).await?;
    link_companies(tx, id, &p.meta.companies).await?;
    link_tags(tx, id, &p.tags).await?;
    Ok(true)
}

/// Writes the problem's own row (published), returning its id.
async fn upsert_row(tx: &mut Transaction<'_, Postgres>, p: &NewProblem) -> Result<Uuid> {
    Ok(sqlx::query_scalar!(
        "insert into problems (slug, title, difficulty, description, constraints, starter_code,
                               time_limit_ms, memory_limit_mb, order_index, package_hash, is_published, checker,
                               signature, judge_kind, checker_program, is_premium, editorial,
                               editorial_is_premium, interactor, translations,
                               sample_interactions, validation_passes, statement_samples,
                               statement_language, allowed_languages)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11, $12,
                 case when $12::jsonb is not null then 'function'
                      when $17::jsonb is not null then 'interactive' else 'stdio' end,
                 $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
         on conflict (slug) do update set
           title = excluded.title, difficulty = excluded.difficulty,
           description = excluded.description, constraints = excluded.constraints,
           starter_code = excluded.starter_code, time_limit_ms = excluded.time_limit_ms,
           memory_limit_mb = excluded.memory_limit_mb, order_index = excluded.order_index,
           package_hash = excluded.package_hash, is_published = true, checker = excluded.checker,
           signature = excluded.signature, judge_kind = excluded.judge_kind,
           checker_program = excluded.checker_program, is_premium = excluded.is_premium,
           editorial = excluded.editorial, editorial_is_premium = excluded.editorial_is_premium,
           interactor = excluded.interactor, translations = excluded.translations,
           sample_interactions = excluded.sample_interactions,
           validation_passes = excluded.validation_passes,
           statement_samples = excluded.statement_samples,
           statement_language = excluded.statement_language,
           allowed_languages = excluded.allowed_languages
         returning id",
        p.slug,
        p.title,
        p.difficulty,
        p.description,
        p.constraints,
        p.starter_code,
        p.time_limit_ms,
        p.memory_limit_mb,
        p.order_index,
        p.package_hash,
        p.checker,
        p.signature,
        p.checker_program,
        p.meta.is_premium,
        p.meta.editorial,
        p.meta.editorial_is_premium,
        p.interactor,
        serde_json::to_value(&p.meta.translations).unwrap_or_default(),
        Json(&p.meta.sample_interactions) as Json<&Vec<Interaction>>,
        p.validation_passes.map(|passes| passes.get() as i16),
        p.meta.statement_samples.as_ref().map(Json) as Option<Json<&Vec<StatementSample>>>,
        p.meta.statement_language,
        p.meta.allowed_languages.as_ref().map(Json) as Option<Json<&Vec<Language>>>,
    )
    .fetch_one(&mut **tx)
    .await?)
}

/// Replaces the problem's tests with `tests`, in their order.
async fn replace_tests(
    tx: &mut Transaction<'_, Postgres>,
    problem_id: Uuid,
    tests: &[NewTest],
) -> Result<()> {
    sqlx::query!("delete from test_cases where problem_id = $1", problem_id)
        .execute(&mut **tx)
        .await?;
    for (index, test) in tests.iter().enumerate() {
        sqlx::query!(
            "insert into test_cases (problem_id, name, input, expected_output, is_sample, order_index)
             values ($1, $2, $3, $4, $5, $6)",
            problem_id,
            test.name,
            test.input,
            test.expected_output,
            test.is_sample,
            index as i32,
        )
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Replaces the problem's hints with `hints`, tiers counted from 1 in their order.
async fn replace_hints(
    tx: &mut Transaction<'_, Postgres>,
    problem_id: Uuid,
    hints: &[NewHint],
) -> Result<()> {
    sqlx::query!("delete from problem_hints where problem_id = $1", problem_id)
        .execute(&mut **tx)
        .await?;
    for (index, hint) in hints.iter().enumerate() {
        sqlx::query!(
            "insert into problem_hints (problem_id, tier, body, is_premium) values ($1, $2, $3, $4)",
            problem_id,
            index as i32 + 1,
            hint.text,
            hint.is_premium,
        )
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Replaces the problem's tags with `names`, adding the missing ones.
async fn link_tags(
    tx: &mut Transaction<'_, Postgres>,
    problem_id: Uuid,
    names: &[String],
) -> Result<()> {
    let (names, slugs) = by_slug(names);
    sqlx::query!("delete from problem_tags where problem_id = $1", problem_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query!(
        "with named as (
              insert into tags (name, slug) select * from unnest($2::text[], $3::text[])
              on conflict (slug) do update set name = excluded.name
              returning id)
         insert into problem_tags (problem_id, tag_id) select $1, id from named
         on conflict do nothing",
        problem_id,
        &names,
        &slugs,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Replaces the problem's companies with `names`, adding the missing ones.
async fn link_companies(
    tx: &mut Transaction<'_, Postgres>,
    problem_id: Uuid,
    names: &[String],
) -> Result<()> {
    let (names, slugs) = by_slug(names);
    sqlx::query!("delete from problem_companies where problem_id = $1", problem_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query!(
        "with named as (
              insert into companies (name, slug) select * from unnest($2::text[], $3::text[])
              on conflict (slug) do update set name = excluded.name
              returning id)
         insert into problem_companies (problem_id, company_id) select $1, id from named
         on conflict do nothing",
        problem_id,
        &names,
        &slugs,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The names to store and their slugs, one name per slug: of two names with the same slug the
/// later one is kept, as when each was written in turn (one insert cannot write a row twice).
fn by_slug(names: &[String]) -> (Vec<String>, Vec<String>) {
    let mut named: Vec<(String, String)> = Vec::new();
    for name in names {
        let slug = name.to_lowercase().replace(' ', "-");
        match named.iter_mut().find(|(_, known)| *known == slug) {
            Some(entry) => entry.0 = name.clone(),
            None => named.push((name.clone(), slug)),
        }
    }
    named.into_iter().unzip()
}

/// The id of the problem named by its slug or by its id (a UUID), published or not: a user's
/// submissions stay listable after their problem is unpublished.
pub async fn id_by_slug_or_id(db: impl PgExecutor<'_>, slug_or_id: &str) -> Result<Option<Uuid>> {
    let as_id = Uuid::parse_str(slug_or_id).ok();
    Ok(sqlx::query_scalar!(
        "select id from problems where slug = $1 or id = $2 limit 1",
        slug_or_id,
        as_id,
    )
    .fetch_optional(db)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::by_slug;

    #[test]
    fn names_with_one_slug_are_stored_once_under_the_later_spelling() {
        let names = ["Dynamic Programming", "Graphs", "dynamic programming"].map(String::from);
        let (names, slugs) = by_slug(&names);
        assert_eq!(names, ["dynamic programming", "Graphs"]);
        assert_eq!(slugs, ["dynamic-programming", "graphs"]);
    }
}
