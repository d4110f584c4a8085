//! Bodies of the account flows beyond register and login: verification codes, reset and
//! magic-link tokens, TOTP and recovery codes, fresh proofs and the "2FA pending" token.

use algoarena_shared::account::{
    ChangePasswordRequest, EmailRequest, FreshProof, ResetPasswordRequest, TwoFactorDisableRequest,
    VerifyEmailRequest,
};

use super::account::{Email, Password};
use super::{json_object, required_string};
use crate::error::EdgeError;

/// Longest link token accepted; ours are 43 characters.
pub const MAX_TOKEN_CHARS: usize = 128;

/// A six-digit code (e-mail verification or TOTP); spaces people type are dropped.
pub fn parse_code(raw: &str) -> Result<String, EdgeError> {
    let code: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(EdgeError::invalid("code must be the 6 digits we sent or your app shows."));
    }
    Ok(code)
}

/// A second-factor code: six TOTP digits, or a recovery code (`xxxxx-xxxxx`, ten letters and
/// digits, case, dashes and spaces ignored). The farm tells them apart.
pub fn parse_second_factor(raw: &str) -> Result<String, EdgeError> {
    if let Ok(code) = parse_code(raw) {
        return Ok(code);
    }
    let code: String = raw.chars().filter(|c| *c != '-' && !c.is_whitespace()).collect();
    if code.len() != 10 || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(EdgeError::invalid(
            "code must be the 6 digits your app shows, or one of your recovery codes.",
        ));
    }
    Ok(code.to_ascii_lowercase())
}

/// The optional `password` and `email_code` of a fresh proof (the farm says which is due).
fn fresh_proof(body: &super::JsonObject) -> Result<FreshProof, EdgeError> {
    let text = |name: &str| -> Result<Option<String>, EdgeError> {
        match body.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(EdgeError::invalid(format!("{name} must be a string."))),
        }
    };
    Ok(FreshProof {
        password: text("password")?
            .map(|p| Password::parse_existing(&p).map(|p| p.expose().to_string()))
            .transpose()?,
        email_code: text("email_code")?.map(|c| parse_code(&c)).transpose()?,
    })
}

/// `{password?, email_code?}`: 2FA set-up. No body at all is an empty proof, so a client that
/// sends none (as set-up once took) hears "proof required", not "malformed JSON".
pub fn fresh_proof_body(body: &[u8]) -> Result<FreshProof, EdgeError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(FreshProof::default());
    }
    fresh_proof(&json_object(body)?)
}

/// `{new_password, password?, email_code?}`: changing the password while signed in.
pub fn change_password_body(body: &[u8]) -> Result<ChangePasswordRequest, EdgeError> {
    let body = json_object(body)?;
    Ok(ChangePasswordRequest {
        new_password: Password::parse_new(&required_string(&body, "new_password")?)?
            .expose()
            .to_string(),
        proof: fresh_proof(&body)?,
    })
}

/// `{code, password?, email_code?}`: disabling 2FA.
pub fn disable_body(body: &[u8]) -> Result<TwoFactorDisableRequest, EdgeError> {
    let body = json_object(body)?;
    Ok(TwoFactorDisableRequest {
        code: parse_second_factor(&required_string(&body, "code")?)?,
        proof: fresh_proof(&body)?,
    })
}

/// An opaque URL-safe token from a link (reset, magic link) or a JWT (2FA pending).
pub fn parse_token(raw: &str, max: usize) -> Result<String, EdgeError> {
    let ok = !raw.is_empty()
        && raw.len() <= max
        && raw.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if !ok {
        return Err(EdgeError::invalid("token is missing or malformed."));
    }
    Ok(raw.to_string())
}

pub fn email_body(body: &[u8]) -> Result<EmailRequest, EdgeError> {
    let body = json_object(body)?;
    Ok(EmailRequest {
        email: Email::parse(&required_string(&body, "email")?)?.as_str().to_string(),
    })
}

pub fn verify_email_body(body: &[u8]) -> Result<VerifyEmailRequest, EdgeError> {
    let body = json_object(body)?;
    Ok(VerifyEmailRequest {
        email: Email::parse(&required_string(&body, "email")?)?.as_str().to_string(),
        code: parse_code(&required_string(&body, "code")?)?,
    })
}

pub fn reset_password_body(body: &[u8]) -> Result<ResetPasswordRequest, EdgeError> {
    let body = json_object(body)?;
    Ok(ResetPasswordRequest {
        token: parse_token(&required_string(&body, "token")?, MAX_TOKEN_CHARS)?,
        // Checked before anything is hashed: absurdly long passwords never reach argon2.
        password: Password::parse_new(&required_string(&body, "password")?)?.expose().to_string(),
    })
}

/// `{token}`.
pub fn token_body(body: &[u8]) -> Result<String, EdgeError> {
    parse_token(&required_string(&json_object(body)?, "token")?, MAX_TOKEN_CHARS)
}

/// `{code}`.
pub fn code_body(body: &[u8]) -> Result<String, EdgeError> {
    parse_code(&required_string(&json_object(body)?, "code")?)
}

/// `{pending_token, code}`.
pub fn two_factor_login_body(body: &[u8]) -> Result<(String, String), EdgeError> {
    let body = json_object(body)?;
    Ok((
        parse_token(&required_string(&body, "pending_token")?, 4096)?,
        parse_second_factor(&required_string(&body, "code")?)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_with_spaces_ignored() {
        assert_eq!(parse_code(" 123 456 ").unwrap(), "123456");
        for bad in ["12345", "1234567", "12345a", "", "１２３４５６"] {
            assert!(parse_code(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn second_factor_codes_are_totp_digits_or_recovery_codes() {
        assert_eq!(parse_second_factor("123 456").unwrap(), "123456");
        assert_eq!(parse_second_factor("ABCDE-fghjk").unwrap(), "abcdefghjk");
        for bad in ["12345", "abcde-fghj", "abcde-fghj!", ""] {
            assert!(parse_second_factor(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn fresh_proofs_are_optional_but_typed() {
        let proof = fresh_proof_body(br#"{"password":"pw"}"#).unwrap();
        assert_eq!((proof.password.as_deref(), proof.email_code), (Some("pw"), None));
        assert!(fresh_proof_body(br#"{}"#).unwrap().password.is_none());
        assert!(fresh_proof_body(b"").unwrap().password.is_none());
        assert!(fresh_proof_body(br#"{"password":7}"#).is_err());
        assert!(fresh_proof_body(br#"{"email_code":"12"}"#).is_err());
        let change = change_password_body(br#"{"new_password":"long enough","password":"old"}"#);
        assert_eq!(change.unwrap().proof.password.as_deref(), Some("old"));
        assert!(change_password_body(br#"{"new_password":"short","password":"old"}"#).is_err());
        let off = disable_body(br#"{"code":"123456","email_code":"654321"}"#).unwrap();
        assert_eq!(off.proof.email_code.as_deref(), Some("654321"));
    }

    #[test]
    fn tokens_are_url_safe_and_bounded() {
        assert!(parse_token("abc-DEF_123", 128).is_ok());
        for bad in ["", "a b", "a/b", "a%2e", &"x".repeat(129)] {
            assert!(parse_token(bad, 128).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_reset_refuses_an_absurdly_long_password_before_the_farm_sees_it() {
        let body = format!(r#"{{"token":"abc","password":"{}"}}"#, "x".repeat(10_000));
        assert!(matches!(reset_password_body(body.as_bytes()), Err(EdgeError::InvalidInput(_))));
    }
}
