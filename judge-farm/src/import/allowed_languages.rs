//! The 2023-07 format's `languages:` of problem.yaml: the languages a problem may be solved
//! in, by the format's language codes (`all`, the default, or a list). Codes of languages judged
//! here become ours (`cpp` is C++17); others are reported and left out. A list that leaves no
//! judged language is refused: no one could solve the problem here.

use algoarena_shared::language::Language;
use serde_yaml::Value;

/// Ours for the format's code `code`, if we judge that language.
fn judged(code: &str) -> Option<Language> {
    match code {
        "cpp" => Some(Language::Cpp17),
        "cpp17" => None,
        other => Language::parse(other),
    }
}

/// The languages `value` (problem.yaml's `languages`) allows: None for all; with the notes the
/// import reports.
pub(super) fn read(value: Option<&Value>) -> Result<(Option<Vec<Language>>, Vec<String>), String> {
    let codes: Vec<&str> = match value {
        None | Some(Value::Null) => return Ok((None, Vec::new())),
        Some(Value::String(all)) if all == "all" => return Ok((None, Vec::new())),
        Some(Value::Sequence(codes)) => codes
            .iter()
            .map(|code| code.as_str().ok_or("languages: each language is a code such as cpp"))
            .collect::<Result<_, _>>()?,
        Some(_) => {
            return Err("languages: 'all' or a list of language codes (cpp, java, ...)".into())
        }
    };
    let mut allowed = Vec::new();
    let mut notes = Vec::new();
    for code in codes {
        match judged(code) {
            Some(language) if !allowed.contains(&language) => allowed.push(language),
            Some(_) => {}
            None => notes.push(format!("languages: '{code}' is not judged here; left out")),
        }
    }
    if allowed.is_empty() {
        return Err("languages: none of the listed languages is judged here".into());
    }
    Ok((Some(allowed), notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(yaml: &str) -> Result<(Option<Vec<Language>>, Vec<String>), String> {
        let value: Value = serde_yaml::from_str(yaml).unwrap();
        read(Some(&value))
    }

    #[test]
    fn all_or_a_list_of_the_formats_codes() {
        assert_eq!(read(None).unwrap(), (None, Vec::new()));
        assert_eq!(of("all").unwrap(), (None, Vec::new()));
        let (allowed, notes) = of("[cpp, python3, haskell, cpp]").unwrap();
        assert_eq!(allowed, Some(vec![Language::Cpp17, Language::Python3]));
        assert_eq!(notes, ["languages: 'haskell' is not judged here; left out"]);
        assert!(of("[haskell]").unwrap_err().contains("none of the listed"));
        assert!(of("some").unwrap_err().starts_with("languages:"));
        assert!(of("[1]").unwrap_err().starts_with("languages:"));
    }
}
