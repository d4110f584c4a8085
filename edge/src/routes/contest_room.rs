//! A contest's live room: `GET /api/contests/:slug/room` upgrades to a WebSocket (anyone may
//! watch; a signed-in viewer also gets their own verdicts), and the farm's signed pushes
//! arrive at `POST /internal/contests/:slug/room` (docs/api.md, "Contest rooms"), its word that
//! a contest changed at `POST /internal/contests/:slug/room/contest`.
//!
//! Browsers cannot set headers on a WebSocket, so the access token rides in the
//! `Sec-WebSocket-Protocol` list as `bearer.<token>` beside the protocol name
//! `algoarena.room`, which the answer echoes. Unlike a query parameter, the subprotocol stays
//! out of URLs, logs and the history. The token is checked at connect, and the socket is
//! closed with code 4001 (`rooms::contest_room::expiry`) when it expires; the client then
//! refreshes its token and reconnects.

use algoarena_shared::api::User;
use algoarena_shared::contest_api::ContestDetail;
use algoarena_shared::contest_room::RoomPush;
use worker::{Headers, Request, Response};

use super::internal::signed_body;
use super::{handler, AppRouter, Ctx};
use crate::auth::{jwt, AuthUser};
use crate::error::EdgeError;
use crate::http::{header, now_secs, ClientInfo};
use crate::input::problems::Slug;
use crate::rooms::contest_room::client::{self, Connection, ContestFacts};
use crate::rooms::rate_limiter;
use crate::store::farm::FarmClient;

/// The subprotocol a browser offers and the room answers with.
pub const PROTOCOL: &str = "algoarena.room";
/// The prefix of the protocol entry that carries the access token.
pub const TOKEN_PREFIX: &str = "bearer.";

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/contests/:slug/room", handler(connect_room))
        .post_async("/internal/contests/:slug/room", handler(push_room))
        .post_async("/internal/contests/:slug/room/contest", handler(contest_changed))
}

fn contest_slug(ctx: &Ctx) -> Result<Slug, EdgeError> {
    ctx.param("slug")
        .and_then(|s| Slug::parse(s))
        .ok_or_else(|| EdgeError::NotFound("There is no such contest.".into()))
}

/// What the `Sec-WebSocket-Protocol` list says: whether our protocol was offered, and the
/// token if one was.
pub fn offered(protocols: Option<&str>) -> (bool, Option<&str>) {
    let mut ours = false;
    let mut token = None;
    for entry in protocols.unwrap_or("").split(',').map(str::trim) {
        if entry == PROTOCOL {
            ours = true;
        } else if let Some(t) = entry.strip_prefix(TOKEN_PREFIX) {
            token = Some(t).filter(|t| !t.is_empty());
        }
    }
    (ours, token)
}

async fn connect_room(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let slug = contest_slug(&ctx)?;
    if !header(&req, "upgrade").is_some_and(|u| u.eq_ignore_ascii_case("websocket")) {
        return Err(EdgeError::BadRequest(
            "This endpoint is a WebSocket: connect with Upgrade: websocket.".into(),
        ));
    }
    let protocols = header(&req, "sec-websocket-protocol");
    let (ours, token) = offered(protocols.as_deref());
    let (user, token_exp) = match token {
        Some(token) => {
            let claims = jwt::verify(&ctx.data.jwt, token, now_secs())?;
            let subject = format!("user:{}", claims.sub);
            rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::API, &subject).await?;
            (Some(AuthUser { id: claims.sub, role: claims.role }), Some(claims.exp))
        }
        None => (None, None),
    };
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let user_id = user.as_ref().map(|u| u.id.as_str());
    let username = match user_id {
        Some(id) => Some(
            farm.get("/internal/users/me", Some(id)).await?.success()?.json::<User>()?.username,
        ),
        None => None,
    };
    let mut who =
        Connection { slug: slug.as_str().to_string(), username, token_exp, contest: None };
    // The room keeps the contest's facts; only when it has none (a new room, or the farm said
    // the contest changed) does the Worker ask the farm, then connect again with them.
    let mut response = client::connect(&ctx.env, &who).await?;
    if response.status_code() == client::NEEDS_CONTEST {
        // The farm answers 404 for a contest the caller may not see, so the room does too.
        let path = format!("/internal/contests/{}", slug.as_str());
        let detail: ContestDetail = farm.get(&path, user_id).await?.success()?.json()?;
        who.contest = Some(ContestFacts {
            ends_at: detail.summary.ends_at,
            registrants: detail.summary.registrants,
        });
        response = client::connect(&ctx.env, &who).await?;
    }
    if !ours || response.status_code() != 101 {
        return Ok(response);
    }
    let headers = Headers::new();
    for (name, value) in response.headers().entries() {
        headers.set(&name, &value)?;
    }
    headers.set("sec-websocket-protocol", PROTOCOL)?;
    Ok(response.with_headers(headers))
}

/// A farm push: verified, checked to be a push, and handed to the room.
async fn push_room(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let body = signed_body(&mut req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    serde_json::from_slice::<RoomPush>(&body)
        .map_err(|e| EdgeError::invalid(format!("The body is not a room push ({e}).")))?;
    let mut response = client::deliver(&ctx.env, slug.as_str(), body).await?;
    let text = response.text().await?;
    crate::http::json_response(response.status_code(), text.into_bytes())
}

/// The farm's word that the contest changed (a registration, a re-import): verified, and the
/// room drops its kept copy of the contest's facts.
async fn contest_changed(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    signed_body(&mut req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let mut response = client::forget_contest(&ctx.env, slug.as_str()).await?;
    let text = response.text().await?;
    crate::http::json_response(response.status_code(), text.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_rides_in_the_protocol_list() {
        assert_eq!(offered(Some("algoarena.room, bearer.abc.def")), (true, Some("abc.def")));
        assert_eq!(offered(Some("algoarena.room")), (true, None));
        assert_eq!(offered(None), (false, None));
        assert_eq!(offered(Some("bearer.")), (false, None));
    }
}
