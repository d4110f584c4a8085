//! Stripe's webhook signature (the `Stripe-Signature` header): `t=<unix time>` and one or
//! more `v1=<hex HMAC-SHA256 of "<t>.<raw body>">` under the endpoint's signing secret; while
//! a secret is being rolled Stripe sends one `v1` per live secret, and any that matches ours
//! admits the event. The timestamp must be within [`TOLERANCE_SECS`] of now, so a captured
//! delivery cannot be replayed later (within the window, the farm's event-id check makes a
//! replay a no-op). Comparisons are constant-time (`Mac::verify_slice`).

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Five minutes, as Stripe's own libraries default to.
pub const TOLERANCE_SECS: i64 = 300;

/// Why a delivery was refused (logged; the sender is told only that it was).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("no Stripe-Signature header")]
    Missing,
    #[error("the Stripe-Signature header has no timestamp or no v1 signature")]
    Malformed,
    #[error("the timestamp is {0} s away from now, beyond the tolerance")]
    Stale(i64),
    #[error("no v1 signature matches")]
    Mismatch,
}

/// Checks `header` over `body` with `secret` at time `now` (seconds).
pub fn verify(
    secret: &[u8],
    header: Option<&str>,
    body: &[u8],
    now: i64,
) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        let Some((key, value)) = part.trim().split_once('=') else { continue };
        match key {
            "t" => timestamp = value.parse::<i64>().ok(),
            "v1" => {
                // A v1 that is not hex cannot match; others may still.
                if let Ok(bytes) = hex::decode(value) {
                    signatures.push(bytes);
                }
            }
            // v0 (test-mode legacy) and unknown schemes are never trusted.
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::Malformed);
    }
    let skew = (now - timestamp).abs();
    if skew > TOLERANCE_SECS {
        return Err(SignatureError::Stale(now - timestamp));
    }
    let mut mac = <Hmac<Sha256>>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    // Every candidate is compared in full (constant time), whatever the others gave.
    let matches = signatures
        .iter()
        .fold(false, |found, candidate| found | mac.clone().verify_slice(candidate).is_ok());
    if matches {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"whsec_test_secret";
    const BODY: &[u8] = br#"{"id":"evt_1","type":"invoice.paid"}"#;

    fn sign(secret: &[u8], t: i64, body: &[u8]) -> String {
        let mut mac = <Hmac<Sha256>>::new_from_slice(secret).unwrap();
        mac.update(format!("{t}.").as_bytes());
        mac.update(body);
        hex::encode(mac.finalize().into_bytes())
    }

    #[test]
    fn a_fresh_signature_over_the_raw_body_passes() {
        let header = format!("t=1000,v1={}", sign(SECRET, 1000, BODY));
        assert_eq!(verify(SECRET, Some(&header), BODY, 1000), Ok(()));
        assert_eq!(verify(SECRET, Some(&header), BODY, 1000 + TOLERANCE_SECS), Ok(()));
    }

    #[test]
    fn any_of_several_v1_signatures_may_match_during_a_secret_roll() {
        let header = format!(
            "t=1000,v1={},v1={},v0={}",
            sign(b"whsec_old", 1000, BODY),
            sign(SECRET, 1000, BODY),
            sign(b"whsec_v0", 1000, BODY)
        );
        assert_eq!(verify(SECRET, Some(&header), BODY, 1000), Ok(()));
    }

    #[test]
    fn stale_forged_and_tampered_deliveries_are_refused() {
        let good = sign(SECRET, 1000, BODY);
        let stale = format!("t=1000,v1={good}");
        assert_eq!(
            verify(SECRET, Some(&stale), BODY, 1000 + TOLERANCE_SECS + 1),
            Err(SignatureError::Stale(TOLERANCE_SECS + 1))
        );
        assert!(matches!(
            verify(SECRET, Some(&stale), BODY, 1000 - TOLERANCE_SECS - 1),
            Err(SignatureError::Stale(_))
        ));
        let forged = format!("t=1000,v1={}", sign(b"whsec_guess", 1000, BODY));
        assert_eq!(verify(SECRET, Some(&forged), BODY, 1000), Err(SignatureError::Mismatch));
        let tampered = br#"{"id":"evt_1","type":"invoice.paid" }"#;
        assert_eq!(verify(SECRET, Some(&stale), tampered, 1000), Err(SignatureError::Mismatch));
        // The timestamp is signed too: moving it forward breaks the signature.
        let moved = format!("t=1001,v1={good}");
        assert_eq!(verify(SECRET, Some(&moved), BODY, 1001), Err(SignatureError::Mismatch));
        let only_v0 = format!("t=1000,v0={good}");
        assert_eq!(verify(SECRET, Some(&only_v0), BODY, 1000), Err(SignatureError::Malformed));
        assert_eq!(verify(SECRET, Some("v1=abc"), BODY, 1000), Err(SignatureError::Malformed));
        assert_eq!(verify(SECRET, None, BODY, 1000), Err(SignatureError::Missing));
    }
}
