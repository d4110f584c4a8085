//! What both package formats share: reading files with errors that name them, the tests under
//! `data/sample` and `data/secret` (`.in` with a matching `.ans`, in folders nested as deep as
//! the package likes, taken in path order), and the hash that tells an unchanged package.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::db::problems::NewTest;

/// Whether `slug` can name a problem in URLs: lowercase letters, digits and '-', at most 120.
pub(super) fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Checks what both formats state the same way; the message names the format's own fields.
pub(super) fn check_difficulty_and_limits(
    difficulty: &str,
    time_limit_ms: i32,
    memory_limit_mb: i32,
    limits_message: &str,
) -> Result<(), String> {
    if !["Easy", "Medium", "Hard"].contains(&difficulty) {
        return Err(format!("difficulty '{difficulty}' must be Easy, Medium or Hard"));
    }
    if !(100..=20_000).contains(&time_limit_ms) || !(16..=1024).contains(&memory_limit_mb) {
        return Err(limits_message.into());
    }
    Ok(())
}

pub(super) fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the file", path.display()))
}

/// A file the package may leave out.
pub(super) fn read_optional(path: &Path) -> Result<Option<String>> {
    if path.is_file() {
        read(path).map(Some)
    } else {
        Ok(None)
    }
}

/// The tests under `dir` (none when it is absent), named by their path below it.
pub(super) fn read_tests(dir: &Path, is_sample: bool) -> Result<Vec<NewTest>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut inputs = files_under(dir, |path| path.extension().is_some_and(|e| e == "in"))?;
    inputs.sort();
    inputs
        .into_iter()
        .map(|input| {
            let answer = input.with_extension("ans");
            if !answer.is_file() {
                bail!("{}: the test has no answer file {}", input.display(), answer.display());
            }
            let name = input.strip_prefix(dir).unwrap_or(&input).with_extension("");
            Ok(NewTest {
                name: name.to_string_lossy().into_owned(),
                input: read(&input)?,
                expected_output: read(&answer)?,
                is_sample,
            })
        })
        .collect()
}

/// The files under `dir`, at any depth, that `keep` keeps (none when `dir` is absent), in no
/// particular order.
pub(super) fn files_under(dir: &Path, keep: impl Fn(&Path) -> bool + Copy) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    if dir.is_dir() {
        collect_files(dir, keep, &mut files)?;
    }
    Ok(files)
}

fn collect_files(
    dir: &Path,
    keep: impl Fn(&Path) -> bool + Copy,
    into: &mut Vec<PathBuf>,
) -> Result<()> {
    for entry in std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the folder", dir.display()))?
    {
        let path =
            entry.with_context(|| format!("{}: cannot read the folder", dir.display()))?.path();
        if path.is_dir() {
            collect_files(&path, keep, into)?;
        } else if keep(&path) {
            into.push(path);
        }
    }
    Ok(())
}

/// A hash of everything stored from a package: its texts and every test.
pub(super) fn package_hash(texts: &[&str], tests: &[NewTest]) -> String {
    let mut hasher = Sha256::new();
    for text in texts {
        hasher.update(text.len().to_le_bytes());
        hasher.update(text);
    }
    for t in tests {
        hasher.update([u8::from(t.is_sample)]);
        hasher.update(&t.name);
        hasher.update(&t.input);
        hasher.update(&t.expected_output);
    }
    hex::encode(hasher.finalize())
}

/// The entries of `dir` in name order, leaving out hidden ones (`.git`, editor files).
pub(super) fn visible_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    entries.sort();
    Ok(entries)
}
