//! `judge-farm import <dir>...`: validates problem packages, runs their input validators,
//! judges their reference solutions and loads them into Postgres in one transaction. Two formats: AlgoArena's own
//! (`problem.toml`, see `native`) and ICPC/Kattis packages (`problem.yaml`, see `kattis`). A
//! folder that is neither but holds packages is imported as a set. Errors name the file and
//! the problem, and nothing of a batch is stored unless all of it is valid.

mod allowed_languages;
mod catalogue_facts;
mod constants;
mod data;
mod expected_score;
pub mod expected_verdict;
pub mod input_validators;
mod interaction;
mod interactor;
mod kattis;
mod latex;
mod native;
mod problem_yaml;
pub mod proofs;
pub mod references;
mod scoring;
mod shown_samples;
mod sources;
mod statement;
#[cfg(test)]
mod test_package;
mod testdata;
pub mod time_limits;
mod unsupported;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sqlx::PgPool;

use crate::checkers::Checker;
use crate::db::problems::{self, NewProblem};
use crate::functions::Signature;
use crate::judge::Evaluation;
use crate::model::{Program, TestCase};
use crate::sandbox::Sandbox;
pub use references::Reference;

/// A package as read: what is stored, how outputs are checked, and the solutions to judge.
#[derive(Debug, Clone)]
pub struct Package {
    pub problem: NewProblem,
    pub checker: Checker,
    /// For a LeetCode-style problem: the function or design class users write.
    pub signature: Option<Signature>,
    /// The program of a custom checker.
    pub checker_program: Option<Program>,
    /// An interactive problem's interactor (see `interactor`).
    pub interactor: Option<Program>,
    pub references: Vec<Reference>,
    /// A scored problem's test groups (None: pass/fail).
    pub scoring: Option<crate::model::Scoring>,
    /// The program that checks every test input on import.
    pub input_validator: Option<input_validators::InputValidatorSpec>,
    /// How a Kattis package's time limit is found and checked (None: native, stated).
    pub time_rule: Option<time_limits::TimeRule>,
    /// What the import reports about the package: unknown keys, submissions not judged (and
    /// why), statement parts not rendered.
    pub notes: Vec<String>,
}

impl Package {
    /// Every test of the package, as the judge runs them.
    pub fn test_cases(&self) -> Vec<TestCase> {
        self.problem
            .tests
            .iter()
            .map(|t| TestCase {
                input: t.input.clone(),
                expected_output: t.expected_output.clone(),
            })
            .collect()
    }

    /// How the judge checks an answer to this problem.
    pub fn evaluation(&self) -> Result<Evaluation<'_>> {
        Evaluation::of_problem(
            &self.checker,
            self.signature.as_ref(),
            self.checker_program.as_ref(),
            self.interactor.as_ref(),
            self.problem.validation_passes,
        )
        .with_context(|| format!("problem '{}'", self.problem.slug))
    }
}

fn is_package(dir: &Path) -> bool {
    dir.join("problem.toml").is_file() || dir.join("problem.yaml").is_file()
}

/// The package folders under the given paths.
pub fn find_packages(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    package_folders(
        paths,
        is_package,
        "problem packages (folders with a problem.toml or problem.yaml)",
    )
}

/// Each path that `is_package` accepts, else the packages directly in it (sorted); a folder
/// with none is an error naming `what` it should hold. Problem and contest imports both read
/// their arguments so.
pub(crate) fn package_folders(
    paths: &[PathBuf],
    is_package: fn(&Path) -> bool,
    what: &str,
) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for path in paths {
        if is_package(path) {
            found.push(path.clone());
            continue;
        }
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("{}: cannot read the folder", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_package(p))
            .collect();
        if children.is_empty() {
            bail!("{}: no {what} here", path.display());
        }
        children.sort();
        found.extend(children);
    }
    Ok(found)
}

/// Reads a checker's, interactor's or validator's program: a source file, its language from
/// the extension, or a folder of several files (see `sources`).
fn checker_program(path: &Path) -> Result<Program> {
    sources::program_of(path).map(|read| read.program)
}

/// Reads and validates one package of either format; errors name the file and the problem.
pub fn load_package(dir: &Path) -> Result<Package> {
    if dir.join("problem.toml").is_file() {
        native::load(dir)
    } else {
        kattis::load(dir)
    }
}

/// Validates every package, then writes them all in one transaction, without judging the
/// reference solutions (test fixtures; the `import` command uses [`import_verified`]).
/// Returns the slugs that changed.
pub async fn import(db: &PgPool, paths: &[PathBuf]) -> Result<Vec<String>> {
    let packages = load_all(&find_packages(paths)?)?;
    store(db, &packages, &[]).await
}

/// [`import`], after running every package's input validator on its test inputs and judging
/// its reference solutions on `sandbox`: a rejected input, or a solution whose verdict (or
/// score) differs from what it declares, fails the whole import. Packages already proven
/// (see `proofs`) are not judged again; the cache is the database and `$ALGOARENA_CACHE`.
pub async fn import_verified(
    db: &PgPool,
    paths: &[PathBuf],
    sandbox: &dyn Sandbox,
) -> Result<Vec<String>> {
    Ok(import_proven(db, paths, sandbox, &proofs::ProofCache::from_env(false)).await?.changed)
}

/// What an import did with each package.
#[derive(Debug, Default)]
pub struct Imported {
    /// Slugs whose stored problem changed.
    pub changed: Vec<String>,
    /// Slugs whose validator and references were run (no proof, or `reprove`).
    pub judged: Vec<String>,
    /// Slugs whose proof was found, so nothing of them was run.
    pub reused: Vec<String>,
    /// What the import reports per package (slug, line): computed time limits, unknown keys,
    /// submissions not judged and why.
    pub notes: Vec<(String, String)>,
}

/// [`import_verified`] with the proof cache given.
pub async fn import_proven(
    db: &PgPool,
    paths: &[PathBuf],
    sandbox: &dyn Sandbox,
    cache: &proofs::ProofCache,
) -> Result<Imported> {
    let dirs = find_packages(paths)?;
    let mut packages = load_all(&dirs)?;
    let judge = proofs::judge_identity(sandbox);
    let mut imported = Imported::default();
    let mut proven = Vec::new();
    for (dir, package) in dirs.iter().zip(&mut packages) {
        let slug = package.problem.slug.clone();
        let key = proofs::key(dir, package, &judge)?;
        let mut notes = package.notes.clone();
        let proof = proofs::Proof { references: package.references.len(), time_limit_ms: None };
        let proof = if let Some((source, found)) = cache.lookup(db, &key).await? {
            tracing::info!(problem = %slug, ?source, "references already proven; not judged again");
            imported.reused.push(slug.clone());
            found
        } else {
            input_validators::validate(sandbox, package).await?;
            let verified = references::verify(sandbox, package).await?;
            notes.extend(verified.notes);
            let proof = proofs::Proof { time_limit_ms: verified.computed_time_limit_ms, ..proof };
            cache.record_file(&key, &slug, &proof);
            imported.judged.push(slug.clone());
            proof
        };
        // A computed time limit is the proof's, whether judged now or before.
        if let Some(ms) = proof.time_limit_ms {
            package.problem.time_limit_ms = ms;
            // A stored problem is rewritten only when its hash changes, and an unverified
            // import stores the placeholder limit under the package's own hash.
            let limit = ms.to_string();
            package.problem.package_hash =
                data::package_hash(&[&package.problem.package_hash, &limit], &[]);
        }
        for note in notes {
            tracing::warn!(problem = %slug, "{note}");
            imported.notes.push((slug.clone(), note));
        }
        proven.push((key, slug, proof));
    }
    imported.changed = store(db, &packages, &proven).await?;
    Ok(imported)
}

/// Loads the package folders `find_packages` found; two with one slug are an error.
fn load_all(dirs: &[PathBuf]) -> Result<Vec<Package>> {
    let packages = dirs.iter().map(|dir| load_package(dir)).collect::<Result<Vec<_>>>()?;
    let mut slugs: Vec<&str> = packages.iter().map(|p| p.problem.slug.as_str()).collect();
    slugs.sort();
    if let Some(pair) = slugs.windows(2).find(|w| w[0] == w[1]) {
        bail!("two packages have the slug '{}'", pair[0]);
    }
    Ok(packages)
}

/// Stores the packages and, in the same transaction, the proofs of those judged or reused.
async fn store(
    db: &PgPool,
    packages: &[Package],
    proven: &[(String, String, proofs::Proof)],
) -> Result<Vec<String>> {
    let mut tx = db.begin().await?;
    for (key, slug, proof) in proven {
        proofs::record_in_db(&mut tx, key, slug, proof).await?;
    }
    let mut changed = Vec::new();
    for package in packages {
        if problems::upsert(&mut tx, &package.problem).await.map_err(|e| anyhow::anyhow!("{e}"))? {
            changed.push(package.problem.slug.clone());
            let groups = package
                .scoring
                .as_ref()
                .map(|_| scoring::test_groups(&package.problem.tests))
                .unwrap_or_default();
            crate::db::scoring::store(
                &mut tx,
                &package.problem.slug,
                package.scoring.as_ref(),
                &groups,
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        let solution = references::run_solution(&package.references);
        problems::set_solution(&mut *tx, &package.problem.slug, solution.as_ref())
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    tx.commit().await?;
    Ok(changed)
}
