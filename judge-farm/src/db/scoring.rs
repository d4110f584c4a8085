//! A scored problem's groups: `problems.scoring` and each test's `test_cases.group_name`
//! (see `model::scoring`). Kept apart from `problems` so pass/fail problems never meet it.

use sqlx::types::Json;
use sqlx::{PgPool, Postgres, Transaction};
use uuid::Uuid;

use super::Result;
use crate::model::{Scoring, Tally};

/// Stores the problem's groups (None: pass/fail) and each test's group, given by test name
/// for the hidden tests (samples have none). Run after `problems::upsert` wrote the tests, so
/// every test starts without a group.
pub async fn store(
    tx: &mut Transaction<'_, Postgres>,
    slug: &str,
    scoring: Option<&Scoring>,
    groups: &[(String, String)],
) -> Result<()> {
    let id = sqlx::query_scalar!(
        "update problems set scoring = $2 where slug = $1 returning id",
        slug,
        scoring.map(Json) as Option<Json<&Scoring>>,
    )
    .fetch_one(&mut **tx)
    .await?;
    let (names, group_names): (Vec<&str>, Vec<&str>) =
        groups.iter().map(|(t, g)| (t.as_str(), g.as_str())).unzip();
    sqlx::query!(
        "update test_cases t set group_name = g.group_name
           from unnest($2::text[], $3::text[]) as g(name, group_name)
          where t.problem_id = $1 and t.name = g.name and not t.is_sample",
        id,
        &names[..] as &[&str],
        &group_names[..] as &[&str],
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A fresh tally for judging the problem, its tests in the order `problems::tests_of` gives
/// them; None for a pass/fail problem.
pub async fn tally_of(db: &PgPool, problem_id: Uuid) -> Result<Option<Tally>> {
    let scoring = sqlx::query_scalar!(
        r#"select scoring as "scoring: Json<Scoring>" from problems where id = $1"#,
        problem_id,
    )
    .fetch_one(db)
    .await?;
    let Some(scoring) = scoring else { return Ok(None) };
    let groups = sqlx::query_scalar!(
        "select group_name from test_cases where problem_id = $1
          order by is_sample desc, order_index",
        problem_id,
    )
    .fetch_all(db)
    .await?;
    Ok(Some(scoring.tally(&groups)))
}
