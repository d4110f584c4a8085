//! Client input parsed into domain types before anything else happens ("parse, don't
//! validate"). Pure functions over bytes and strings, so they are tested natively.
//!
//! Bodies are read as a JSON object first and fields taken one by one, so a missing or
//! mistyped field gets a 422 that names it, while broken JSON gets a 400.
//!
//! Every string of every body (names included) is checked for control characters here, in
//! [`json_object`], which every body goes through: no endpoint can forget it. A field is
//! single-line unless [`MULTI_LINE_FIELDS`] names it, so a new field is strict by default.

pub mod account;
pub mod ai_hints;
pub mod flows;
pub mod my_work;
pub mod problems;
pub mod profile;
pub mod reviews;
pub mod run;
pub mod solutions;
pub mod submission;

use algoarena_shared::limits::MAX_BODY_BYTES;
use serde_json::{Map, Value};

use crate::error::EdgeError;

/// A JSON object body.
pub type JsonObject = Map<String, Value>;

/// Refuses a body over the documented limit.
pub fn check_body_size(len: usize) -> Result<(), EdgeError> {
    if len > MAX_BODY_BYTES {
        return Err(EdgeError::PayloadTooLarge);
    }
    Ok(())
}

/// Fields whose text may span lines (source code, custom stdin, a note, a solution's
/// explanation): they may hold tab, line feed and carriage return, and no other control
/// character.
pub const MULTI_LINE_FIELDS: &[&str] = &["code", "inputs", "text", "bio", "explanation"];

/// Parses a request body that must be a JSON object, with no control characters in it.
pub fn json_object(body: &[u8]) -> Result<JsonObject, EdgeError> {
    check_body_size(body.len())?;
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        // serde's message carries the line and column, which helps whoever wrote the client.
        EdgeError::MalformedJson(e.to_string())
    })?;
    match value {
        Value::Object(map) => {
            for (name, value) in &map {
                check_text(name, "a field name", false)?;
                check_strings(value, name, MULTI_LINE_FIELDS.contains(&name.as_str()))?;
            }
            Ok(map)
        }
        _ => Err(EdgeError::invalid("The request body must be a JSON object.")),
    }
}

/// Checks every string inside `value` (nested arrays and objects too); `path` names the field
/// in the message, e.g. `inputs[2]`.
fn check_strings(value: &Value, path: &str, multi_line: bool) -> Result<(), EdgeError> {
    match value {
        Value::String(s) => check_text(s, path, multi_line),
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, item)| {
            check_strings(item, &format!("{path}[{}]", i + 1), multi_line)
        }),
        Value::Object(map) => map.iter().try_for_each(|(name, item)| {
            check_text(name, "a field name", false)?;
            check_strings(item, &format!("{path}.{name}"), multi_line)
        }),
        _ => Ok(()),
    }
}

/// Refuses C0 and C1 control characters (and DEL); multi-line text keeps `\t`, `\n`, `\r`.
fn check_text(text: &str, path: &str, multi_line: bool) -> Result<(), EdgeError> {
    let allowed = |c: char| multi_line && matches!(c, '\t' | '\n' | '\r');
    match text.chars().find(|c| c.is_control() && !allowed(*c)) {
        None => Ok(()),
        Some(c) => Err(EdgeError::invalid(format!(
            "{path} must not contain control characters (found U+{:04X}).",
            u32::from(c)
        ))),
    }
}

/// The string field `name`, which must be present.
pub fn required_string(body: &JsonObject, name: &str) -> Result<String, EdgeError> {
    match body.get(name) {
        None | Some(Value::Null) => Err(EdgeError::invalid(format!("{name} is required."))),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(EdgeError::invalid(format!("{name} must be a string."))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_json_is_malformed_not_invalid() {
        assert!(matches!(json_object(b"{\"email\": "), Err(EdgeError::MalformedJson(_))));
        assert!(matches!(json_object(b""), Err(EdgeError::MalformedJson(_))));
    }

    #[test]
    fn json_that_is_not_an_object_is_invalid_input() {
        assert!(matches!(json_object(b"[1,2]"), Err(EdgeError::InvalidInput(_))));
        assert!(matches!(json_object(b"\"x\""), Err(EdgeError::InvalidInput(_))));
    }

    #[test]
    fn bodies_over_256_kib_are_too_large() {
        let big = vec![b' '; MAX_BODY_BYTES + 1];
        assert!(matches!(json_object(&big), Err(EdgeError::PayloadTooLarge)));
        assert!(check_body_size(MAX_BODY_BYTES).is_ok());
    }

    fn refusal(body: &str) -> String {
        match json_object(body.as_bytes()) {
            Err(EdgeError::InvalidInput(m)) => m,
            other => panic!("{body}: expected 422, got {other:?}"),
        }
    }

    #[test]
    fn single_line_fields_refuse_every_control_character() {
        for c in ['\0', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}'] {
            let body = serde_json::json!({ "email": format!("a{c}@b.c") }).to_string();
            let message = refusal(&body);
            assert!(message.starts_with("email must not contain control characters"), "{message}");
        }
        assert_eq!(
            refusal(r#"{"password": "x\u0000y"}"#),
            "password must not contain control characters (found U+0000)."
        );
        // Names are text too, and so is anything nested inside a field.
        assert!(refusal(r#"{"a\u0001": 1}"#).starts_with("a field name must not"));
        assert!(refusal(r#"{"a": {"b\u0000": 1}}"#).starts_with("a field name must not"));
        assert!(refusal(r#"{"slugs": ["ok", "x\u0007"]}"#).starts_with("slugs[2] must not"));
    }

    #[test]
    fn code_and_custom_inputs_keep_tabs_and_line_breaks_only() {
        let ok = serde_json::json!({"code": "a\tb\r\nc\n", "inputs": ["1 2\n", "3\t4\r\n"]});
        assert!(json_object(ok.to_string().as_bytes()).is_ok());
        assert!(refusal(r#"{"code": "print(1)\u0000"}"#).starts_with("code must not"));
        assert!(refusal(r#"{"inputs": ["1\n", "\u000b"]}"#).starts_with("inputs[2] must not"));
        assert!(refusal(r#"{"problem_slug": "a\nb"}"#).starts_with("problem_slug must not"));
    }

    #[test]
    fn ordinary_unicode_text_passes() {
        assert!(json_object("{\"display_name\": \"Zoë 李 🙂\"}".as_bytes()).is_ok());
    }

    #[test]
    fn missing_and_mistyped_fields_are_named() {
        let body = json_object(br#"{"a": 1, "b": null}"#).unwrap();
        for (field, expected) in
            [("a", "a must be a string."), ("b", "b is required."), ("c", "c is required.")]
        {
            match required_string(&body, field) {
                Err(EdgeError::InvalidInput(m)) => assert_eq!(m, expected),
                other => panic!("{field}: {other:?}"),
            }
        }
    }
}
