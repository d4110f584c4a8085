//! OAuth sign-in (Google, GitHub): the edge ran the authorization-code flow with `state` and
//! PKCE and tells us who the provider vouched for. Accounts are found by provider and subject
//! only; a matching e-mail address links an existing account only when both the provider and
//! our account have it verified, so an unverified address can never take over an account.

use algoarena_shared::account::{FarmSignIn, OAuthIdentity};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use rand::Rng;

use super::{client_info, normalize_email, sign_in};
use crate::accounts::db::{oauth, users};
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/auth/oauth", post(create_oauth_session))
}

/// A username from the address's local part plus a random suffix, e.g. `ada_3f9a1c`.
fn username_for(email: &str) -> String {
    let base: String = email
        .split('@')
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .take(20)
        .collect();
    let base = if base.len() < 3 { "user".to_string() } else { base };
    format!("{base}_{:06x}", rand::rngs::OsRng.gen_range(0..0x100_0000u32))
}

#[tracing::instrument(skip_all, fields(provider = %id.provider))]
async fn create_oauth_session(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(id): JsonBody<OAuthIdentity>,
) -> ApiResult<Json<FarmSignIn>> {
    if !matches!(id.provider.as_str(), "google" | "github")
        || id.subject.is_empty()
        || id.subject.len() > 255
    {
        return Err(ApiError::invalid("provider and subject are required."));
    }
    let client = client_info(&headers);
    if let Some(user_id) = oauth::find_user(&state.db, &id.provider, &id.subject).await? {
        let user = users::find_by_id(&state.db, user_id)
            .await?
            .ok_or_else(|| ApiError::invalid("account gone"))?;
        return Ok(Json(sign_in(&state, &user, &client).await?));
    }
    let Some(email) = id.email.as_deref().and_then(|e| normalize_email(e).ok()) else {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "oauth_email_missing",
            "Your account at the provider has no e-mail address we can use.",
        ));
    };
    let user = match users::find_by_email(&state.db, &email).await? {
        Some(existing) if id.email_verified && existing.is_email_verified => existing,
        Some(_) => {
            return Err(ApiError::conflict(
                "oauth_email_in_use",
                "An account with this e-mail address exists: log in with it (or confirm the address) first.",
            ))
        }
        None => {
            let mut created = None;
            for _ in 0..3 {
                match users::insert_oauth(&state.db, &email, &username_for(&email), id.email_verified).await {
                    Ok(user) => {
                        created = Some(user);
                        break;
                    }
                    Err(db::Error::Taken(db::Taken::Username)) => continue,
                    Err(e) => return Err(e.into()),
                }
            }
            created.ok_or_else(|| ApiError::conflict("username_taken", "Could not find a free username."))?
        }
    };
    oauth::link(&state.db, user.id, &id.provider, &id.subject).await?;
    let user_id = oauth::find_user(&state.db, &id.provider, &id.subject).await?.unwrap_or(user.id);
    let user = users::find_by_id(&state.db, user_id).await?.unwrap_or(user);
    tracing::info!(user_id = %user.id, "signed in with OAuth");
    Ok(Json(sign_in(&state, &user, &client).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_from_addresses_are_valid_and_distinct() {
        let a = username_for("Ada.Lovelace+x@example.com");
        assert!(a.starts_with("AdaLovelacex_"), "{a}");
        assert!((3..=30).contains(&a.len()));
        assert!(username_for("a@b.co").starts_with("user_"));
        assert_ne!(username_for("ada@example.com"), username_for("ada@example.com"));
    }
}
