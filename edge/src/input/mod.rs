//! Client input parsed into domain types before anything else happens ("parse, don't
//! validate"). Pure functions over bytes and strings, so they are tested natively.
//!
//! Bodies are read as a JSON object first and fields taken one by one, so a missing or
//! mistyped field gets a 422 that names it, while broken JSON gets a 400.

pub mod account;
pub mod flows;
pub mod problems;
pub mod run;
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

/// Parses a request body that must be a JSON object.
pub fn json_object(body: &[u8]) -> Result<JsonObject, EdgeError> {
    check_body_size(body.len())?;
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        // serde's message carries the line and column, which helps whoever wrote the client.
        EdgeError::MalformedJson(e.to_string())
    })?;
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(EdgeError::invalid("The request body must be a JSON object.")),
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
