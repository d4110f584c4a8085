//! The public API (`/api/*`), the farm-facing internal API (`/internal/*`) and the fallback to
//! static assets. Each area has a `mount` that adds its routes to the router.

pub mod ai_hints;
pub mod auth;
pub mod avatars;
pub mod billing;
pub mod companies;
pub mod contest_after;
pub mod contest_board;
pub mod contest_room;
pub mod contests;
pub mod fallback;
pub mod internal;
pub mod languages;
pub mod my_work;
pub mod practice;
pub mod problem_detail;
pub mod problems;
pub mod profile;
pub mod submissions;
pub mod users;

use std::future::Future;
use std::pin::Pin;

use worker::{Request, Response, RouteContext, Router};

use crate::auth::{authenticate, AuthUser};
use crate::config::Settings;
use crate::error::EdgeError;
use crate::http::{header, json_response, now_secs, CACHE_HEADER};
use crate::rooms::rate_limiter;
use crate::store::cache::ReadCache;
use crate::store::farm::FarmReply;

/// The router with per-request settings as its data.
pub type AppRouter<'a> = Router<'a, Settings>;
/// What every handler gets.
pub type Ctx = RouteContext<Settings>;

type BoxedHandlerFuture = Pin<Box<dyn Future<Output = worker::Result<Response>>>>;

/// Adapts a handler returning `Result<Response, EdgeError>` to the router, so handlers use
/// `?` freely and every error leaves as the JSON envelope.
pub fn handler<F, Fut>(f: F) -> impl Fn(Request, Ctx) -> BoxedHandlerFuture
where
    F: Fn(Request, Ctx) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Response, EdgeError>> + 'static,
{
    move |req, ctx| {
        Box::pin(async move { Ok(f(req, ctx).await.unwrap_or_else(EdgeError::into_response)) })
    }
}

/// The caller named by a valid access token, counted against the general per-user API limit
/// (TRD §6), so one account cannot flood the farm whatever endpoint it uses.
pub async fn signed_in(req: &Request, ctx: &Ctx) -> Result<AuthUser, EdgeError> {
    let user = authenticate(&ctx.data.jwt, header(req, "authorization").as_deref(), now_secs())?;
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::API, &format!("user:{}", user.id))
        .await?;
    Ok(user)
}

/// Answers from KV when `key` is cached; otherwise awaits `fetch` (a farm read, which does
/// not start until awaited), keeps its body for `ttl_secs` and answers with it. The
/// `x-aa-cache` header says which happened.
pub async fn read_through(
    cache: &ReadCache,
    key: &str,
    ttl_secs: u64,
    fetch: impl Future<Output = Result<FarmReply, EdgeError>>,
) -> Result<Response, EdgeError> {
    if let Some(body) = cache.get(key).await {
        let response = json_response(200, body.into_bytes())?;
        response.headers().set(CACHE_HEADER, "hit")?;
        return Ok(response);
    }
    let reply = fetch.await?;
    let body = String::from_utf8(reply.body).map_err(EdgeError::internal)?;
    cache.put(key, &body, ttl_secs).await;
    let response = json_response(reply.status, body.into_bytes())?;
    response.headers().set(CACHE_HEADER, "miss")?;
    Ok(response)
}
