//! ICPC/Kattis problem packages (the problemtools layout):
//! ```text
//! <shortname>/problem.yaml                  name, keywords, validation, validator_flags, limits
//! <shortname>/problem_statement/problem.en.md   (or problem.md; statement/ in the 2023 format)
//! <shortname>/data/sample/**/*.in, *.ans    samples, shown to users
//! <shortname>/data/secret/**/*.in, *.ans    hidden tests
//! <shortname>/data/**/testdata.yaml         a group's accept_score and input_validator_flags
//! <shortname>/input_validators/<name>/<file> checks every test input on import
//! <shortname>/submissions/<verdict>/<file>  judged on import (see `references`)
//! ```
//! The folder's name is the slug. Outputs are checked by the default output validator with the
//! package's `validator_flags` (case and space-change sensitivity, float tolerances), or with
//! `validation: custom` by the package's own validator (`output_validators/<name>/`, one source
//! file, run with the Kattis interface). `type: scoring` makes a scored problem: the subfolders
//! of data/secret are its test groups, each worth the score of its testdata.yaml (see
//! `scoring`). An input validator (see `input_validators`) is run on every input by the
//! verified import. `validation: custom interactive` (or the 2023 format's `type: interactive`)
//! makes an interactive problem whose one output validator is its interactor (see
//! `interactor`). Validators that compute scores themselves (`validation: custom score`) and
//! scored interactive problems are refused with a clear error.

use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use super::data::{
    check_difficulty_and_limits, package_hash, read, read_tests, valid_slug, visible_entries,
};
use super::{input_validators, interactor, references, scoring, testdata, Package};
use crate::checkers::{self, Checker};
use crate::db::problems::NewProblem;
use crate::model::Program;

/// The keys of problem.yaml this importer reads; the format has more (author, source,
/// license, ...), which are accepted and ignored.
#[derive(Debug, Default, Deserialize)]
struct ProblemYaml {
    name: Option<String>,
    #[serde(default)]
    keywords: Option<String>,
    /// Legacy format: `default`, `custom`, `custom interactive`, `custom score`.
    validation: Option<String>,
    /// 2023 format: `pass-fail`, `scoring`, `interactive`, ...
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    validator_flags: Option<String>,
    #[serde(default)]
    limits: Limits,
    /// AlgoArena's difficulty (Easy, Medium, Hard), which Kattis does not have. [Medium]
    difficulty: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Limits {
    /// Seconds per test. [2]
    time_limit: Option<f64>,
    /// MiB. [256]
    memory: Option<i32>,
}

/// Where the statement may be, in order of preference.
const STATEMENTS: &[&str] = &[
    "statement/problem.en.md",
    "problem_statement/problem.en.md",
    "problem_statement/problem.md",
    "problem.en.md",
];

pub(super) fn load(dir: &Path) -> Result<Package> {
    let yaml_path = dir.join("problem.yaml");
    let (yaml_text, yaml) = read_yaml(&yaml_path)?;
    let slug = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let problem =
        |msg: String| anyhow::anyhow!("{} (problem '{slug}'): {msg}", yaml_path.display());
    if !valid_slug(&slug) {
        return Err(problem(
            "the folder name (the problem's short name) must be lowercase letters, digits and '-'"
                .into(),
        ));
    }
    let judging = judging_of(dir, &yaml).map_err(problem)?;
    let (difficulty, time_limit_ms, memory_limit_mb) = limits_of(&yaml).map_err(problem)?;
    let description = read(&statement_path(dir).map_err(problem)?)?;
    let mut tests = read_tests(&dir.join("data/sample"), true)?;
    tests.extend(read_tests(&dir.join("data/secret"), false)?);
    if tests.is_empty() {
        return Err(problem("no tests under data/sample or data/secret".into()));
    }
    let scoring = if is_scored(&yaml) {
        Some(scoring::kattis(dir, &tests).map_err(|e| problem(format!("{e:#}")))?)
    } else {
        None
    };
    let input_validator = input_validator(dir, &tests).map_err(|e| problem(format!("{e:#}")))?;
    // testdata.yaml files are not hashed themselves: what they decide is, as the scoring.
    let scoring_text = scoring.as_ref().map(serde_json::to_string).transpose()?;
    let mut texts = vec![yaml_text.as_str(), description.as_str()];
    texts.extend(scoring_text.as_deref());
    let package_hash = package_hash(&texts, &tests);
    let references = references::find(dir)?;
    let title = yaml.name.clone().unwrap_or_else(|| slug.clone());
    let tags =
        yaml.keywords.as_deref().unwrap_or("").split_whitespace().map(String::from).collect();
    let Judging { checker, checker_program, interactor } = judging;
    let problem = NewProblem {
        slug,
        title,
        difficulty,
        description,
        constraints: None,
        tags,
        starter_code: serde_json::json!({}),
        checker: serde_json::to_value(&checker)?,
        signature: None,
        checker_program: checker_program.as_ref().map(serde_json::to_value).transpose()?,
        interactor: interactor.as_ref().map(serde_json::to_value).transpose()?,
        time_limit_ms,
        memory_limit_mb,
        order_index: None,
        package_hash,
        tests,
        meta: Default::default(),
    };
    Ok(Package {
        problem,
        checker,
        signature: None,
        checker_program,
        interactor,
        references,
        scoring,
        input_validator,
    })
}

/// problem.yaml's text and what it says (an empty file means every default).
fn read_yaml(path: &Path) -> Result<(String, ProblemYaml)> {
    let text = read(path)?;
    if text.trim().is_empty() {
        return Ok((text, ProblemYaml::default()));
    }
    let yaml = serde_yaml::from_str(&text)
        .with_context(|| format!("{}: invalid problem.yaml", path.display()))?;
    Ok((text, yaml))
}

/// How a Kattis package's outputs are judged: by its interactor, its own output validator,
/// or a built-in checker with the default validator's flags.
struct Judging {
    checker: Checker,
    checker_program: Option<Program>,
    interactor: Option<Program>,
}

fn judging_of(dir: &Path, yaml: &ProblemYaml) -> Result<Judging, String> {
    // An interactive problem's output validator is its interactor, which judges alone.
    if interactor::kattis_declares(yaml.validation.as_deref(), yaml.kind.as_deref())? {
        let (_, program) = output_validator(dir).map_err(|e| format!("interactor: {e:#}"))?;
        return Ok(Judging {
            checker: Checker::default(),
            checker_program: None,
            interactor: Some(program),
        });
    }
    if is_custom(yaml) {
        let (name, program) = output_validator(dir).map_err(|e| format!("{e:#}"))?;
        return Ok(Judging {
            checker: Checker::Custom { program: name },
            checker_program: Some(program),
            interactor: None,
        });
    }
    Ok(Judging { checker: checker_of(yaml)?, checker_program: None, interactor: None })
}

/// The difficulty, time limit (ms) and memory limit (MiB), checked against the platform's
/// bounds.
fn limits_of(yaml: &ProblemYaml) -> Result<(String, i32, i32), String> {
    let difficulty = yaml.difficulty.clone().unwrap_or_else(|| "Medium".into());
    let time_limit_ms = (yaml.limits.time_limit.unwrap_or(2.0) * 1000.0).round() as i32;
    let memory_limit_mb = yaml.limits.memory.unwrap_or(256);
    check_difficulty_and_limits(
        &difficulty,
        time_limit_ms,
        memory_limit_mb,
        "limits: time_limit must be 0.1..20 s and memory 16..1024 MiB",
    )?;
    Ok((difficulty, time_limit_ms, memory_limit_mb))
}

/// The Markdown statement, wherever the format's versions put it.
fn statement_path(dir: &Path) -> Result<std::path::PathBuf, String> {
    STATEMENTS.iter().map(|s| dir.join(s)).find(|p| p.is_file()).ok_or_else(|| {
        format!(
            "no Markdown statement ({}); LaTeX statements are not supported",
            STATEMENTS.join(", ")
        )
    })
}

/// Whether problem.yaml declares a scored problem (the checker then judges each test pass/fail
/// and the groups' scores add up).
fn is_scored(yaml: &ProblemYaml) -> bool {
    yaml.kind.as_deref().is_some_and(|k| k.trim() == "scoring")
}

/// The package's input validator with each test's flags, the nearest testdata.yaml's.
fn input_validator(
    dir: &Path,
    tests: &[crate::db::problems::NewTest],
) -> Result<Option<input_validators::InputValidatorSpec>> {
    let Some(source) = input_validators::find_kattis(dir)? else { return Ok(None) };
    let name = input_validators::validator_name(dir, &source);
    let data = dir.join("data");
    let flags = tests
        .iter()
        .map(|t| {
            let file = input_validators::input_file(dir, t);
            testdata::flags_for(&data, file.parent().unwrap_or(&data), &name)
        })
        .collect::<Result<Vec<_>>>()?;
    input_validators::spec(dir, &source, tests, flags).map(Some)
}

/// Whether the package brings its own pass/fail output validator (a scored problem may have one
/// too; an interactive problem's is its interactor, taken before this is asked, and
/// score-computing validators are refused by `checker_of`).
fn is_custom(yaml: &ProblemYaml) -> bool {
    let validation = yaml.validation.as_deref().unwrap_or("default").trim();
    validation == "custom"
        && matches!(yaml.kind.as_deref().unwrap_or("pass-fail").trim(), "pass-fail" | "scoring")
}

/// The one output validator under `output_validators/`: a folder holding a single source file.
fn output_validator(dir: &Path) -> Result<(String, Program)> {
    let root = dir.join("output_validators");
    let folders: Vec<_> = visible_entries(&root)
        .with_context(|| {
            format!("{}: validation is custom, but this folder cannot be read", root.display())
        })?
        .into_iter()
        .filter(|p| p.is_dir())
        .collect();
    let [folder] = folders.as_slice() else {
        anyhow::bail!("{}: expected exactly one output validator folder", root.display());
    };
    let sources: Vec<_> = visible_entries(folder)?.into_iter().filter(|p| p.is_file()).collect();
    let [source] = sources.as_slice() else {
        anyhow::bail!("{}: an output validator here is one source file", folder.display());
    };
    let name = source.strip_prefix(dir).unwrap_or(source).to_string_lossy().into_owned();
    Ok((name, super::checker_program(source)?))
}

/// The default output validator with the package's flags; anything else is not judged yet.
fn checker_of(yaml: &ProblemYaml) -> Result<Checker, String> {
    let validation = yaml.validation.as_deref().unwrap_or("default").trim();
    let kind = yaml.kind.as_deref().unwrap_or("pass-fail").trim();
    // A scored problem's tests pass or fail like any other's; its groups make the score.
    if validation != "default" || !matches!(kind, "pass-fail" | "scoring") {
        let what = if validation.contains("interactive") || kind.contains("interactive") {
            "interactive problems"
        } else if validation.contains("score") || kind.contains("scoring") {
            "output validators that compute scores"
        } else {
            "custom output validators"
        };
        return Err(format!(
            "{what} are not supported yet (validation: {validation}, type: {kind})"
        ));
    }
    checkers::from_kattis_flags(yaml.validator_flags.as_deref().unwrap_or(""))
        .map_err(|e| format!("validator_flags: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> ProblemYaml {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn the_default_validator_takes_the_package_flags() {
        let float = checker_of(&yaml("validator_flags: float_tolerance 1e-6\n")).unwrap();
        assert!(
            matches!(float, Checker::Float { absolute: Some(a), relative: Some(r), .. } if a == 1e-6 && r == 1e-6)
        );
        let plain = checker_of(&yaml("name: Hello\nauthor: Someone\n")).unwrap();
        assert!(matches!(
            plain,
            Checker::Tokens { case_sensitive: false, space_change_sensitive: false }
        ));
    }

    #[test]
    fn validators_the_judge_cannot_run_yet_are_refused_by_name() {
        let e = checker_of(&yaml("validation: custom interactive\n")).unwrap_err();
        assert!(e.contains("interactive problems"), "{e}");
        let e = checker_of(&yaml("type: scoring\nvalidation: custom score\n")).unwrap_err();
        assert!(e.contains("validators that compute scores"), "{e}");
        assert!(checker_of(&yaml("type: scoring\n")).is_ok(), "groups score a scored problem");
        assert!(is_scored(&yaml("type: scoring\n")) && !is_scored(&yaml("type: pass-fail\n")));
        let e = checker_of(&yaml("validation: custom\n")).unwrap_err();
        assert!(e.contains("custom output validators"), "{e}");
        let e = checker_of(&yaml("validator_flags: float_tolerance lots\n")).unwrap_err();
        assert!(e.contains("validator_flags"), "{e}");
    }
}
