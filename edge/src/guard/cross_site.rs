//! Cross-site request refusal for state-changing API calls (ASVS 5.0 V3.5.1). A browser says
//! where a request comes from: `Sec-Fetch-Site` in current browsers, `Origin` on every
//! non-GET request in all of them. Only requests from our own origin may change state, so a
//! form or script on another site cannot sign a victim in (login CSRF), rotate or end the
//! refresh session, or post anything with the victim's cookie.
//!
//! Requests that name no origin at all are not from a browser page (curl, the farm, tests)
//! and are let through: they carry no ambient credentials a third party could borrow.

use crate::error::EdgeError;

/// True for methods that must not change state, which are therefore never refused here.
pub fn is_safe_method(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "OPTIONS")
}

/// Refuses a state-changing request that a browser sent from another origin.
///
/// `Sec-Fetch-Site` decides when present: the browser computed it against the URL it really
/// requested, which a proxy in front of us may spell differently. Without it, `Origin` must be
/// `own_origin` exactly (`null`, sent by sandboxed frames and privacy-stripped requests, is
/// not).
pub fn check(
    method: &str,
    sec_fetch_site: Option<&str>,
    origin: Option<&str>,
    own_origin: &str,
) -> Result<(), EdgeError> {
    if is_safe_method(method) {
        return Ok(());
    }
    match (sec_fetch_site.map(str::trim), origin.map(str::trim)) {
        (Some(site), _) if site.eq_ignore_ascii_case("same-origin") => Ok(()),
        (Some(_), _) => Err(EdgeError::CrossSite),
        (None, Some(origin)) if origin.eq_ignore_ascii_case(own_origin) => Ok(()),
        (None, Some(_)) => Err(EdgeError::CrossSite),
        (None, None) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: &str = "https://algoarena.example";

    #[test]
    fn same_origin_browser_requests_pass() {
        assert!(check("POST", Some("same-origin"), Some(OWN), OWN).is_ok());
        assert!(check("POST", None, Some(OWN), OWN).is_ok());
        assert!(check("DELETE", Some("same-origin"), None, OWN).is_ok());
    }

    #[test]
    fn cross_site_and_same_site_posts_are_refused() {
        for (site, origin) in [
            (Some("cross-site"), Some("https://evil.example")),
            (Some("same-site"), Some("https://blog.algoarena.example")),
            (Some("none"), None),
            (None, Some("https://evil.example")),
            (None, Some("null")),
            (None, Some("http://algoarena.example")),
        ] {
            assert!(
                matches!(check("POST", site, origin, OWN), Err(EdgeError::CrossSite)),
                "{site:?} {origin:?}"
            );
        }
    }

    #[test]
    fn reads_and_requests_without_an_origin_are_not_browser_csrf() {
        assert!(check("GET", Some("cross-site"), Some("https://evil.example"), OWN).is_ok());
        assert!(check("POST", None, None, OWN).is_ok());
    }
}
