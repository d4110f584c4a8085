//! The `problems`, `test_cases`, `tags` and `problem_tags` tables.

use algoarena_shared::api::{Editorial, Hint, ProblemDetail, ProblemPage, ProblemSummary, Sample};
use sqlx::{FromRow, PgExecutor, PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::error::ApiResult;
use crate::model::{Program, TestCase};

#[derive(Debug, FromRow)]
struct SummaryRow {
    slug: String,
    title: String,
    difficulty: String,
    tags: Vec<String>,
    acceptance_rate: f64,
    is_premium: bool,
}

impl From<SummaryRow> for ProblemSummary {
    fn from(r: SummaryRow) -> Self {
        ProblemSummary {
            slug: r.slug,
            title: r.title,
            difficulty: r.difficulty,
            tags: r.tags,
            acceptance_rate: r.acceptance_rate,
            is_premium: r.is_premium,
        }
    }
}

const SUMMARY_COLUMNS: &str = "p.slug, p.title, p.difficulty,
    coalesce((select array_agg(t.name order by t.name) from problem_tags pt
              join tags t on t.id = pt.tag_id where pt.problem_id = p.id), '{}') as tags,
    p.acceptance_rate, p.is_premium";

/// One page of published problems in their list order, optionally of one difficulty.
pub async fn list(
    db: &PgPool,
    page: u32,
    per_page: u32,
    difficulty: Option<&str>,
) -> ApiResult<ProblemPage> {
    let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
    let sql = format!(
        "select {SUMMARY_COLUMNS} from problems p
          where p.is_published and ($1::text is null or p.difficulty = $1)
          order by p.order_index nulls last, p.slug
          limit $2 offset $3"
    );
    let rows = sqlx::query_as::<_, SummaryRow>(&sql)
        .bind(difficulty)
        .bind(i64::from(per_page))
        .bind(offset)
        .fetch_all(db)
        .await?;
    let total: i64 = sqlx::query_scalar(
        "select count(*) from problems where is_published and ($1::text is null or difficulty = $1)",
    )
    .bind(difficulty)
    .fetch_one(db)
    .await?;
    Ok(ProblemPage {
        items: rows.into_iter().map(Into::into).collect(),
        page,
        per_page,
        total: total as u64,
    })
}

#[derive(Debug, FromRow)]
struct DetailRow {
    id: Uuid,
    #[sqlx(flatten)]
    summary: SummaryRow,
    description: String,
    constraints: Option<String>,
    starter_code: Option<serde_json::Value>,
    time_limit_ms: i32,
    memory_limit_mb: i32,
    editorial: Option<String>,
    editorial_is_premium: bool,
    companies: Vec<String>,
}

/// A published problem with its sample tests; hidden tests never leave the farm.
pub async fn get(db: &PgPool, slug: &str) -> ApiResult<Option<ProblemDetail>> {
    let sql = format!(
        "select p.id, {SUMMARY_COLUMNS}, p.description, p.constraints, p.starter_code,
                p.time_limit_ms, p.memory_limit_mb, p.editorial, p.editorial_is_premium,
                coalesce((select array_agg(c.name order by c.name) from problem_companies pc
                          join companies c on c.id = pc.company_id where pc.problem_id = p.id), '{{}}') as companies
           from problems p where p.slug = $1 and p.is_published"
    );
    let Some(row) = sqlx::query_as::<_, DetailRow>(&sql).bind(slug).fetch_optional(db).await?
    else {
        return Ok(None);
    };
    let samples = sqlx::query_as::<_, (String, String)>(
        "select input, expected_output from test_cases
          where problem_id = $1 and is_sample order by order_index",
    )
    .bind(row.id)
    .fetch_all(db)
    .await?
    .into_iter()
    .map(|(input, output)| Sample { input, output })
    .collect();
    // Premium tiers and a premium editorial are named but not sent: reads are cached for
    // everyone alike, and premium members read them through their own (uncached) route.
    let hints = sqlx::query_as::<_, (i32, String, bool)>(
        "select tier, body, is_premium from problem_hints where problem_id = $1 order by tier",
    )
    .bind(row.id)
    .fetch_all(db)
    .await?
    .into_iter()
    .map(|(tier, body, premium)| Hint {
        tier: tier as u32,
        text: (!premium).then_some(body),
        premium,
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
        summary: row.summary.into(),
        description: row.description,
        constraints: row.constraints,
        samples,
        time_limit_ms: row.time_limit_ms as u32,
        memory_limit_mb: row.memory_limit_mb as u32,
        starter_code,
        hints,
        editorial,
        companies: row.companies,
    }))
}

/// What the judge needs to know about a problem.
#[derive(Debug, Clone, FromRow)]
pub struct JudgeProblem {
    pub id: Uuid,
    pub slug: String,
    pub time_limit_ms: i32,
    pub memory_limit_mb: i32,
    pub checker: sqlx::types::Json<crate::checkers::Checker>,
    /// The function or design signature of a LeetCode-style problem; None for stdin/stdout.
    pub signature: Option<sqlx::types::Json<crate::functions::Signature>>,
    /// A custom checker's program.
    pub checker_program: Option<sqlx::types::Json<Program>>,
    /// An interactive problem's interactor.
    pub interactor: Option<sqlx::types::Json<Program>>,
    /// The reference solution that answers a run's custom inputs (import's pick).
    pub solution_code: Option<sqlx::types::Json<Program>>,
}

/// The columns of [`JudgeProblem`], for every query that loads one.
const JUDGE_COLUMNS: &str = "id, slug, time_limit_ms, memory_limit_mb, checker, signature, checker_program, interactor, solution_code";

pub async fn find_for_judging(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> ApiResult<Option<JudgeProblem>> {
    Ok(sqlx::query_as::<_, JudgeProblem>(&format!(
        "select {JUDGE_COLUMNS} from problems where slug = $1 and is_published"
    ))
    .bind(slug)
    .fetch_optional(db)
    .await?)
}

/// The problem a claimed submission is judged against (published or not: it was when submitted).
pub async fn judge_problem_by_id(db: impl PgExecutor<'_>, id: Uuid) -> ApiResult<JudgeProblem> {
    Ok(sqlx::query_as::<_, JudgeProblem>(&format!(
        "select {JUDGE_COLUMNS} from problems where id = $1"
    ))
    .bind(id)
    .fetch_one(db)
    .await?)
}

/// Stores the reference solution that answers custom Run inputs (None: runs take samples only).
pub async fn set_solution(
    db: impl PgExecutor<'_>,
    slug: &str,
    solution: Option<&Program>,
) -> ApiResult<()> {
    sqlx::query("update problems set solution_code = $2 where slug = $1")
        .bind(slug)
        .bind(solution.map(sqlx::types::Json))
        .execute(db)
        .await?;
    Ok(())
}

/// The sample tests only, in order: what a Run without inputs of its own runs.
pub async fn samples_of(db: impl PgExecutor<'_>, problem_id: Uuid) -> ApiResult<Vec<TestCase>> {
    Ok(sqlx::query_as::<_, TestCase>(
        "select input, expected_output from test_cases where problem_id = $1 and is_sample order by order_index",
    )
    .bind(problem_id)
    .fetch_all(db)
    .await?)
}

pub async fn tests_of(db: impl PgExecutor<'_>, problem_id: Uuid) -> ApiResult<Vec<TestCase>> {
    Ok(sqlx::query_as::<_, TestCase>(
        "select input, expected_output from test_cases where problem_id = $1
          order by is_sample desc, order_index",
    )
    .bind(problem_id)
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
    pub time_limit_ms: i32,
    pub memory_limit_mb: i32,
    pub order_index: Option<i32>,
    pub package_hash: String,
    pub tests: Vec<NewTest>,
    pub meta: ProblemMeta,
}

/// What a package says about a problem besides its statement and tests.
#[derive(Debug, Clone, Default)]
pub struct ProblemMeta {
    pub is_premium: bool,
    pub companies: Vec<String>,
    /// In tier order.
    pub hints: Vec<NewHint>,
    pub editorial: Option<String>,
    pub editorial_is_premium: bool,
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
pub async fn upsert(tx: &mut Transaction<'_, Postgres>, p: &NewProblem) -> ApiResult<bool> {
    let existing: Option<Option<String>> =
        sqlx::query_scalar("select package_hash from problems where slug = $1")
            .bind(&p.slug)
            .fetch_optional(&mut **tx)
            .await?;
    if existing.as_ref().is_some_and(|h| h.as_deref() == Some(p.package_hash.as_str())) {
        return Ok(false);
    }
    let id: Uuid = sqlx::query_scalar(
        "insert into problems (slug, title, difficulty, description, constraints, starter_code,
                               time_limit_ms, memory_limit_mb, order_index, package_hash, is_published, checker,
                               signature, judge_kind, checker_program, is_premium, editorial,
                               editorial_is_premium, interactor)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11, $12,
                 case when $12::jsonb is not null then 'function'
                      when $17::jsonb is not null then 'interactive' else 'stdio' end,
                 $13, $14, $15, $16, $17)
         on conflict (slug) do update set
           title = excluded.title, difficulty = excluded.difficulty,
           description = excluded.description, constraints = excluded.constraints,
           starter_code = excluded.starter_code, time_limit_ms = excluded.time_limit_ms,
           memory_limit_mb = excluded.memory_limit_mb, order_index = excluded.order_index,
           package_hash = excluded.package_hash, is_published = true, checker = excluded.checker,
           signature = excluded.signature, judge_kind = excluded.judge_kind,
           checker_program = excluded.checker_program, is_premium = excluded.is_premium,
           editorial = excluded.editorial, editorial_is_premium = excluded.editorial_is_premium,
           interactor = excluded.interactor
         returning id",
    )
    .bind(&p.slug)
    .bind(&p.title)
    .bind(&p.difficulty)
    .bind(&p.description)
    .bind(&p.constraints)
    .bind(&p.starter_code)
    .bind(p.time_limit_ms)
    .bind(p.memory_limit_mb)
    .bind(p.order_index)
    .bind(&p.package_hash)
    .bind(&p.checker)
    .bind(&p.signature)
    .bind(&p.checker_program)
    .bind(p.meta.is_premium)
    .bind(&p.meta.editorial)
    .bind(p.meta.editorial_is_premium)
    .bind(&p.interactor)
    .fetch_one(&mut **tx)
    .await?;

    sqlx::query("delete from test_cases where problem_id = $1").bind(id).execute(&mut **tx).await?;
    for (index, test) in p.tests.iter().enumerate() {
        sqlx::query(
            "insert into test_cases (problem_id, name, input, expected_output, is_sample, order_index)
             values ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(&test.name)
        .bind(&test.input)
        .bind(&test.expected_output)
        .bind(test.is_sample)
        .bind(index as i32)
        .execute(&mut **tx)
        .await?;
    }

    sqlx::query("delete from problem_hints where problem_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for (index, hint) in p.meta.hints.iter().enumerate() {
        sqlx::query("insert into problem_hints (problem_id, tier, body, is_premium) values ($1, $2, $3, $4)")
            .bind(id)
            .bind(index as i32 + 1)
            .bind(&hint.text)
            .bind(hint.is_premium)
            .execute(&mut **tx)
            .await?;
    }
    link_named(tx, id, &p.meta.companies, Named::COMPANIES).await?;
    link_named(tx, id, &p.tags, Named::TAGS).await?;
    Ok(true)
}

/// A catalogue of names a problem links to (tags, companies): the table of names and the
/// link table with its name column. Fixed strings, never user input, so they go into the SQL.
struct Named {
    table: &'static str,
    links: &'static str,
    link_column: &'static str,
}

impl Named {
    const TAGS: Named = Named { table: "tags", links: "problem_tags", link_column: "tag_id" };
    const COMPANIES: Named =
        Named { table: "companies", links: "problem_companies", link_column: "company_id" };
}

/// Replaces the problem's links in `named` with `names`, adding missing names (slugged).
async fn link_named(
    tx: &mut Transaction<'_, Postgres>,
    problem_id: Uuid,
    names: &[String],
    named: Named,
) -> ApiResult<()> {
    let Named { table, links, link_column } = named;
    sqlx::query(&format!("delete from {links} where problem_id = $1"))
        .bind(problem_id)
        .execute(&mut **tx)
        .await?;
    for name in names {
        let slug = name.to_lowercase().replace(' ', "-");
        let name_id: Uuid = sqlx::query_scalar(&format!(
            "insert into {table} (name, slug) values ($1, $2)
             on conflict (slug) do update set name = excluded.name returning id"
        ))
        .bind(name)
        .bind(&slug)
        .fetch_one(&mut **tx)
        .await?;
        sqlx::query(&format!("insert into {links} (problem_id, {link_column}) values ($1, $2) on conflict do nothing"))
            .bind(problem_id)
            .bind(name_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The id of the problem named by its slug or by its id (a UUID), published or not: a user's
/// submissions stay listable after their problem is unpublished.
pub async fn id_by_slug_or_id(
    db: impl PgExecutor<'_>,
    slug_or_id: &str,
) -> ApiResult<Option<Uuid>> {
    let as_id = Uuid::parse_str(slug_or_id).ok();
    Ok(sqlx::query_scalar("select id from problems where slug = $1 or id = $2 limit 1")
        .bind(slug_or_id)
        .bind(as_id)
        .fetch_optional(db)
        .await?)
}
