//! `/api/auth/2fa/*`: TOTP set-up, enabling, disabling (all with an access token) and the
//! second step of a sign-in (with the "2FA pending" token, which opens nothing else).
//! TOTP guesses are rate-limited per account.

use algoarena_shared::account::CodeRequest;
use worker::{Request, Response};

use super::{no_store, session_response};
use crate::auth::jwt::verify_pending;
use crate::auth::{authenticate, AuthUser};
use crate::error::EdgeError;
use crate::http::{header, now_secs, read_body, ClientInfo};
use crate::input::flows::{code_body, two_factor_login_body};
use crate::rooms::rate_limiter;
use crate::routes::{handler, AppRouter, Ctx};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/auth/2fa/setup", handler(setup))
        .post_async("/api/auth/2fa/verify", handler(enable))
        .post_async("/api/auth/2fa/disable", handler(disable))
        .post_async("/api/auth/2fa/login", handler(complete_login))
}

fn caller(req: &Request, ctx: &Ctx) -> Result<AuthUser, EdgeError> {
    authenticate(&ctx.data.jwt, header(req, "authorization").as_deref(), now_secs())
}

async fn limit_totp(ctx: &Ctx, user_id: &str) -> Result<(), EdgeError> {
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::TOTP, &format!("user:{user_id}")).await
}

/// A new secret and its QR code; 2FA stays off until `/2fa/verify` gets a code.
async fn setup(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = caller(&req, &ctx)?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/2fa/setup", Some(&user.id), &serde_json::json!({}))
        .await?;
    no_store(reply.into_response()?)
}

async fn with_code(mut req: Request, ctx: Ctx, path: &str) -> Result<Response, EdgeError> {
    let user = caller(&req, &ctx)?;
    limit_totp(&ctx, &user.id).await?;
    let code = code_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(path, Some(&user.id), &CodeRequest { code })
        .await?;
    no_store(reply.into_response()?)
}

async fn enable(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    with_code(req, ctx, "/internal/auth/2fa/verify").await
}

async fn disable(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    with_code(req, ctx, "/internal/auth/2fa/disable").await
}

/// `{pending_token, code}` → a session.
async fn complete_login(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let (pending, code) = two_factor_login_body(&read_body(&mut req).await?)?;
    let claims = verify_pending(&ctx.data.jwt, &pending, now_secs())?;
    limit_totp(&ctx, &claims.sub).await?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/2fa/challenge", Some(&claims.sub), &CodeRequest { code })
        .await?;
    session_response(&ctx.data, reply.json()?)
}
