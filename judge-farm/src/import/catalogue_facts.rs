//! What the catalogue knows of a problem beyond judging it: list order, tags, companies,
//! premium, hints in tiers and starter code. A native package says it in problem.toml; an
//! ICPC/Kattis package, whose problem.yaml has no place for it, in an optional
//! `algoarena.toml` beside problem.yaml, with its editorial in `solution/solution.en.md` (the
//! 2023-07 format's folder for solution descriptions). Packages from elsewhere have neither and
//! import as they are.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use algoarena_shared::language::Language;

use crate::db::problems::NewHint;

/// One tier of hints: shown in order, a premium tier to premium members only.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HintEntry {
    pub text: String,
    #[serde(default)]
    pub premium: bool,
}

/// A Kattis package's `algoarena.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CatalogueFacts {
    /// Position in the problem list.
    pub order: Option<i32>,
    /// The platform's tags; problem.yaml's keywords when none are given.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub companies: Vec<String>,
    #[serde(default)]
    pub premium: bool,
    #[serde(default)]
    pub hints: Vec<HintEntry>,
    /// Whether the editorial is for premium members only (TRD §4.2: yes, by default).
    #[serde(default = "premium_by_default")]
    pub editorial_premium: bool,
    #[serde(default)]
    pub starter_code: BTreeMap<String, String>,
}

pub(super) fn premium_by_default() -> bool {
    true
}

impl Default for CatalogueFacts {
    /// A package without the file: as an empty file reads.
    fn default() -> Self {
        toml::from_str("").expect("every key has a default")
    }
}

/// The facts file of a Kattis package.
pub(super) const FACTS_FILE: &str = "algoarena.toml";
/// Where a Kattis package keeps its editorial.
pub(super) const EDITORIAL_FILE: &str = "solution/solution.en.md";

/// The package's facts and their text (hashed with the package), or defaults when it has no
/// `algoarena.toml`; errors say what is wrong.
pub(super) fn read_kattis(dir: &Path) -> Result<(CatalogueFacts, String), String> {
    let path = dir.join(FACTS_FILE);
    if !path.is_file() {
        return Ok((CatalogueFacts::default(), String::new()));
    }
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{FACTS_FILE}: {e}"))?;
    let facts: CatalogueFacts =
        toml::from_str(&text).map_err(|e| format!("{FACTS_FILE}: {}", e.message()))?;
    check_starter_languages(&facts.starter_code).map_err(|e| format!("{FACTS_FILE}: {e}"))?;
    hints(&facts.hints).map_err(|e| format!("{FACTS_FILE}: {e}"))?;
    Ok((facts, text))
}

/// Starter code may only be given for languages the judge runs.
pub(super) fn check_starter_languages(code: &BTreeMap<String, String>) -> Result<(), String> {
    match code.keys().find(|l| Language::parse(l).is_none()) {
        Some(unknown) => Err(format!("starter_code has an unknown language '{unknown}'")),
        None => Ok(()),
    }
}

/// The hints as stored, in tier order; an empty tier is an error.
pub(super) fn hints(entries: &[HintEntry]) -> Result<Vec<NewHint>, String> {
    if entries.iter().any(|h| h.text.trim().is_empty()) {
        return Err("hints: a hint's text is empty".into());
    }
    Ok(entries.iter().map(|h| NewHint { text: h.text.clone(), is_premium: h.premium }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kattis_package_without_the_file_has_no_facts() {
        let dir = tempfile::tempdir().unwrap();
        let (facts, text) = read_kattis(dir.path()).unwrap();
        assert!(facts.hints.is_empty() && facts.order.is_none() && text.is_empty());
        assert!(facts.editorial_premium);
    }

    #[test]
    fn the_file_gives_order_tags_hints_and_starter_code() {
        let dir = tempfile::tempdir().unwrap();
        let text = "order = 5\ntags = [\"Math\"]\ncompanies = [\"Acme\"]\n\
                    [[hints]]\ntext = \"Add them.\"\n[[hints]]\ntext = \"Mind overflow.\"\npremium = true\n\
                    [starter_code]\npython3 = \"print()\"\n";
        std::fs::write(dir.path().join(FACTS_FILE), text).unwrap();
        let (facts, read_text) = read_kattis(dir.path()).unwrap();
        assert_eq!(read_text, text);
        assert_eq!(facts.order, Some(5));
        assert_eq!(facts.tags, ["Math"]);
        let hints = hints(&facts.hints).unwrap();
        assert_eq!(hints.len(), 2);
        assert!(!hints[0].is_premium && hints[1].is_premium);
        assert_eq!(facts.starter_code["python3"], "print()");
    }

    #[test]
    fn unknown_keys_languages_and_empty_hints_are_refused() {
        for (text, expected) in [
            ("ordre = 5\n", "unknown field `ordre`"),
            ("[starter_code]\ncobol = \"x\"\n", "unknown language 'cobol'"),
            ("[[hints]]\ntext = \"  \"\n", "a hint's text is empty"),
        ] {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(FACTS_FILE), text).unwrap();
            let err = read_kattis(dir.path()).unwrap_err();
            assert!(err.starts_with(FACTS_FILE) && err.contains(expected), "{text:?}: {err}");
        }
    }
}
