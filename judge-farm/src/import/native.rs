//! Packages in AlgoArena's own format:
//! ```text
//! <slug>/problem.toml       slug, title, difficulty, tags, limits, order, [starter_code],
//!                           [checker] (e.g. kind = "float", absolute = 1e-6; see `checkers`),
//!                           and for a LeetCode-style problem [function] or [design] (see
//!                           `functions`): each test's .in is then one line of JSON arguments
//!                           and its .ans the JSON result; starter code is generated for
//!                           every language the package gives none for;
//!                           [interactor] file = "<file>" makes an interactive problem (see
//!                           `interactor`)
//! <slug>/statement.md       the statement (Markdown)
//!                           premium, companies, [[hints]] (text, premium), editorial_premium
//! <slug>/constraints.md     optional
//! <slug>/editorial.md       optional
//! <slug>/data/sample/*.in   sample tests, shown to users (each with a matching .ans)
//! <slug>/data/secret/*.in   hidden tests, for the judge only (each with a matching .ans)
//!                           [groups.<name>] (score, validator_flags) makes a scored problem:
//!                           data/secret/<name>/ holds each group's tests (see `scoring`)
//!                           validator = "<file>": an input validator run on every test input
//!                           on import, with its group's validator_flags (see `input_validators`)
//! <slug>/submissions/<verdict>/<file>  reference solutions (see `references`)
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use super::data::{check_difficulty_and_limits, package_hash, read, read_tests, valid_slug};
use super::{input_validators, interactor, references, Package};
use crate::checkers::Checker;
use crate::db::problems::{NewHint, NewProblem, ProblemMeta};
use crate::functions::{check_input, starter_code as starter, Signature};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    slug: String,
    title: String,
    difficulty: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default = "default_time_limit")]
    time_limit_ms: i32,
    #[serde(default = "default_memory_limit")]
    memory_limit_mb: i32,
    order: Option<i32>,
    #[serde(default)]
    starter_code: BTreeMap<String, String>,
    /// How outputs are checked; the ICPC line rule when absent.
    #[serde(default)]
    checker: Checker,
    /// A LeetCode-style problem's function or design class (see `functions`); read again
    /// from the text by `Signature::from_toml`, kept here so the manifest may hold it.
    function: Option<toml::Value>,
    design: Option<toml::Value>,
    /// An interactive problem's interactor (see `interactor`).
    interactor: Option<interactor::InteractorEntry>,
    /// Whether the problem is for premium members only.
    #[serde(default)]
    premium: bool,
    /// Companies known to ask it.
    #[serde(default)]
    companies: Vec<String>,
    /// Hints in tiers, first to last; a premium tier is shown to premium members only.
    #[serde(default)]
    hints: Vec<HintEntry>,
    /// Whether editorial.md is for premium members only (TRD §4.2: yes, by default).
    #[serde(default = "premium_by_default")]
    editorial_premium: bool,
    /// An input validator's source file, run on every test input on import.
    validator: Option<String>,
    /// A scored problem's test groups by folder name under data/secret; none: pass/fail.
    #[serde(default)]
    groups: BTreeMap<String, GroupEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupEntry {
    /// Points for passing every test of the group.
    score: f64,
    /// Arguments for the input validator on this group's tests.
    #[serde(default)]
    validator_flags: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HintEntry {
    text: String,
    #[serde(default)]
    premium: bool,
}

fn premium_by_default() -> bool {
    true
}

fn default_time_limit() -> i32 {
    2000
}
fn default_memory_limit() -> i32 {
    256
}

/// Reads and validates one package; errors name the file and the problem.
pub(super) fn load(dir: &Path) -> Result<Package> {
    let manifest_path = dir.join("problem.toml");
    let manifest_text = read(&manifest_path)?;
    let m: Manifest = toml::from_str(&manifest_text)
        .with_context(|| format!("{}: invalid problem.toml", manifest_path.display()))?;
    let problem =
        |msg: String| anyhow::anyhow!("{} (problem '{}'): {msg}", manifest_path.display(), m.slug);
    if !valid_slug(&m.slug) {
        return Err(problem("slug must be lowercase letters, digits and '-'".into()));
    }
    check_difficulty_and_limits(
        &m.difficulty,
        m.time_limit_ms,
        m.memory_limit_mb,
        "time_limit_ms must be 100..20000 and memory_limit_mb 16..1024",
    )
    .map_err(problem)?;
    for language in m.starter_code.keys() {
        if algoarena_shared::language::Language::parse(language).is_none() {
            return Err(problem(format!("starter_code has an unknown language '{language}'")));
        }
    }
    let checker_program = match &m.checker {
        Checker::Custom { program } => {
            if m.function.is_some() || m.design.is_some() {
                return Err(problem("a function problem cannot have a checker program".into()));
            }
            Some(
                super::checker_program(&dir.join(program))
                    .map_err(|e| problem(format!("checker: {e:#}")))?,
            )
        }
        _ => None,
    };
    let is_function = m.function.is_some() || m.design.is_some();
    let interactor = match &m.interactor {
        Some(entry) => {
            Some(interactor::native(dir, entry, &m.checker, is_function).map_err(problem)?)
        }
        None => None,
    };
    let description = read(&dir.join("statement.md"))?;
    let constraints_path = dir.join("constraints.md");
    let constraints =
        if constraints_path.is_file() { Some(read(&constraints_path)?) } else { None };
    let mut tests = read_tests(&dir.join("data/sample"), true)?;
    tests.extend(read_tests(&dir.join("data/secret"), false)?);
    if tests.is_empty() {
        return Err(problem("no tests under data/sample or data/secret".into()));
    }
    let scoring = if m.groups.is_empty() {
        None
    } else {
        if m.function.is_some() || m.design.is_some() {
            return Err(problem("a function problem cannot have [groups]".into()));
        }
        let scores = m.groups.iter().map(|(name, g)| (name.clone(), g.score)).collect();
        Some(
            super::scoring::native(&tests, &scores)
                .map_err(|e| problem(format!("groups: {e:#}")))?,
        )
    };
    let input_validator = match &m.validator {
        Some(file) => {
            let flags = tests
                .iter()
                .map(|t| {
                    let group = super::scoring::group_of(t).and_then(|g| m.groups.get(&g));
                    group
                        .map(|g| g.validator_flags.split_whitespace().map(String::from).collect())
                        .unwrap_or_default()
                })
                .collect();
            Some(
                input_validators::spec(dir, &dir.join(file), &tests, flags)
                    .map_err(|e| problem(format!("validator: {e:#}")))?,
            )
        }
        None => None,
    };
    let signature = if m.function.is_some() || m.design.is_some() {
        let signature =
            Signature::from_toml(&manifest_text).map_err(|e| problem(format!("signature: {e}")))?;
        for test in &tests {
            check_input(&signature, test.input.trim()).map_err(|e| {
                problem(format!("test '{}': input does not fit the signature: {e}", test.name))
            })?;
            serde_json::from_str::<serde_json::Value>(&test.expected_output).map_err(|e| {
                problem(format!("test '{}': the answer is not JSON: {e}", test.name))
            })?;
        }
        Some(signature)
    } else {
        None
    };
    let mut starter_code = m.starter_code.clone();
    if let Some(signature) = &signature {
        // Generated for every language; a package's own starter code wins.
        for language in algoarena_shared::language::Language::ALL {
            starter_code
                .entry(language.id().to_string())
                .or_insert_with(|| starter(language, signature));
        }
    }
    let signature_json = match (&m.function, &m.design) {
        (Some(f), _) => Some(serde_json::json!({ "function": f })),
        (_, Some(d)) => Some(serde_json::json!({ "design": d })),
        _ => None,
    };
    if m.hints.iter().any(|h| h.text.trim().is_empty()) {
        return Err(problem("hints: a hint's text is empty".into()));
    }
    let editorial_path = dir.join("editorial.md");
    let editorial = if editorial_path.is_file() { Some(read(&editorial_path)?) } else { None };
    let package_hash = package_hash(
        &[
            &manifest_text,
            &description,
            constraints.as_deref().unwrap_or(""),
            editorial.as_deref().unwrap_or(""),
        ],
        &tests,
    );
    let references = references::find(dir)?;
    let problem = NewProblem {
        slug: m.slug,
        title: m.title,
        difficulty: m.difficulty,
        description,
        constraints,
        tags: m.tags,
        starter_code: serde_json::to_value(&starter_code)?,
        checker: serde_json::to_value(&m.checker)?,
        signature: signature_json,
        checker_program: checker_program.as_ref().map(serde_json::to_value).transpose()?,
        interactor: interactor.as_ref().map(serde_json::to_value).transpose()?,
        time_limit_ms: m.time_limit_ms,
        memory_limit_mb: m.memory_limit_mb,
        order_index: m.order,
        package_hash,
        tests,
        meta: ProblemMeta {
            is_premium: m.premium,
            companies: m.companies,
            hints: m
                .hints
                .into_iter()
                .map(|h| NewHint { text: h.text, is_premium: h.premium })
                .collect(),
            editorial,
            editorial_is_premium: m.editorial_premium,
        },
    };
    Ok(Package {
        problem,
        checker: m.checker,
        signature,
        checker_program,
        interactor,
        references,
        scoring,
        input_validator,
    })
}
