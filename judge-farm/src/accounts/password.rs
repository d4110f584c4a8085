//! Password hashing with argon2id at OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
//!
//! Hashing is CPU-bound for tens of milliseconds, so it runs on the blocking pool.

use std::sync::OnceLock;

use anyhow::anyhow;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow!("argon2: {e}"))
    })
    .await?
}

/// A hash of a random password, verified against when the email is unknown so that a login
/// for an unknown account costs the same time as one for a known account.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        hasher().hash_password(b"decoy-password-never-matches", &salt).unwrap().to_string()
    })
}

/// True when `password` matches `stored`; with `stored = None` it spends the same time and fails.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| decoy_hash().to_string());
        let parsed = PasswordHash::new(&stored).map_err(|e| anyhow!("stored hash: {e}"))?;
        // Verify first, then look at `known`: `known && verify(..)` would skip the work for
        // unknown addresses and make them answer measurably faster.
        let matches = hasher().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(matches && known)
    })
    .await?
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Not timed (these machines are too noisy for that): `verify` runs the same argon2
    /// verification whichever hash it gets, so an unknown account costs what a known one does
    /// exactly when the decoy is hashed with the real parameters.
    #[tokio::test]
    async fn an_unknown_account_is_checked_against_a_hash_as_costly_as_a_real_one() {
        let real = hash("correct horse".into()).await.unwrap();
        let cost = |h: &str| {
            let parsed = PasswordHash::new(h).unwrap();
            (parsed.algorithm.to_string(), parsed.version, parsed.params.to_string())
        };
        assert_eq!(cost(decoy_hash()), cost(&real));
        assert_eq!(cost(&real).2, "m=19456,t=2,p=1");
    }

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let h = hash("correct horse".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("correct horse".into(), Some(h.clone())).await.unwrap());
        assert!(!verify("wrong horse".into(), Some(h)).await.unwrap());
        assert!(!verify("anything".into(), None).await.unwrap());
    }
}
