//! The import's verdict cache (`import::proofs`): an unchanged package is not judged again,
//! whether its proof is in the database or only in the cache folder; a changed test or
//! reference byte, or `reprove`, judges it again.

use std::path::Path;

use algoarena_judge_farm::import::proofs::{self, ProofCache};
use algoarena_judge_farm::import::{import_proven, load_package, Imported};

use super::helpers::{repo_root, TestFarm};
use super::problems::{copy_dir, native_sandbox};

fn append(path: &Path, text: &str) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes.extend_from_slice(text.as_bytes());
    std::fs::write(path, bytes).unwrap();
}

async fn import(farm: &TestFarm, package: &Path, cache: &ProofCache) -> Imported {
    import_proven(&farm.db, &[package.to_path_buf()], &native_sandbox(), cache).await.unwrap()
}

#[tokio::test]
async fn an_unchanged_package_is_proven_once_and_any_changed_byte_proves_it_again() {
    let farm = TestFarm::start().await;
    let scratch = tempfile::tempdir().unwrap();
    let package = scratch.path().join("a-plus-b");
    copy_dir(&repo_root().join("problems/a-plus-b"), &package);
    let cache = ProofCache { dir: Some(scratch.path().join("proofs")), reprove: false };

    let first = import(&farm, &package, &cache).await;
    assert_eq!((first.judged, first.reused), (vec!["a-plus-b".to_string()], vec![]));
    assert_eq!(std::fs::read_dir(scratch.path().join("proofs")).unwrap().count(), 1);

    // The proof is in the database: found with no cache folder at all.
    let db_only = ProofCache { dir: None, reprove: false };
    let again = import(&farm, &package, &db_only).await;
    assert_eq!((again.judged, again.reused), (vec![], vec!["a-plus-b".to_string()]));

    // A fresh database (as every CI run has) finds it in the folder, and records it again.
    sqlx::query!("delete from import_proofs").execute(&farm.db).await.unwrap();
    let from_file = import(&farm, &package, &cache).await;
    assert_eq!(from_file.reused, ["a-plus-b"]);
    assert_eq!(import(&farm, &package, &db_only).await.reused, ["a-plus-b"]);

    // --reprove judges it anyway.
    let forced = import(&farm, &package, &ProofCache { reprove: true, ..cache.clone() }).await;
    assert_eq!((forced.judged, forced.reused), (vec!["a-plus-b".to_string()], vec![]));

    // Another test: its input and answer changed (the validator wants exactly `a b`).
    std::fs::write(package.join("data/secret/01.in"), "1 2\n").unwrap();
    std::fs::write(package.join("data/secret/01.ans"), "3\n").unwrap();
    let changed_test = import(&farm, &package, &cache).await;
    assert_eq!(changed_test.judged, ["a-plus-b"], "a changed test is judged again");
    assert_eq!(import(&farm, &package, &cache).await.reused, ["a-plus-b"]);

    // One more byte in a reference solution.
    append(&package.join("submissions/accepted/sum.py"), "\n");
    let changed_reference = import(&farm, &package, &cache).await;
    assert_eq!(changed_reference.judged, ["a-plus-b"], "a changed reference is judged again");
}

#[tokio::test]
async fn a_package_that_fails_leaves_no_proof() {
    let farm = TestFarm::start().await;
    let scratch = tempfile::tempdir().unwrap();
    let package = scratch.path().join("a-plus-b");
    copy_dir(&repo_root().join("problems/a-plus-b"), &package);
    // The wrong solution now claims to be right.
    std::fs::rename(
        package.join("submissions/wrong_answer/difference.py"),
        package.join("submissions/accepted/difference.py"),
    )
    .unwrap();
    let cache = ProofCache { dir: Some(scratch.path().join("proofs")), reprove: false };
    for _ in 0..2 {
        let err =
            import_proven(&farm.db, std::slice::from_ref(&package), &native_sandbox(), &cache)
                .await
                .unwrap_err();
        assert!(format!("{err:#}").contains("difference.py: expected Accepted"), "{err:#}");
    }
    assert!(!scratch.path().join("proofs").exists(), "no proof file");
    assert_eq!(farm.count("import_proofs").await, 0);
}

fn key_of(dir: &Path, judge: &str) -> String {
    proofs::key(dir, &load_package(dir).unwrap(), judge).unwrap()
}

#[test]
fn the_key_covers_every_judged_byte_and_the_judge_but_not_the_location() {
    let seed = repo_root().join("problems/two-sum");
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("copy");
    copy_dir(&seed, &dir);
    let original = key_of(&dir, "judge-a");
    assert_eq!(key_of(&seed, "judge-a"), original, "a copy elsewhere has the same key");
    assert_eq!(key_of(&dir, "judge-a"), original, "the key is stable");
    assert_ne!(key_of(&dir, "judge-b"), original, "another judge identity proves again");

    std::fs::create_dir_all(dir.join("__pycache__")).unwrap();
    std::fs::write(dir.join("__pycache__/validator.pyc"), "bytecode").unwrap();
    assert_eq!(key_of(&dir, "judge-a"), original, "bytecode caches do not count");
    append(&dir.join("statement.md"), "A clearer sentence.\n");
    append(&dir.join("editorial.md"), "A clearer sentence.\n");
    assert_eq!(key_of(&dir, "judge-a"), original, "statements and editorials are not judged");
    std::fs::write(dir.join("data/sample/01.interaction"), ">[1,2]\n<3\n").unwrap();
    assert_eq!(key_of(&dir, "judge-a"), original, "sample transcripts are shown, not judged");

    append(&dir.join("data/secret/03.in"), " ");
    let changed_test = key_of(&dir, "judge-a");
    assert_ne!(changed_test, original, "a changed test byte");
    append(&dir.join("submissions/accepted/hash_map.py"), "\n");
    let changed_reference = key_of(&dir, "judge-a");
    assert_ne!(changed_reference, changed_test, "a changed reference byte");
    append(&dir.join("problem.toml"), "\n");
    assert_ne!(key_of(&dir, "judge-a"), changed_reference, "a changed manifest byte");
}

#[test]
fn the_judge_identity_names_the_sandbox_and_is_stable() {
    let sandbox = native_sandbox();
    let identity = proofs::judge_identity(&sandbox);
    assert_eq!(identity.len(), 64, "{identity}");
    assert_eq!(proofs::judge_identity(&sandbox), identity);
    use algoarena_judge_farm::sandbox::Sandbox;
    assert!(sandbox.identity().starts_with("native box="), "{}", sandbox.identity());
}

#[test]
fn the_cache_folder_comes_from_algoarena_cache() {
    // Only read here, never set: other tests run in parallel in this process.
    let cache = ProofCache::from_env(true);
    assert!(cache.reprove);
    match std::env::var_os(proofs::CACHE_ENV).filter(|v| !v.is_empty()) {
        Some(v) => assert_eq!(cache.dir, Some(std::path::PathBuf::from(v).join("import-proofs"))),
        None => assert_eq!(cache.dir, None),
    }
}
