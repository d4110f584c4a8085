//! Who is calling: bearer access tokens (verified here, at the edge), the refresh cookie,
//! OAuth sign-in with Google and GitHub, and the farm's signature on its calls to `/internal/*`.

pub mod cookie;
pub mod jwt;
pub mod oauth;
pub mod premium;
pub mod signed;

use crate::config::JwtSettings;
use crate::error::EdgeError;

/// A caller whose access token checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthUser {
    pub id: String,
    pub role: String,
}

/// The token of an `Authorization: Bearer <token>` header.
pub fn bearer_token(authorization: Option<&str>) -> Result<&str, EdgeError> {
    let header = authorization.ok_or_else(|| {
        EdgeError::unauthorized("Sign in first: the Authorization header is missing.")
    })?;
    let (scheme, token) = header.trim().split_once(' ').ok_or_else(not_bearer)?;
    // RFC 7235: the scheme is case-insensitive.
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(not_bearer());
    }
    let token = token.trim();
    if token.is_empty() {
        return Err(not_bearer());
    }
    Ok(token)
}

fn not_bearer() -> EdgeError {
    EdgeError::unauthorized("The Authorization header must be \"Bearer <access token>\".")
}

/// Checks the `Authorization` header at `now` and names the caller.
pub fn authenticate(
    settings: &JwtSettings,
    authorization: Option<&str>,
    now: i64,
) -> Result<AuthUser, EdgeError> {
    let claims = jwt::verify(settings, bearer_token(authorization)?, now)?;
    Ok(AuthUser { id: claims.sub, role: claims.role })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bearer_scheme_is_required_and_case_insensitive() {
        assert_eq!(bearer_token(Some("Bearer abc")).unwrap(), "abc");
        assert_eq!(bearer_token(Some("bearer  abc ")).unwrap(), "abc");
        for bad in [None, Some(""), Some("Bearer"), Some("Bearer "), Some("Basic abc"), Some("abc")]
        {
            assert!(matches!(bearer_token(bad), Err(EdgeError::Unauthorized(_))), "{bad:?}");
        }
    }
}
