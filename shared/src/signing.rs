//! HMAC-SHA256 request signing between the edge and the farm (docs/api.md, "Internal API").
//!
//! The signature covers method, path with query, timestamp, nonce, the acting user and a hash
//! of the body, so none of them can be changed in flight. Freshness (timestamp window) is checked
//! here; replay (nonce seen before) needs shared state and is checked by the receiver.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

pub const HEADER_TIMESTAMP: &str = "x-aa-timestamp";
pub const HEADER_NONCE: &str = "x-aa-nonce";
pub const HEADER_USER: &str = "x-aa-user";
pub const HEADER_SIGNATURE: &str = "x-aa-signature";

/// How far a request's timestamp may be from the receiver's clock, either way.
pub const MAX_SKEW_SECS: i64 = 300;

/// The parts of a request that the signature covers.
#[derive(Debug, Clone, Copy)]
pub struct SignedParts<'a> {
    pub method: &'a str,
    pub path_and_query: &'a str,
    pub timestamp: i64,
    pub nonce: &'a str,
    pub user: &'a str,
    pub body: &'a [u8],
}

/// Why a request's signature was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the request is not signed")]
    Missing,
    #[error("the request's timestamp is outside the allowed window")]
    Stale,
    #[error("the request's nonce is malformed")]
    BadNonce,
    #[error("the signature does not match")]
    Mismatch,
}

fn canonical(parts: &SignedParts<'_>) -> String {
    let body_hash = hex::encode(Sha256::digest(parts.body));
    format!(
        "AA1\n{}\n{}\n{}\n{}\n{}\n{}",
        parts.method.to_ascii_uppercase(),
        parts.path_and_query,
        parts.timestamp,
        parts.nonce,
        parts.user,
        body_hash
    )
}

fn mac(secret: &[u8], parts: &SignedParts<'_>) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(canonical(parts).as_bytes());
    mac
}

/// The hex signature for these parts.
pub fn sign(secret: &[u8], parts: &SignedParts<'_>) -> String {
    hex::encode(mac(secret, parts).finalize().into_bytes())
}

/// Checks the signature (in constant time) and the timestamp window against `now` (Unix seconds).
pub fn verify(
    secret: &[u8],
    parts: &SignedParts<'_>,
    signature_hex: &str,
    now: i64,
) -> Result<(), SignatureError> {
    if parts.nonce.len() != 32 || !parts.nonce.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(SignatureError::BadNonce);
    }
    if (now - parts.timestamp).abs() > MAX_SKEW_SECS {
        return Err(SignatureError::Stale);
    }
    let provided = hex::decode(signature_hex).map_err(|_| SignatureError::Mismatch)?;
    mac(secret, parts).verify_slice(&provided).map_err(|_| SignatureError::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"test-secret";
    const NONCE: &str = "0123456789abcdef0123456789abcdef";

    fn parts(body: &[u8]) -> SignedParts<'_> {
        SignedParts {
            method: "POST",
            path_and_query: "/internal/submissions?x=1",
            timestamp: 1_000_000,
            nonce: NONCE,
            user: "u1",
            body,
        }
    }

    #[test]
    fn a_correct_signature_verifies() {
        let sig = sign(SECRET, &parts(b"{}"));
        assert_eq!(verify(SECRET, &parts(b"{}"), &sig, 1_000_100), Ok(()));
    }

    #[test]
    fn any_changed_part_breaks_the_signature() {
        let sig = sign(SECRET, &parts(b"{}"));
        let now = 1_000_000;
        let tampered = [
            SignedParts { body: b"{ }", ..parts(b"{}") },
            SignedParts { method: "GET", ..parts(b"{}") },
            SignedParts { path_and_query: "/internal/submissions?x=2", ..parts(b"{}") },
            SignedParts { user: "u2", ..parts(b"{}") },
            SignedParts { nonce: "ffffffffffffffffffffffffffffffff", ..parts(b"{}") },
            SignedParts { timestamp: 1_000_001, ..parts(b"{}") },
        ];
        for t in tampered {
            assert_eq!(verify(SECRET, &t, &sig, now), Err(SignatureError::Mismatch), "{t:?}");
        }
        assert_eq!(verify(b"other", &parts(b"{}"), &sig, now), Err(SignatureError::Mismatch));
    }

    #[test]
    fn timestamps_beyond_five_minutes_are_stale_either_way() {
        let sig = sign(SECRET, &parts(b""));
        assert_eq!(verify(SECRET, &parts(b""), &sig, 1_000_301), Err(SignatureError::Stale));
        assert_eq!(verify(SECRET, &parts(b""), &sig, 999_699), Err(SignatureError::Stale));
        assert_eq!(verify(SECRET, &parts(b""), &sig, 1_000_300), Ok(()));
    }

    #[test]
    fn malformed_nonces_and_signatures_are_refused() {
        let sig = sign(SECRET, &parts(b""));
        let short = SignedParts { nonce: "abc", ..parts(b"") };
        assert_eq!(verify(SECRET, &short, &sig, 1_000_000), Err(SignatureError::BadNonce));
        assert_eq!(verify(SECRET, &parts(b""), "zz", 1_000_000), Err(SignatureError::Mismatch));
    }
}
