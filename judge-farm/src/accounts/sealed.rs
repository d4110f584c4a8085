//! Secrets the farm must read back (TOTP secrets) are stored sealed with AES-256-GCM under the
//! `TOTP_ENCRYPTION_KEY`, so a database dump alone does not hand out anyone's second factor.
//!
//! Stored form: `v1:` + base64(12-byte random nonce ‖ ciphertext ‖ tag). The user id is the
//! associated data: a sealed secret copied onto another account's row does not open there.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use anyhow::{anyhow, Context, Result};
use base64::Engine;
use rand::RngCore;
use uuid::Uuid;

use crate::config::EncryptionKey;

const PREFIX: &str = "v1:";
const NONCE_BYTES: usize = 12;

fn cipher(key: &EncryptionKey) -> Aes256Gcm {
    Aes256Gcm::new_from_slice(&key.0).expect("a 32-byte key")
}

/// Seals `plain` for `user_id`'s row.
pub fn seal(key: &EncryptionKey, user_id: Uuid, plain: &str) -> String {
    let mut nonce = [0u8; NONCE_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let payload = Payload { msg: plain.as_bytes(), aad: user_id.as_bytes() };
    let sealed = cipher(key).encrypt(&Nonce::from(nonce), payload).expect("AES-GCM encryption");
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    format!("{PREFIX}{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// Whether `stored` is sealed (rows from before sealing hold the plain base32 secret).
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(PREFIX)
}

/// Opens what [`seal`] made for the same user; a legacy plain value is returned as it is.
pub fn open(key: &EncryptionKey, user_id: Uuid, stored: &str) -> Result<String> {
    let Some(encoded) = stored.strip_prefix(PREFIX) else { return Ok(stored.to_string()) };
    let bytes =
        base64::engine::general_purpose::STANDARD.decode(encoded).context("sealed value")?;
    if bytes.len() <= NONCE_BYTES {
        return Err(anyhow!("sealed value too short"));
    }
    let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
    let nonce: [u8; NONCE_BYTES] = nonce.try_into().expect("split at the nonce's length");
    let payload = Payload { msg: sealed, aad: user_id.as_bytes() };
    let plain = cipher(key)
        .decrypt(&Nonce::from(nonce), payload)
        .map_err(|_| anyhow!("a sealed secret did not open (wrong TOTP_ENCRYPTION_KEY?)"))?;
    String::from_utf8(plain).context("sealed value is not UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_for_its_user() {
        let (key, user) = (EncryptionKey::random(), Uuid::new_v4());
        let sealed = seal(&key, user, "JBSWY3DPEHPK3PXP");
        assert!(is_sealed(&sealed) && !sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(sealed, seal(&key, user, "JBSWY3DPEHPK3PXP"), "a fresh nonce each time");
        assert_eq!(open(&key, user, &sealed).unwrap(), "JBSWY3DPEHPK3PXP");
        assert!(open(&key, Uuid::new_v4(), &sealed).is_err(), "bound to the user");
        assert!(open(&EncryptionKey::random(), user, &sealed).is_err(), "bound to the key");
        assert_eq!(open(&key, user, "LEGACYPLAIN").unwrap(), "LEGACYPLAIN");
    }
}
