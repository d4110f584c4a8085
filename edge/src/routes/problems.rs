//! `/api/problems`: the problem list, the tag catalogue and problem statements.
//!
//! List pages are the same for everyone (the farm is asked with no user), which is what makes
//! caching them in KV safe. A signed-in reader gets the same cached page with their solved /
//! attempted marks merged in from one small per-user farm call. Only a status filter (whose
//! rows depend on the user) or a company filter (premium members only) skips the shared cache.
//! The detail is `problem_detail`, the companies list `companies`.

use algoarena_shared::api::ProblemPage;
use algoarena_shared::problem_list::{ListQuery, ProblemMarks};
use worker::{Request, Response};

use super::companies::list_companies;
use super::problem_detail::get_problem;
use super::{handler, read_through, signed_in, AppRouter, Ctx};
use crate::auth::premium::{may_be_premium, premium_required};
use crate::error::EdgeError;
use crate::http::{header, json_response, ClientInfo, CACHE_HEADER};
use crate::input::problems::ProblemListQuery;
use crate::store::cache::{list_key, tags_key, ReadCache, PROBLEM_TTL_SECS};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/problems", handler(list_problems))
        .get_async("/api/problems/tags", handler(list_tags))
        .get_async("/api/problems/companies", handler(list_companies))
        .get_async("/api/companies", handler(list_companies))
        .get_async("/api/problems/:slug", handler(get_problem))
}

async fn list_problems(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let url = req.url()?;
    let query = ProblemListQuery::parse(url.query())?;
    // A token is optional here, but one that is sent must be valid (an expired one gets the
    // 401 that makes the app refresh it, not a page silently without marks).
    let caller = match header(&req, "authorization") {
        Some(_) => Some(signed_in(&req, &ctx).await?),
        None => None,
    };
    if query.status.is_some() && caller.is_none() {
        return Err(EdgeError::unauthorized("Sign in to filter by your progress."));
    }
    // The edge refuses a token that is not premium; the farm decides for one that is.
    if !query.companies.is_empty() && !may_be_premium(caller.as_ref()) {
        return Err(premium_required("companies: filtering by company"));
    }
    let user = caller.map(|c| c.id);
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = ProblemListQuery::farm_path(&query);

    let (body, cache_state) = if query.status.is_some() || !query.companies.is_empty() {
        let reply = farm.get(&path, user.as_deref()).await?;
        (reply.body, "bypass")
    } else {
        shared_page(&ctx, &farm, &query, &path).await?
    };
    let Some(user) = user else {
        let response = json_response(200, body)?;
        response.headers().set(CACHE_HEADER, cache_state)?;
        return Ok(response);
    };
    let mut page: ProblemPage = serde_json::from_slice(&body).map_err(EdgeError::internal)?;
    merge_marks(&farm, &user, &mut page).await?;
    let response = json_response(200, serde_json::to_vec(&page).map_err(EdgeError::internal)?)?;
    response.headers().set(CACHE_HEADER, cache_state)?;
    // The marks are this reader's: no shared cache may keep the answer.
    response.headers().set("cache-control", "private, no-store")?;
    Ok(response)
}

/// The anonymous page for `query` from KV, or from the farm (then kept). Without the list
/// generation a cached page might be stale, so the cache is skipped.
async fn shared_page(
    ctx: &Ctx,
    farm: &FarmClient<'_>,
    query: &ListQuery,
    path: &str,
) -> Result<(Vec<u8>, &'static str), EdgeError> {
    let cache = ReadCache::new(&ctx.env)?;
    let generation = match cache.generation().await {
        Ok(generation) => generation,
        Err(e) => {
            worker::console_warn!("reading the problem list generation: {e}");
            return Ok((farm.get(path, None).await?.body, "bypass"));
        }
    };
    let key = list_key(generation, query);
    if let Some(body) = cache.get(&key).await {
        return Ok((body.into_bytes(), "hit"));
    }
    let body = farm.get(path, None).await?.body;
    match std::str::from_utf8(&body) {
        Ok(text) => cache.put(&key, text, PROBLEM_TTL_SECS).await,
        Err(e) => return Err(EdgeError::internal(e)),
    }
    Ok((body, "miss"))
}

/// Sets each item's `status` from the reader's marks for exactly this page's problems.
async fn merge_marks(
    farm: &FarmClient<'_>,
    user: &str,
    page: &mut ProblemPage,
) -> Result<(), EdgeError> {
    if page.items.is_empty() {
        return Ok(());
    }
    let slugs: Vec<&str> = page.items.iter().map(|p| p.slug.as_str()).collect();
    // Slugs come from the farm's own page and keep to [A-Za-z0-9_-]: safe in a query as is.
    let path = format!("/internal/problem-marks?slugs={}", slugs.join(","));
    let marks: ProblemMarks = farm.get(&path, Some(user)).await?.json()?;
    for item in &mut page.items {
        item.status = marks.marks.iter().find(|m| m.slug == item.slug).map(|m| m.status);
    }
    Ok(())
}

async fn list_tags(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let cache = ReadCache::new(&ctx.env)?;
    let fetch = farm.get("/internal/problems/tags", None);
    match cache.generation().await {
        Ok(generation) => {
            read_through(&cache, &tags_key(generation), PROBLEM_TTL_SECS, fetch).await
        }
        Err(e) => {
            worker::console_warn!("reading the problem list generation: {e}");
            fetch.await?.into_response()
        }
    }
}
