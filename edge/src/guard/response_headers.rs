//! Security headers on every answer (ASVS 5.0 V3.4). The Worker sets them on what it answers;
//! the web app's static files get the same values from `edge/web/public/_headers`, which
//! Workers static assets apply (a unit test below keeps the two in step).
//!
//! The app's policy allows scripts, workers, fonts and connections from our own origin only:
//! no inline script, no `eval`, nothing from a CDN (Monaco and its editor worker are bundled).
//! Styles allow `'unsafe-inline'` because Monaco renders editor lines as HTML strings with
//! `style` attributes and injects its theme as a `<style>` element; script is where an
//! injection would hurt, and script stays locked. `data:` images are the 2FA QR code.
//! API answers are data, never documents: their policy allows nothing at all.

use worker::{Headers, Response};

/// The web app's Content-Security-Policy.
pub const APP_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// The API's: a JSON answer opened as a page runs nothing and cannot be framed.
pub const API_CSP: &str =
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Headers both kinds of answer carry.
pub const COMMON: [(&str, &str); 7] = [
    // Two years, every subdomain; browsers ignore it over plain http (local stacks).
    ("strict-transport-security", "max-age=63072000; includeSubDomains"),
    ("x-content-type-options", "nosniff"),
    // Full URLs (with reset or magic-link tokens in them) never leave the origin.
    ("referrer-policy", "same-origin"),
    (
        "permissions-policy",
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    ),
    // For browsers that predate frame-ancestors.
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
];

/// Every header an answer should carry: [`COMMON`] plus the policy for its kind.
pub fn for_kind(api: bool) -> Vec<(&'static str, &'static str)> {
    let mut headers = COMMON.to_vec();
    headers.push(("content-security-policy", if api { API_CSP } else { APP_CSP }));
    headers
}

/// Puts the headers on `response`. Answers the Worker builds have mutable headers; one passed
/// through from a fetch (a static asset) does not, and is then re-wrapped with a copy.
pub fn secure(response: Response, api: bool) -> Response {
    let wanted = for_kind(api);
    if wanted.iter().all(|(name, value)| response.headers().set(name, value).is_ok()) {
        return response;
    }
    let headers = Headers::new();
    for (name, value) in response.headers().entries() {
        let _ = headers.append(&name, &value);
    }
    for (name, value) in wanted {
        let _ = headers.set(name, value);
    }
    response.with_headers(headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ASSET_HEADERS: &str = include_str!("../../web/public/_headers");

    /// The `name: value` lines of the `/*` rule of a `_headers` file, lowercase names.
    fn rule_for_all_paths(file: &str) -> Vec<(String, String)> {
        let mut in_rule = false;
        let mut out = Vec::new();
        for line in file.lines() {
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(char::is_whitespace) {
                in_rule = line.trim() == "/*";
                continue;
            }
            if in_rule {
                let (name, value) = line.trim().split_once(':').expect("a header line");
                out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        out
    }

    #[test]
    fn static_assets_get_exactly_the_app_headers() {
        let mut from_file = rule_for_all_paths(ASSET_HEADERS);
        let mut expected: Vec<(String, String)> =
            for_kind(false).iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
        from_file.sort();
        expected.sort();
        assert_eq!(from_file, expected);
    }

    #[test]
    fn the_app_policy_forbids_inline_script_eval_and_framing() {
        let script = APP_CSP.split(';').find(|d| d.trim().starts_with("script-src")).unwrap();
        assert_eq!(script.trim(), "script-src 'self'");
        assert!(!APP_CSP.contains("unsafe-eval"));
        assert!(APP_CSP.contains("frame-ancestors 'none'"));
        assert!(APP_CSP.contains("object-src 'none'"));
        assert!(APP_CSP.contains("worker-src 'self'"));
        assert!(API_CSP.starts_with("default-src 'none'"));
    }
}
