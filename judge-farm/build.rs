//! Build script: hashes the sources that decide a verdict (the judge, sandboxes, languages,
//! checkers, function drivers, the importer, the sandbox settings, shared verdict and
//! language types, and the locked dependency versions) into `ALGOARENA_JUDGE_SOURCE_HASH`.
//! The import's verdict cache (`import::proofs`) keys its proofs by it, so a proof made by
//! other judging code is never reused; a change elsewhere (routes, accounts) keeps them valid.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// Paths relative to this crate's folder.
const JUDGING_SOURCES: &[&str] = &[
    "src/judge",
    "src/sandbox",
    "src/languages",
    "src/checkers",
    "src/functions",
    "src/import",
    "src/model",
    "src/config.rs",
    "../shared/src/language.rs",
    "../shared/src/verdict.rs",
    "../shared/src/limits.rs",
    "../shared/src/scoring",
    "../Cargo.lock",
];

fn files_under(path: &Path, into: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .map(|e| e.expect("a readable folder entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            files_under(&entry, into);
        }
    } else if path.is_file() {
        into.push(path.to_path_buf());
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut hasher = Sha256::new();
    for source in JUDGING_SOURCES {
        println!("cargo:rerun-if-changed={source}");
        let mut files = Vec::new();
        files_under(&root.join(source), &mut files);
        for file in files {
            let name = file.strip_prefix(&root).unwrap_or(&file).to_string_lossy().into_owned();
            let bytes = fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            hasher.update((name.len() as u64).to_le_bytes());
            hasher.update(name.as_bytes());
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
    let hash: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=ALGOARENA_JUDGE_SOURCE_HASH={hash}");
}
