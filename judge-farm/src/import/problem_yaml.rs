//! problem.yaml of the ICPC problem package format, both versions problemtools reads: `legacy`
//! (the default) and `2023-07` (`problem_format_version: 2023-07` or `2023-07-draft`). The
//! file is read into typed structs holding the keys of both versions; a value of the wrong type
//! is refused naming its key (`limits.memory: invalid type ...`), and a key neither version
//! has is accepted with a warning. [`Metadata`] is what both versions mean, in one shape:
//! names by language, the problem's types, the custom-validation flags of legacy
//! `validation:`, and the limits with the defaults of the declared version (legacy:
//! `time_multiplier` 5 and `time_safety_margin` 2; 2023-07: `time_multipliers` 2 and 1.5).

use std::collections::BTreeMap;

use algoarena_shared::language::Language;
use serde::Deserialize;
use serde_yaml::Value;

use super::allowed_languages;
use super::constants::{self, Constants};

/// Which version of the format a package declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FormatVersion {
    Legacy,
    V2023_07,
}

impl FormatVersion {
    /// The folder of the package's output validator.
    pub(super) fn output_validator_folder(self) -> &'static str {
        match self {
            FormatVersion::Legacy => "output_validators",
            FormatVersion::V2023_07 => "output_validator",
        }
    }
}

/// A problem type of the 2023-07 format (legacy has pass-fail and scoring, and says
/// interactive in `validation:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum ProblemType {
    PassFail,
    Scoring,
    MultiPass,
    Interactive,
    SubmitAnswer,
}

/// A string, or a map from language codes to strings (2023-07's `name`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Localized {
    One(String),
    Many(BTreeMap<String, String>),
}

/// One thing or a list of them (2023-07's `type`, and `keywords` written either way).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::One(t) => vec![t],
            OneOrMany::Many(v) => v,
        }
    }
}

/// Every key of both versions. Keys only shown to people (credits, source, license, ...) are
/// read as any YAML value: their shape does not change how a problem is judged.
// The keys only shown to people are read to check their types, never used.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
struct Raw {
    problem_format_version: Option<String>,
    name: Option<Localized>,
    #[serde(rename = "type")]
    kind: Option<OneOrMany<String>>,
    /// Legacy: `default`, or `custom` followed by `interactive` and/or `score`.
    validation: Option<String>,
    validator_flags: Option<String>,
    keywords: Option<OneOrMany<String>>,
    limits: Option<RawLimits>,
    /// AlgoArena's difficulty (Easy, Medium, Hard), which the format does not have.
    difficulty: Option<String>,
    // Read and not used by the judge.
    uuid: Option<String>,
    version: Option<Value>,
    author: Option<String>,
    credits: Option<Value>,
    source: Option<Value>,
    source_url: Option<String>,
    license: Option<String>,
    rights_owner: Option<String>,
    embargo_until: Option<Value>,
    languages: Option<Value>,
    allow_file_writing: Option<bool>,
    constants: Option<BTreeMap<String, constants::Value>>,
    grading: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
struct RawLimits {
    time_limit: Option<f64>,
    time_multiplier: Option<f64>,
    time_safety_margin: Option<f64>,
    time_multipliers: Option<RawMultipliers>,
    time_resolution: Option<f64>,
    memory: Option<u32>,
    output: Option<u32>,
    code: Option<u32>,
    compilation_time: Option<f64>,
    compilation_memory: Option<u32>,
    validation_time: Option<f64>,
    validation_memory: Option<u32>,
    validation_output: Option<u32>,
    validation_passes: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
struct RawMultipliers {
    ac_to_time_limit: Option<f64>,
    time_limit_to_tle: Option<f64>,
}

/// What problem.yaml says, the same for both versions.
#[derive(Debug, Clone)]
pub(super) struct Metadata {
    pub version: FormatVersion,
    /// The problem's name by language code (empty when none is given).
    pub names: BTreeMap<String, String>,
    pub types: Vec<ProblemType>,
    /// Legacy `validation: custom ...`: the package's own output validator judges.
    pub custom_validation: bool,
    /// Legacy `validation: custom score`: the validator computes the score.
    pub custom_score: bool,
    pub validator_flags: String,
    pub keywords: Vec<String>,
    pub limits: Limits,
    pub difficulty: Option<String>,
    /// `constants:` (2023-07), put in place of `{{name}}` in statements and validators.
    pub constants: Constants,
    /// `languages:` (2023-07): the languages the problem may be solved in; None for all.
    pub languages: Option<Vec<Language>>,
    /// Keys accepted but not known, and keys of the other version, to report.
    pub warnings: Vec<String>,
}

impl Metadata {
    pub(super) fn is(&self, kind: ProblemType) -> bool {
        self.types.contains(&kind)
    }

    /// The name shown: English, else the first language's, else None.
    pub(super) fn title(&self) -> Option<&str> {
        self.names.get("en").or_else(|| self.names.values().next()).map(String::as_str)
    }
}

/// The limits of problem.yaml with the version's defaults filled in (problemtools' defaults).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Limits {
    /// Seconds; None: computed from the accepted references (see `time_limits`).
    pub time_limit: Option<f64>,
    /// The slowest accepted reference's time times this is the time limit.
    pub ac_to_time_limit: f64,
    /// The time limit times this is what time-limit-exceeded references must still exceed.
    pub time_limit_to_tle: f64,
    /// A computed time limit is rounded up to a multiple of this (seconds).
    pub time_resolution: f64,
    /// MiB.
    pub memory: u32,
    /// MiB.
    pub output: u32,
    /// KiB: the largest submission.
    pub code: u32,
    /// Seconds.
    pub compilation_time: f64,
    pub compilation_memory: u32,
    pub validation_time: f64,
    pub validation_memory: u32,
    pub validation_output: u32,
    pub validation_passes: u32,
}

/// Reads problem.yaml's text; errors name the key at fault.
pub(super) fn parse(text: &str) -> Result<Metadata, String> {
    let mut unknown = Vec::new();
    let raw: Raw = if text.trim().is_empty() {
        Raw::default()
    } else {
        let yaml = serde_yaml::Deserializer::from_str(text);
        let mut record = |path: serde_ignored::Path<'_>| unknown.push(path.to_string());
        let tracked = serde_ignored::Deserializer::new(yaml, &mut record);
        let raw: Option<Raw> = serde_path_to_error::deserialize(tracked).map_err(|e| {
            // serde_yaml names the key itself where it can; otherwise the path does.
            let (key, inner) = (e.path().to_string().replace("?.", ""), e.inner().to_string());
            if key == "." || key == "?" || inner.starts_with(&format!("{key}:")) {
                inner
            } else {
                format!("{key}: {inner}")
            }
        })?;
        raw.unwrap_or_default()
    };
    // serde_ignored writes an Option's inside as `?.`: the key as written has none.
    let mut warnings: Vec<String> = unknown
        .into_iter()
        .map(|key| format!("unknown key '{}' ignored", key.replace("?.", "")))
        .collect();
    let version = match raw.problem_format_version.as_deref().map(str::trim) {
        None | Some("legacy") => FormatVersion::Legacy,
        Some("2023-07" | "2023-07-draft") => FormatVersion::V2023_07,
        Some(other) => {
            return Err(format!(
                "problem_format_version: '{other}' is not a known version (legacy, 2023-07)"
            ))
        }
    };
    let other_version = |key: &str, present: bool, warnings: &mut Vec<String>| {
        if present {
            let which = if version == FormatVersion::Legacy { "legacy" } else { "2023-07" };
            warnings.push(format!("'{key}' is not a key of the {which} format; read anyway"));
        }
    };
    let names = match raw.name {
        None => BTreeMap::new(),
        Some(Localized::One(name)) => BTreeMap::from([("en".to_string(), name)]),
        Some(Localized::Many(names)) => {
            other_version("name (as a map)", version == FormatVersion::Legacy, &mut warnings);
            names
        }
    };
    if version == FormatVersion::V2023_07 && names.is_empty() {
        return Err("name: the 2023-07 format requires the problem's name".into());
    }
    let (custom_validation, custom_score, legacy_interactive) =
        validation_words(raw.validation.as_deref())?;
    other_version(
        "validation",
        version == FormatVersion::V2023_07 && raw.validation.is_some(),
        &mut warnings,
    );
    let mut types = raw
        .kind
        .map(OneOrMany::into_vec)
        .unwrap_or_default()
        .iter()
        .map(|t| problem_type(t))
        .collect::<Result<Vec<_>, _>>()?;
    if version == FormatVersion::Legacy
        && types.iter().any(|t| !matches!(t, ProblemType::PassFail | ProblemType::Scoring))
    {
        warnings.push(
            "type: the legacy format has only pass-fail and scoring (interactive is \
             `validation: custom interactive`); read as the 2023-07 format says"
                .into(),
        );
    }
    if legacy_interactive && !types.contains(&ProblemType::Interactive) {
        types.push(ProblemType::Interactive);
    }
    if types.is_empty() || types == [ProblemType::Interactive] {
        types.insert(0, ProblemType::PassFail);
    }
    check_types(&types)?;
    let keywords = match raw.keywords {
        None => Vec::new(),
        Some(OneOrMany::One(words)) => words.split_whitespace().map(String::from).collect(),
        Some(OneOrMany::Many(words)) => words,
    };
    let limits = limits(version, raw.limits.unwrap_or_default(), &mut warnings)?;
    other_version(
        "constants",
        version == FormatVersion::Legacy && raw.constants.is_some(),
        &mut warnings,
    );
    let constants = Constants::new(raw.constants.unwrap_or_default())?;
    let (languages, language_notes) = allowed_languages::read(raw.languages.as_ref())?;
    warnings.extend(language_notes);
    Ok(Metadata {
        version,
        names,
        types,
        custom_validation,
        custom_score,
        validator_flags: raw.validator_flags.unwrap_or_default(),
        keywords,
        limits,
        difficulty: raw.difficulty,
        constants,
        languages,
        warnings,
    })
}

fn problem_type(text: &str) -> Result<ProblemType, String> {
    serde_yaml::from_str::<ProblemType>(text.trim()).map_err(|_| {
        format!(
            "type: '{text}' is not a problem type (pass-fail, scoring, interactive, multi-pass, \
             submit-answer)"
        )
    })
}

/// Legacy `validation:` as (custom, custom score, interactive).
fn validation_words(validation: Option<&str>) -> Result<(bool, bool, bool), String> {
    let words: Vec<&str> = validation.unwrap_or("default").split_whitespace().collect();
    match words.split_first() {
        None | Some((&"default", [])) => Ok((false, false, false)),
        Some((&"custom", rest)) => {
            if let Some(bad) = rest.iter().find(|w| !matches!(**w, "interactive" | "score")) {
                return Err(format!(
                    "validation: '{bad}' is not a custom validation option (interactive, score)"
                ));
            }
            Ok((true, rest.contains(&"score"), rest.contains(&"interactive")))
        }
        _ => Err(format!(
            "validation: '{}' must be 'default' or 'custom' followed by 'interactive' and/or 'score'",
            validation.unwrap_or_default()
        )),
    }
}

/// The combinations the format forbids.
fn check_types(types: &[ProblemType]) -> Result<(), String> {
    use ProblemType::*;
    if types.contains(&PassFail) && types.contains(&Scoring) {
        return Err("type: a problem is pass-fail or scoring, not both".into());
    }
    if types.contains(&SubmitAnswer) && (types.contains(&Interactive) || types.contains(&MultiPass))
    {
        return Err("type: submit-answer cannot be interactive or multi-pass".into());
    }
    Ok(())
}

fn limits(
    version: FormatVersion,
    raw: RawLimits,
    warnings: &mut Vec<String>,
) -> Result<Limits, String> {
    let legacy = version == FormatVersion::Legacy;
    let multipliers = raw.time_multipliers.unwrap_or_default();
    let (ac_default, tle_default) = if legacy { (5.0, 2.0) } else { (2.0, 1.5) };
    if legacy && (multipliers.ac_to_time_limit.is_some() || multipliers.time_limit_to_tle.is_some())
        || !legacy && (raw.time_multiplier.is_some() || raw.time_safety_margin.is_some())
    {
        let keys = if legacy {
            "limits.time_multipliers"
        } else {
            "limits.time_multiplier/time_safety_margin"
        };
        warnings.push(format!("'{keys}' belongs to the other version of the format; read anyway"));
    }
    let limits = Limits {
        time_limit: raw.time_limit,
        ac_to_time_limit: multipliers
            .ac_to_time_limit
            .or(raw.time_multiplier)
            .unwrap_or(ac_default),
        time_limit_to_tle: multipliers
            .time_limit_to_tle
            .or(raw.time_safety_margin)
            .unwrap_or(tle_default),
        time_resolution: raw.time_resolution.unwrap_or(1.0),
        memory: raw.memory.unwrap_or(1024),
        output: raw.output.unwrap_or(8),
        code: raw.code.unwrap_or(128),
        compilation_time: raw.compilation_time.unwrap_or(60.0),
        compilation_memory: raw.compilation_memory.unwrap_or(1024),
        validation_time: raw.validation_time.unwrap_or(60.0),
        validation_memory: raw.validation_memory.unwrap_or(1024),
        validation_output: raw.validation_output.unwrap_or(8),
        validation_passes: raw.validation_passes.unwrap_or(2),
    };
    let positive = [
        ("limits.time_limit", limits.time_limit.unwrap_or(1.0)),
        ("limits.time_multipliers.ac_to_time_limit", limits.ac_to_time_limit),
        ("limits.time_multipliers.time_limit_to_tle", limits.time_limit_to_tle),
        ("limits.time_resolution", limits.time_resolution),
    ];
    if let Some((key, _)) = positive.iter().find(|(_, v)| !(v.is_finite() && *v > 0.0)) {
        return Err(format!("{key}: must be a positive number of seconds"));
    }
    if limits.time_limit_to_tle < 1.0 {
        return Err("limits: the time-limit-exceeded margin must be at least 1".into());
    }
    Ok(limits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_as_a_string_or_a_map_of_languages() {
        let legacy = parse("name: Hello\n").unwrap();
        assert_eq!((legacy.version, legacy.title()), (FormatVersion::Legacy, Some("Hello")));
        let modern = parse(
            "problem_format_version: 2023-07-draft\nname:\n  sv: Hej\n  en: Hello\nuuid: 8ee7605a\n",
        );
        let modern = modern.unwrap();
        assert_eq!(modern.version, FormatVersion::V2023_07);
        assert_eq!(modern.title(), Some("Hello"));
        assert_eq!(modern.names.len(), 2);
        let only_swedish = parse("problem_format_version: 2023-07\nname: {sv: Hej}\n").unwrap();
        assert_eq!(only_swedish.title(), Some("Hej"));
        let e = parse("problem_format_version: 2023-07\n").unwrap_err();
        assert!(e.starts_with("name:"), "{e}");
        let e = parse("problem_format_version: 2024-01\nname: x\n").unwrap_err();
        assert!(e.starts_with("problem_format_version:"), "{e}");
    }

    #[test]
    fn wrong_types_are_refused_naming_the_key() {
        for (text, key) in [
            ("limits:\n  memory: lots\n", "limits.memory:"),
            (
                "limits:\n  time_multipliers:\n    ac_to_time_limit: [1]\n",
                "limits.time_multipliers.ac_to_time_limit:",
            ),
            ("limits: 3\n", "limits:"),
            ("name: [a, b]\n", "name:"),
            ("type: {a: 1}\n", "type:"),
            ("allow_file_writing: maybe\n", "allow_file_writing:"),
            ("constants:\n  max_n: [1]\n", "constants.max_n:"),
            ("constants: 3\n", "constants:"),
            ("type: batch\n", "type:"),
            ("validation: custom sometimes\n", "validation:"),
            ("validation: strict\n", "validation:"),
            ("limits:\n  time_limit: -1\n", "limits.time_limit:"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.starts_with(key), "{text:?}: {e}");
        }
    }

    #[test]
    fn unknown_keys_are_accepted_with_a_warning() {
        let m = parse("name: A\nfavourite_colour: blue\nlimits:\n  time_limit: 1\n  speed: 3\n")
            .unwrap();
        assert_eq!(m.title(), Some("A"));
        assert_eq!(m.warnings.len(), 2, "{:?}", m.warnings);
        assert!(m.warnings[0].contains("favourite_colour"), "{:?}", m.warnings);
        assert!(m.warnings[1].contains("limits.speed"), "{:?}", m.warnings);
    }

    #[test]
    fn types_come_from_type_and_legacy_validation() {
        let m = parse("validation: custom interactive\n").unwrap();
        assert!(
            m.custom_validation && m.is(ProblemType::Interactive) && m.is(ProblemType::PassFail)
        );
        let m = parse("type: scoring\nvalidation: custom score\n").unwrap();
        assert!(m.custom_score && m.is(ProblemType::Scoring));
        let m = parse("problem_format_version: 2023-07\nname: A\ntype: [scoring, multi-pass]\n")
            .unwrap();
        assert_eq!(m.types, [ProblemType::Scoring, ProblemType::MultiPass]);
        let m = parse("problem_format_version: 2023-07\nname: A\ntype: interactive\n").unwrap();
        assert_eq!(m.types, [ProblemType::PassFail, ProblemType::Interactive]);
        assert!(parse("type: [pass-fail, scoring]\n").unwrap_err().starts_with("type:"));
        let e =
            parse("problem_format_version: 2023-07\nname: A\ntype: [submit-answer, interactive]\n");
        assert!(e.unwrap_err().starts_with("type:"));
        assert_eq!(parse("").unwrap().types, [ProblemType::PassFail]);
        assert_eq!(parse("keywords: [a, b]\n").unwrap().keywords, ["a", "b"]);
        assert_eq!(parse("keywords: a b\n").unwrap().keywords, ["a", "b"]);
    }

    #[test]
    fn limits_take_the_defaults_of_their_version() {
        let legacy = parse("limits:\n  time_multiplier: 3\n").unwrap().limits;
        assert_eq!(
            (legacy.time_limit, legacy.ac_to_time_limit, legacy.time_limit_to_tle),
            (None, 3.0, 2.0)
        );
        assert_eq!((legacy.memory, legacy.output, legacy.code), (1024, 8, 128));
        let modern = parse(
            "problem_format_version: 2023-07\nname: A\nlimits:\n  time_multipliers: {time_limit_to_tle: 3}\n  time_resolution: 0.5\n  memory: 512\n  compilation_time: 30\n  validation_time: 10\n",
        )
        .unwrap()
        .limits;
        assert_eq!(
            (modern.ac_to_time_limit, modern.time_limit_to_tle, modern.time_resolution),
            (2.0, 3.0, 0.5)
        );
        assert_eq!(
            (modern.memory, modern.compilation_time, modern.validation_time),
            (512, 30.0, 10.0)
        );
        let fixed = parse("limits: {time_limit: 1.5}\n").unwrap().limits;
        assert_eq!(fixed.time_limit, Some(1.5));
    }
}
