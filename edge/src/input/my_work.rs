//! Bodies and paths of the "keep your work" routes: a draft's code, a note's text, a language
//! in the path and the own-submissions query, checked by the same rules the farm applies
//! (`algoarena_shared::my_work`), so a refusal reads the same from either tier.

use algoarena_shared::language::Language;
use algoarena_shared::my_work::{
    check_draft, check_note, parse_language, DraftRequest, MySubmissionsQuery, NoteRequest,
};

use super::{json_object, required_string};
use crate::error::EdgeError;

/// A language named in a path; an unknown one is a 422 `unknown_language` naming the known.
pub fn language(raw: &str) -> Result<Language, EdgeError> {
    parse_language(raw).map_err(|message| EdgeError::Refused {
        status: 422,
        code: "unknown_language",
        message,
    })
}

/// A `PUT .../drafts/:language` body: `{"code": "..."}` within the draft limit (empty is fine:
/// the user cleared the editor).
pub fn draft_body(body: &[u8]) -> Result<DraftRequest, EdgeError> {
    let code = required_string(&json_object(body)?, "code")?;
    check_draft(&code).map_err(|message| EdgeError::Refused {
        status: 413,
        code: "draft_too_large",
        message,
    })?;
    Ok(DraftRequest { code })
}

/// A `PUT .../note` body: `{"text": "..."}` within the note limit.
pub fn note_body(body: &[u8]) -> Result<NoteRequest, EdgeError> {
    let text = required_string(&json_object(body)?, "text")?;
    check_note(&text).map_err(|message| EdgeError::Refused {
        status: 413,
        code: "note_too_large",
        message,
    })?;
    Ok(NoteRequest { text })
}

/// `GET /api/users/me/submissions`'s query.
pub fn submissions_query(query: Option<&str>) -> Result<MySubmissionsQuery, EdgeError> {
    let pairs: Vec<(String, String)> =
        worker::url::form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
    MySubmissionsQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(EdgeError::invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_over_the_limit_is_413_and_a_multi_line_one_passes() {
        let big = serde_json::json!({ "code": "x".repeat(64 * 1024 + 1) }).to_string();
        assert_eq!(draft_body(big.as_bytes()).unwrap_err().status_code(), 413);
        let ok = draft_body(br#"{"code": "fn main() {\n\tprintln!();\n}"}"#).unwrap();
        assert!(ok.code.contains('\n'));
    }

    #[test]
    fn a_note_must_be_a_string_and_an_unknown_language_is_422() {
        assert_eq!(note_body(br#"{"text": 5}"#).unwrap_err().status_code(), 422);
        assert_eq!(language("cobol").unwrap_err().status_code(), 422);
        assert_eq!(language("go").unwrap(), Language::Go);
    }
}
