//! The public API (`/api/*`), the farm-facing internal API (`/internal/*`) and the fallback to
//! static assets. Each area has a `mount` that adds its routes to the router.

pub mod auth;
pub mod fallback;
pub mod internal;
pub mod languages;
pub mod problems;
pub mod submissions;
pub mod users;

use std::future::Future;
use std::pin::Pin;

use worker::{Request, Response, RouteContext, Router};

use crate::config::Settings;
use crate::error::EdgeError;
use crate::http::{json_response, CACHE_HEADER};
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
