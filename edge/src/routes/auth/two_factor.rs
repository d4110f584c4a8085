//! `/api/auth/2fa/*`: TOTP set-up, enabling, disabling (all with an access token and, for
//! set-up and disabling, a fresh proof the farm checks), the step-up code for accounts without a
//! password, and the second step of a sign-in (with the "2FA pending" token, which opens
//! nothing else and signs in once). TOTP guesses are rate-limited per account here and counted
//! per account, with a lock, at the farm. Enabling, replacing and disabling 2FA end the
//! account's other sessions; the refresh cookie tells the farm which one is the caller's.

use algoarena_shared::account::{CodeRequest, TokenRequest, TwoFactorChallengeRequest};
use algoarena_shared::sessions::WithCurrentSession;
use sha2::{Digest, Sha256};
use worker::{Request, Response};

use super::sessions::current_session;
use super::{limit_by_ip, no_store, session_response};
use crate::auth::jwt::verify_pending;
use crate::auth::{authenticate, AuthUser};
use crate::error::EdgeError;
use crate::http::{header, now_secs, read_body, ClientInfo};
use crate::input::flows::{
    code_body, disable_body, email_body, fresh_proof_body, token_body, two_factor_login_body,
};
use crate::rooms::rate_limiter;
use crate::routes::{handler, AppRouter, Ctx};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/auth/2fa/proof-code", handler(send_proof_code))
        .post_async("/api/auth/2fa/setup", handler(setup))
        .post_async("/api/auth/2fa/verify", handler(enable))
        .post_async("/api/auth/2fa/disable", handler(disable))
        .post_async("/api/auth/2fa/login", handler(complete_login))
        .post_async("/api/auth/2fa/reset", handler(request_reset))
        .post_async("/api/auth/2fa/reset/confirm", handler(confirm_reset))
}

fn caller(req: &Request, ctx: &Ctx) -> Result<AuthUser, EdgeError> {
    authenticate(&ctx.data.jwt, header(req, "authorization").as_deref(), now_secs())
}

async fn limit_totp(ctx: &Ctx, user_id: &str) -> Result<(), EdgeError> {
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::TOTP, &format!("user:{user_id}")).await
}

/// Mails a step-up code to an account without a password (the proof for set-up and disabling).
async fn send_proof_code(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = caller(&req, &ctx)?;
    rate_limiter::enforce(
        &ctx.env,
        &ctx.data,
        rate_limiter::SEND_MAIL,
        &format!("user:{}", user.id),
    )
    .await?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/2fa/proof-code", Some(&user.id), &serde_json::json!({}))
        .await?;
    no_store(reply.into_response()?)
}

/// `{password | email_code}` → a new secret and its QR code; 2FA (or the old secret) stays as
/// it is until `/2fa/verify` gets a code of the new one.
async fn setup(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = caller(&req, &ctx)?;
    // The proof may be a password: guesses are limited per account like logins.
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::LOGIN, &format!("user:{}", user.id))
        .await?;
    let proof = fresh_proof_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/2fa/setup", Some(&user.id), &proof)
        .await?;
    no_store(reply.into_response()?)
}

/// `{code}` of the new secret → 200 `{recovery_codes}`, shown this once.
async fn enable(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = caller(&req, &ctx)?;
    limit_totp(&ctx, &user.id).await?;
    let code = code_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(
            "/internal/auth/2fa/verify",
            Some(&user.id),
            &WithCurrentSession::new(CodeRequest { code }, current_session(&req)),
        )
        .await?;
    no_store(reply.into_response()?)
}

/// `{code, password | email_code}`: a current TOTP or recovery code and a fresh proof.
async fn disable(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = caller(&req, &ctx)?;
    limit_totp(&ctx, &user.id).await?;
    let body = disable_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let reply = FarmClient::new(&ctx.data, &client)
        .post(
            "/internal/auth/2fa/disable",
            Some(&user.id),
            &WithCurrentSession::new(body, current_session(&req)),
        )
        .await?;
    no_store(reply.into_response()?)
}

/// `{email}` → 202, alike for every address: the e-mailed, delayed 2FA reset.
async fn request_reset(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::SEND_MAIL).await?;
    let body = email_body(&read_body(&mut req).await?)?;
    let reply =
        FarmClient::new(&ctx.data, &client).post("/internal/auth/2fa/reset", None, &body).await?;
    no_store(reply.into_response()?)
}

/// `{token}` → 204 once the link's delay has passed (409 `reset_not_ready` before).
async fn confirm_reset(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = limit_by_ip(&req, &ctx, rate_limiter::CHECK_CODE).await?;
    let token = token_body(&read_body(&mut req).await?)?;
    let reply = FarmClient::new(&ctx.data, &client)
        .post("/internal/auth/2fa/reset/confirm", None, &TokenRequest { token })
        .await?;
    no_store(reply.into_response()?)
}

/// `{pending_token, code}` → a session.
async fn complete_login(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let (pending, code) = two_factor_login_body(&read_body(&mut req).await?)?;
    let claims = verify_pending(&ctx.data.jwt, &pending, now_secs())?;
    limit_totp(&ctx, &claims.sub).await?;
    let client = ClientInfo::from_request(&req);
    // The farm lets each pending token sign in once; it knows the token by this hash.
    let pending_id = hex::encode(Sha256::digest(pending.as_bytes()));
    let reply = FarmClient::new(&ctx.data, &client)
        .post(
            "/internal/auth/2fa/challenge",
            Some(&claims.sub),
            &TwoFactorChallengeRequest { code, pending_id },
        )
        .await?;
    session_response(&ctx.data, reply.json()?)
}
