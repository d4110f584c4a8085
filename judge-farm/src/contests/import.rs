//! `judge-farm import <contest dir>`: loads contest packages (folders with a `contest.toml`, or
//! folders of them), checks each against `algoarena_shared::contest_package`, resolves its
//! problems (imported problem packages, by slug) and setters (by username), and writes all of
//! them in one transaction. Errors name the file and the field.
//!
//! A contest is updated in place until it starts; after that its package is frozen, because
//! people have seen and submitted to it, unless the setter forces a fix (`--force`).

use std::path::{Path, PathBuf};

use algoarena_shared::contest_package::ContestPackage;
use anyhow::{anyhow, bail, Context, Result};
use sqlx::PgPool;

use super::db::packages;

const FILE: &str = "contest.toml";

fn is_package(dir: &Path) -> bool {
    dir.join(FILE).is_file()
}

/// Whether `path` is a contest package or a folder holding some (so the CLI sends it here).
pub fn is_contest_path(path: &Path) -> bool {
    is_package(path)
        || std::fs::read_dir(path)
            .map(|entries| entries.filter_map(|e| e.ok()).any(|e| is_package(&e.path())))
            .unwrap_or(false)
}

/// The contest package folders under the given paths, sorted within each folder.
pub fn find_packages(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    crate::import::package_folders(
        paths,
        is_package,
        &format!("contest packages (folders with a {FILE})"),
    )
}

/// Reads and validates one package; every error is prefixed with the file's path.
pub fn load(dir: &Path) -> Result<ContestPackage> {
    let file = dir.join(FILE);
    let text = std::fs::read_to_string(&file)
        .with_context(|| format!("{}: cannot read the file", file.display()))?;
    ContestPackage::parse(&text).map_err(|errors| {
        let lines: Vec<String> =
            errors.0.iter().map(|e| format!("{}: {e}", file.display())).collect();
        anyhow!(lines.join("\n"))
    })
}

/// The slugs of the contest packages under `paths` (after an import, for the rooms to drop
/// their copies of the contests' facts).
pub fn slugs(paths: &[PathBuf]) -> Result<Vec<String>> {
    find_packages(paths)?.iter().map(|dir| load(dir).map(|p| p.slug)).collect()
}

/// Imports every contest package under `paths` in one transaction: all of them or none.
/// Returns the slugs of the problems whose visibility may have changed (added to or removed
/// from a contest), for the edge to drop its cached copies.
pub async fn import(db: &PgPool, paths: &[PathBuf], force: bool) -> Result<Vec<String>> {
    let dirs = find_packages(paths)?;
    let loaded = dirs.iter().map(|dir| load(dir).map(|p| (dir, p))).collect::<Result<Vec<_>>>()?;
    let mut slugs: Vec<&str> = loaded.iter().map(|(_, p)| p.slug.as_str()).collect();
    slugs.sort_unstable();
    if let Some(pair) = slugs.windows(2).find(|w| w[0] == w[1]) {
        bail!("two contest packages have the slug '{}'", pair[0]);
    }

    let mut tx = db.begin().await?;
    let mut touched = Vec::new();
    for (dir, package) in &loaded {
        let file = dir.join(FILE);
        let existing = packages::lock_existing(&mut tx, &package.slug).await?;
        if let Some(existing) = &existing {
            if existing.started && !force {
                bail!(
                    "{}: contest '{}' started at {}; its package can no longer change \
                     (import with --force to apply a fix anyway)",
                    file.display(),
                    package.slug,
                    existing.start_time.to_rfc3339(),
                );
            }
            touched.extend(packages::problem_slugs(&mut tx, existing.id).await?);
        }
        let problem_ids = resolve_problems(&mut tx, &file, package).await?;
        let setter_ids = resolve_setters(&mut tx, &file, package).await?;
        packages::upsert(&mut tx, package, &problem_ids, &setter_ids).await?;
        touched.extend(package.problems.iter().map(|p| p.slug.clone()));
    }
    tx.commit().await?;
    touched.sort();
    touched.dedup();
    Ok(touched)
}

/// The problems' ids in contest order; a slug with no imported problem is an error.
async fn resolve_problems(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    file: &Path,
    package: &ContestPackage,
) -> Result<Vec<uuid::Uuid>> {
    let slugs: Vec<String> = package.problems.iter().map(|p| p.slug.clone()).collect();
    let found = packages::problem_ids(tx, &slugs).await?;
    let mut ids = Vec::with_capacity(slugs.len());
    let mut missing = Vec::new();
    for (i, slug) in slugs.iter().enumerate() {
        match found.iter().find(|(s, _)| s == slug) {
            Some((_, id)) => ids.push(*id),
            None => missing.push(format!(
                "{}: problems[{i}].slug: no imported problem '{slug}' (import its package first)",
                file.display()
            )),
        }
    }
    if !missing.is_empty() {
        bail!(missing.join("\n"));
    }
    Ok(ids)
}

/// The setters' user ids; a username nobody has is an error.
async fn resolve_setters(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    file: &Path,
    package: &ContestPackage,
) -> Result<Vec<uuid::Uuid>> {
    let found = packages::user_ids(tx, &package.setters).await?;
    let mut ids = Vec::with_capacity(package.setters.len());
    let mut missing = Vec::new();
    for (i, name) in package.setters.iter().enumerate() {
        match found.iter().find(|(n, _)| n == name) {
            Some((_, id)) => ids.push(*id),
            None => missing.push(format!("{}: setters[{i}]: no user '{name}'", file.display())),
        }
    }
    if !missing.is_empty() {
        bail!(missing.join("\n"));
    }
    Ok(ids)
}
