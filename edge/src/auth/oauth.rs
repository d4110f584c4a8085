//! Google and GitHub sign-in: the authorization-code flow with `state` and PKCE (S256).
//!
//! The start of the flow puts `state`, the PKCE verifier and where to go afterwards into a
//! sealed (HMAC-SHA256), short-lived HttpOnly cookie; the callback accepts only a `state`
//! equal to the cookie's, once. The pure parts live here and are tested natively; the HTTP
//! calls are in `routes/auth/oauth.rs`. Provider endpoints are configurable so tests run the
//! real flow against a local OAuth 2.0 server; the defaults are Google's and GitHub's.

use algoarena_shared::account::OAuthIdentity;
/// The providers are the shared type the farm's internal API takes.
pub use algoarena_shared::account::OAuthProvider as Provider;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::ProviderConfig;
use crate::error::EdgeError;

/// The cookie carrying the flow's state between the start and the callback.
pub const STATE_COOKIE: &str = "aa_oauth";
/// How long a started sign-in may take, in seconds.
pub const FLOW_TTL_SECS: i64 = 600;
/// Where people land after signing in when `next` is missing or not allowed.
pub const DEFAULT_NEXT: &str = "/problems";
/// The only places a sign-in may send someone to afterwards (paths on this site).
pub const NEXT_ALLOW_LIST: &[&str] = &["/problems", "/settings", "/submissions", "/contests"];

/// What the sign-in asks a provider to share.
pub fn scope(provider: Provider) -> &'static str {
    match provider {
        Provider::Google => "openid email profile",
        Provider::Github => "read:user user:email",
    }
}

/// What the start of a flow remembers for its callback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowState {
    pub provider: Provider,
    pub state: String,
    pub verifier: String,
    pub next: String,
    pub expires_at: i64,
}

/// 32 random bytes, base64url: `state` values and PKCE verifiers (43 characters, RFC 7636).
pub fn random_token() -> Result<String, EdgeError> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(|e| EdgeError::internal(format!("getrandom: {e}")))?;
    Ok(b64(&bytes))
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The S256 PKCE challenge of `verifier`.
pub fn pkce_challenge(verifier: &str) -> String {
    b64(&Sha256::digest(verifier.as_bytes()))
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `application/x-www-form-urlencoded` of `pairs`.
pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The provider's consent-screen URL for this flow.
pub fn authorize_url(
    config: &ProviderConfig,
    provider: Provider,
    redirect_uri: &str,
    flow: &FlowState,
) -> String {
    let query = form(&[
        ("response_type", "code"),
        ("client_id", &config.client_id),
        ("redirect_uri", redirect_uri),
        ("scope", scope(provider)),
        ("state", &flow.state),
        ("code_challenge", &pkce_challenge(&flow.verifier)),
        ("code_challenge_method", "S256"),
    ]);
    let separator = if config.auth_url.contains('?') { '&' } else { '?' };
    format!("{}{separator}{query}", config.auth_url)
}

fn mac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"aa-oauth-state-v1\n");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// The cookie value: base64url(JSON).base64url(HMAC).
pub fn seal(key: &[u8], flow: &FlowState) -> String {
    let body = b64(&serde_json::to_vec(flow).expect("a flow state serializes"));
    let tag = b64(&mac(key, body.as_bytes()));
    format!("{body}.{tag}")
}

/// The flow state of a cookie value that is ours, intact and not expired at `now`.
pub fn unseal(key: &[u8], value: &str, now: i64) -> Option<FlowState> {
    let (body, tag) = value.split_once('.')?;
    let tag = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(tag).ok()?;
    let mut check = Hmac::<Sha256>::new_from_slice(key).ok()?;
    check.update(b"aa-oauth-state-v1\n");
    check.update(body.as_bytes());
    check.verify_slice(&tag).ok()?;
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(body).ok()?;
    let flow: FlowState = serde_json::from_slice(&json).ok()?;
    (flow.expires_at > now).then_some(flow)
}

/// Compares two strings in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Where to go after signing in: a path on this site within the allow-list, or the default.
/// Absolute URLs, scheme-relative `//host`, backslashes, control characters and anything
/// outside the allow-list fall back to [`DEFAULT_NEXT`].
pub fn safe_next(raw: Option<&str>) -> String {
    let Some(next) = raw else { return DEFAULT_NEXT.into() };
    let path = next.split(['?', '#']).next().unwrap_or_default();
    let clean = next.starts_with('/')
        && !next.starts_with("//")
        && next.len() <= 512
        && !next.bytes().any(|b| b == b'\\' || b.is_ascii_control() || b == b' ')
        && !path.contains("/../")
        && !path.ends_with("/..")
        && !next.contains("%2f")
        && !next.contains("%2F")
        && !next.contains("%5c")
        && !next.contains("%5C");
    let allowed = path == "/"
        || NEXT_ALLOW_LIST.iter().any(|p| path == *p || path.starts_with(&format!("{p}/")));
    if clean && allowed {
        next.to_string()
    } else {
        DEFAULT_NEXT.into()
    }
}

/// Google's OpenID userinfo: `{sub, email, email_verified}`.
pub fn google_identity(userinfo: &serde_json::Value) -> Option<OAuthIdentity> {
    Some(OAuthIdentity {
        provider: Provider::Google,
        subject: userinfo.get("sub")?.as_str()?.to_string(),
        email: userinfo.get("email").and_then(|e| e.as_str()).map(str::to_string),
        email_verified: userinfo.get("email_verified").and_then(|v| v.as_bool()).unwrap_or(false),
    })
}

/// GitHub's `/user` (`id` is the stable subject) and `/user/emails`: only the primary,
/// verified address counts as verified.
pub fn github_identity(
    user: &serde_json::Value,
    emails: Option<&serde_json::Value>,
) -> Option<OAuthIdentity> {
    let subject = match user.get("id")? {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) if !s.is_empty() => s.clone(),
        _ => return None,
    };
    let primary = emails.and_then(|e| e.as_array()).and_then(|list| {
        list.iter().find(|e| {
            e.get("primary").and_then(|p| p.as_bool()) == Some(true)
                && e.get("verified").and_then(|v| v.as_bool()) == Some(true)
        })
    });
    let (email, verified) = match primary.and_then(|e| e.get("email")).and_then(|e| e.as_str()) {
        Some(email) => (Some(email.to_string()), true),
        None => (user.get("email").and_then(|e| e.as_str()).map(str::to_string), false),
    };
    Some(OAuthIdentity { provider: Provider::Github, subject, email, email_verified: verified })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    fn flow(now: i64) -> FlowState {
        FlowState {
            provider: Provider::Google,
            state: "st".into(),
            verifier: "v".repeat(43),
            next: "/problems".into(),
            expires_at: now + FLOW_TTL_SECS,
        }
    }

    #[test]
    fn the_pkce_challenge_matches_rfc_7636_appendix_b() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn a_sealed_state_opens_only_intact_with_the_key_and_before_it_expires() {
        let sealed = seal(b"key", &flow(1000));
        assert_eq!(unseal(b"key", &sealed, 1000), Some(flow(1000)));
        assert_eq!(unseal(b"other", &sealed, 1000), None);
        assert_eq!(unseal(b"key", &sealed, 1000 + FLOW_TTL_SECS), None);
        let (body, tag) = sealed.split_once('.').unwrap();
        let mut forged = flow(1000);
        forged.next = "https://evil.example".into();
        let forged_body = b64(&serde_json::to_vec(&forged).unwrap());
        assert_eq!(unseal(b"key", &format!("{forged_body}.{tag}"), 1000), None);
        assert_eq!(unseal(b"key", body, 1000), None);
    }

    #[test]
    fn only_relative_allow_listed_targets_are_followed() {
        for good in ["/problems", "/problems/two-sum", "/settings", "/problems?page=2", "/"] {
            assert_eq!(safe_next(Some(good)), good);
        }
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil",
            "javascript:alert(1)",
            "/admin",
            "/problems/../admin",
            "/%2F%2Fevil.example",
            "evil.example",
            "/problems\n",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), DEFAULT_NEXT, "{bad:?}");
        }
        assert_eq!(safe_next(None), DEFAULT_NEXT);
    }

    #[test]
    fn the_authorize_url_carries_state_and_an_s256_challenge() {
        let config = ProviderConfig {
            client_id: "cid".into(),
            client_secret: Secret::new("s"),
            auth_url: "https://accounts.example/auth".into(),
            token_url: String::new(),
            userinfo_url: String::new(),
            emails_url: None,
        };
        let url = authorize_url(
            &config,
            Provider::Google,
            "https://app/api/auth/google/callback",
            &flow(0),
        );
        assert!(
            url.starts_with("https://accounts.example/auth?response_type=code&client_id=cid"),
            "{url}"
        );
        assert!(url.contains("&state=st&"));
        assert!(url.contains(&format!("code_challenge={}", pkce_challenge(&"v".repeat(43)))));
        assert!(url.contains("code_challenge_method=S256"));
        assert!(url.contains("redirect_uri=https%3A%2F%2Fapp%2Fapi%2Fauth%2Fgoogle%2Fcallback"));
        assert!(!url.contains(&"v".repeat(43)), "the verifier never leaves");
    }

    #[test]
    fn identities_come_from_the_subject_and_only_verified_addresses_count() {
        let g = google_identity(
            &serde_json::json!({"sub": "123", "email": "a@b.co", "email_verified": true}),
        )
        .unwrap();
        assert_eq!((g.subject.as_str(), g.email_verified), ("123", true));
        assert!(
            !google_identity(&serde_json::json!({"sub": "1", "email": "a@b.co"}))
                .unwrap()
                .email_verified
        );
        assert!(google_identity(&serde_json::json!({"email": "a@b.co"})).is_none());
        let user = serde_json::json!({"id": 42, "login": "ada", "email": "public@b.co"});
        let emails = serde_json::json!([
            {"email": "other@b.co", "primary": false, "verified": true},
            {"email": "main@b.co", "primary": true, "verified": true}
        ]);
        let gh = github_identity(&user, Some(&emails)).unwrap();
        assert_eq!(
            (gh.subject.as_str(), gh.email.as_deref(), gh.email_verified),
            ("42", Some("main@b.co"), true)
        );
        let unverified = github_identity(&user, None).unwrap();
        assert_eq!(
            (unverified.email.as_deref(), unverified.email_verified),
            (Some("public@b.co"), false)
        );
    }
}
