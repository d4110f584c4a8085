//! A scored package's test groups, the same in both formats: a group is a subfolder of
//! `data/secret` (tests directly in `data/secret` form the group `secret`), judged in path
//! order; samples are in no group and are worth nothing. Kattis packages give each group's
//! score in its `testdata.yaml`, native ones in problem.toml's `[groups.<name>]` tables.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Result};

use super::testdata::Testdata;
use crate::db::problems::NewTest;
use crate::model::{Group, Scoring, Tally};

/// The name of the group of the tests directly in `data/secret`.
const ROOT_GROUP: &str = "secret";

/// The group a test belongs to: the first folder of its name below `data/secret`.
pub(super) fn group_of(test: &NewTest) -> Option<String> {
    if test.is_sample {
        return None;
    }
    Some(match test.name.split_once('/') {
        Some((group, _)) => group.to_string(),
        None => ROOT_GROUP.to_string(),
    })
}

/// The folder holding a group's tests and its `testdata.yaml`.
pub(super) fn group_folder(dir: &Path, group: &str) -> std::path::PathBuf {
    let secret = dir.join("data/secret");
    if group == ROOT_GROUP {
        secret
    } else {
        secret.join(group)
    }
}

/// Each hidden test's name with its group, as `db::scoring::store` wants them.
pub(super) fn test_groups(tests: &[NewTest]) -> Vec<(String, String)> {
    tests.iter().filter_map(|t| group_of(t).map(|g| (t.name.clone(), g))).collect()
}

/// A fresh tally for judging `tests` (in package order) under `scoring`.
pub(super) fn tally(scoring: &Scoring, tests: &[NewTest]) -> Tally {
    scoring.tally(&tests.iter().map(group_of).collect::<Vec<_>>())
}

/// The groups of `tests` in order, each with its score from `score_of`; a group with no
/// score is an error in the words `missing` gives for it.
fn build(
    tests: &[NewTest],
    mut score_of: impl FnMut(&str) -> Result<Option<f64>>,
    missing: impl Fn(&str) -> String,
) -> Result<Scoring> {
    let mut groups: Vec<Group> = Vec::new();
    for name in tests.iter().filter_map(group_of) {
        if groups.iter().any(|g| g.name == name) {
            continue;
        }
        let Some(score) = score_of(&name)? else { bail!("{}", missing(&name)) };
        if !(score.is_finite() && score >= 0.0) {
            bail!("group '{name}': the score {score} must be a number of at least 0");
        }
        groups.push(Group { name, score });
    }
    if groups.is_empty() {
        bail!("a scored problem needs hidden tests under data/secret");
    }
    Ok(Scoring { groups })
}

/// A Kattis package's groups, each scored by its folder's `testdata.yaml`.
pub(super) fn kattis(dir: &Path, tests: &[NewTest]) -> Result<Scoring> {
    build(
        tests,
        |group| Ok(Testdata::read(&group_folder(dir, group))?.and_then(|t| t.score())),
        |group| {
            format!(
                "{}: the group '{group}' needs a score (accept_score: <points>, or score: <points>)",
                group_folder(dir, group).join("testdata.yaml").display()
            )
        },
    )
}

/// A native package's groups, scored by problem.toml; every declared group must have tests.
pub(super) fn native(tests: &[NewTest], declared: &BTreeMap<String, f64>) -> Result<Scoring> {
    let scoring = build(
        tests,
        |group| Ok(declared.get(group).copied()),
        |group| {
            format!("the tests in data/secret/{group} are in no group of [groups] (add [groups.{group}] with a score)")
        },
    )?;
    if let Some(unused) =
        declared.keys().find(|name| !scoring.groups.iter().any(|g| &g.name == *name))
    {
        bail!("[groups.{unused}] has no tests (expected a folder data/secret/{unused})");
    }
    Ok(scoring)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test(name: &str, is_sample: bool) -> NewTest {
        NewTest {
            name: name.into(),
            input: String::new(),
            expected_output: String::new(),
            is_sample,
        }
    }

    #[test]
    fn groups_are_the_folders_of_data_secret_in_test_order() {
        let tests = [
            test("1", true),
            test("group1/01", false),
            test("group1/02", false),
            test("group2/big/01", false),
            test("loose", false),
        ];
        let groups: Vec<Option<String>> = tests.iter().map(group_of).collect();
        assert_eq!(
            groups,
            [
                None,
                Some("group1".into()),
                Some("group1".into()),
                Some("group2".into()),
                Some("secret".into())
            ]
        );
        let declared = BTreeMap::from([
            ("group1".to_string(), 30.0),
            ("group2".to_string(), 60.0),
            ("secret".to_string(), 10.0),
        ]);
        let scoring = native(&tests, &declared).unwrap();
        let names: Vec<&str> = scoring.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["group1", "group2", "secret"]);
        assert_eq!(scoring.max_score(), 100.0);
    }

    #[test]
    fn native_groups_must_match_the_folders() {
        let tests = [test("group1/01", false)];
        let extra = BTreeMap::from([("group1".to_string(), 30.0), ("group9".to_string(), 70.0)]);
        assert!(format!("{:#}", native(&tests, &extra).unwrap_err())
            .contains("[groups.group9] has no tests"));
        let missing = BTreeMap::new();
        assert!(
            format!("{:#}", native(&tests, &missing).unwrap_err()).contains("data/secret/group1")
        );
        let negative = BTreeMap::from([("group1".to_string(), -1.0)]);
        assert!(native(&tests, &negative).is_err());
    }

    #[test]
    fn kattis_groups_take_their_score_from_testdata_yaml_and_name_the_file_without_one() {
        let dir = tempfile::tempdir().unwrap();
        for (group, yaml) in [("group1", "accept_score: 30\n"), ("group2", "on_reject: continue\n")]
        {
            std::fs::create_dir_all(dir.path().join("data/secret").join(group)).unwrap();
            std::fs::write(dir.path().join("data/secret").join(group).join("testdata.yaml"), yaml)
                .unwrap();
        }
        let tests = [test("1", true), test("group1/01", false), test("group2/01", false)];
        let err = format!("{:#}", kattis(dir.path(), &tests).unwrap_err());
        assert!(err.contains("group2/testdata.yaml") && err.contains("needs a score"), "{err}");
        std::fs::write(dir.path().join("data/secret/group2/testdata.yaml"), "score: 70\n").unwrap();
        let scoring = kattis(dir.path(), &tests).unwrap();
        assert_eq!(
            scoring.groups,
            [
                Group { name: "group1".into(), score: 30.0 },
                Group { name: "group2".into(), score: 70.0 }
            ]
        );
        assert_eq!(
            test_groups(&tests),
            [
                ("group1/01".to_string(), "group1".to_string()),
                ("group2/01".into(), "group2".into())
            ]
        );
    }
}
