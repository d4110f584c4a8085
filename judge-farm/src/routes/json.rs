//! A JSON body extractor whose rejections use the one error shape.
//!
//! Request bodies are the shared API types, so serde does the parsing (a language is a
//! `Language`, an id a UUID). A refusal names the field that was wrong, and a field whose
//! refusal has its own error code keeps it: an unknown language is `unknown_language`, as it
//! is at the edge, never a generic `invalid_input`.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Like `axum::Json`, but a malformed body becomes 400 `malformed_json` and a body of the
/// wrong shape 422 (`invalid_input`, or the field's own code), each with a message naming the
/// problem.
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(req.headers()) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Send the body as JSON with Content-Type: application/json.",
            ));
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| ApiError::new(e.status(), "bad_request", e.body_text()))?;
        parse(&bytes).map(JsonBody)
    }
}

/// `application/json` or any `application/*+json`, parameters (charset) ignored.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json"
        || essence.strip_prefix("application/").is_some_and(|sub| sub.ends_with("+json"))
}

/// Parses a body into `T`, refusing it in the one error shape.
///
/// Syntax first, shape second: serde_json reading straight into an enum reports a number where
/// a name belongs (`"language": 7`) as a syntax error, though the JSON is fine.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|_| malformed())?;
    if let Some(path) = nul_at(&value, ".") {
        return Err(ApiError::invalid(format!("{path}: text may not contain NUL characters.")));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        refusal(&path, &e.into_inner())
    })
}

/// Where a string (value or key) holds a NUL character, which Postgres text cannot store: such
/// a body is the client's mistake and must be refused as one, never fail a query with a 500.
fn nul_at(value: &serde_json::Value, path: &str) -> Option<String> {
    use serde_json::Value;
    let join = |key: &str| if path == "." { key.to_string() } else { format!("{path}.{key}") };
    match value {
        Value::String(s) if s.contains('\0') => Some(path.to_string()),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| {
            let at = if path == "." { format!("[{i}]") } else { format!("{path}[{i}]") };
            nul_at(v, &at)
        }),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            if k.contains('\0') {
                Some(path.to_string())
            } else {
                nul_at(v, &join(k))
            }
        }),
        _ => None,
    }
}

fn malformed() -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", "The request body is not valid JSON.")
}

/// The error for a body of the wrong shape at `path` (`.` for the body itself, e.g. a missing
/// field).
fn refusal(path: &str, error: &serde_json::Error) -> ApiError {
    let detail = error.to_string();
    if path == "language" {
        if let Some(name) = unknown_variant(&detail) {
            return ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown_language",
                format!("language: '{name}' is not a language we know."),
            );
        }
    }
    if path == "rating" {
        if let Some(name) = unknown_variant(&detail) {
            return ApiError::new(
                StatusCode::BAD_REQUEST,
                "unknown_rating",
                algoarena_shared::reviews::unknown_rating_message(name),
            );
        }
    }
    if path == "." {
        ApiError::invalid(detail)
    } else {
        ApiError::invalid(format!("{path}: {detail}"))
    }
}

/// The name in serde's "unknown variant `name`, expected one of ..." message.
fn unknown_variant(detail: &str) -> Option<&str> {
    detail.strip_prefix("unknown variant `")?.split_once('`').map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use algoarena_shared::api::SubmitRequest;
    use algoarena_shared::language::Language;

    use super::*;

    fn code_of(body: &str) -> (StatusCode, &'static str, String) {
        match parse::<SubmitRequest>(body.as_bytes()) {
            Err(ApiError::Client { status, code, message }) => (status, code, message),
            other => panic!("{body}: {other:?}"),
        }
    }

    #[test]
    fn a_good_body_parses_into_typed_fields() {
        let body = r#"{"problem_slug":"a","language":"go","code":"x"}"#;
        assert_eq!(parse::<SubmitRequest>(body.as_bytes()).unwrap().language, Language::Go);
    }

    #[test]
    fn an_unknown_language_keeps_its_own_code() {
        let (status, code, message) =
            code_of(r#"{"problem_slug":"a","language":"cobol","code":"x"}"#);
        assert_eq!((status, code), (StatusCode::UNPROCESSABLE_ENTITY, "unknown_language"));
        assert_eq!(message, "language: 'cobol' is not a language we know.");
    }

    #[test]
    fn other_shape_errors_are_invalid_input_naming_the_field() {
        let (status, code, message) = code_of(r#"{"problem_slug":"a","language":7,"code":"x"}"#);
        assert_eq!((status, code), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
        assert!(message.starts_with("language: invalid type"), "{message}");
        let (_, code, message) = code_of(r#"{"problem_slug":"a","code":"x"}"#);
        assert_eq!(code, "invalid_input");
        assert!(message.contains("missing field `language`"), "{message}");
        assert_eq!(code_of("[1]").1, "invalid_input");
    }

    #[test]
    fn a_nul_character_anywhere_is_invalid_input_naming_where() {
        let (status, code, message) =
            code_of(r#"{"problem_slug":"a\u0000b","language":"go","code":"x"}"#);
        assert_eq!((status, code), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
        assert_eq!(message, "problem_slug: text may not contain NUL characters.");
        let (_, code, _) =
            code_of(r#"{"problem_slug":"a","language":"go","code":"x","k\u0000":1}"#);
        assert_eq!(code, "invalid_input");
    }

    #[test]
    fn broken_json_is_malformed() {
        for body in ["{oops", "", r#"{"problem_slug":"a","language":"go","code":"x"} tail"#] {
            assert_eq!(
                code_of(body),
                (
                    StatusCode::BAD_REQUEST,
                    "malformed_json",
                    "The request body is not valid JSON.".into()
                ),
                "{body}"
            );
        }
    }

    #[test]
    fn json_content_types_are_recognised() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(CONTENT_TYPE, value.parse().unwrap());
            is_json(&headers)
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=utf-8"));
        assert!(with("application/problem+json"));
        assert!(!with("text/plain"));
        assert!(!is_json(&HeaderMap::new()));
    }
}
