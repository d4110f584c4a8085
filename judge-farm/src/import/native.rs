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
//! <slug>/data/sample/*.in   sample tests, shown to users (each with a matching .ans); an
//!                           interactive problem shows *.interaction transcripts instead
//!                           (see `interaction`)
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

use super::catalogue_facts::{self, HintEntry};
use super::data::{
    check_difficulty_and_limits, package_hash, read, read_optional, read_tests, valid_slug,
};
use super::input_validators::InputValidatorSpec;
use super::{input_validators, interaction, interactor, references, Package};
use crate::checkers::Checker;
use crate::db::problems::{NewHint, NewProblem, NewTest, ProblemMeta};
use crate::functions::{check_input, not_offered, starter_code as starter, Signature};
use crate::model::{Program, Scoring};

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
    #[serde(default = "catalogue_facts::premium_by_default")]
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
    check_manifest(&m).map_err(problem)?;
    let checker_program = checker_program(dir, &m).map_err(problem)?;
    let interactor = match &m.interactor {
        Some(entry) => {
            Some(interactor::native(dir, entry, &m.checker, m.is_function()).map_err(problem)?)
        }
        None => None,
    };
    let description = read(&dir.join("statement.md"))?;
    let constraints = read_optional(&dir.join("constraints.md"))?;
    let mut tests = read_tests(&dir.join("data/sample"), true)?;
    tests.extend(read_tests(&dir.join("data/secret"), false)?);
    if tests.is_empty() {
        return Err(problem("no tests under data/sample or data/secret".into()));
    }
    let scoring = scoring(&m, &tests).map_err(problem)?;
    let input_validator = input_validator(dir, &m, &tests).map_err(problem)?;
    let signature = signature(&m, &manifest_text, &tests).map_err(problem)?;
    let hints = catalogue_facts::hints(&m.hints).map_err(problem)?;
    let editorial = read_optional(&dir.join("editorial.md"))?;
    let (interactions, interaction_notes) =
        interaction::read_samples(dir, &tests, interactor.is_some(), false)
            .map_err(|e| problem(format!("{e:#}")))?;
    let interactions_text =
        (!interactions.is_empty()).then(|| serde_json::to_string(&interactions)).transpose()?;
    let mut texts = vec![
        manifest_text.as_str(),
        &description,
        constraints.as_deref().unwrap_or(""),
        editorial.as_deref().unwrap_or(""),
    ];
    texts.extend(interactions_text.as_deref());
    let package_hash = package_hash(&texts, &tests);
    let (references, mut notes) = references::find(dir)?;
    notes.extend(interaction_notes);
    let texts = Texts { description, constraints, editorial };
    let mut problem = new_problem(&m, texts, hints, signature.as_ref(), package_hash, tests)?;
    problem.checker_program = checker_program.as_ref().map(serde_json::to_value).transpose()?;
    problem.interactor = interactor.as_ref().map(serde_json::to_value).transpose()?;
    problem.meta.sample_interactions = interactions;
    Ok(Package {
        problem,
        checker: m.checker,
        signature,
        checker_program,
        interactor,
        references,
        scoring,
        input_validator,
        time_rule: None,
        notes,
    })
}

impl Manifest {
    /// A LeetCode-style problem: users write a function or a design class.
    fn is_function(&self) -> bool {
        self.function.is_some() || self.design.is_some()
    }
}

/// What problem.toml must get right on its own: the slug, difficulty and limits, and the
/// languages of its starter code.
fn check_manifest(m: &Manifest) -> Result<(), String> {
    if !valid_slug(&m.slug) {
        return Err("slug must be lowercase letters, digits and '-'".into());
    }
    check_difficulty_and_limits(
        &m.difficulty,
        m.time_limit_ms,
        m.memory_limit_mb,
        "time_limit_ms must be 100..20000 and memory_limit_mb 16..1024",
    )?;
    catalogue_facts::check_starter_languages(&m.starter_code)
}

/// The custom checker's program, if `[checker]` names one.
fn checker_program(dir: &Path, m: &Manifest) -> Result<Option<Program>, String> {
    let Checker::Custom { program } = &m.checker else { return Ok(None) };
    if m.is_function() {
        return Err("a function problem cannot have a checker program".into());
    }
    super::checker_program(&dir.join(program)).map(Some).map_err(|e| format!("checker: {e:#}"))
}

/// A scored problem's groups, from `[groups]`; None for pass/fail.
fn scoring(m: &Manifest, tests: &[NewTest]) -> Result<Option<Scoring>, String> {
    if m.groups.is_empty() {
        return Ok(None);
    }
    if m.is_function() {
        return Err("a function problem cannot have [groups]".into());
    }
    let scores = m.groups.iter().map(|(name, g)| (name.clone(), g.score)).collect();
    super::scoring::native(tests, &scores).map(Some).map_err(|e| format!("groups: {e:#}"))
}

/// The input validator, if `validator` names one, with each test's group's flags.
fn input_validator(
    dir: &Path,
    m: &Manifest,
    tests: &[NewTest],
) -> Result<Option<InputValidatorSpec>, String> {
    let Some(file) = &m.validator else { return Ok(None) };
    let flags = tests
        .iter()
        .map(|t| {
            let group = super::scoring::group_of(t).and_then(|g| m.groups.get(&g));
            group
                .map(|g| g.validator_flags.split_whitespace().map(String::from).collect())
                .unwrap_or_default()
        })
        .collect();
    input_validators::spec(dir, &dir.join(file), tests, flags)
        .map(Some)
        .map_err(|e| format!("validator: {e:#}"))
}

/// A function problem's signature, with every test checked against it: each input fits the
/// signature and each answer is JSON. None for other problems.
fn signature(
    m: &Manifest,
    manifest_text: &str,
    tests: &[NewTest],
) -> Result<Option<Signature>, String> {
    if !m.is_function() {
        return Ok(None);
    }
    let signature = Signature::from_toml(manifest_text).map_err(|e| format!("signature: {e}"))?;
    for test in tests {
        check_input(&signature, test.input.trim())
            .map_err(|e| format!("test '{}': input does not fit the signature: {e}", test.name))?;
        serde_json::from_str::<serde_json::Value>(&test.expected_output)
            .map_err(|e| format!("test '{}': the answer is not JSON: {e}", test.name))?;
    }
    Ok(Some(signature))
}

/// The package's starter code; a function problem's is generated for every language the
/// package gives none for, except those the signature cannot be offered in (C, when a name is
/// taken by its headers): the import reports them and they get no starter.
fn starter_code(m: &Manifest, signature: Option<&Signature>) -> BTreeMap<String, String> {
    let mut starter_code = m.starter_code.clone();
    if let Some(signature) = signature {
        for language in algoarena_shared::language::Language::ALL {
            if let Some(why) = not_offered(language, signature) {
                tracing::warn!(problem = %m.slug, language = language.id(), "not offered: {why}");
                starter_code.remove(language.id());
                continue;
            }
            starter_code
                .entry(language.id().to_string())
                .or_insert_with(|| starter(language, signature));
        }
    }
    starter_code
}

/// The package's Markdown files.
struct Texts {
    description: String,
    constraints: Option<String>,
    editorial: Option<String>,
}

/// The problem's row and metadata; its checker program and interactor are the caller's to add.
fn new_problem(
    m: &Manifest,
    texts: Texts,
    hints: Vec<NewHint>,
    signature: Option<&Signature>,
    package_hash: String,
    tests: Vec<NewTest>,
) -> Result<NewProblem> {
    let signature_json = match (&m.function, &m.design) {
        (Some(f), _) => Some(serde_json::json!({ "function": f })),
        (_, Some(d)) => Some(serde_json::json!({ "design": d })),
        _ => None,
    };
    Ok(NewProblem {
        slug: m.slug.clone(),
        title: m.title.clone(),
        difficulty: m.difficulty.clone(),
        description: texts.description,
        constraints: texts.constraints,
        tags: m.tags.clone(),
        starter_code: serde_json::to_value(starter_code(m, signature))?,
        checker: serde_json::to_value(&m.checker)?,
        signature: signature_json,
        checker_program: None,
        interactor: None,
        validation_passes: None,
        time_limit_ms: m.time_limit_ms,
        memory_limit_mb: m.memory_limit_mb,
        order_index: m.order,
        package_hash,
        tests,
        meta: ProblemMeta {
            // A native package has one statement.
            translations: Default::default(),
            is_premium: m.premium,
            companies: m.companies.clone(),
            hints,
            editorial: texts.editorial,
            editorial_is_premium: m.editorial_premium,
            // The caller's to add, with the interactor.
            sample_interactions: Vec::new(),
            statement_samples: None,
            // The native format's statement is English (docs/problem-format.md).
            statement_language: Some("en".into()),
            allowed_languages: None,
        },
    })
}
