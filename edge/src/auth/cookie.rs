//! The `aa_refresh` cookie: HttpOnly so script never sees the refresh token, Strict so no
//! other site can make the browser send it, and scoped to `/api/auth` so it travels only to
//! the endpoints that use it.

pub const REFRESH_COOKIE: &str = "aa_refresh";
const ATTRIBUTES: &str = "HttpOnly; Secure; SameSite=Strict; Path=/api/auth";

/// The `Set-Cookie` value that stores `token` for `max_age_secs`.
///
/// Returns `None` when the token holds characters a cookie value cannot carry; the farm's
/// tokens are URL-safe, so that would be a contract break worth an error rather than a
/// mangled cookie.
pub fn set_refresh_cookie(token: &str, max_age_secs: u32) -> Option<String> {
    if token.is_empty() || !token.bytes().all(is_cookie_octet) {
        return None;
    }
    Some(format!("{REFRESH_COOKIE}={token}; {ATTRIBUTES}; Max-Age={max_age_secs}"))
}

/// The `Set-Cookie` value that makes the browser drop the cookie.
pub fn clear_refresh_cookie() -> String {
    format!("{REFRESH_COOKIE}=; {ATTRIBUTES}; Max-Age=0")
}

/// The refresh token from a `Cookie` request header, if present and not empty.
pub fn refresh_token(cookie_header: Option<&str>) -> Option<String> {
    cookie_header?
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| name.trim() == REFRESH_COOKIE)
        .map(|(_, value)| value.trim().trim_matches('"').to_string())
        .filter(|value| !value.is_empty())
}

/// RFC 6265 `cookie-octet`: visible ASCII except `"`, `,`, `;` and `\`.
fn is_cookie_octet(b: u8) -> bool {
    matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_cookie_value_has_every_documented_attribute() {
        assert_eq!(
            set_refresh_cookie("abc-123_XYZ", 2_592_000).unwrap(),
            "aa_refresh=abc-123_XYZ; HttpOnly; Secure; SameSite=Strict; Path=/api/auth; Max-Age=2592000"
        );
    }

    #[test]
    fn clearing_sets_max_age_zero_on_the_same_path() {
        assert_eq!(
            clear_refresh_cookie(),
            "aa_refresh=; HttpOnly; Secure; SameSite=Strict; Path=/api/auth; Max-Age=0"
        );
    }

    #[test]
    fn tokens_that_cannot_be_cookie_values_are_refused() {
        for bad in ["", "a;b", "a b", "a,b", "a\"b", "a\\b", "é"] {
            assert_eq!(set_refresh_cookie(bad, 60), None, "{bad:?}");
        }
    }

    #[test]
    fn the_token_is_found_among_other_cookies() {
        assert_eq!(refresh_token(Some("aa_refresh=tok")), Some("tok".into()));
        assert_eq!(refresh_token(Some("theme=dark; aa_refresh=tok; x=1")), Some("tok".into()));
        assert_eq!(refresh_token(Some("theme=dark;aa_refresh=\"tok\"")), Some("tok".into()));
        assert_eq!(refresh_token(Some("token=abc=def; aa_refresh=t=1")), Some("t=1".into()));
    }

    #[test]
    fn a_missing_or_empty_cookie_is_no_token() {
        assert_eq!(refresh_token(None), None);
        assert_eq!(refresh_token(Some("")), None);
        assert_eq!(refresh_token(Some("aa_refresh=")), None);
        assert_eq!(refresh_token(Some("xaa_refresh=tok; aa_refreshx=tok")), None);
    }
}
