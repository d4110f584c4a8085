//! The import's verdict cache. Judging every reference of every package on each import costs
//! minutes, and the same unchanged packages are imported again and again (twice per CI run,
//! on every deploy). A package whose input validator accepted every test and whose references
//! all got their verdicts is *proven*; the proof is stored under a key that hashes everything
//! that could change that outcome, and an import that finds the key skips the judging.
//!
//! The key covers: every file of the package folder (tests, references, checker, interactor,
//! validator, limits in the manifest; by path relative to the package, so a copy elsewhere has
//! the same key; not the statement, editorial and sample transcripts, which no judging reads) and every program the package loaded from outside it; the judge's own code
//! (`ALGOARENA_JUDGE_SOURCE_HASH`, made by build.rs from the judging sources and Cargo.lock);
//! the sandbox's identity (backend, limits, images; [`Sandbox::identity`]); and the host's
//! toolchains (each compiler and interpreter binary and the prepared caches under
//! `languages::CACHE_DIR`, by resolved path, size and modification time).
//!
//! Proofs live in two places: the `import_proofs` table (a server re-importing unchanged
//! packages; a fresh database proves again) and, when `ALGOARENA_CACHE` is set, one file per
//! key in `$ALGOARENA_CACHE/import-proofs/` (outside the checkout: CI runs on the same machine
//! use fresh databases but share the folder). Only successes are stored; `--reprove` ignores
//! both and judges again (and then refreshes the proofs).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use super::Package;
use crate::languages;
use crate::model::ProgramFiles;
use crate::sandbox::Sandbox;

/// Bumped when the meaning of a proof changes, so old proofs stop matching.
// v3: native packages are held to the time margins (`time_limits::NATIVE_RULE`).
const FORMAT: &str = "algoarena-import-proof v3";

/// The environment variable naming the machine's cache folder (scripts/env.sh sets it).
pub const CACHE_ENV: &str = "ALGOARENA_CACHE";

/// Where proofs are looked up and recorded, and whether to use them at all.
#[derive(Debug, Clone, Default)]
pub struct ProofCache {
    /// The folder of proof files; None: the database only.
    pub dir: Option<PathBuf>,
    /// Judge everything again even when proven (`judge-farm import --reprove`).
    pub reprove: bool,
}

impl ProofCache {
    /// The database, and `$ALGOARENA_CACHE/import-proofs` when that variable is set.
    pub fn from_env(reprove: bool) -> ProofCache {
        let dir = std::env::var_os(CACHE_ENV)
            .filter(|v| !v.is_empty())
            .map(|v| PathBuf::from(v).join("import-proofs"));
        ProofCache { dir, reprove }
    }

    /// Where a proven package's proof was found, and what it holds, if it was.
    pub async fn lookup(&self, db: &PgPool, key: &str) -> Result<Option<(ProofSource, Proof)>> {
        if self.reprove {
            return Ok(None);
        }
        let in_db = sqlx::query!(
            "select references_judged, time_limit_ms from import_proofs where key = $1",
            key
        )
        .fetch_optional(db)
        .await
        .context("reading the import proofs")?;
        if let Some(row) = in_db {
            let references = usize::try_from(row.references_judged).unwrap_or(0);
            let proof = Proof { references, time_limit_ms: row.time_limit_ms };
            return Ok(Some((ProofSource::Database, proof)));
        }
        let Some(file) = self.dir.as_ref().map(|dir| dir.join(key)).filter(|f| f.is_file()) else {
            return Ok(None);
        };
        // A proof file that cannot be read is no proof: the package is judged again.
        let proof = std::fs::read_to_string(&file)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .map(|json| Proof {
                references: json["references"].as_u64().unwrap_or(0) as usize,
                time_limit_ms: json["time_limit_ms"].as_i64().and_then(|v| i32::try_from(v).ok()),
            });
        Ok(proof.map(|proof| (ProofSource::File, proof)))
    }

    /// Records a proof in the cache folder (the database row is written with the import's
    /// transaction, see [`record_in_db`]). The file is written whole and renamed into place,
    /// so a parallel reader never sees half of one; a folder that cannot be written only
    /// costs the next import its judging, so that is a warning, not an error.
    pub fn record_file(&self, key: &str, slug: &str, proof: &Proof) {
        let Some(dir) = &self.dir else { return };
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(dir)?;
            let mut file = tempfile::NamedTempFile::new_in(dir)?;
            let proof = serde_json::json!({
                "slug": slug,
                "references": proof.references,
                "time_limit_ms": proof.time_limit_ms,
                "proven_at": chrono::Utc::now().to_rfc3339(),
            });
            writeln!(file, "{proof}")?;
            file.persist(dir.join(key)).map_err(|e| e.error)?;
            Ok(())
        };
        if let Err(e) = write() {
            tracing::warn!(dir = %dir.display(), error = %e, "could not record the import proof");
        }
    }
}

/// What a proof records: how many references were judged, and the time limit computed from
/// them (for a package that gives none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proof {
    pub references: usize,
    pub time_limit_ms: Option<i32>,
}

/// Records that the package with this key is proven, in the import's transaction.
pub async fn record_in_db(
    tx: &mut sqlx::PgConnection,
    key: &str,
    slug: &str,
    proof: &Proof,
) -> Result<()> {
    let references = i32::try_from(proof.references).unwrap_or(i32::MAX);
    sqlx::query!(
        "insert into import_proofs (key, slug, references_judged, time_limit_ms)
         values ($1, $2, $3, $4)
         on conflict (key) do nothing",
        key,
        slug,
        references,
        proof.time_limit_ms
    )
    .execute(tx)
    .await
    .context("recording the import proof")?;
    Ok(())
}

/// Where a proof was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofSource {
    Database,
    File,
}

/// What of the judging side a proof depends on: the judge's code, the sandbox, the toolchains.
/// Computed once per import.
pub fn judge_identity(sandbox: &dyn Sandbox) -> String {
    let mut hasher = Sha256::new();
    field(&mut hasher, env!("ALGOARENA_JUDGE_SOURCE_HASH").as_bytes());
    field(&mut hasher, sandbox.identity().as_bytes());
    field(&mut hasher, toolchains().as_bytes());
    hex::encode(hasher.finalize())
}

/// The compilers and interpreters every language runs (resolved through symlinks such as
/// /usr/bin/g++ -> g++-12, so an upgrade shows) and the prepared caches, by size and mtime.
fn toolchains() -> String {
    let mut lines = Vec::new();
    for spec in languages::all() {
        let commands = spec.compile.into_iter().chain([spec.run]);
        for program in commands.filter_map(|c| c.first()).filter(|p| !p.starts_with("/box")) {
            lines.push(format!("{}: {}", spec.language.id(), stat(Path::new(program))));
        }
    }
    let mut cached = Vec::new();
    walk(Path::new(languages::CACHE_DIR), &mut cached);
    cached.sort();
    lines.extend(cached.iter().map(|p| stat(p)));
    lines.join("\n")
}

fn stat(path: &Path) -> String {
    let resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    match std::fs::metadata(&resolved) {
        Ok(m) => {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {} {mtime}", resolved.display(), m.len())
        }
        Err(_) => format!("{} missing", path.display()),
    }
}

fn walk(dir: &Path, into: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, into);
        } else {
            into.push(path);
        }
    }
}

/// The key of a package's proof under a judge identity (see the module's comment).
pub fn key(dir: &Path, package: &Package, judge: &str) -> Result<String> {
    let mut hasher = Sha256::new();
    field(&mut hasher, FORMAT.as_bytes());
    field(&mut hasher, judge.as_bytes());
    let mut files = Vec::new();
    package_files(dir, &mut files)?;
    files.sort();
    for file in files {
        let relative = file.strip_prefix(dir).unwrap_or(&file);
        field(&mut hasher, relative.to_string_lossy().as_bytes());
        let bytes = std::fs::read(&file)
            .with_context(|| format!("{}: cannot read the file", file.display()))?;
        field(&mut hasher, &bytes);
    }
    // What was loaded, in case a manifest names a file outside its folder.
    let p = &package.problem;
    field(&mut hasher, format!("{} {}", p.time_limit_ms, p.memory_limit_mb).as_bytes());
    for json in [Some(&p.checker), p.signature.as_ref(), p.checker_program.as_ref()] {
        field(&mut hasher, json.map(|j| j.to_string()).unwrap_or_default().as_bytes());
    }
    field(&mut hasher, p.interactor.as_ref().map(|j| j.to_string()).unwrap_or_default().as_bytes());
    for t in &p.tests {
        field(&mut hasher, format!("{} {}", u8::from(t.is_sample), t.name).as_bytes());
        field(&mut hasher, t.input.as_bytes());
        field(&mut hasher, t.expected_output.as_bytes());
    }
    for r in &package.references {
        let what = format!("{} {:?} {:?}", r.language.id(), r.expected, r.expected_score);
        field(&mut hasher, what.as_bytes());
        field(&mut hasher, r.code.as_bytes());
        program_files(&mut hasher, &r.files);
    }
    if let Some(v) = &package.input_validator {
        field(&mut hasher, v.program.code.as_bytes());
        program_files(&mut hasher, &v.program.files);
        for (_, flags) in &v.runs {
            field(&mut hasher, flags.join(" ").as_bytes());
        }
    }
    field(&mut hasher, format!("{:?}", package.scoring).as_bytes());
    Ok(hex::encode(hasher.finalize()))
}

/// Length-prefixed, so no two different sequences of fields hash the same bytes.
fn field(hasher: &mut Sha256, bytes: &[u8]) {
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

/// A folder program's other files, by name: what was loaded, as its main source is.
fn program_files(hasher: &mut Sha256, files: &ProgramFiles) {
    field(hasher, &(files.len() as u64).to_le_bytes());
    for (name, text) in files.iter() {
        field(hasher, name.as_str().as_bytes());
        field(hasher, text.as_bytes());
    }
}

/// The texts users read at a package's top level, which no judging reads: editing a statement
/// or an editorial does not judge the package again.
const READ_ONLY_TEXTS: &[&str] =
    &["statement.md", "constraints.md", "editorial.md", "problem_statement", "statement"];

/// Every file of the package but its [`READ_ONLY_TEXTS`], its sample transcripts
/// (`.interaction` files, shown and never judged) and Python's bytecode caches (made by running
/// a generator or validator there, never read by the import).
fn package_files(dir: &Path, into: &mut Vec<PathBuf>) -> Result<()> {
    collect_files(dir, true, into)
}

fn collect_files(dir: &Path, top: bool, into: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the folder", dir.display()))?
    {
        let entry = entry.with_context(|| format!("{}: cannot read the folder", dir.display()))?;
        let name = entry.file_name();
        if name == "__pycache__" || (top && READ_ONLY_TEXTS.iter().any(|t| name == *t)) {
            continue;
        }
        if entry.file_type()?.is_dir() {
            collect_files(&entry.path(), false, into)?;
        } else if entry.path().extension().is_none_or(|e| e != "interaction") {
            into.push(entry.path());
        }
    }
    Ok(())
}
