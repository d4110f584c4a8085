//! `/api/auth/*` flows that go through the mailbox: verify-email (and resending the code),
//! forgot and reset password, and magic links.
//!
//! A magic link opens the web app's confirmation page (`/magic-link?token=...`); fetching the
//! link, or `GET /api/auth/magic-link/verify`, only looks at the token. Only the confirming
//! `POST /api/auth/magic-link/verify` uses it and signs in, so a mail scanner that follows
//! links signs nobody in and burns nothing.

use algoarena_shared::account::TokenRequest;
use worker::{Request, Response};

use super::{limit_by_ip, no_store, sign_in_response};
use crate::error::EdgeError;
use crate::http::read_body;
use crate::input::flows::{
    email_body, parse_token, reset_password_body, token_body, verify_email_body, MAX_TOKEN_CHARS,
};
use crate::rooms::rate_limiter;
use crate::routes::{handler, AppRouter, Ctx};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/auth/verify-email", handler(verify_email))
        .post_async("/api/auth/verify-email/resend", handler(resend_code))
        .post_async("/api/auth/forgot-password", handler(forgot_password))
        .post_async("/api/auth/reset-password", handler(reset_password))
        .post_async("/api/auth/magic-link", handler(create_magic_link))
        .get_async("/api/auth/magic-link/verify", handler(get_magic_link))
        .post_async("/api/auth/magic-link/verify", handler(consume_magic_link))
}

async fn verify_email(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::CHECK_CODE).await?;
    let body = verify_email_body(&read_body(&mut req).await?)?;
    rate_limiter::enforce_account(&ctx.env, &ctx.data, rate_limiter::CODE_ACCOUNT, &body.email)
        .await?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/verify-email", None, &body)
        .await?;
    sign_in_response(&ctx.data, &reply)
}

async fn resend_code(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::SEND_MAIL).await?;
    let body = email_body(&read_body(&mut req).await?)?;
    rate_limiter::enforce_account(&ctx.env, &ctx.data, rate_limiter::MAIL_ADDRESS, &body.email)
        .await?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/verify-email/resend", None, &body)
        .await?;
    no_store(reply.into_response()?)
}

async fn forgot_password(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::SEND_MAIL).await?;
    let body = email_body(&read_body(&mut req).await?)?;
    rate_limiter::enforce_account(&ctx.env, &ctx.data, rate_limiter::MAIL_ADDRESS, &body.email)
        .await?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/forgot-password", None, &body)
        .await?;
    no_store(reply.into_response()?)
}

async fn reset_password(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::CHECK_CODE).await?;
    let body = reset_password_body(&read_body(&mut req).await?)?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/reset-password", None, &body)
        .await?;
    no_store(reply.into_response()?)
}

async fn create_magic_link(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::SEND_MAIL).await?;
    let body = email_body(&read_body(&mut req).await?)?;
    rate_limiter::enforce_account(&ctx.env, &ctx.data, rate_limiter::MAIL_ADDRESS, &body.email)
        .await?;
    let reply =
        FarmClient::new(&ctx.data, &client).post("/internal/auth/magic-link", None, &body).await?;
    no_store(reply.into_response()?)
}

/// Looks at a magic link without using it: 200 `{email}` or 400 `invalid_token`.
async fn get_magic_link(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::CHECK_CODE).await?;
    let url = req.url()?;
    let token = url
        .query_pairs()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let token = parse_token(&token, MAX_TOKEN_CHARS)?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/magic-link/check", None, &TokenRequest { token })
        .await?;
    no_store(reply.into_response()?)
}

/// The confirming POST: uses the link and signs in (or stops at the second factor).
async fn consume_magic_link(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::CHECK_CODE).await?;
    let token = token_body(&read_body(&mut req).await?)?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/magic-link/consume", None, &TokenRequest { token })
        .await?;
    sign_in_response(&ctx.data, &reply)
}
