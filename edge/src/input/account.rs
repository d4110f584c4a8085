//! Register and login bodies: e-mail, username and password checked here, so the farm only
//! sees well-formed values (it checks again: uniqueness and credentials are its business).

use algoarena_shared::api::{LoginRequest, RegisterRequest};
use algoarena_shared::limits::{MAX_PASSWORD_BYTES, MIN_PASSWORD_CHARS};

use super::{json_object, required_string};
use crate::error::EdgeError;

/// Longest e-mail address accepted (RFC 5321's path limit is smaller, but 320 is the usual cap).
pub const MAX_EMAIL_CHARS: usize = 320;
pub const USERNAME_CHARS: std::ops::RangeInclusive<usize> = 3..=30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, EdgeError> {
        let email = raw.trim();
        if email.is_empty() {
            return Err(EdgeError::invalid("email is required."));
        }
        if email.chars().count() > MAX_EMAIL_CHARS {
            return Err(EdgeError::invalid(format!(
                "email must be at most {MAX_EMAIL_CHARS} characters."
            )));
        }
        let valid = match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty() && !domain.is_empty() && !email.chars().any(char::is_whitespace)
            }
            None => false,
        };
        if !valid {
            return Err(EdgeError::invalid(
                "email must be an e-mail address like name@example.com.",
            ));
        }
        Ok(Email(email.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Username, EdgeError> {
        let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        // All allowed characters are ASCII, so the byte length is the character count.
        if !USERNAME_CHARS.contains(&raw.len()) || !raw.chars().all(allowed) {
            return Err(EdgeError::invalid(format!(
                "username must be {} to {} characters of letters, digits, _ and -.",
                USERNAME_CHARS.start(),
                USERNAME_CHARS.end()
            )));
        }
        Ok(Username(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed. Never trimmed: spaces may be part of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

impl Password {
    /// A new password: long enough to matter, short enough that hashing it stays cheap.
    pub fn parse_new(raw: &str) -> Result<Password, EdgeError> {
        if raw.chars().count() < MIN_PASSWORD_CHARS {
            return Err(EdgeError::invalid(format!(
                "password must be at least {MIN_PASSWORD_CHARS} characters."
            )));
        }
        Self::parse_existing(raw)
    }

    /// A password to check at login: only the size cap, so rules can change without locking
    /// anyone out.
    pub fn parse_existing(raw: &str) -> Result<Password, EdgeError> {
        if raw.is_empty() {
            return Err(EdgeError::invalid("password is required."));
        }
        if raw.len() > MAX_PASSWORD_BYTES {
            return Err(EdgeError::invalid(format!(
                "password must be at most {MAX_PASSWORD_BYTES} bytes."
            )));
        }
        Ok(Password(raw.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A parsed `/api/auth/register` body.
#[derive(Debug)]
pub struct RegisterInput {
    pub email: Email,
    pub username: Username,
    pub password: Password,
}

impl RegisterInput {
    pub fn from_body(body: &[u8]) -> Result<RegisterInput, EdgeError> {
        let body = json_object(body)?;
        Ok(RegisterInput {
            email: Email::parse(&required_string(&body, "email")?)?,
            username: Username::parse(&required_string(&body, "username")?)?,
            password: Password::parse_new(&required_string(&body, "password")?)?,
        })
    }

    /// The farm's request body.
    pub fn to_request(&self) -> RegisterRequest {
        RegisterRequest {
            email: self.email.as_str().to_string(),
            username: self.username.as_str().to_string(),
            password: self.password.expose().to_string(),
        }
    }
}

/// A parsed `/api/auth/login` body.
#[derive(Debug)]
pub struct LoginInput {
    pub email: Email,
    pub password: Password,
}

impl LoginInput {
    pub fn from_body(body: &[u8]) -> Result<LoginInput, EdgeError> {
        let body = json_object(body)?;
        Ok(LoginInput {
            email: Email::parse(&required_string(&body, "email")?)?,
            password: Password::parse_existing(&required_string(&body, "password")?)?,
        })
    }

    pub fn to_request(&self) -> LoginRequest {
        LoginRequest {
            email: self.email.as_str().to_string(),
            password: self.password.expose().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(e: EdgeError) -> String {
        match e {
            EdgeError::InvalidInput(m) => m,
            other => panic!("expected invalid_input, got {other:?}"),
        }
    }

    #[test]
    fn emails_need_an_at_sign_and_at_most_320_characters() {
        assert_eq!(Email::parse(" a@b.c ").unwrap().as_str(), "a@b.c");
        for bad in ["", "abc", "@b.c", "a@", "a b@c.d"] {
            assert!(message(Email::parse(bad).unwrap_err()).starts_with("email"), "{bad:?}");
        }
        let long = format!("{}@example.com", "a".repeat(320));
        assert!(message(Email::parse(&long).unwrap_err()).contains("320"));
    }

    #[test]
    fn usernames_are_3_to_30_of_letters_digits_underscore_and_dash() {
        for good in ["abc", "A_b-9", &"x".repeat(30)] {
            assert!(Username::parse(good).is_ok(), "{good:?}");
        }
        for bad in ["ab", &"x".repeat(31), "white space", "ünï", "semi;colon", ""] {
            assert!(message(Username::parse(bad).unwrap_err()).starts_with("username"), "{bad:?}");
        }
    }

    #[test]
    fn new_passwords_are_8_characters_to_256_bytes() {
        assert!(Password::parse_new("12345678").is_ok());
        assert!(Password::parse_new(&"p".repeat(MAX_PASSWORD_BYTES)).is_ok());
        assert!(message(Password::parse_new("1234567").unwrap_err()).contains("at least 8"));
        let too_long = "p".repeat(MAX_PASSWORD_BYTES + 1);
        assert!(message(Password::parse_new(&too_long).unwrap_err()).contains("256 bytes"));
        // 86 three-byte characters: few characters, too many bytes.
        assert!(Password::parse_new(&"€".repeat(86)).is_err());
    }

    #[test]
    fn login_passwords_only_need_to_be_present_and_bounded() {
        assert!(Password::parse_existing("short").is_ok());
        assert!(Password::parse_existing("").is_err());
    }

    #[test]
    fn passwords_do_not_print() {
        let p = Password::parse_new("correct horse").unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }

    #[test]
    fn register_bodies_name_the_first_bad_field() {
        let e =
            RegisterInput::from_body(br#"{"email":"a@b.c","password":"12345678"}"#).unwrap_err();
        assert_eq!(message(e), "username is required.");
        let e = RegisterInput::from_body(br#"{"email":"a@b.c","username":7,"password":"x"}"#)
            .unwrap_err();
        assert_eq!(message(e), "username must be a string.");
        let ok = RegisterInput::from_body(
            br#"{"email":"a@b.c","username":"alice","password":"12345678"}"#,
        )
        .unwrap();
        assert_eq!(ok.to_request().username, "alice");
    }

    #[test]
    fn login_bodies_parse() {
        let ok = LoginInput::from_body(br#"{"email":"a@b.c","password":"pw"}"#).unwrap();
        assert_eq!(ok.to_request().email, "a@b.c");
        assert!(matches!(LoginInput::from_body(b"{"), Err(EdgeError::MalformedJson(_))));
    }
}
