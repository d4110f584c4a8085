//! `/api/auth/*`: register, login, refresh and logout.
//!
//! The farm owns accounts and refresh sessions; the edge checks input, mints the short-lived
//! access token and keeps the refresh token in an HttpOnly cookie, away from script.

use algoarena_shared::api::{AuthSession, FarmSession, RefreshRequest};
use worker::{Request, Response};

use super::{handler, AppRouter, Ctx};
use crate::auth::cookie::{clear_refresh_cookie, refresh_token, set_refresh_cookie};
use crate::auth::jwt::{mint, ACCESS_TOKEN_TTL_SECS};
use crate::config::Settings;
use crate::error::EdgeError;
use crate::http::{header, json_value, now_secs, read_body, ClientInfo};
use crate::input::account::{LoginInput, RegisterInput};
use crate::store::farm::{FarmClient, FarmReply};

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/auth/register", handler(register))
        .post_async("/api/auth/login", handler(login))
        .post_async("/api/auth/refresh", handler(refresh))
        .post_async("/api/auth/logout", handler(logout))
}

async fn register(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let input = RegisterInput::from_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let reply = farm
        .post("/internal/auth/register", None, &input.to_request())
        .await?;
    session_response(&ctx.data, &reply, 201)
}

async fn login(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let input = LoginInput::from_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let reply = farm
        .post("/internal/auth/login", None, &input.to_request())
        .await?;
    session_response(&ctx.data, &reply, 200)
}

async fn refresh(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let Some(token) = refresh_token(header(&req, "cookie").as_deref()) else {
        return Err(EdgeError::unauthorized(
            "There is no session to refresh: sign in again.",
        ));
    };
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    match farm
        .post(
            "/internal/auth/refresh",
            None,
            &RefreshRequest {
                refresh_token: token,
            },
        )
        .await
    {
        Ok(reply) => session_response(&ctx.data, &reply, 200),
        // The farm refused the session (expired, revoked or reused): drop the dead cookie so
        // the browser stops sending it.
        Err(e) if e.status_code() == 401 => with_cookie(e.into_response(), &clear_refresh_cookie()),
        Err(e) => Err(e),
    }
}

async fn logout(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    if let Some(token) = refresh_token(header(&req, "cookie").as_deref()) {
        let client = ClientInfo::from_request(&req);
        let farm = FarmClient::new(&ctx.data, &client);
        match farm
            .post(
                "/internal/auth/logout",
                None,
                &RefreshRequest {
                    refresh_token: token,
                },
            )
            .await
        {
            Ok(_) => {}
            // A session the farm does not know is as logged out as it gets.
            Err(EdgeError::Farm { status, .. }) if status < 500 => {}
            // The session may still be alive: say so, but drop the cookie all the same.
            Err(e) => return with_cookie(e.into_response(), &clear_refresh_cookie()),
        }
    }
    with_cookie(Response::empty()?.with_status(204), &clear_refresh_cookie())
}

/// Turns the farm's session into the client's: access token in the body, refresh token in
/// the cookie.
fn session_response(
    settings: &Settings,
    reply: &FarmReply,
    status: u16,
) -> Result<Response, EdgeError> {
    let session: FarmSession = reply.json()?;
    let access_token = mint(&settings.jwt, &session.user, now_secs())?;
    let cookie = set_refresh_cookie(&session.refresh_token, session.refresh_expires_in)
        .ok_or_else(|| {
            EdgeError::FarmUnavailable("the farm's refresh token is not cookie-safe".into())
        })?;
    let body = AuthSession {
        access_token,
        token_type: "Bearer".to_string(),
        expires_in: ACCESS_TOKEN_TTL_SECS as u32,
        user: session.user,
    };
    with_cookie(json_value(status, &body)?, &cookie)
}

fn with_cookie(response: Response, cookie: &str) -> Result<Response, EdgeError> {
    response.headers().append("set-cookie", cookie)?;
    // Tokens must never sit in a shared cache.
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}
