//! The profile edit's body: a JSON object (control characters refused, as for every body)
//! read into the shared request. Field rules (username, time zone, links) are the farm's,
//! which knows the IANA list and which names are taken.

use algoarena_shared::user_profile::UpdateProfileRequest;

use crate::error::EdgeError;
use crate::input::json_object;

/// Parses `PUT /api/users/me`'s body; a missing or mistyped field is a 422 naming it.
pub fn profile_edit(body: &[u8]) -> Result<UpdateProfileRequest, EdgeError> {
    let object = json_object(body)?;
    serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|e| EdgeError::invalid(format!("The profile is not in the expected shape: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_body_is_read_and_a_wrong_one_refused() {
        let got = profile_edit(br#"{"bio": "two\nlines", "links": ["https://a.example"]}"#);
        assert_eq!(got.unwrap().bio.as_deref(), Some("two\nlines"));
        assert!(profile_edit(br#"{"links": "https://a.example"}"#).is_err());
        assert!(profile_edit(br#"{"is_admin": true}"#).is_err());
        assert!(profile_edit(b"{\"display_name\": \"a\\u0007\"}").is_err());
    }
}
