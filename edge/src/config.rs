//! Typed settings, read from the Worker's environment by an isolate's first request (a Worker
//! has no start-up hook with access to `env`) and kept for the isolate's life: variables and
//! secrets are fixed per deployment, and a new deployment starts new isolates. A missing
//! variable is a deployment error: every request then answers 500 and the log names the
//! variable (a failure is not kept, so each request reads the environment again).

use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

use worker::Env;

use crate::error::EdgeError;

/// The KV namespace binding that caches problem and language reads and remembers nonces.
pub const KV_BINDING: &str = "PROBLEMS_KV";
/// The static-assets binding that serves the web app.
pub const ASSETS_BINDING: &str = "ASSETS";

/// Everything the edge reads from its environment.
///
/// Variables (`[vars]` in wrangler.toml):
/// - `FARM_URL`: base URL of the judge farm's internal API, e.g. `http://127.0.0.1:8080`.
/// - `JWT_ISSUER`: the `iss` claim of access tokens, e.g. `https://algoarena.local`.
/// - `JWT_AUDIENCE`: the `aud` claim, e.g. `algoarena-api`.
/// - `JWT_KEY_ID`: the `kid` header of new tokens.
/// - `JWT_PREVIOUS_KEY_ID` [unset]: during a key rotation, the `kid` of the key that signed
///   tokens still in flight; they stay valid (and the key stays in the JWKS) until this and
///   `JWT_PREVIOUS_PUBLIC_KEY` are removed, at least 15 minutes after the switch. Any other
///   `kid` is refused.
/// - `GOOGLE_CLIENT_ID`, `GITHUB_CLIENT_ID` [unset]: OAuth clients; a provider without one is
///   off (its endpoints answer 404 `oauth_not_configured`).
/// - `GOOGLE_AUTH_URL`, `GOOGLE_TOKEN_URL`, `GOOGLE_USERINFO_URL`, `GITHUB_AUTH_URL`,
///   `GITHUB_TOKEN_URL`, `GITHUB_USER_URL`, `GITHUB_EMAILS_URL` [the providers' real endpoints]:
///   overridable so tests run the flow against a local OAuth 2.0 server.
/// - `RATE_LIMIT_WINDOW_SECS` [unset]: replaces every rate limit's window (tests use a few
///   seconds; production keeps each limit's own window from TRD §6).
/// - `API_RATE_LIMIT` [unset]: replaces the general limit of 1000 API requests per minute per
///   signed-in user (TRD §6), so a test stack can reach it.
/// - `CLIENT_IP_HEADER` [required]: the request header that carries the client's address and
///   can be trusted in this deployment, or `none`. Behind Cloudflare it is `cf-connecting-ip`
///   (Cloudflare sets it and drops any copy the client sent); a stack with no trustworthy proxy
///   in front says `none`, and per-address limits are then skipped (per-account ones still
///   hold). A configured header that is missing or not an IP address gets a 400.
///
/// Secrets (`.dev.vars` locally, `wrangler secret put` in production):
/// - `JWT_PRIVATE_KEY`: RSA private key (PKCS#8 or PKCS#1 PEM) that signs access tokens.
/// - `JWT_PUBLIC_KEY`: the matching public key (SPKI PEM) that verifies them.
/// - `JWT_PREVIOUS_PUBLIC_KEY` [unset]: the previous key's public half (see above).
/// - `GOOGLE_CLIENT_SECRET`, `GITHUB_CLIENT_SECRET`: the OAuth clients' secrets.
/// - `FARM_SHARED_SECRET`: HMAC key of signed calls between edge and farm, both directions.
///
/// PEM values may be written on one line with literal `\n` escapes, as .env files often are.
#[derive(Debug, Clone)]
pub struct Settings {
    pub farm_url: String,
    pub farm_secret: Secret,
    pub jwt: JwtSettings,
    pub rate_limit_window_secs: Option<u32>,
    /// Overrides the general per-user API limit (test stacks only). [1000 per window]
    pub api_rate_limit: Option<u32>,
    pub google: Option<ProviderConfig>,
    pub github: Option<ProviderConfig>,
    /// Where the client's address comes from (`CLIENT_IP_HEADER`).
    pub client_ip: ClientIpSource,
}

/// Which request header, if any, names the client's address in this deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientIpSource {
    /// Set by the proxy in front of the Worker (a lowercase header name).
    Header(String),
    /// Nothing in front of the Worker vouches for an address: every header is client-chosen.
    Untrusted,
}

impl ClientIpSource {
    pub fn parse(value: &str) -> Result<ClientIpSource, EdgeError> {
        let value = value.trim().to_ascii_lowercase();
        if value == "none" {
            return Ok(ClientIpSource::Untrusted);
        }
        let token = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        if value.is_empty() || !value.bytes().all(token) {
            return Err(EdgeError::internal(format!(
                "CLIENT_IP_HEADER must be a header name or `none`, not {value:?}"
            )));
        }
        Ok(ClientIpSource::Header(value))
    }
}

/// What minting and verifying access tokens needs.
#[derive(Debug, Clone)]
pub struct JwtSettings {
    pub issuer: String,
    pub audience: String,
    pub key_id: String,
    pub private_key_pem: Secret,
    pub public_key_pem: String,
    /// `(kid, public PEM)` of a retired key whose tokens are still accepted.
    pub previous_key: Option<(String, String)>,
}

impl JwtSettings {
    /// The public key for `kid`, if `kid` is one of the fixed set (current or previous).
    pub fn public_key(&self, kid: &str) -> Option<&str> {
        if kid == self.key_id {
            return Some(&self.public_key_pem);
        }
        match &self.previous_key {
            Some((id, pem)) if id == kid => Some(pem),
            _ => None,
        }
    }

    /// Every `(kid, public PEM)` that verifies tokens, current first.
    pub fn public_keys(&self) -> Vec<(&str, &str)> {
        let mut keys = vec![(self.key_id.as_str(), self.public_key_pem.as_str())];
        if let Some((id, pem)) = &self.previous_key {
            keys.push((id, pem));
        }
        keys
    }
}

/// One OAuth provider's client registration and endpoints (the flow itself is
/// `auth::oauth`, which reads this; settings depend on nothing of auth).
#[derive(Debug, Clone)]
pub struct ProviderConfig {
    pub client_id: String,
    pub client_secret: Secret,
    pub auth_url: String,
    pub token_url: String,
    /// Google: the OpenID userinfo endpoint; GitHub: `/user`.
    pub userinfo_url: String,
    /// GitHub only: `/user/emails`, where verified addresses are listed.
    pub emails_url: Option<String>,
}

/// A value that must never be printed; `Debug` shows a placeholder.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Settings {
    pub fn from_env(env: &Env) -> Result<Settings, EdgeError> {
        Ok(Settings {
            farm_url: read(env, "FARM_URL")?.trim_end_matches('/').to_string(),
            farm_secret: Secret(read(env, "FARM_SHARED_SECRET")?),
            jwt: JwtSettings {
                issuer: read(env, "JWT_ISSUER")?,
                audience: read(env, "JWT_AUDIENCE")?,
                key_id: read(env, "JWT_KEY_ID")?,
                private_key_pem: Secret(unescape_pem(&read(env, "JWT_PRIVATE_KEY")?)),
                public_key_pem: unescape_pem(&read(env, "JWT_PUBLIC_KEY")?),
                previous_key: match (
                    optional(env, "JWT_PREVIOUS_KEY_ID"),
                    optional(env, "JWT_PREVIOUS_PUBLIC_KEY"),
                ) {
                    (Some(kid), Some(pem)) => Some((kid, unescape_pem(&pem))),
                    _ => None,
                },
            },
            rate_limit_window_secs: optional(env, "RATE_LIMIT_WINDOW_SECS")
                .map(|v| v.trim().parse::<u32>())
                .transpose()
                .map_err(|e| EdgeError::internal(format!("RATE_LIMIT_WINDOW_SECS: {e}")))?
                .filter(|w| *w > 0),
            api_rate_limit: optional(env, "API_RATE_LIMIT")
                .map(|v| v.trim().parse::<u32>())
                .transpose()
                .map_err(|e| EdgeError::internal(format!("API_RATE_LIMIT: {e}")))?
                .filter(|l| *l > 0),
            google: provider(
                env,
                "GOOGLE",
                [
                    ("AUTH_URL", "https://accounts.google.com/o/oauth2/v2/auth"),
                    ("TOKEN_URL", "https://oauth2.googleapis.com/token"),
                    ("USERINFO_URL", "https://openidconnect.googleapis.com/v1/userinfo"),
                ],
                None,
            )?,
            github: provider(
                env,
                "GITHUB",
                [
                    ("AUTH_URL", "https://github.com/login/oauth/authorize"),
                    ("TOKEN_URL", "https://github.com/login/oauth/access_token"),
                    ("USER_URL", "https://api.github.com/user"),
                ],
                Some("https://api.github.com/user/emails"),
            )?,
            client_ip: ClientIpSource::parse(&read(env, "CLIENT_IP_HEADER")?)?,
        })
    }
}

thread_local! {
    /// The isolate's settings (an isolate runs one thread).
    static SHARED: OnceCell<Rc<Settings>> = const { OnceCell::new() };
}

/// The isolate's settings, read from `env` by the first request that finds them valid.
pub fn shared_settings(env: &Env) -> Result<Rc<Settings>, EdgeError> {
    if let Some(settings) = SHARED.with(|cell| cell.get().cloned()) {
        return Ok(settings);
    }
    let settings = Rc::new(Settings::from_env(env)?);
    Ok(SHARED.with(|cell| Rc::clone(cell.get_or_init(|| settings))))
}

/// Reads a plain variable or a secret (to the runtime both are string bindings).
fn read(env: &Env, name: &str) -> Result<String, EdgeError> {
    let value = env
        .var(name)
        .map(|v| v.to_string())
        .map_err(|_| EdgeError::internal(format!("environment variable {name} is not set")))?;
    if value.trim().is_empty() {
        return Err(EdgeError::internal(format!("environment variable {name} is empty")));
    }
    Ok(value)
}

/// An OAuth provider's settings, or `None` when its client id is unset.
fn provider(
    env: &Env,
    prefix: &str,
    urls: [(&str, &str); 3],
    emails_default: Option<&str>,
) -> Result<Option<ProviderConfig>, EdgeError> {
    let Some(client_id) = optional(env, &format!("{prefix}_CLIENT_ID")) else { return Ok(None) };
    let url = |(name, default): (&str, &str)| {
        optional(env, &format!("{prefix}_{name}")).unwrap_or_else(|| default.to_string())
    };
    Ok(Some(ProviderConfig {
        client_id,
        client_secret: Secret(read(env, &format!("{prefix}_CLIENT_SECRET"))?),
        auth_url: url(urls[0]),
        token_url: url(urls[1]),
        userinfo_url: url(urls[2]),
        emails_url: emails_default.map(|d| url(("EMAILS_URL", d))),
    }))
}

/// A variable that may be absent or empty.
fn optional(env: &Env, name: &str) -> Option<String> {
    env.var(name).ok().map(|v| v.to_string()).filter(|v| !v.trim().is_empty())
}

fn unescape_pem(value: &str) -> String {
    value.trim().replace("\\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        assert_eq!(format!("{:?}", Secret::new("hunter2")), "Secret(***)");
    }

    #[test]
    fn the_client_address_header_is_a_name_or_none() {
        assert_eq!(
            ClientIpSource::parse(" CF-Connecting-IP ").unwrap(),
            ClientIpSource::Header("cf-connecting-ip".into())
        );
        assert_eq!(ClientIpSource::parse("none").unwrap(), ClientIpSource::Untrusted);
        for bad in ["", "x: y", "a b", "x\ny"] {
            assert!(ClientIpSource::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn one_line_pem_values_are_unescaped() {
        let pem = "-----BEGIN PUBLIC KEY-----\\nABC\\n-----END PUBLIC KEY-----\n";
        assert_eq!(unescape_pem(pem), "-----BEGIN PUBLIC KEY-----\nABC\n-----END PUBLIC KEY-----");
    }
}
