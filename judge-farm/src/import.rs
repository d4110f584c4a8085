//! `judge-farm import <dir>...`: validates problem packages and loads them in one transaction.
//!
//! A package is a folder:
//! ```text
//! <slug>/problem.toml       slug, title, difficulty, tags, limits, order, [starter_code],
//!                           [checker] (e.g. kind = "float", absolute = 1e-6; see `checkers`)
//! <slug>/statement.md       the statement (Markdown)
//! <slug>/constraints.md     optional
//! <slug>/data/sample/*.in   sample tests, shown to users (each with a matching .ans)
//! <slug>/data/secret/*.in   hidden tests, for the judge only (each with a matching .ans)
//! ```
//! A folder that holds no problem.toml but has package folders inside is imported as a set.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::checkers::Checker;
use crate::db::problems::{self, NewProblem, NewTest};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    slug: String,
    title: String,
    difficulty: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default = "default_time_limit")]
    time_limit_ms: i32,
    #[serde(default = "default_memory_limit")]
    memory_limit_mb: i32,
    order: Option<i32>,
    #[serde(default)]
    starter_code: BTreeMap<String, String>,
    /// How outputs are checked; the ICPC line rule when absent.
    #[serde(default)]
    checker: Checker,
}

fn default_time_limit() -> i32 {
    2000
}
fn default_memory_limit() -> i32 {
    256
}

/// The package folders under the given paths.
pub fn find_packages(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for path in paths {
        if path.join("problem.toml").is_file() {
            found.push(path.clone());
            continue;
        }
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("{}: cannot read the folder", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("problem.toml").is_file())
            .collect();
        if children.is_empty() {
            bail!("{}: no problem packages (folders with a problem.toml) here", path.display());
        }
        children.sort();
        found.extend(children);
    }
    Ok(found)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the file", path.display()))
}

fn read_tests(dir: &Path, is_sample: bool) -> Result<Vec<NewTest>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .collect();
    inputs.sort();
    inputs
        .into_iter()
        .map(|input| {
            let answer = input.with_extension("ans");
            if !answer.is_file() {
                bail!("{}: the test has no answer file {}", input.display(), answer.display());
            }
            Ok(NewTest {
                name: input.file_stem().unwrap_or_default().to_string_lossy().into_owned(),
                input: read(&input)?,
                expected_output: read(&answer)?,
                is_sample,
            })
        })
        .collect()
}

/// Reads and validates one package; errors name the file and the problem.
pub fn load_package(dir: &Path) -> Result<NewProblem> {
    let manifest_path = dir.join("problem.toml");
    let manifest_text = read(&manifest_path)?;
    let m: Manifest = toml::from_str(&manifest_text)
        .with_context(|| format!("{}: invalid problem.toml", manifest_path.display()))?;
    let problem = |msg: String| anyhow::anyhow!("{} (problem '{}'): {msg}", manifest_path.display(), m.slug);
    let slug_ok = !m.slug.is_empty()
        && m.slug.len() <= 120
        && m.slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug_ok {
        return Err(problem("slug must be lowercase letters, digits and '-'".into()));
    }
    if !["Easy", "Medium", "Hard"].contains(&m.difficulty.as_str()) {
        return Err(problem(format!("difficulty '{}' must be Easy, Medium or Hard", m.difficulty)));
    }
    if !(100..=20_000).contains(&m.time_limit_ms) || !(16..=1024).contains(&m.memory_limit_mb) {
        return Err(problem("time_limit_ms must be 100..20000 and memory_limit_mb 16..1024".into()));
    }
    for language in m.starter_code.keys() {
        if algoarena_shared::language::Language::parse(language).is_none() {
            return Err(problem(format!("starter_code has an unknown language '{language}'")));
        }
    }
    if let Checker::Custom { program } = &m.checker {
        return Err(problem(format!("checker program '{program}': custom checker programs are not supported yet")));
    }
    let description = read(&dir.join("statement.md"))?;
    let constraints_path = dir.join("constraints.md");
    let constraints = if constraints_path.is_file() { Some(read(&constraints_path)?) } else { None };
    let mut tests = read_tests(&dir.join("data/sample"), true)?;
    tests.extend(read_tests(&dir.join("data/secret"), false)?);
    if tests.is_empty() {
        return Err(problem("no tests under data/sample or data/secret".into()));
    }
    let mut hasher = Sha256::new();
    hasher.update(&manifest_text);
    hasher.update(&description);
    hasher.update(constraints.as_deref().unwrap_or(""));
    for t in &tests {
        hasher.update([u8::from(t.is_sample)]);
        hasher.update(&t.name);
        hasher.update(&t.input);
        hasher.update(&t.expected_output);
    }
    Ok(NewProblem {
        slug: m.slug,
        title: m.title,
        difficulty: m.difficulty,
        description,
        constraints,
        tags: m.tags,
        starter_code: serde_json::to_value(&m.starter_code)?,
        checker: serde_json::to_value(&m.checker)?,
        time_limit_ms: m.time_limit_ms,
        memory_limit_mb: m.memory_limit_mb,
        order_index: m.order,
        package_hash: hex::encode(hasher.finalize()),
        tests,
    })
}

/// Validates every package first, then writes them all in one transaction. Returns the slugs
/// that changed.
pub async fn import(db: &PgPool, paths: &[PathBuf]) -> Result<Vec<String>> {
    let packages = find_packages(paths)?
        .iter()
        .map(|dir| load_package(dir))
        .collect::<Result<Vec<_>>>()?;
    let mut tx = db.begin().await?;
    let mut changed = Vec::new();
    for package in &packages {
        if problems::upsert(&mut tx, package).await.map_err(|e| anyhow::anyhow!("{e}"))? {
            changed.push(package.slug.clone());
        }
    }
    tx.commit().await?;
    Ok(changed)
}
