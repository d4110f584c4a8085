//! The edge's one premium check (issue 14), for what it serves from its KV cache.
//!
//! An access token's `role` is what the account was when the token was minted (it lives 15
//! minutes). The edge uses it only to *refuse*: a caller whose token is not premium gets the
//! cached answer everyone gets (a locked problem's teaser) or a 403 `premium_required`, with
//! no farm call. It never *grants*: a premium token sends the request on to the farm, signed as
//! that user, and the farm decides from `users.role` and `plan_expires_at` at that moment
//! (`practice::premium::is_premium`). So an expired plan is free everywhere at once, and an
//! upgrade shows from the token's next refresh (at most 15 minutes; the web app refreshes on
//! its return from Checkout).

use algoarena_shared::api::Role;
use algoarena_shared::premium::PREMIUM_REQUIRED;

use super::AuthUser;
use crate::error::EdgeError;

/// Whether `caller`'s token may stand for a premium member (premium or admin): only then is a
/// premium answer worth asking the farm for.
pub fn may_be_premium(caller: Option<&AuthUser>) -> bool {
    caller.is_some_and(|c| matches!(Role::parse(&c.role), Some(Role::Premium | Role::Admin)))
}

/// The 403 the farm would answer, given at the edge without asking it.
pub fn premium_required(what: &str) -> EdgeError {
    EdgeError::Refused {
        status: 403,
        code: PREMIUM_REQUIRED,
        message: format!("{what} is for premium members."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(role: &str) -> AuthUser {
        AuthUser { id: "u".into(), role: role.into() }
    }

    #[test]
    fn only_premium_and_admin_tokens_are_worth_asking_the_farm_about() {
        assert!(may_be_premium(Some(&caller("premium"))));
        assert!(may_be_premium(Some(&caller("admin"))));
        assert!(!may_be_premium(Some(&caller("free"))));
        assert!(!may_be_premium(Some(&caller("Premium"))));
        assert!(!may_be_premium(Some(&caller(""))));
        assert!(!may_be_premium(None));
    }
}
