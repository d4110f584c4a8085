//! What both package formats share: reading files with errors that name them, the tests under
//! `data/sample` and `data/secret` (`.in` with a matching `.ans`, in folders nested as deep as
//! the package likes, taken in path order), and the hash that tells an unchanged package.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::db::problems::NewTest;

pub(super) fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the file", path.display()))
}

/// The tests under `dir` (none when it is absent), named by their path below it.
pub(super) fn read_tests(dir: &Path, is_sample: bool) -> Result<Vec<NewTest>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut inputs = Vec::new();
    collect_inputs(dir, &mut inputs)?;
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

fn collect_inputs(dir: &Path, into: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("{}: cannot read the folder", dir.display()))? {
        let path = entry.with_context(|| format!("{}: cannot read the folder", dir.display()))?.path();
        if path.is_dir() {
            collect_inputs(&path, into)?;
        } else if path.extension().is_some_and(|e| e == "in") {
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
