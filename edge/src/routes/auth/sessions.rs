//! `/api/auth/sessions*`: the caller's active sessions (ASVS 5.0 7.5.2), signing one out, and
//! signing out every session but this browser's. They live under `/api/auth` so the refresh
//! cookie (scoped there) comes along: it is how the farm tells this browser's session apart.
//! All need an access token; the cross-site guard covers the state-changing ones.

use algoarena_shared::ids::SessionId;
use algoarena_shared::sessions::{NoBody, SessionList, WithCurrentSession};
use worker::{Request, Response};

use super::no_store;
use crate::auth::cookie::refresh_token;
use crate::error::EdgeError;
use crate::http::{header, json_value, ClientInfo};
use crate::routes::{handler, signed_in, AppRouter, Ctx};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/auth/sessions", handler(list))
        .post_async("/api/auth/sessions/revoke-others", handler(revoke_others))
        .post_async("/api/auth/sessions/:id/revoke", handler(revoke_one))
}

/// The refresh token of the browser making `req`, from its cookie.
pub(crate) fn current_session(req: &Request) -> Option<String> {
    refresh_token(header(req, "cookie").as_deref())
}

/// `GET` → `{sessions: [...]}`, this browser's marked `current`.
async fn list(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(
            "/internal/auth/sessions/list",
            Some(&user.id),
            &WithCurrentSession::new(NoBody {}, current_session(&req)),
        )
        .await?;
    // Parsed, not passed through: the farm's answer must fit the contract the web app reads.
    no_store(json_value(200, &reply.json::<SessionList>()?)?)
}

/// `POST /api/auth/sessions/{id}/revoke` → 204; 404 `session_not_found` for an id that is not a
/// live session of the caller's.
async fn revoke_one(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let Some(id) = ctx.param("id").and_then(|id| id.parse::<SessionId>().ok()) else {
        return Err(EdgeError::invalid("id: not a session id."));
    };
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(&format!("/internal/auth/sessions/{id}/revoke"), Some(&user.id), &NoBody {})
        .await?;
    no_store(reply.into_response()?)
}

/// `POST` → 204: every session of the caller but this browser's ends.
async fn revoke_others(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(
            "/internal/auth/sessions/revoke-others",
            Some(&user.id),
            &WithCurrentSession::new(NoBody {}, current_session(&req)),
        )
        .await?;
    no_store(reply.into_response()?)
}
