//! The one JSON error body both tiers answer with: `{"error": {"code", "message"}}`.

use serde::{Deserialize, Serialize};

/// The wire form of an error. Built only through [`ErrorBody::new`], so the shape cannot drift.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// A machine-readable `code` plus a `message` written for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
}

impl ErrorBody {
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorBody { error: ErrorDetail { code: code.into(), message: message.into() } }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("error body always serializes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_has_the_documented_shape() {
        let json = ErrorBody::new("not_found", "No such problem.").to_json();
        assert_eq!(json, r#"{"error":{"code":"not_found","message":"No such problem."}}"#);
    }
}
