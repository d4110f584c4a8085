//! RS256 access tokens. The edge mints them after sign-in and refresh, and verifies them on
//! every authenticated call by itself: the farm is never asked whether a token is good.
//!
//! The same key also signs "2FA pending" tokens (`typ` = `2fa_pending`, 5 minutes), which only
//! the TOTP step of a sign-in accepts. The public keys are published as a JWKS document;
//! during a rotation the previous key keeps verifying, so nobody is logged out.
//!
//! jsonwebtoken checks only the signature and the pinned algorithm here; the time and
//! audience checks are ours ([`check_claims`]), because they take the clock as an argument
//! (tests pass any instant; the Worker passes `worker::Date::now()`).
//!
//! The RSA work is done once per isolate where it can be: each public key is decoded once
//! ([`decoding_key`]), and a token whose signature checked out is remembered with its claims
//! ([`VerifiedTokens`]), so a member's next requests with the same token skip the RSA
//! verification (the claims, expiry included, are still checked on every request).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use algoarena_shared::api::User;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::config::JwtSettings;
use crate::error::EdgeError;

/// Lifetime of an access token, in seconds (docs/api.md: 15 minutes).
pub const ACCESS_TOKEN_TTL_SECS: i64 = 900;
/// The `typ` claim of access tokens, so another kind of token signed with the same key
/// (a future e-mail link, say) is never accepted as one.
pub const ACCESS_TOKEN_TYPE: &str = "access";
/// The `typ` of the token that stands between a right password and the TOTP code.
pub const PENDING_TOKEN_TYPE: &str = "2fa_pending";
/// Lifetime of a "2FA pending" token, in seconds.
pub const PENDING_TOKEN_TTL_SECS: i64 = 300;
/// Tolerated clock difference for `nbf`/`iat` between the Worker instances that mint and
/// verify; expiry gets none.
pub const NBF_LEEWAY_SECS: i64 = 60;

/// The claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub aud: String,
    /// The user id.
    pub sub: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub typ: String,
    pub role: String,
}

/// Why a bearer token was refused. Each one becomes a 401 with its own message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenRejection {
    #[error("The access token is malformed.")]
    Malformed,
    #[error("The access token must be signed with RS256.")]
    WrongAlgorithm,
    #[error("The access token was signed with an unknown key.")]
    UnknownKey,
    #[error("The access token's signature is invalid.")]
    BadSignature,
    #[error("The access token has expired.")]
    Expired,
    #[error("The access token is not valid yet.")]
    NotYetValid,
    #[error("The access token was issued by someone else.")]
    WrongIssuer,
    #[error("The access token is meant for another audience.")]
    WrongAudience,
    #[error("The token is not an access token.")]
    WrongType,
    /// Signed by us, yet valid for longer than we ever issue: a leaked signing key or a
    /// minting bug, not a token to honour.
    #[error("The access token's lifetime is longer than allowed.")]
    TooLongLived,
}

impl From<TokenRejection> for EdgeError {
    fn from(r: TokenRejection) -> Self {
        EdgeError::unauthorized(r.to_string())
    }
}

impl AccessClaims {
    /// The claims of a fresh token for `user`, issued at `now` (Unix seconds).
    pub fn for_user(settings: &JwtSettings, user: &User, now: i64) -> AccessClaims {
        AccessClaims {
            iss: settings.issuer.clone(),
            aud: settings.audience.clone(),
            sub: user.id.to_string(),
            iat: now,
            nbf: now,
            exp: now + ACCESS_TOKEN_TTL_SECS,
            typ: ACCESS_TOKEN_TYPE.to_string(),
            role: user.role.as_str().to_string(),
        }
    }
}

/// Signs an access token for `user`.
pub fn mint(settings: &JwtSettings, user: &User, now: i64) -> Result<String, EdgeError> {
    sign(settings, &AccessClaims::for_user(settings, user, now))
}

/// Signs a "2FA pending" token for the user `user_id`: it proves the first factor and opens
/// nothing but `POST /api/auth/2fa/login`.
pub fn mint_pending(settings: &JwtSettings, user_id: &str, now: i64) -> Result<String, EdgeError> {
    sign(
        settings,
        &AccessClaims {
            iss: settings.issuer.clone(),
            aud: settings.audience.clone(),
            sub: user_id.to_string(),
            iat: now,
            nbf: now,
            exp: now + PENDING_TOKEN_TTL_SECS,
            typ: PENDING_TOKEN_TYPE.to_string(),
            role: String::new(),
        },
    )
}

fn sign(settings: &JwtSettings, claims: &AccessClaims) -> Result<String, EdgeError> {
    let key = EncodingKey::from_rsa_pem(settings.private_key_pem.expose().as_bytes())
        .map_err(|e| EdgeError::internal(format!("JWT_PRIVATE_KEY is not an RSA PEM key: {e}")))?;
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(settings.key_id.clone());
    header.typ = Some("JWT".to_string());
    jsonwebtoken::encode(&header, claims, &key)
        .map_err(|e| EdgeError::internal(format!("signing a token failed: {e}")))
}

/// Verifies an access token completely: header, signature, then claims at `now`.
pub fn verify(settings: &JwtSettings, token: &str, now: i64) -> Result<AccessClaims, EdgeError> {
    verify_typed(settings, token, now, ACCESS_TOKEN_TYPE)
}

/// Verifies a "2FA pending" token.
pub fn verify_pending(
    settings: &JwtSettings,
    token: &str,
    now: i64,
) -> Result<AccessClaims, EdgeError> {
    verify_typed(settings, token, now, PENDING_TOKEN_TYPE).map_err(|_| {
        EdgeError::unauthorized("The sign-in attempt has expired or is invalid: sign in again.")
    })
}

fn verify_typed(
    settings: &JwtSettings,
    token: &str,
    now: i64,
    typ: &str,
) -> Result<AccessClaims, EdgeError> {
    // The header is read before the signature is checked so that the algorithm and key id
    // are pinned: a token cannot choose how it gets verified.
    let header = jsonwebtoken::decode_header(token).map_err(|_| TokenRejection::Malformed)?;
    if header.alg != Algorithm::RS256 {
        return Err(TokenRejection::WrongAlgorithm.into());
    }
    // The key comes from our fixed set by exact `kid`; nothing in the header (jku, jwk, x5u,
    // a path in kid) is ever used to find a key.
    let pem = header
        .kid
        .as_deref()
        .and_then(|kid| settings.public_key(kid))
        .ok_or(TokenRejection::UnknownKey)?;
    if let Some(claims) = VERIFIED.with(|v| v.borrow().get(token, pem)) {
        check_typed_claims(&claims, settings, now, typ)?;
        return Ok(claims);
    }
    let key = decoding_key(pem)?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    let data = jsonwebtoken::decode::<AccessClaims>(token, &key, &validation).map_err(|e| {
        use jsonwebtoken::errors::ErrorKind;
        match e.kind() {
            ErrorKind::InvalidSignature => TokenRejection::BadSignature,
            ErrorKind::InvalidAlgorithm => TokenRejection::WrongAlgorithm,
            _ => TokenRejection::Malformed,
        }
    })?;
    VERIFIED.with(|v| v.borrow_mut().insert(token, pem, &data.claims));
    check_typed_claims(&data.claims, settings, now, typ)?;
    Ok(data.claims)
}

thread_local! {
    /// Decoded public keys by PEM (the current key and, during a rotation, the previous one).
    static KEYS: RefCell<HashMap<String, Rc<DecodingKey>>> = RefCell::new(HashMap::new());
    /// Tokens whose signature this isolate has verified.
    static VERIFIED: RefCell<VerifiedTokens> = RefCell::new(VerifiedTokens::default());
}

/// The decoded key of a public PEM, decoded by the isolate's first token under it.
fn decoding_key(pem: &str) -> Result<Rc<DecodingKey>, EdgeError> {
    if let Some(key) = KEYS.with(|keys| keys.borrow().get(pem).cloned()) {
        return Ok(key);
    }
    let key = Rc::new(DecodingKey::from_rsa_pem(pem.as_bytes()).map_err(|e| {
        EdgeError::internal(format!("a JWT public key is not an RSA PEM key: {e}"))
    })?);
    KEYS.with(|keys| keys.borrow_mut().insert(pem.to_string(), Rc::clone(&key)));
    Ok(key)
}

/// Tokens whose RS256 signature checked out, with their claims. Only a token verified in full
/// gets in, and it is found again only by its exact text under the same public key, so the
/// cache cannot vouch for anything the key did not sign. Bounded: when full it starts over
/// (a lost entry costs one RSA verification).
#[derive(Default)]
pub struct VerifiedTokens {
    /// token -> (the public PEM it verified under, its claims)
    entries: HashMap<String, (String, AccessClaims)>,
}

impl VerifiedTokens {
    /// At most this many tokens (about 0.7 KB each) are remembered.
    pub const CAPACITY: usize = 1024;

    pub fn get(&self, token: &str, pem: &str) -> Option<AccessClaims> {
        self.entries.get(token).filter(|(key, _)| key == pem).map(|(_, claims)| claims.clone())
    }

    pub fn insert(&mut self, token: &str, pem: &str, claims: &AccessClaims) {
        if self.entries.len() >= Self::CAPACITY {
            self.entries.clear();
        }
        self.entries.insert(token.to_string(), (pem.to_string(), claims.clone()));
    }
}

/// The checks on an access token whose signature is already known to be good.
pub fn check_claims(
    claims: &AccessClaims,
    settings: &JwtSettings,
    now: i64,
) -> Result<(), TokenRejection> {
    check_typed_claims(claims, settings, now, ACCESS_TOKEN_TYPE)
}

fn check_typed_claims(
    claims: &AccessClaims,
    settings: &JwtSettings,
    now: i64,
    typ: &str,
) -> Result<(), TokenRejection> {
    if claims.iss != settings.issuer {
        return Err(TokenRejection::WrongIssuer);
    }
    if claims.aud != settings.audience {
        return Err(TokenRejection::WrongAudience);
    }
    if claims.typ != typ {
        return Err(TokenRejection::WrongType);
    }
    if claims.sub.is_empty() {
        return Err(TokenRejection::Malformed);
    }
    // The lifetime is what this edge issues for the type, measured from both `iat` and `nbf`
    // (a token cannot stretch its life by back- or forward-dating either).
    if claims.exp - claims.iat > lifetime(typ) || claims.exp - claims.nbf > lifetime(typ) {
        return Err(TokenRejection::TooLongLived);
    }
    if claims.exp <= now {
        return Err(TokenRejection::Expired);
    }
    if claims.nbf > now + NBF_LEEWAY_SECS || claims.iat > now + NBF_LEEWAY_SECS {
        return Err(TokenRejection::NotYetValid);
    }
    Ok(())
}

/// The longest life a token of type `typ` is issued with.
fn lifetime(typ: &str) -> i64 {
    if typ == PENDING_TOKEN_TYPE {
        PENDING_TOKEN_TTL_SECS
    } else {
        ACCESS_TOKEN_TTL_SECS
    }
}

/// The JWKS document (RFC 7517) of every key that verifies tokens, current first.
pub fn jwks(settings: &JwtSettings) -> Result<serde_json::Value, EdgeError> {
    use base64::Engine;
    use rsa::pkcs8::DecodePublicKey;
    use rsa::traits::PublicKeyParts;
    let b64 = |bytes: Vec<u8>| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let keys = settings
        .public_keys()
        .into_iter()
        .map(|(kid, pem)| {
            let key = rsa::RsaPublicKey::from_public_key_pem(pem.trim()).map_err(|e| {
                EdgeError::internal(format!("JWT public key {kid} is not SPKI PEM: {e}"))
            })?;
            Ok(serde_json::json!({
                "kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                "n": b64(key.n().to_bytes_be()), "e": b64(key.e().to_bytes_be()),
            }))
        })
        .collect::<Result<Vec<_>, EdgeError>>()?;
    Ok(serde_json::json!({ "keys": keys }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;
    use algoarena_shared::api::Role;

    const PRIVATE: &str = include_str!("../../tests/fixtures/test-jwt-private.pem");
    const PUBLIC: &str = include_str!("../../tests/fixtures/test-jwt-public.pem");
    const OTHER_PRIVATE: &str = include_str!("../../tests/fixtures/other-jwt-private.pem");
    const OTHER_PUBLIC: &str = include_str!("../../tests/fixtures/other-jwt-public.pem");
    const NOW: i64 = 1_760_000_000;

    fn settings() -> JwtSettings {
        JwtSettings {
            issuer: "https://algoarena.local".into(),
            audience: "algoarena-api".into(),
            key_id: "k1".into(),
            private_key_pem: Secret::new(PRIVATE),
            public_key_pem: PUBLIC.into(),
            previous_key: None,
        }
    }

    fn user() -> User {
        User {
            id: "4f1c2b1e-0000-4000-8000-000000000001".parse().unwrap(),
            email: "alice@example.com".into(),
            username: "alice".into(),
            display_name: None,
            role: Role::Free,
            rating: 1500,
            created_at: "2025-01-01T00:00:00Z".into(),
        }
    }

    fn rejection(result: Result<AccessClaims, EdgeError>) -> String {
        match result {
            Err(EdgeError::Unauthorized(m)) => m,
            other => panic!("expected 401, got {other:?}"),
        }
    }

    #[test]
    fn a_minted_token_verifies_and_carries_the_documented_claims() {
        let token = mint(&settings(), &user(), NOW).unwrap();
        let header = jsonwebtoken::decode_header(&token).unwrap();
        assert_eq!(header.alg, Algorithm::RS256);
        assert_eq!(header.kid.as_deref(), Some("k1"));
        let claims = verify(&settings(), &token, NOW + 10).unwrap();
        assert_eq!(claims, AccessClaims::for_user(&settings(), &user(), NOW));
        assert_eq!(claims.exp - claims.iat, 900);
        assert_eq!(claims.typ, "access");
        assert_eq!(claims.role, "free");
    }

    #[test]
    fn a_token_expires_after_exactly_fifteen_minutes() {
        let token = mint(&settings(), &user(), NOW).unwrap();
        assert!(verify(&settings(), &token, NOW + 899).is_ok());
        assert_eq!(
            rejection(verify(&settings(), &token, NOW + 900)),
            "The access token has expired."
        );
    }

    #[test]
    fn a_token_from_the_future_is_refused() {
        let token = mint(&settings(), &user(), NOW + 3600).unwrap();
        assert_eq!(
            rejection(verify(&settings(), &token, NOW)),
            "The access token is not valid yet."
        );
    }

    #[test]
    fn a_token_signed_by_another_key_is_refused() {
        let forger = JwtSettings { private_key_pem: Secret::new(OTHER_PRIVATE), ..settings() };
        let token = mint(&forger, &user(), NOW).unwrap();
        assert_eq!(
            rejection(verify(&settings(), &token, NOW)),
            "The access token's signature is invalid."
        );
    }

    #[test]
    fn a_token_naming_another_key_id_is_refused_before_any_crypto() {
        let other_kid = JwtSettings { key_id: "k0".into(), ..settings() };
        let token = mint(&other_kid, &user(), NOW).unwrap();
        assert!(rejection(verify(&settings(), &token, NOW)).contains("unknown key"));
    }

    #[test]
    fn hs256_tokens_are_refused_even_with_the_public_key_as_secret() {
        // The classic algorithm-confusion attack: HMAC keyed with the public PEM.
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some("k1".into());
        let claims = AccessClaims::for_user(&settings(), &user(), NOW);
        let token =
            jsonwebtoken::encode(&header, &claims, &EncodingKey::from_secret(PUBLIC.as_bytes()))
                .unwrap();
        assert_eq!(
            rejection(verify(&settings(), &token, NOW)),
            "The access token must be signed with RS256."
        );
    }

    #[test]
    fn garbage_and_tampered_tokens_are_refused() {
        assert_eq!(
            rejection(verify(&settings(), "garbage", NOW)),
            "The access token is malformed."
        );
        assert_eq!(rejection(verify(&settings(), "a.b.c", NOW)), "The access token is malformed.");
        let token = mint(&settings(), &user(), NOW).unwrap();
        let mut parts: Vec<&str> = token.split('.').collect();
        let forged_claims = AccessClaims {
            role: "admin".into(),
            ..AccessClaims::for_user(&settings(), &user(), NOW)
        };
        let forged_payload = base64_url(&serde_json::to_vec(&forged_claims).unwrap());
        parts[1] = &forged_payload;
        let tampered = parts.join(".");
        assert_eq!(
            rejection(verify(&settings(), &tampered, NOW)),
            "The access token's signature is invalid."
        );
    }

    #[test]
    fn claims_are_checked_against_the_settings() {
        let base = AccessClaims::for_user(&settings(), &user(), NOW);
        let s = settings();
        let cases = [
            (
                AccessClaims { iss: "https://evil".into(), ..base.clone() },
                TokenRejection::WrongIssuer,
            ),
            (
                AccessClaims { aud: "other-api".into(), ..base.clone() },
                TokenRejection::WrongAudience,
            ),
            (AccessClaims { typ: "refresh".into(), ..base.clone() }, TokenRejection::WrongType),
            (AccessClaims { sub: String::new(), ..base.clone() }, TokenRejection::Malformed),
            (AccessClaims { exp: NOW, ..base.clone() }, TokenRejection::Expired),
            (AccessClaims { nbf: NOW + 61, ..base.clone() }, TokenRejection::NotYetValid),
        ];
        for (claims, expected) in cases {
            assert_eq!(check_claims(&claims, &s, NOW), Err(expected.clone()), "{claims:?}");
        }
        assert_eq!(check_claims(&AccessClaims { nbf: NOW + 60, ..base.clone() }, &s, NOW), Ok(()));
    }

    #[test]
    fn a_correctly_signed_token_that_lives_longer_than_configured_is_refused() {
        let base = AccessClaims::for_user(&settings(), &user(), NOW);
        let long = AccessClaims { exp: NOW + ACCESS_TOKEN_TTL_SECS + 1, ..base.clone() };
        let token = sign(&settings(), &long).unwrap();
        assert_eq!(
            rejection(verify(&settings(), &token, NOW + 10)),
            "The access token's lifetime is longer than allowed."
        );
        // Back-dating iat alone does not help: nbf is measured too, and the other way round.
        let backdated = AccessClaims { iat: NOW - 3600, exp: NOW + 3600, ..base.clone() };
        assert_eq!(check_claims(&backdated, &settings(), NOW), Err(TokenRejection::TooLongLived));
        let early_nbf = AccessClaims { nbf: NOW - 3600, ..base.clone() };
        assert_eq!(check_claims(&early_nbf, &settings(), NOW), Err(TokenRejection::TooLongLived));
        // Exactly the configured lifetime is fine.
        assert_eq!(check_claims(&base, &settings(), NOW), Ok(()));
        // A pending token may live 5 minutes, not 15.
        let pending = AccessClaims {
            typ: PENDING_TOKEN_TYPE.into(),
            exp: NOW + PENDING_TOKEN_TTL_SECS + 1,
            ..base
        };
        let token = sign(&settings(), &pending).unwrap();
        assert!(verify_pending(&settings(), &token, NOW).is_err());
    }

    #[test]
    fn a_pending_token_is_not_an_access_token_and_the_reverse() {
        let pending = mint_pending(&settings(), "u1", NOW).unwrap();
        assert_eq!(
            rejection(verify(&settings(), &pending, NOW)),
            "The token is not an access token."
        );
        assert_eq!(verify_pending(&settings(), &pending, NOW).unwrap().sub, "u1");
        assert!(verify_pending(&settings(), &pending, NOW + PENDING_TOKEN_TTL_SECS).is_err());
        let access = mint(&settings(), &user(), NOW).unwrap();
        assert!(verify_pending(&settings(), &access, NOW).is_err());
    }

    #[test]
    fn after_a_key_rotation_tokens_of_the_previous_key_still_verify() {
        let old = settings();
        let old_token = mint(&old, &user(), NOW).unwrap();
        let rotated = JwtSettings {
            key_id: "k2".into(),
            private_key_pem: Secret::new(OTHER_PRIVATE),
            public_key_pem: OTHER_PUBLIC.into(),
            previous_key: Some(("k1".into(), PUBLIC.into())),
            ..settings()
        };
        let new_token = mint(&rotated, &user(), NOW).unwrap();
        assert!(verify(&rotated, &old_token, NOW).is_ok());
        assert!(verify(&rotated, &new_token, NOW).is_ok());
        // Once the previous key is dropped, its tokens are refused by kid.
        let done = JwtSettings { previous_key: None, ..rotated.clone() };
        assert!(rejection(verify(&done, &old_token, NOW)).contains("unknown key"));
        let jwks = jwks(&rotated).unwrap();
        let kids: Vec<&str> =
            jwks["keys"].as_array().unwrap().iter().map(|k| k["kid"].as_str().unwrap()).collect();
        assert_eq!(kids, ["k2", "k1"]);
        assert_eq!(jwks["keys"][0]["e"], "AQAB");
        assert_eq!(jwks["keys"][0]["alg"], "RS256");
    }

    #[test]
    fn a_kid_outside_the_fixed_set_is_refused_whatever_it_looks_like() {
        for kid in ["../../etc/passwd", "k1' or '1'='1", "", "K1", "k1 "] {
            let forger = JwtSettings { key_id: kid.into(), ..settings() };
            let token = mint(&forger, &user(), NOW).unwrap();
            assert!(rejection(verify(&settings(), &token, NOW)).contains("unknown key"), "{kid:?}");
        }
    }

    #[test]
    fn a_remembered_token_is_still_checked_for_expiry_and_type() {
        let token = mint(&settings(), &user(), NOW).unwrap();
        assert!(verify(&settings(), &token, NOW).is_ok());
        // Verified once (so remembered); its claims are checked again at every use.
        assert_eq!(
            rejection(verify(&settings(), &token, NOW + ACCESS_TOKEN_TTL_SECS)),
            "The access token has expired."
        );
        assert!(verify_pending(&settings(), &token, NOW).is_err());
        let other_audience = JwtSettings { audience: "other".into(), ..settings() };
        assert!(verify(&other_audience, &token, NOW).is_err());
    }

    #[test]
    fn a_remembered_token_does_not_verify_under_another_key() {
        let token = mint(&settings(), &user(), NOW).unwrap();
        assert!(verify(&settings(), &token, NOW).is_ok());
        // The same kid now names another public key: the token must be verified afresh.
        let swapped = JwtSettings { public_key_pem: OTHER_PUBLIC.into(), ..settings() };
        assert_eq!(
            rejection(verify(&swapped, &token, NOW)),
            "The access token's signature is invalid."
        );
    }

    #[test]
    fn the_verified_token_cache_is_bounded() {
        let claims = AccessClaims::for_user(&settings(), &user(), NOW);
        let mut cache = VerifiedTokens::default();
        for i in 0..=VerifiedTokens::CAPACITY {
            cache.insert(&format!("t{i}"), PUBLIC, &claims);
        }
        assert!(cache.entries.len() <= VerifiedTokens::CAPACITY);
        assert_eq!(cache.get(&format!("t{}", VerifiedTokens::CAPACITY), PUBLIC), Some(claims));
        assert_eq!(cache.get("t-unknown", PUBLIC), None);
    }

    fn base64_url(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }
}
