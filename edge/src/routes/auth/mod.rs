//! `/api/auth/*`: register, login, refresh, logout, sign-out everywhere and the JWKS.
//! [`email`] has e-mail verification, password reset and magic links; [`two_factor`] TOTP;
//! [`oauth`] Google and GitHub sign-in; [`sessions`] the list of active sessions.
//!
//! The farm owns accounts and refresh sessions; the edge checks input and rate limits, mints
//! the short-lived access token and keeps the refresh token in an HttpOnly cookie, away from
//! script. Register answers 202 for new and known addresses alike.

pub mod email;
pub mod oauth;
pub mod sessions;
pub mod two_factor;

use algoarena_shared::account::{FarmSignIn, TwoFactorChallenge};
use algoarena_shared::api::{AuthSession, FarmSession, RefreshRequest};
use algoarena_shared::sessions::WithCurrentSession;
use worker::{Request, Response};

use super::{handler, AppRouter, Ctx};
use crate::auth::authenticate;
use crate::auth::cookie::{clear_refresh_cookie, refresh_token, set_refresh_cookie};
use crate::auth::jwt::{jwks, mint, mint_pending, ACCESS_TOKEN_TTL_SECS, PENDING_TOKEN_TTL_SECS};
use crate::config::Settings;
use crate::error::EdgeError;
use crate::http::{header, json_value, now_secs, read_body, ClientInfo};
use crate::input::account::{LoginInput, RegisterInput};
use crate::input::flows::change_password_body;
use crate::rooms::rate_limiter::{self, Rule};
use crate::store::farm::{FarmClient, FarmReply};

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    let router = router
        .post_async("/api/auth/register", handler(register))
        .post_async("/api/auth/login", handler(login))
        .post_async("/api/auth/refresh", handler(refresh))
        .post_async("/api/auth/logout", handler(logout))
        .post_async("/api/auth/logout-all", handler(logout_everywhere))
        .post_async("/api/auth/password", handler(change_password))
        .get_async("/api/auth/jwks.json", handler(get_jwks))
        .get_async("/.well-known/jwks.json", handler(get_jwks));
    sessions::mount(oauth::mount(two_factor::mount(email::mount(router))))
}

/// Counts this request against `rule` for the client's IP address.
pub(crate) async fn limit_by_ip(
    req: &Request,
    ctx: &Ctx,
    rule: Rule,
) -> Result<ClientInfo, EdgeError> {
    let client = ClientInfo::from_request(req);
    rate_limiter::enforce_client(&ctx.env, &ctx.data, rule, &client).await?;
    Ok(client)
}

async fn register(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::REGISTER).await?;
    // Parsed (and absurd passwords refused) before the farm is asked to hash anything.
    let input = RegisterInput::from_body(&read_body(&mut req).await?)?;
    rate_limiter::enforce_account(
        &ctx.env,
        &ctx.data,
        rate_limiter::REGISTER_ADDRESS,
        input.email.as_str(),
    )
    .await?;
    let farm = FarmClient::new(&ctx.data, &client);
    let reply = farm.post("/internal/auth/register", None, &input.to_request()).await?;
    no_store(reply.into_response()?)
}

async fn login(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::LOGIN).await?;
    let input = LoginInput::from_body(&read_body(&mut req).await?)?;
    rate_limiter::enforce_account(
        &ctx.env,
        &ctx.data,
        rate_limiter::LOGIN_ACCOUNT,
        input.email.as_str(),
    )
    .await?;
    let farm = FarmClient::new(&ctx.data, &client);
    let reply = farm.post("/internal/auth/login", None, &input.to_request()).await?;
    sign_in_response(&ctx.data, &reply)
}

/// Ends every session of the caller (all devices), then drops this browser's cookie.
async fn logout_everywhere(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = authenticate(&ctx.data.jwt, header(&req, "authorization").as_deref(), now_secs())?;
    let client = ClientInfo::from_request(&req);
    FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/sessions/revoke-all", Some(&user.id), &serde_json::json!({}))
        .await?;
    with_cookie(Response::empty()?.with_status(204), &clear_refresh_cookie())
}

/// `{new_password, password | email_code}` with a bearer token: changes the password.
async fn change_password(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = authenticate(&ctx.data.jwt, header(&req, "authorization").as_deref(), now_secs())?;
    // The proof is a password: guesses are limited per account like logins.
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::LOGIN, &format!("user:{}", user.id))
        .await?;
    let body = change_password_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(
            "/internal/auth/password",
            Some(&user.id),
            &WithCurrentSession::new(body, sessions::current_session(&req)),
        )
        .await?;
    no_store(reply.into_response()?)
}

/// The public keys that verify access tokens (RFC 7517), for anyone who checks them.
async fn get_jwks(_req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let response = json_value(200, &jwks(&ctx.data.jwt)?)?;
    response.headers().set("cache-control", "public, max-age=300")?;
    Ok(response)
}

/// The answer to a right first factor: a session, or the "2FA pending" challenge.
pub(crate) fn sign_in_response(
    settings: &Settings,
    reply: &FarmReply,
) -> Result<Response, EdgeError> {
    match reply.json::<FarmSignIn>()? {
        FarmSignIn::Session(session) => session_response(settings, session),
        FarmSignIn::SecondFactor { two_factor_user_id } => {
            let challenge = TwoFactorChallenge {
                two_factor_required: true,
                pending_token: mint_pending(
                    &settings.jwt,
                    &two_factor_user_id.to_string(),
                    now_secs(),
                )?,
                expires_in: PENDING_TOKEN_TTL_SECS as u32,
            };
            no_store(json_value(200, &challenge)?)
        }
    }
}

pub(crate) fn no_store(response: Response) -> Result<Response, EdgeError> {
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}

async fn refresh(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let Some(token) = refresh_token(header(&req, "cookie").as_deref()) else {
        return Err(EdgeError::unauthorized("There is no session to refresh: sign in again."));
    };
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    match farm.post("/internal/auth/refresh", None, &RefreshRequest { refresh_token: token }).await
    {
        Ok(reply) => session_response(&ctx.data, reply.json()?),
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
            .post("/internal/auth/logout", None, &RefreshRequest { refresh_token: token })
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
pub(crate) fn session_response(
    settings: &Settings,
    session: FarmSession,
) -> Result<Response, EdgeError> {
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
    with_cookie(json_value(200, &body)?, &cookie)
}

fn with_cookie(response: Response, cookie: &str) -> Result<Response, EdgeError> {
    response.headers().append("set-cookie", cookie)?;
    // Tokens must never sit in a shared cache.
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}
