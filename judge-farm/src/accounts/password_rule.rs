//! Which new passwords are accepted (OWASP ASVS 5.0 6.2.1, 6.2.4, 6.2.5, 6.2.9, 6.2.11):
//! at least 8 characters, at most 256 bytes, no composition rules, and not guessable.
//!
//! "Not guessable" is `zxcvbn`'s estimate (Dropbox's estimator, kept as a crate): it knows the
//! 30 000 most common passwords, common names and words, keyboard walks, repeats, sequences,
//! dates and l33t spellings of all of them, and the account's own address and username. A
//! password it expects to fall within 10¹⁰ guesses (score below 3, its authors' threshold for
//! "too weak") is refused with its own advice, so the person learns why and what to do.

use algoarena_shared::limits::{MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};
use axum::http::StatusCode;
use zxcvbn::Score;

use crate::error::{ApiError, ApiResult};

/// zxcvbn's time grows with the length; a password whose first 100 characters are strong is
/// strong, so only those are estimated (a 256-byte password costs no more than a 100-char one).
const ESTIMATED_CHARS: usize = 100;

/// Checks a new password; `context` holds what an attacker would try first for this account
/// (its address and username), which do not count as strength.
pub fn check(password: &str, context: &[&str]) -> ApiResult<()> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(ApiError::invalid(format!(
            "password: use at most {MAX_PASSWORD_BYTES} bytes."
        )));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ApiError::invalid(format!(
            "password: use at least {MIN_PASSWORD_CHARS} characters."
        )));
    }
    let head: String = password.chars().take(ESTIMATED_CHARS).collect();
    // The local part of an address is what a guesser tries, not the whole address.
    let mut inputs: Vec<&str> = context.to_vec();
    inputs.extend(context.iter().filter_map(|c| c.split_once('@').map(|(local, _)| local)));
    let estimate = zxcvbn::zxcvbn(&head, &inputs);
    if estimate.score() >= Score::Three {
        return Ok(());
    }
    let mut message =
        String::from("password: this password is too common or too easy to guess; choose another.");
    if let Some(feedback) = estimate.feedback() {
        if let Some(warning) = feedback.warning() {
            message.push_str(&format!(" {warning}"));
            if !message.ends_with('.') {
                message.push('.');
            }
        }
        for suggestion in feedback.suggestions() {
            message.push_str(&format!(" {suggestion}"));
            if !message.ends_with('.') {
                message.push('.');
            }
        }
    }
    if estimate.feedback().is_none_or(|f| f.suggestions().is_empty()) {
        message.push_str(" A few uncommon words together make a strong one.");
    }
    Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "weak_password", message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(password: &str, context: &[&str]) -> bool {
        check(password, context).is_err()
    }

    #[test]
    fn length_is_between_eight_characters_and_256_bytes_without_composition_rules() {
        assert!(refused("Zq8#vL2", &[]));
        assert!(!refused("tangerine mosquito fjord", &[]));
        // Long passphrases are welcome (ASVS 6.2.9: at least 64 characters).
        assert!(!refused(&"plankton quiver ".repeat(8), &[]));
        assert!(refused(&"x".repeat(257), &[]));
    }

    #[test]
    fn common_and_predictable_passwords_are_refused_with_a_reason() {
        for weak in [
            "password",
            "password123",
            "12345678",
            "qwertyuiop",
            "iloveyou1",
            "P@ssw0rd!",
            "aaaaaaaaaaaa",
            "abcdefgh1234",
        ] {
            let err = check(weak, &[]).expect_err(weak);
            let ApiError::Client { status, code, message } = err else { panic!("{weak}") };
            assert_eq!((status.as_u16(), code), (422, "weak_password"), "{weak}");
            assert!(message.starts_with("password: this password is too common"), "{message}");
            assert!(message.len() > 80, "no advice for {weak}: {message}");
        }
    }

    #[test]
    fn the_account_s_own_name_and_address_do_not_count_as_strength() {
        assert!(!refused("quokka_fanclub2031", &[]));
        assert!(refused("quokka_fanclub2031", &["quokka_fanclub", "someone@example.com"]));
        assert!(refused("zanzibarite2031!", &["zanzibarite@example.com"]));
    }

    #[test]
    fn the_passwords_the_test_suites_use_are_strong_enough() {
        for used in ["correct horse battery", "Pw-k3j2h1-long-enough", "a new long password"] {
            assert!(
                !refused(used, &[]),
                "{used}: {:?}",
                check(used, &[]).err().map(|e| e.to_string())
            );
        }
    }
}
