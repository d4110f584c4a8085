//! The active-sessions list (ASVS 5.0 7.5.2): each sign-in's refresh-token family, where and
//! when it was used, the caller's own one marked, and the bodies that end them.

use crate::ids::SessionId;
use serde::{Deserialize, Serialize};

/// One signed-in browser or device: a refresh-token family, named by its family id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveSession {
    pub id: SessionId,
    /// When this sign-in happened (RFC 3339).
    pub created_at: String,
    /// When it last refreshed (its current token was issued), RFC 3339.
    pub last_used_at: String,
    /// The `User-Agent` it last refreshed with, as sent (at most 512 characters).
    pub user_agent: Option<String>,
    /// A short label read from the user agent, e.g. "Firefox on Linux".
    pub device: String,
    /// True for the session of the browser asking.
    pub current: bool,
}

/// `GET /api/auth/sessions`: the caller's live sessions, the most recently used first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionList {
    pub sessions: Vec<ActiveSession>,
}

/// Internal: a body from the edge plus the refresh token of the browser that sent it (from
/// its cookie), so the farm can tell that browser's session from the others: to mark it in
/// the list, and to keep it when the others are signed out (after a password or 2FA change,
/// or "sign out everywhere else").
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WithCurrentSession<T> {
    #[serde(flatten)]
    pub body: T,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_refresh_token: Option<String>,
}

impl<T> WithCurrentSession<T> {
    pub fn new(body: T, current_refresh_token: Option<String>) -> Self {
        WithCurrentSession { body, current_refresh_token }
    }
}

/// An empty body, for calls whose only content is the current session.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NoBody {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::CodeRequest;

    #[test]
    fn the_current_session_rides_beside_the_body_and_may_be_absent() {
        let with = WithCurrentSession::new(CodeRequest { code: "123456".into() }, Some("t".into()));
        let text = serde_json::to_string(&with).unwrap();
        assert_eq!(text, r#"{"code":"123456","current_refresh_token":"t"}"#);
        let without: WithCurrentSession<CodeRequest> =
            serde_json::from_str(r#"{"code":"1"}"#).unwrap();
        assert_eq!((without.body.code.as_str(), without.current_refresh_token), ("1", None));
        let empty: WithCurrentSession<NoBody> = serde_json::from_str("{}").unwrap();
        assert!(empty.current_refresh_token.is_none());
    }
}
