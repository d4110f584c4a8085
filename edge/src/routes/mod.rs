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
pub mod reviews;
pub mod router;
pub mod solutions;
pub mod submissions;
pub mod users;

use std::cell::OnceCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use worker::{Request, Response};

use crate::auth::{authenticate, AuthUser};
use crate::error::EdgeError;
use crate::http::{header, json_response, no_store, now_secs, private_no_store, CACHE_HEADER};
use crate::input::problems::Slug;
use crate::rooms::rate_limiter;
use crate::store::cache::ReadCache;
use crate::store::farm::FarmReply;

pub use router::{AppRouter, Ctx};

/// Every route of the Worker, in the order the areas are mounted.
pub fn table() -> AppRouter<'static> {
    let router = AppRouter::new();
    let router = auth::mount(router);
    let router = users::mount(router);
    let router = profile::mount(router);
    let router = reviews::mount(router);
    let router = avatars::mount(router);
    let router = billing::mount(router);
    let router = languages::mount(router);
    let router = my_work::mount(router);
    let router = ai_hints::mount(router);
    let router = solutions::mount(router);
    let router = practice::mount(router);
    let router = problems::mount(router);
    let router = submissions::mount(router);
    let router = contests::mount(router);
    let router = contest_room::mount(router);
    let router = contest_board::mount(router);
    let router = contest_after::mount(router);
    let router = internal::mount(router);
    fallback::mount(router)
}

thread_local! {
    /// The isolate's route table: a Worker isolate runs one thread, and the table holds no
    /// request's state, so every request of the isolate can share it.
    static TABLE: OnceCell<Rc<AppRouter<'static>>> = const { OnceCell::new() };
}

/// The isolate's route table, built by its first request.
pub fn shared_table() -> Rc<AppRouter<'static>> {
    TABLE.with(|cell| Rc::clone(cell.get_or_init(|| Rc::new(table()))))
}

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

/// A farm answer for one reader, passed through; no cache may keep it.
pub fn private_reply(reply: FarmReply) -> Result<Response, EdgeError> {
    private_no_store(reply.into_response()?)
}

/// A farm answer that changes from moment to moment, passed through; no cache may keep it.
pub fn no_store_reply(reply: FarmReply) -> Result<Response, EdgeError> {
    no_store(reply.into_response()?)
}

/// The problem named by the route's `:slug`; a malformed one is a problem that does not exist.
pub fn problem_slug(ctx: &Ctx) -> Result<Slug, EdgeError> {
    ctx.param("slug").and_then(|s| Slug::parse(s)).ok_or(EdgeError::ProblemNotFound)
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
