//! `GET /api/problems/:slug`: one problem's detail, gated for premium (issue 14).
//!
//! KV keeps the answer everyone who is not premium gets, under `problem:<slug>`: the detail of
//! a free problem (200), or a premium problem's teaser (403 `premium_required`, a
//! `LockedProblem`). Neither holds hint or editorial text or companies (the farm leaves them
//! out of anonymous answers). A caller whose token may be premium (`auth::premium`) is sent on
//! to the farm signed as themselves, and the farm decides: the full detail with companies, or
//! the teaser for a plan that has expired; that answer is theirs, never kept.

use algoarena_shared::premium::is_locked_body;
use worker::{Request, Response};

use super::{signed_in, Ctx};
use crate::auth::premium::may_be_premium;
use crate::error::EdgeError;
use crate::http::{header, json_response, ClientInfo, CACHE_HEADER};
use crate::input::problems::Slug;
use crate::store::cache::{detail_key, ReadCache, PROBLEM_TTL_SECS};
use crate::store::farm::FarmClient;

pub async fn get_problem(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let slug = ctx.param("slug").and_then(|s| Slug::parse(s)).ok_or(EdgeError::ProblemNotFound)?;
    // A token is optional, but one that is sent must be valid (an expired one gets the 401
    // that makes the app refresh it, rather than a teaser its owner has paid past).
    let caller = match header(&req, "authorization") {
        Some(_) => Some(signed_in(&req, &ctx).await?),
        None => None,
    };
    let path = format!("/internal/problems/{}", slug.as_str());
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);

    if let Some(caller) = caller.as_ref().filter(|c| may_be_premium(Some(*c))) {
        let reply = farm.get_reply(&path, Some(&caller.id)).await?.success_or_locked()?;
        let response = json_response(reply.status, reply.body)?;
        response.headers().set(CACHE_HEADER, "bypass")?;
        response.headers().set("cache-control", "private, no-store")?;
        return Ok(response);
    }

    let cache = ReadCache::new(&ctx.env)?;
    let key = detail_key(&slug);
    let (body, state) = match cache.get(&key).await {
        Some(body) => (body, "hit"),
        None => {
            let reply = farm.get_reply(&path, None).await?.success_or_locked()?;
            let body = String::from_utf8(reply.body).map_err(EdgeError::internal)?;
            cache.put(&key, &body, PROBLEM_TTL_SECS).await;
            (body, "miss")
        }
    };
    let status = if is_locked_body(&body) { 403 } else { 200 };
    let response = json_response(status, body.into_bytes())?;
    response.headers().set(CACHE_HEADER, state)?;
    Ok(response)
}
