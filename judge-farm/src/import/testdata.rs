//! A Kattis package's `testdata.yaml` files: the settings of the test group whose folder holds
//! one. Read here: the group's score (`accept_score` in the legacy format, `score` in the 2023
//! one) and `input_validator_flags` (a string, or in the 2023 format a map from validator name
//! to string). Other keys (grading, range, grader_flags, ...) are accepted and ignored: every
//! group is graded IOI style (see `model::scoring`).

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use super::data::read;

#[derive(Debug, Default, Deserialize)]
pub(super) struct Testdata {
    accept_score: Option<f64>,
    score: Option<f64>,
    input_validator_flags: Option<serde_yaml::Value>,
}

impl Testdata {
    /// The `testdata.yaml` of `folder`, if it has one.
    pub fn read(folder: &Path) -> Result<Option<Testdata>> {
        let path = folder.join("testdata.yaml");
        if !path.is_file() {
            return Ok(None);
        }
        let text = read(&path)?;
        if text.trim().is_empty() {
            return Ok(Some(Testdata::default()));
        }
        serde_yaml::from_str(&text)
            .map(Some)
            .with_context(|| format!("{}: invalid testdata.yaml", path.display()))
    }

    /// The group's score, if this file gives one.
    pub fn score(&self) -> Option<f64> {
        self.accept_score.or(self.score)
    }

    /// The input validator flags this file sets for the validator named `validator`, split
    /// into arguments; None when it sets none.
    pub fn validator_flags(&self, validator: &str) -> Result<Option<Vec<String>>, String> {
        let flags = match &self.input_validator_flags {
            None | Some(serde_yaml::Value::Null) => return Ok(None),
            Some(serde_yaml::Value::String(flags)) => flags.clone(),
            Some(serde_yaml::Value::Mapping(by_name)) => match by_name.get(validator) {
                Some(serde_yaml::Value::String(flags)) => flags.clone(),
                None => return Ok(None),
                Some(_) => {
                    return Err(format!("input_validator_flags.{validator} must be a string"))
                }
            },
            Some(_) => {
                return Err("input_validator_flags must be a string (or a map of strings)".into())
            }
        };
        Ok(Some(flags.split_whitespace().map(String::from).collect()))
    }
}

/// The flags for tests in `folder`: those of the nearest `testdata.yaml` that sets any, from
/// `folder` up to `data`, as groups inherit their parent's settings.
pub(super) fn flags_for(data: &Path, folder: &Path, validator: &str) -> Result<Vec<String>> {
    let mut at = Some(folder);
    while let Some(dir) = at.filter(|d| d.starts_with(data)) {
        if let Some(testdata) = Testdata::read(dir)? {
            match testdata.validator_flags(validator) {
                Ok(Some(flags)) => return Ok(flags),
                Ok(None) => {}
                Err(e) => bail!("{}: {e}", dir.join("testdata.yaml").display()),
            }
        }
        at = dir.parent();
    }
    Ok(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Testdata {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn the_score_comes_from_either_format() {
        assert_eq!(
            parse("on_reject: continue\naccept_score: 30\ngrader_flags: min\n").score(),
            Some(30.0)
        );
        assert_eq!(parse("score: 12.5\n").score(), Some(12.5));
        assert_eq!(parse("range: 0 100\n").score(), None);
    }

    #[test]
    fn validator_flags_are_a_string_or_a_map_by_validator_name() {
        let legacy = parse("input_validator_flags: --max-n 100 --distinct\n");
        assert_eq!(
            legacy.validator_flags("any").unwrap(),
            Some(vec!["--max-n".into(), "100".into(), "--distinct".into()])
        );
        let by_name = parse("input_validator_flags:\n  check: small\n");
        assert_eq!(by_name.validator_flags("check").unwrap(), Some(vec!["small".to_string()]));
        assert_eq!(by_name.validator_flags("other").unwrap(), None);
        assert!(parse("input_validator_flags: [1, 2]\n").validator_flags("check").is_err());
        assert_eq!(parse("accept_score: 1\n").validator_flags("check").unwrap(), None);
    }

    #[test]
    fn flags_are_inherited_from_the_nearest_folder_that_sets_them() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let group = data.join("secret/group1");
        std::fs::create_dir_all(&group).unwrap();
        std::fs::write(data.join("secret/testdata.yaml"), "input_validator_flags: big\n").unwrap();
        std::fs::write(group.join("testdata.yaml"), "accept_score: 30\n").unwrap();
        assert_eq!(flags_for(&data, &group, "v").unwrap(), ["big"]);
        std::fs::write(
            group.join("testdata.yaml"),
            "accept_score: 30\ninput_validator_flags: small\n",
        )
        .unwrap();
        assert_eq!(flags_for(&data, &group, "v").unwrap(), ["small"]);
        assert!(flags_for(&data, &data.join("sample"), "v").unwrap().is_empty());
    }
}
