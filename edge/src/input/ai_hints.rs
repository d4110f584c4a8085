//! The AI hint body: a known language and the code in the editor, within the AI hint limit
//! (`algoarena_shared::ai_hints`), checked by the same rule the farm applies.

use algoarena_shared::ai_hints::{check_ai_hint_code, AiHintRequest};

use super::my_work::language;
use super::{json_object, required_string};
use crate::error::EdgeError;

/// A `POST /api/problems/:slug/ai-hint` body: `{"language": "...", "code": "..."}`; empty code
/// is fine (the hint then helps to start).
pub fn ai_hint_body(body: &[u8]) -> Result<AiHintRequest, EdgeError> {
    let body = json_object(body)?;
    let language = language(&required_string(&body, "language")?)?;
    let code = required_string(&body, "code")?;
    check_ai_hint_code(&code).map_err(|message| EdgeError::Refused {
        status: 413,
        code: "code_too_large",
        message,
    })?;
    Ok(AiHintRequest { language, code })
}

#[cfg(test)]
mod tests {
    use algoarena_shared::ai_hints::MAX_AI_HINT_CODE_BYTES;
    use algoarena_shared::language::Language;

    use super::*;

    #[test]
    fn a_hint_body_needs_a_known_language_and_code_within_the_limit() {
        let ok = ai_hint_body(br#"{"language": "go", "code": "package main\n"}"#).unwrap();
        assert_eq!((ok.language, ok.code.as_str()), (Language::Go, "package main\n"));
        let big =
            serde_json::json!({"language": "go", "code": "x".repeat(MAX_AI_HINT_CODE_BYTES + 1)});
        assert_eq!(ai_hint_body(big.to_string().as_bytes()).unwrap_err().status_code(), 413);
        assert_eq!(
            ai_hint_body(br#"{"language": "cobol", "code": ""}"#).unwrap_err().status_code(),
            422
        );
        assert_eq!(ai_hint_body(br#"{"language": "go"}"#).unwrap_err().status_code(), 422);
    }
}
