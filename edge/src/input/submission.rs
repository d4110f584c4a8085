//! The submit body: a problem slug, a known language and code within the size limit.

use algoarena_shared::api::SubmitRequest;
use algoarena_shared::language::Language;
use algoarena_shared::limits::MAX_CODE_BYTES;

use super::problems::Slug;
use super::{json_object, required_string, JsonObject};
use crate::error::EdgeError;

/// A parsed `/api/submissions/submit` body.
#[derive(Debug)]
pub struct SubmitInput {
    pub problem_slug: Slug,
    pub language: Language,
    pub code: String,
    /// The contest the submit is for, when the client names one.
    pub contest_slug: Option<Slug>,
}

impl SubmitInput {
    pub fn from_body(body: &[u8]) -> Result<SubmitInput, EdgeError> {
        SubmitInput::from_object(&json_object(body)?)
    }

    /// The submit fields of a parsed body (a run's body has them too).
    pub fn from_object(body: &JsonObject) -> Result<SubmitInput, EdgeError> {
        let slug = required_string(body, "problem_slug")?;
        if slug.trim().is_empty() {
            return Err(EdgeError::invalid("problem_slug must not be empty."));
        }
        // A slug that cannot exist is a missing problem, the same answer the farm would give.
        let problem_slug = Slug::parse(&slug).ok_or(EdgeError::ProblemNotFound)?;
        let language = required_string(body, "language")?;
        let code = required_string(body, "code")?;
        if code.len() > MAX_CODE_BYTES {
            return Err(EdgeError::CodeTooLarge);
        }
        if code.trim().is_empty() {
            return Err(EdgeError::invalid("code must not be empty."));
        }
        let language = Language::parse(&language).ok_or(EdgeError::UnknownLanguage(language))?;
        let contest_slug = match body.get("contest_slug") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(
                Slug::parse(s)
                    .ok_or_else(|| EdgeError::NotFound("There is no such contest.".into()))?,
            ),
            Some(_) => return Err(EdgeError::invalid("contest_slug must be a string.")),
        };
        Ok(SubmitInput { problem_slug, language, code, contest_slug })
    }

    /// The farm's request body.
    pub fn to_request(&self) -> SubmitRequest {
        SubmitRequest {
            problem_slug: self.problem_slug.as_str().to_string(),
            language: self.language,
            code: self.code.clone(),
            contest_slug: self.contest_slug.as_ref().map(|s| s.as_str().to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(slug: &str, language: &str, code: &str) -> Vec<u8> {
        serde_json::json!({"problem_slug": slug, "language": language, "code": code})
            .to_string()
            .into_bytes()
    }

    #[test]
    fn a_valid_submission_parses() {
        let input = SubmitInput::from_body(&body("two-sum", "python3", "print(1)")).unwrap();
        assert_eq!(input.language, Language::Python3);
        assert_eq!(input.to_request().problem_slug, "two-sum");
    }

    #[test]
    fn code_of_exactly_64_kib_is_accepted_and_one_byte_more_is_not() {
        let exact = "x".repeat(MAX_CODE_BYTES);
        assert!(SubmitInput::from_body(&body("a", "cpp17", &exact)).is_ok());
        let over = "x".repeat(MAX_CODE_BYTES + 1);
        assert!(matches!(
            SubmitInput::from_body(&body("a", "cpp17", &over)),
            Err(EdgeError::CodeTooLarge)
        ));
    }

    #[test]
    fn unknown_languages_are_refused_with_their_own_code() {
        match SubmitInput::from_body(&body("a", "cobol", "x")) {
            Err(e @ EdgeError::UnknownLanguage(_)) => {
                assert_eq!(e.body().error.code, "unknown_language")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_slug_must_be_present_and_not_empty() {
        assert!(matches!(
            SubmitInput::from_body(&body(" ", "go", "x")),
            Err(EdgeError::InvalidInput(_))
        ));
        let no_slug = br#"{"language":"go","code":"x"}"#;
        assert!(matches!(SubmitInput::from_body(no_slug), Err(EdgeError::InvalidInput(_))));
        assert!(matches!(
            SubmitInput::from_body(&body("../etc", "go", "x")),
            Err(EdgeError::ProblemNotFound)
        ));
    }

    #[test]
    fn missing_code_is_named() {
        match SubmitInput::from_body(br#"{"problem_slug":"a","language":"go"}"#) {
            Err(EdgeError::InvalidInput(m)) => assert_eq!(m, "code is required."),
            other => panic!("{other:?}"),
        }
    }
}
