//! Problem-set files: `problems/sets/<name>.toml`, one curated set each, imported by
//! `judge-farm import` after the problems (a set names problems by slug). All files are read
//! and checked first and written in one transaction; an error names the file and the field.
//!
//! ```toml
//! slug = "interview-essentials"
//! title = "Interview Essentials"
//! description = "The patterns interviews keep asking for."
//! order = 1                       # place in the list of sets (default 0)
//! premium = false                 # a premium set's list is for premium members (issue 14)
//! problems = ["two-sum", "valid-parentheses"]
//! ```

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use sqlx::PgPool;

use super::db::sets::{self, NewSet};

/// The folder name that holds set files, beside the problem packages.
pub const FOLDER: &str = "sets";
pub const MAX_PROBLEMS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetFile {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub order: i32,
    #[serde(default)]
    pub premium: bool,
    pub problems: Vec<String>,
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl SetFile {
    /// Parses and checks one file's text; the error names the field.
    pub fn parse(text: &str) -> Result<SetFile> {
        let file: SetFile = toml::from_str(text).context("not a valid set file")?;
        if !is_slug(&file.slug) {
            bail!("slug: use 1 to 120 of a-z, 0-9 and -");
        }
        if file.title.trim().is_empty() || file.title.chars().count() > 200 {
            bail!("title: give 1 to 200 characters");
        }
        if file.description.chars().count() > 2000 {
            bail!("description: at most 2000 characters");
        }
        if file.problems.is_empty() || file.problems.len() > MAX_PROBLEMS {
            bail!("problems: list 1 to {MAX_PROBLEMS} problem slugs");
        }
        let mut seen = HashSet::new();
        for slug in &file.problems {
            if !seen.insert(slug) {
                bail!("problems: '{slug}' is listed twice");
            }
        }
        Ok(file)
    }
}

/// Whether `path` is a folder of set files (named [`FOLDER`]), so the CLI sends it here.
pub fn is_sets_path(path: &Path) -> bool {
    path.is_dir() && path.file_name().is_some_and(|n| n == FOLDER)
}

/// The set files under the given paths: each sets folder's `*.toml`, and those of a `sets`
/// folder inside any other given folder (`judge-farm import problems` takes `problems/sets`).
pub fn find_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for path in paths {
        let folder = if is_sets_path(path) { path.clone() } else { path.join(FOLDER) };
        if !folder.is_dir() {
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .with_context(|| format!("{}: cannot read the folder", folder.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        found.extend(files);
    }
    Ok(found)
}

/// Reads, checks and writes these set files in one transaction; returns how many were written.
pub async fn import(db: &PgPool, files: &[PathBuf]) -> Result<usize> {
    let mut loaded = Vec::new();
    let mut slugs = HashSet::new();
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read the file", file.display()))?;
        let set = SetFile::parse(&text).with_context(|| file.display().to_string())?;
        if !slugs.insert(set.slug.clone()) {
            bail!("{}: slug: another set file uses '{}'", file.display(), set.slug);
        }
        loaded.push((file, set));
    }
    let mut tx = db.begin().await?;
    for (file, set) in &loaded {
        let found = sets::problem_ids(&mut tx, &set.problems).await?;
        let mut ids = Vec::with_capacity(set.problems.len());
        for slug in &set.problems {
            match found.iter().find(|(s, _)| s == slug) {
                Some((_, id)) => ids.push(*id),
                None => bail!(
                    "{}: problems: there is no problem '{slug}' (import it first)",
                    file.display()
                ),
            }
        }
        let new = NewSet {
            slug: &set.slug,
            title: set.title.trim(),
            description: set.description.trim(),
            order_index: set.order,
            is_premium: set.premium,
            problems: &ids,
        };
        sets::upsert(&mut tx, &new).await?;
    }
    tx.commit().await?;
    Ok(loaded.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_file_parses_with_its_defaults() {
        let set =
            SetFile::parse("slug = \"basics\"\ntitle = \"Basics\"\nproblems = [\"a\", \"b\"]\n")
                .unwrap();
        assert_eq!(set.order, 0);
        assert!(!set.premium);
        assert_eq!(set.description, "");
        assert_eq!(set.problems, ["a", "b"]);
    }

    #[test]
    fn bad_set_files_name_the_field() {
        for (text, field) in [
            ("slug = \"Bad Slug\"\ntitle = \"x\"\nproblems = [\"a\"]", "slug"),
            ("slug = \"s\"\ntitle = \" \"\nproblems = [\"a\"]", "title"),
            ("slug = \"s\"\ntitle = \"x\"\nproblems = []", "problems"),
            ("slug = \"s\"\ntitle = \"x\"\nproblems = [\"a\", \"a\"]", "problems"),
        ] {
            let err = format!("{:#}", SetFile::parse(text).unwrap_err());
            assert!(err.starts_with(field), "{text}: {err}");
        }
        let unknown = SetFile::parse("slug = \"s\"\ntitle = \"x\"\nproblems = [\"a\"]\nlevel = 1");
        assert!(format!("{:#}", unknown.unwrap_err()).contains("level"));
    }
}
