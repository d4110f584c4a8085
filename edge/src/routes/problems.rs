//! `/api/problems`: the problem list and problem statements, read through the KV cache.
//!
//! These reads are public and the same for everyone (the farm is called with no user), which
//! is what makes caching them safe.

use worker::{Request, Response};

use super::{handler, read_through, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::ClientInfo;
use crate::input::problems::{ProblemListQuery, Slug};
use crate::store::cache::{detail_key, list_key, ReadCache, PROBLEM_TTL_SECS};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/problems", handler(list_problems))
        .get_async("/api/problems/:slug", handler(get_problem))
}

async fn list_problems(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let url = req.url()?;
    let query = ProblemListQuery::parse(url.query())?;
    let path = query.farm_path();
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let cache = ReadCache::new(&ctx.env)?;
    match cache.generation().await {
        Ok(generation) => {
            let key = list_key(generation, &query);
            read_through(&cache, &key, PROBLEM_TTL_SECS, farm.get(&path, None)).await
        }
        // Without the generation a cached page might be stale: skip the cache.
        Err(e) => {
            worker::console_warn!("reading the problem list generation: {e}");
            farm.get(&path, None).await?.into_response()
        }
    }
}

async fn get_problem(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let slug = ctx.param("slug").and_then(|s| Slug::parse(s)).ok_or(EdgeError::ProblemNotFound)?;
    let path = format!("/internal/problems/{}", slug.as_str());
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let cache = ReadCache::new(&ctx.env)?;
    read_through(&cache, &detail_key(&slug), PROBLEM_TTL_SECS, farm.get(&path, None)).await
}
