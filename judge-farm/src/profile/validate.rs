//! A profile edit checked field by field before anything is written: each refusal names its
//! field. Time zones are IANA names as chrono-tz knows them; links are absolute http(s) URLs.

use std::str::FromStr;

use algoarena_shared::user_profile::{
    valid_username, UpdateProfileRequest, MAX_BIO_CHARS, MAX_DISPLAY_NAME_CHARS, MAX_LINKS,
    MAX_LINK_CHARS, MAX_LOCATION_CHARS, USERNAME_RULE,
};

use crate::error::{ApiError, ApiResult};
use crate::profile::db::me::ProfileEdit;

/// The edit `req` asks for, or a 422 naming the first bad field.
pub fn profile_edit(req: UpdateProfileRequest) -> ApiResult<ProfileEdit> {
    let username = req.username.map(|u| u.trim().to_string());
    if let Some(name) = &username {
        if !valid_username(name) {
            return Err(ApiError::invalid(format!("username: {USERNAME_RULE}")));
        }
    }
    let time_zone = req.time_zone.map(|tz| tz.trim().to_string());
    if let Some(tz) = &time_zone {
        time_zone_of(tz)?;
    }
    if req.links.len() > MAX_LINKS {
        return Err(ApiError::invalid(format!("links: at most {MAX_LINKS} links.")));
    }
    let links = req.links.iter().map(|l| link(l)).collect::<ApiResult<Vec<_>>>()?;
    Ok(ProfileEdit {
        username,
        display_name: text("display_name", req.display_name, MAX_DISPLAY_NAME_CHARS, false)?,
        bio: text("bio", req.bio, MAX_BIO_CHARS, true)?,
        location: text("location", req.location, MAX_LOCATION_CHARS, false)?,
        time_zone,
        links,
    })
}

/// The IANA zone named `name`, or a 422.
pub fn time_zone_of(name: &str) -> ApiResult<chrono_tz::Tz> {
    chrono_tz::Tz::from_str(name).map_err(|_| {
        ApiError::invalid(format!(
            "time_zone: '{}' is not an IANA time zone name (like Europe/Paris).",
            name.chars().take(64).collect::<String>()
        ))
    })
}

/// Trimmed free text: empty becomes none; too long or with control characters (other than
/// line breaks where `multi_line`) is refused.
fn text(
    field: &str,
    value: Option<String>,
    max: usize,
    multi_line: bool,
) -> ApiResult<Option<String>> {
    let Some(value) = value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().count() > max {
        return Err(ApiError::invalid(format!("{field}: use at most {max} characters.")));
    }
    let allowed = |c: char| multi_line && (c == '\n' || c == '\r' || c == '\t');
    if value.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(ApiError::invalid(format!("{field}: control characters are not allowed.")));
    }
    Ok(Some(value))
}

/// An absolute http or https URL with a host, in its normalized form.
fn link(raw: &str) -> ApiResult<String> {
    let raw = raw.trim();
    let bad = || {
        ApiError::invalid(format!(
            "links: '{}' is not an http or https address.",
            raw.chars().take(80).collect::<String>()
        ))
    };
    if raw.len() > MAX_LINK_CHARS {
        return Err(ApiError::invalid(format!(
            "links: use at most {MAX_LINK_CHARS} characters each."
        )));
    }
    let url = url::Url::parse(raw).map_err(|_| bad())?;
    let web = matches!(url.scheme(), "http" | "https");
    let has_host = url.host_str().is_some_and(|h| !h.is_empty());
    // Credentials in a link shown to everyone are a phishing trick, never a real profile link.
    if !web || !has_host || !url.username().is_empty() || url.password().is_some() {
        return Err(bad());
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(req: UpdateProfileRequest) -> Result<ProfileEdit, String> {
        profile_edit(req).map_err(|e| e.to_string())
    }

    #[test]
    fn a_good_edit_is_trimmed_and_normalized() {
        let got = edit(UpdateProfileRequest {
            username: Some(" ada_l ".into()),
            display_name: Some("  Ada  ".into()),
            bio: Some("line one\nline two".into()),
            location: Some("".into()),
            time_zone: Some("Asia/Kolkata".into()),
            links: vec!["https://GitHub.com/ada".into()],
        })
        .unwrap();
        assert_eq!(got.username.as_deref(), Some("ada_l"));
        assert_eq!(got.display_name.as_deref(), Some("Ada"));
        assert_eq!(got.location, None, "empty clears");
        assert_eq!(got.links, ["https://github.com/ada"]);
    }

    #[test]
    fn each_bad_field_is_refused_by_name() {
        let bad = |req: UpdateProfileRequest, field: &str| {
            let e = edit(req).unwrap_err();
            assert!(e.starts_with(field), "{e}");
        };
        let base = UpdateProfileRequest::default;
        bad(UpdateProfileRequest { username: Some("no".into()), ..base() }, "username");
        bad(UpdateProfileRequest { time_zone: Some("Mars/Olympus".into()), ..base() }, "time_zone");
        bad(UpdateProfileRequest { links: vec!["javascript:alert(1)".into()], ..base() }, "links");
        bad(UpdateProfileRequest { links: vec!["ftp://x.org".into()], ..base() }, "links");
        bad(UpdateProfileRequest { links: vec!["https://u:p@x.org".into()], ..base() }, "links");
        bad(UpdateProfileRequest { links: vec!["https://x.org".into(); 6], ..base() }, "links");
        bad(
            UpdateProfileRequest { display_name: Some("a\u{7}b".into()), ..base() },
            "display_name",
        );
        bad(UpdateProfileRequest { bio: Some("x".repeat(501)), ..base() }, "bio");
    }
}
