//! TOTP (RFC 6238) through the `totp-rs` crate: HMAC-SHA1, 6 digits, 30-second steps, one step
//! of drift either side, and the `otpauth://` URI authenticator apps scan.
//!
//! [`matching_step`] says which step a code belongs to; the caller stores the last accepted
//! step and refuses that step and earlier ones, so every code works once (the replay rule
//! `totp-rs`'s own `check` does not keep).

use rand::RngCore;
use totp_rs::{Algorithm, Secret, TOTP};

pub const STEP_SECS: u64 = 30;
pub const DIGITS: usize = 6;
/// Steps tolerated either side of the current one (clock drift, slow typing).
pub const DRIFT_STEPS: i64 = 1;

/// A new 160-bit secret, base32 without padding (what authenticator apps expect).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

/// The TOTP of a base32 secret, labelled for `account` at `issuer`; `None` for a secret that
/// is not base32 or shorter than RFC 4226's 128 bits.
fn totp(secret_base32: &str, issuer: &str, account: &str) -> Option<TOTP> {
    let key = Secret::Encoded(secret_base32.to_string()).to_bytes().ok()?;
    if key.len() < 16 {
        return None;
    }
    // Unchecked only because an address may contain ':', which the URI percent-encodes.
    Some(TOTP::new_unchecked(
        Algorithm::SHA1,
        DIGITS,
        0,
        STEP_SECS,
        key,
        Some(issuer.to_string()),
        account.to_string(),
    ))
}

/// The code of `secret_base32` at time step `step` (tests and the replay rule's checks).
pub fn code_at(secret_base32: &str, step: u64) -> Option<String> {
    Some(totp(secret_base32, "", "")?.generate(step * STEP_SECS))
}

/// The step within the drift window whose code is `code`, if any, at `now` (Unix seconds).
pub fn matching_step(secret_base32: &str, code: &str, now: u64) -> Option<i64> {
    let code = code.trim();
    if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret_base32, "", "")?;
    let current = (now / STEP_SECS) as i64;
    (current - DRIFT_STEPS..=current + DRIFT_STEPS).filter(|step| *step >= 0).find(|step| {
        let expected = totp.generate(*step as u64 * STEP_SECS);
        constant_time_eq(expected.as_bytes(), code.as_bytes())
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The `otpauth://` URI an authenticator app scans.
pub fn otpauth_uri(secret_base32: &str, account: &str, issuer: &str) -> anyhow::Result<String> {
    let totp = totp(secret_base32, issuer, account)
        .ok_or_else(|| anyhow::anyhow!("a TOTP secret is not valid base32"))?;
    Ok(totp.get_url())
}

/// A QR code of `text` as an SVG `data:` URL, ready for an `<img src>`.
pub fn qr_code_data_url(text: &str) -> anyhow::Result<String> {
    use base64::Engine;
    let code = qrcode::QrCode::new(text.as_bytes())?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).build();
    Ok(format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238's SHA-1 key "12345678901234567890" in base32.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_match_the_rfc_6238_sha1_test_vectors() {
        // RFC 6238 appendix B gives 8 digits; the last 6 are the 6-digit code.
        for (time, eight) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_at(RFC_SECRET, time / STEP_SECS).unwrap(), eight[2..], "t={time}");
        }
    }

    #[test]
    fn new_secrets_are_160_bits_of_base32() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32);
        assert_eq!(Secret::Encoded(secret).to_bytes().unwrap().len(), 20);
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_no_further() {
        let now = 1_000_000_020u64;
        let step = (now / STEP_SECS) as i64;
        for delta in [-1i64, 0, 1] {
            let code = code_at(RFC_SECRET, (step + delta) as u64).unwrap();
            assert_eq!(matching_step(RFC_SECRET, &code, now), Some(step + delta));
        }
        for delta in [-3i64, -2, 2, 3] {
            let code = code_at(RFC_SECRET, (step + delta) as u64).unwrap();
            assert_eq!(matching_step(RFC_SECRET, &code, now), None, "delta {delta}");
        }
        assert_eq!(matching_step(RFC_SECRET, "12345", now), None);
        assert_eq!(matching_step(RFC_SECRET, "abcdef", now), None);
        assert_eq!(matching_step("not base32!", "123456", now), None);
    }

    #[test]
    fn the_setup_uri_and_qr_code_are_well_formed() {
        let uri = otpauth_uri(RFC_SECRET, "ada@example.com", "AlgoArena").unwrap();
        assert_eq!(
            uri,
            format!(
                "otpauth://totp/AlgoArena:ada%40example.com?secret={RFC_SECRET}&issuer=AlgoArena"
            )
        );
        assert!(qr_code_data_url(&uri).unwrap().starts_with("data:image/svg+xml;base64,"));
    }
}
