//! ICPC/Kattis problem packages (the problemtools layout), both versions of the format:
//! ```text
//! <shortname>/problem.yaml                  see `problem_yaml` (legacy or 2023-07)
//! <shortname>/problem_statement/problem.<lang>.md|tex   legacy (statement/ in 2023-07)
//! <shortname>/data/sample/**/*.in, *.ans    samples, shown to users (not an interactive
//!                                           problem's: its *.interaction files instead), or
//!                                           their *.in.statement, *.ans.statement, *.out
//!                                           and *.*.download (see `shown_samples`)
//! <shortname>/data/secret/**/*.in, *.ans    hidden tests
//! <shortname>/data/**/testdata.yaml         a group's accept_score and input_validator_flags
//! <shortname>/input_validators/<name>/      checks every test input on import
//! <shortname>/output_validators/<name>/     legacy custom validator (output_validator/ in 2023-07)
//! <shortname>/submissions/<folder>/<file or folder>   judged on import (see `references`)
//! <shortname>/algoarena.toml                optional: order, tags, hints, starter code...
//! <shortname>/solution/solution.en.md       optional: the editorial (see `catalogue_facts`)
//! ```
//! The folder's name is the slug. Outputs are checked by the default output validator with the
//! package's `validator_flags` (case and space-change sensitivity, float tolerances), or by the
//! package's own validator (legacy `validation: custom`, or a 2023-07 `output_validator/`),
//! run with the Kattis interface; a validator is a source file or a folder of several files
//! in one language (see `sources`). A scoring problem's subfolders of data/secret are its test
//! groups, each worth the score of its testdata.yaml (see `scoring`), times the smallest part
//! of a test's worth its validator gave (`score_multiplier.txt`). An interactive problem
//! (`validation: custom interactive`, or `type: interactive`) has its output validator as its
//! interactor, and its samples are shown as transcripts (see `interaction`). A multi-pass
//! problem (`type: multi-pass`, 2023-07) reruns the program on the `nextpass.in` its output
//! validator writes, at most `limits.validation_passes` runs per test (see
//! `judge::multi_pass`). The time limit is problem.yaml's, or computed from the accepted
//! references (see `time_limits`). A scored interactive problem is scored by its groups like
//! any other; an interactive multi-pass problem's passes are conversations, its transcripts'
//! passes parted by `---` lines. Submit-answer problems and legacy validators that compute
//! points (`validation: custom score`) are refused with a clear error.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};

use super::constants::Constants;
use super::data::{
    check_difficulty_and_limits, package_hash, read, read_optional, read_tests, valid_slug,
    visible_entries,
};
use super::problem_yaml::{self, FormatVersion, Metadata, ProblemType};
use super::time_limits::TimeRule;
use super::{
    catalogue_facts, input_validators, interaction, references, scoring, shown_samples, statement,
    testdata, Package,
};
use crate::checkers::{self, Checker};
use crate::db::problems::{NewProblem, ProblemMeta, Translation};
use crate::model::{Passes, Program};

/// The time limit stored for a package that gives none until its references are judged (the
/// verified import replaces it with the computed one; an unverified import keeps it).
const PLACEHOLDER_TIME_LIMIT_MS: i32 = 2000;

pub(super) fn load(dir: &Path) -> Result<Package> {
    let yaml_path = dir.join("problem.yaml");
    let yaml_text = read(&yaml_path)?;
    let slug = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let problem =
        |msg: String| anyhow::anyhow!("{} (problem '{slug}'): {msg}", yaml_path.display());
    let yaml = problem_yaml::parse(&yaml_text).map_err(problem)?;
    if !valid_slug(&slug) {
        return Err(problem(
            "the folder name (the problem's short name) must be lowercase letters, digits and '-'"
                .into(),
        ));
    }
    refuse_unjudged_types(&yaml).map_err(problem)?;
    let judging = judging_of(dir, &yaml).map_err(problem)?;
    let validation_passes = passes_of(&yaml, &judging).map_err(problem)?;
    let (difficulty, time_limit_ms, memory_limit_mb) = limits_of(&yaml).map_err(problem)?;
    let statements = statement::read_all(dir, yaml.version, &yaml.constants)?;
    let Some((statement_language, description)) = statements.shown() else {
        return Err(problem(format!(
            "no statement ({}/problem.<language>.md or .tex)",
            if yaml.version == FormatVersion::Legacy { "problem_statement" } else { "statement" }
        )));
    };
    let (statement_language, description) =
        (statement_language.to_string(), description.to_string());
    let mut tests = read_tests(&dir.join("data/sample"), true)?;
    tests.extend(read_tests(&dir.join("data/secret"), false)?);
    if tests.is_empty() {
        return Err(problem("no tests under data/sample or data/secret".into()));
    }
    let (interactions, interaction_notes) = interaction::read_samples(
        dir,
        &tests,
        judging.interactor.is_some(),
        validation_passes.is_some(),
    )
    .map_err(|e| problem(format!("{e:#}")))?;
    let (statement_samples, shown_sample_notes) =
        shown_samples::read_samples(dir, judging.interactor.is_some())
            .map_err(|e| problem(format!("{e:#}")))?;
    let scoring = if yaml.is(ProblemType::Scoring) {
        Some(scoring::kattis(dir, &tests).map_err(|e| problem(format!("{e:#}")))?)
    } else {
        None
    };
    let input_validator =
        input_validator(dir, &tests).map_err(|e| problem(format!("{e:#}")))?.map(|spec| {
            input_validators::InputValidatorSpec {
                program: yaml.constants.put_into(spec.program),
                ..spec
            }
        });
    let (facts, facts_text) = catalogue_facts::read_kattis(dir).map_err(problem)?;
    let hints = catalogue_facts::hints(&facts.hints).map_err(problem)?;
    let editorial = read_optional(&dir.join(catalogue_facts::EDITORIAL_FILE))?;
    // testdata.yaml files are not hashed themselves: what they decide is, as the scoring.
    let scoring_text = scoring.as_ref().map(serde_json::to_string).transpose()?;
    let mut texts = vec![yaml_text.as_str()];
    texts.extend(statements.by_language.values().map(String::as_str));
    texts.extend(scoring_text.as_deref());
    texts.push(&facts_text);
    texts.extend(editorial.as_deref());
    let interactions_text =
        (!interactions.is_empty()).then(|| serde_json::to_string(&interactions)).transpose()?;
    texts.extend(interactions_text.as_deref());
    let statement_samples_text =
        statement_samples.as_ref().map(serde_json::to_string).transpose()?;
    texts.extend(statement_samples_text.as_deref());
    texts.push(&statement_language);
    let package_hash = package_hash(&texts, &tests);
    let (references, skipped) = references::find(dir)?;
    code_size(&references, yaml.limits.code).map_err(problem)?;
    // Legacy packages may name the problem in the LaTeX statement only.
    let title = yaml
        .title()
        .map(String::from)
        .or_else(|| statements.names.get("en").or(statements.names.values().next()).cloned())
        .unwrap_or_else(|| slug.clone());
    let mut notes = yaml.warnings.clone();
    notes.extend(statements.notes.iter().cloned());
    notes.extend(skipped);
    notes.extend(interaction_notes);
    notes.extend(shown_sample_notes);
    let time_rule = TimeRule {
        fixed: yaml.limits.time_limit.is_some(),
        ac_to_time_limit: yaml.limits.ac_to_time_limit,
        time_limit_to_tle: yaml.limits.time_limit_to_tle,
        resolution: yaml.limits.time_resolution,
    };
    let Judging { checker, checker_program, interactor } = judging;
    let problem = NewProblem {
        slug,
        title,
        difficulty,
        description,
        constraints: None,
        tags: if facts.tags.is_empty() { yaml.keywords.clone() } else { facts.tags.clone() },
        starter_code: serde_json::to_value(&facts.starter_code)?,
        checker: serde_json::to_value(&checker)?,
        signature: None,
        checker_program: checker_program.as_ref().map(serde_json::to_value).transpose()?,
        interactor: interactor.as_ref().map(serde_json::to_value).transpose()?,
        validation_passes,
        time_limit_ms,
        memory_limit_mb,
        order_index: facts.order,
        package_hash,
        tests,
        meta: ProblemMeta {
            translations: translations(&yaml, &statements),
            is_premium: facts.premium,
            companies: facts.companies,
            hints,
            editorial,
            editorial_is_premium: facts.editorial_premium,
            sample_interactions: interactions,
            statement_samples,
            statement_language: Some(statement_language),
            allowed_languages: yaml.languages.clone(),
        },
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
        time_rule: Some(time_rule),
        notes,
    })
}

/// The statements and names in the languages besides the one shown.
fn translations(
    yaml: &Metadata,
    statements: &statement::Statements,
) -> BTreeMap<String, Translation> {
    let shown = statements.shown().map(|(language, _)| language.to_string());
    statements
        .by_language
        .iter()
        .filter(|(language, _)| Some(*language) != shown.as_ref())
        .map(|(language, description)| {
            let title = yaml.names.get(language).or(statements.names.get(language)).cloned();
            (language.clone(), Translation { title, description: description.clone() })
        })
        .collect()
}

/// The problem types the platform does not judge, refused by name.
fn refuse_unjudged_types(yaml: &Metadata) -> Result<(), String> {
    if yaml.is(ProblemType::SubmitAnswer) {
        return Err(
            "type: submit-answer problems are not supported (the platform judges programs, not \
             answer files)"
                .into(),
        );
    }
    Ok(())
}

/// A multi-pass problem's most runs per test (None for any other problem). Its output
/// validator (an interactive problem's interactor) writes each next pass's input, so it must
/// have one.
fn passes_of(yaml: &Metadata, judging: &Judging) -> Result<Option<Passes>, String> {
    if !yaml.is(ProblemType::MultiPass) {
        return Ok(None);
    }
    if judging.checker_program.is_none() && judging.interactor.is_none() {
        return Err("type: multi-pass needs an output validator (it writes nextpass.in, the next \
                    pass's input)"
            .into());
    }
    Passes::new(yaml.limits.validation_passes)
        .map(Some)
        .map_err(|e| format!("limits.validation_passes: {e}"))
}

/// The format's `limits.code` (KiB) holds for reference solutions too, as problemtools checks
/// (a folder's files in all).
fn code_size(references: &[references::Reference], code_kib: u32) -> Result<(), String> {
    match references.iter().find(|r| r.size() > code_kib as usize * 1024) {
        Some(r) => Err(format!(
            "{}: {} bytes, more than limits.code ({code_kib} KiB)",
            r.path.display(),
            r.size()
        )),
        None => Ok(()),
    }
}

/// How a Kattis package's outputs are judged: by its interactor, its own output validator,
/// or a built-in checker with the default validator's flags.
struct Judging {
    checker: Checker,
    checker_program: Option<Program>,
    interactor: Option<Program>,
}

fn judging_of(dir: &Path, yaml: &Metadata) -> Result<Judging, String> {
    if yaml.custom_score {
        return Err("output validators that compute scores (validation: custom score, points in \
                    score.txt) are not supported yet; a scored problem's groups make its score, \
                    and its validator may give part of a test's worth in score_multiplier.txt"
            .into());
    }
    // An interactive problem's output validator is its interactor, which judges alone (a
    // scored one's groups make its score, as for any scored problem).
    if yaml.is(ProblemType::Interactive) {
        let (_, program) = output_validator(dir, yaml.version, &yaml.constants)
            .map_err(|e| format!("interactor: {e:#}"))?;
        return Ok(Judging {
            checker: Checker::default(),
            checker_program: None,
            interactor: Some(program),
        });
    }
    // Legacy says `validation: custom`; in 2023-07 an output_validator/ folder is custom.
    let custom = yaml.custom_validation
        || (yaml.version == FormatVersion::V2023_07
            && dir.join(yaml.version.output_validator_folder()).exists());
    if custom {
        let (name, program) =
            output_validator(dir, yaml.version, &yaml.constants).map_err(|e| format!("{e:#}"))?;
        return Ok(Judging {
            checker: Checker::Custom { program: name },
            checker_program: Some(program),
            interactor: None,
        });
    }
    let checker = checkers::from_kattis_flags(&yaml.validator_flags)
        .map_err(|e| format!("validator_flags: {e}"))?;
    Ok(Judging { checker, checker_program: None, interactor: None })
}

/// The difficulty, time limit (ms) and memory limit (MiB), checked against the platform's
/// bounds. Without a time limit in problem.yaml, a placeholder until the references are judged
/// (see `time_limits`).
fn limits_of(yaml: &Metadata) -> Result<(String, i32, i32), String> {
    let difficulty = yaml.difficulty.clone().unwrap_or_else(|| "Medium".into());
    let time_limit_ms =
        yaml.limits.time_limit.map_or(PLACEHOLDER_TIME_LIMIT_MS, |s| (s * 1000.0).round() as i32);
    let memory_limit_mb = i32::try_from(yaml.limits.memory).unwrap_or(i32::MAX);
    check_difficulty_and_limits(
        &difficulty,
        time_limit_ms,
        memory_limit_mb,
        "limits: time_limit must be 0.1..20 s and memory 16..1024 MiB",
    )?;
    Ok((difficulty, time_limit_ms, memory_limit_mb))
}

/// The package's input validator with each test's flags, the nearest testdata.yaml's.
fn input_validator(
    dir: &Path,
    tests: &[crate::db::problems::NewTest],
) -> Result<Option<input_validators::InputValidatorSpec>> {
    let Some(source) = input_validators::find_kattis(dir)? else { return Ok(None) };
    let name = input_validators::validator_name(&source);
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

/// The package's output validator: legacy `output_validators/` holds one program (a folder, or
/// a source file); 2023-07's `output_validator/` is the program. A program folder is read by
/// `sources` (all its files; it is named by its main source).
fn output_validator(
    dir: &Path,
    version: FormatVersion,
    constants: &Constants,
) -> Result<(String, Program)> {
    let root = dir.join(version.output_validator_folder());
    let program_path = match version {
        FormatVersion::V2023_07 => root.clone(),
        FormatVersion::Legacy => {
            let entries = visible_entries(&root).with_context(|| {
                format!("{}: validation is custom, but this folder cannot be read", root.display())
            })?;
            let [program] = entries.as_slice() else {
                anyhow::bail!(
                    "{}: expected one output validator (a folder or a source file)",
                    root.display()
                );
            };
            program.clone()
        }
    };
    if !program_path.exists() {
        anyhow::bail!("{}: no output validator here", program_path.display());
    }
    let read = super::sources::program_of(&program_path)?;
    let name = read.main.strip_prefix(dir).unwrap_or(&read.main).to_string_lossy().into_owned();
    Ok((name, constants.put_into(read.program)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Metadata {
        problem_yaml::parse(text).unwrap()
    }

    fn judging(text: &str) -> Result<Checker, String> {
        let dir = tempfile::tempdir().unwrap();
        judging_of(dir.path(), &yaml(text)).map(|j| j.checker)
    }

    #[test]
    fn the_default_validator_takes_the_package_flags() {
        let float = judging("validator_flags: float_tolerance 1e-6\n").unwrap();
        assert!(
            matches!(float, Checker::Float { absolute: Some(a), relative: Some(r), .. } if a == 1e-6 && r == 1e-6)
        );
        let plain = judging("name: Hello\nauthor: Someone\n").unwrap();
        assert!(matches!(
            plain,
            Checker::Tokens { case_sensitive: false, space_change_sensitive: false }
        ));
        assert!(judging("type: scoring\n").is_ok(), "groups score a scored problem");
    }

    /// A package folder with these files.
    fn package(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("guess");
        for (path, text) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn an_interactive_package_of_either_version_keeps_its_transcripts_as_its_samples() {
        let common = [
            ("data/sample/1.in", "42\n"),
            ("data/sample/1.ans", "42\n"),
            ("data/sample/1.interaction", ">50\n<<\n>42\n<=\n"),
            ("data/sample/2-more.interaction", ">1\n<=\n"),
            ("data/secret/1.in", "7\n"),
            ("data/secret/1.ans", "7\n"),
        ];
        let legacy = [
            ("problem.yaml", "name: Guess\nvalidation: custom interactive\n"),
            ("problem_statement/problem.en.md", "Guess it.\n"),
            ("output_validators/guess/interactor.py", "print('=')\n"),
        ];
        let modern = [
            ("problem.yaml", "problem_format_version: 2023-07\nname: Guess\ntype: interactive\n"),
            ("statement/problem.en.md", "Guess it.\n"),
            ("output_validator/interactor.py", "print('=')\n"),
        ];
        for version in [&legacy, &modern] {
            let files: Vec<_> = common.iter().chain(version.iter()).copied().collect();
            let dir = package(&files);
            let loaded = load(&dir.path().join("guess")).unwrap();
            assert!(loaded.interactor.is_some());
            let shown = &loaded.problem.meta.sample_interactions;
            assert_eq!(shown.len(), 2, "the extra transcript is a sample too");
            assert_eq!(shown[0].lines.len(), 4);
            assert_eq!(loaded.problem.tests.len(), 2, "an extra transcript is not a test");
            // The transcripts are stored with the problem, so a change to one stores it again.
            std::fs::write(dir.path().join("guess/data/sample/2-more.interaction"), ">1\n")
                .unwrap();
            let edited = load(&dir.path().join("guess")).unwrap();
            assert_ne!(edited.problem.package_hash, loaded.problem.package_hash);
            std::fs::write(dir.path().join("guess/data/sample/2-more.interaction"), "1\n").unwrap();
            let e = format!("{:#}", load(&dir.path().join("guess")).unwrap_err());
            assert!(e.contains("2-more.interaction: line 1: starts with neither"), "{e}");
        }
    }

    #[test]
    fn a_multi_pass_problem_needs_its_validator_and_takes_its_passes() {
        let modern = "problem_format_version: 2023-07\nname: A\ntype: multi-pass\n";
        let program = Program::single(algoarena_shared::language::Language::Python3, "");
        let custom = Judging {
            checker: Checker::Custom { program: "v.py".into() },
            checker_program: Some(program),
            interactor: None,
        };
        let plain =
            Judging { checker: Checker::default(), checker_program: None, interactor: None };
        assert_eq!(passes_of(&yaml(modern), &custom).unwrap(), Some(Passes::new(2).unwrap()));
        let five = yaml(&format!("{modern}limits:\n  validation_passes: 5\n"));
        assert_eq!(passes_of(&five, &custom).unwrap(), Some(Passes::new(5).unwrap()));
        let one = yaml(&format!("{modern}limits:\n  validation_passes: 1\n"));
        assert!(passes_of(&one, &custom).unwrap_err().contains("limits.validation_passes"));
        assert!(passes_of(&yaml(modern), &plain).unwrap_err().contains("nextpass.in"));
        let single = yaml("problem_format_version: 2023-07\nname: A\n");
        assert_eq!(passes_of(&single, &custom).unwrap(), None);
        let program = Program::single(algoarena_shared::language::Language::Python3, "");
        let interactive = Judging {
            checker: Checker::default(),
            checker_program: None,
            interactor: Some(program),
        };
        assert_eq!(passes_of(&five, &interactive).unwrap(), Some(Passes::new(5).unwrap()));
    }

    #[test]
    fn what_the_judge_cannot_run_is_refused_by_name() {
        let e = judging("type: scoring\nvalidation: custom score\n").unwrap_err();
        assert!(e.contains("validators that compute scores"), "{e}");
        let e = judging("type: scoring\nvalidation: custom interactive\n").unwrap_err();
        assert!(e.starts_with("interactor:"), "scored interactive is judged, given one: {e}");
        let e = judging("type: scoring\nvalidation: custom interactive score\n").unwrap_err();
        assert!(e.contains("validators that compute scores"), "{e}");
        let e = judging("validation: custom\n").unwrap_err();
        assert!(e.contains("output_validators"), "{e}");
        let e = judging("validator_flags: float_tolerance lots\n").unwrap_err();
        assert!(e.contains("validator_flags"), "{e}");
        let modern = "problem_format_version: 2023-07\nname: A\ntype: ";
        let interactive = yaml(&format!("{modern}[interactive, multi-pass]\n"));
        assert!(refuse_unjudged_types(&interactive).is_ok(), "interactive multi-pass is judged");
        let e = refuse_unjudged_types(&yaml(&format!("{modern}submit-answer\n"))).unwrap_err();
        assert!(e.contains("submit-answer"), "{e}");
    }
}
