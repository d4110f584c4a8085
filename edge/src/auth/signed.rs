//! Checks the signature the farm puts on its calls to the edge (`/internal/*`), with the
//! same scheme and secret as the edge's calls to the farm. Replay is checked by the caller,
//! which owns the nonce store.

use algoarena_shared::signing::{verify, SignatureError, SignedParts};

use crate::error::EdgeError;

/// The four signing headers as received.
#[derive(Debug, Clone, Default)]
pub struct SignatureHeaders {
    pub timestamp: Option<String>,
    pub nonce: Option<String>,
    pub user: Option<String>,
    pub signature: Option<String>,
}

/// Verifies a signed request at `now`; returns its nonce for the replay check.
pub fn check_signature(
    secret: &[u8],
    headers: &SignatureHeaders,
    method: &str,
    path_and_query: &str,
    body: &[u8],
    now: i64,
) -> Result<String, EdgeError> {
    let refuse = |e: SignatureError| EdgeError::BadSignature(e.to_string());
    let (Some(timestamp), Some(nonce), Some(signature)) =
        (&headers.timestamp, &headers.nonce, &headers.signature)
    else {
        return Err(refuse(SignatureError::Missing));
    };
    let timestamp: i64 = timestamp.trim().parse().map_err(|_| refuse(SignatureError::Stale))?;
    let parts = SignedParts {
        method,
        path_and_query,
        timestamp,
        nonce,
        user: headers.user.as_deref().unwrap_or(""),
        body,
    };
    verify(secret, &parts, signature, now).map_err(refuse)?;
    Ok(nonce.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use algoarena_shared::signing::sign;

    const SECRET: &[u8] = b"farm-and-edge";
    const NONCE: &str = "00112233445566778899aabbccddeeff";
    const BODY: &[u8] = br#"{"slugs":["two-sum"]}"#;

    fn signed(timestamp: i64) -> SignatureHeaders {
        let parts = SignedParts {
            method: "POST",
            path_and_query: "/internal/cache/purge",
            timestamp,
            nonce: NONCE,
            user: "",
            body: BODY,
        };
        SignatureHeaders {
            timestamp: Some(timestamp.to_string()),
            nonce: Some(NONCE.into()),
            user: Some(String::new()),
            signature: Some(sign(SECRET, &parts)),
        }
    }

    fn check(headers: &SignatureHeaders, body: &[u8], now: i64) -> Result<String, EdgeError> {
        check_signature(SECRET, headers, "POST", "/internal/cache/purge", body, now)
    }

    #[test]
    fn a_fresh_signed_request_passes_and_yields_its_nonce() {
        assert_eq!(check(&signed(5_000), BODY, 5_100).unwrap(), NONCE);
    }

    #[test]
    fn unsigned_stale_or_altered_requests_are_refused() {
        assert!(matches!(
            check(&SignatureHeaders::default(), BODY, 5_000),
            Err(EdgeError::BadSignature(_))
        ));
        assert!(matches!(check(&signed(5_000), BODY, 5_301), Err(EdgeError::BadSignature(_))));
        assert!(matches!(
            check(&signed(5_000), b"{\"slugs\":[]}", 5_000),
            Err(EdgeError::BadSignature(_))
        ));
        let no_user_header = SignatureHeaders { user: None, ..signed(5_000) };
        assert!(check(&no_user_header, BODY, 5_000).is_ok(), "absent user equals empty user");
        let garbled_time = SignatureHeaders { timestamp: Some("soon".into()), ..signed(5_000) };
        assert!(matches!(check(&garbled_time, BODY, 5_000), Err(EdgeError::BadSignature(_))));
    }

    #[test]
    fn bad_signature_is_a_401() {
        let e = check(&SignatureHeaders::default(), BODY, 0).unwrap_err();
        assert_eq!(e.status_code(), 401);
        assert_eq!(e.body().error.code, "bad_signature");
    }
}
