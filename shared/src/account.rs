//! Bodies of the account flows beyond register/login/refresh (docs/api.md): e-mail
//! verification, password reset, magic links and TOTP two-factor sign-in. The edge and the
//! farm's internal API share them.

use serde::{Deserialize, Serialize};

use crate::api::FarmSession;
use crate::ids::UserId;

/// `{email}`: forgot-password, magic-link requests and verification-code resends.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EmailRequest {
    pub email: String,
}

/// `{email, code}`: confirms an e-mail address with the six-digit code that was mailed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VerifyEmailRequest {
    pub email: String,
    pub code: String,
}

/// `{token, password}`: sets a new password with the token of a reset mail.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResetPasswordRequest {
    pub token: String,
    pub password: String,
}

/// `{token}`: a magic-link token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenRequest {
    pub token: String,
}

/// `{code}`: a TOTP code (or, where the flow allows it, a recovery code).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CodeRequest {
    pub code: String,
}

/// A fresh proof that the person at the keyboard owns the account, beyond the bearer token:
/// the password, or for an account without one a code just mailed to it
/// (`POST /api/auth/2fa/proof-code`). Set-up, replacement and disabling of 2FA require it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FreshProof {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_code: Option<String>,
}

/// `{code, password | email_code}`: disables 2FA with a current TOTP or recovery code and a
/// fresh proof.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TwoFactorDisableRequest {
    pub code: String,
    #[serde(flatten)]
    pub proof: FreshProof,
}

/// `{new_password, password | email_code}`: a signed-in user changes (or, without one, sets)
/// the password, proving it with the current one or a mailed code.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChangePasswordRequest {
    pub new_password: String,
    #[serde(flatten)]
    pub proof: FreshProof,
}

/// Internal: the second step of a sign-in. `pending_id` names the "2FA pending" token (a hash
/// of it) so the farm can let each one sign in once.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TwoFactorChallengeRequest {
    pub code: String,
    pub pending_id: String,
}

/// The single-use recovery codes made when 2FA is switched on (or its secret replaced). They
/// are shown this once; only their hashes are kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecoveryCodes {
    pub recovery_codes: Vec<String>,
}

/// `202` bodies: what happens next, the same sentence whatever the account's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    pub message: String,
}

/// The farm's answer to a completed first factor: either a session, or, for an account with
/// TOTP enabled, the user id the edge puts into a short-lived "2FA pending" token.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FarmSignIn {
    Session(FarmSession),
    SecondFactor { two_factor_user_id: UserId },
}

/// What the client gets when the password (or magic link) was right but a TOTP code is due.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TwoFactorChallenge {
    pub two_factor_required: bool,
    pub pending_token: String,
    pub expires_in: u32,
}

/// `{pending_token, code}`: completes a sign-in that stopped at the second factor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TwoFactorLoginRequest {
    pub pending_token: String,
    pub code: String,
}

/// 2FA set-up: the secret (base32), the `otpauth://` URI and a QR code of it as an SVG data URL.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    pub secret: String,
    pub otpauth_uri: String,
    pub qr_code: String,
}

/// What a magic link would sign in to, shown on the confirmation page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MagicLinkInfo {
    pub email: String,
}

/// The OAuth providers one can sign in with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OAuthProvider {
    Google,
    Github,
}

impl OAuthProvider {
    /// The wire name, also stored in `oauth_accounts.provider`.
    pub fn name(self) -> &'static str {
        match self {
            OAuthProvider::Google => "google",
            OAuthProvider::Github => "github",
        }
    }
}

/// Internal: who the OAuth provider says signed in. Accounts are found by `(provider, subject)`
/// only; the e-mail address is used for a new account, or to link an existing one only when
/// both the provider and our account have it verified.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OAuthIdentity {
    pub provider: OAuthProvider,
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_second_factor_names_a_typed_user_id() {
        let wire = r#"{"two_factor_user_id":"67e55044-10b1-426f-9247-bb680e5fe0c8"}"#;
        let answer: FarmSignIn = serde_json::from_str(wire).unwrap();
        assert!(matches!(answer, FarmSignIn::SecondFactor { .. }));
        assert_eq!(serde_json::to_string(&answer).unwrap(), wire);
    }

    #[test]
    fn oauth_identities_name_a_known_provider() {
        let wire = r#"{"provider":"github","subject":"42","email":null,"email_verified":false}"#;
        let identity: OAuthIdentity = serde_json::from_str(wire).unwrap();
        assert_eq!(identity.provider, OAuthProvider::Github);
        assert_eq!(serde_json::to_string(&identity).unwrap(), wire);
        assert!(serde_json::from_str::<OAuthIdentity>(&wire.replace("github", "myspace")).is_err());
    }
}
