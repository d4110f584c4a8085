//! `/api/contests/:slug/leaderboard`, `/api/contests/:slug/my-rank` and
//! `/api/users/:username/rating-history`: forwarded, signed, to the farm, which holds the
//! authoritative standings; never cached here (the board moves with every verdict). Kept
//! thin so the contest room may answer the leaderboard itself later.

use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{header, ClientInfo};
use crate::input::account::Username;
use crate::input::problems::{PageQuery, Slug};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/contests/:slug/leaderboard", handler(get_leaderboard))
        .get_async("/api/contests/:slug/my-rank", handler(get_my_rank))
        .get_async("/api/users/:username/rating-history", handler(get_rating_history))
}

fn uncached(response: Response) -> Result<Response, EdgeError> {
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}

fn contest_slug(ctx: &Ctx) -> Result<Slug, EdgeError> {
    ctx.param("slug")
        .and_then(|s| Slug::parse(s))
        .ok_or_else(|| EdgeError::NotFound("There is no such contest.".into()))
}

/// Open to all; signed as the caller when a token is sent (a bad token is a 401).
async fn get_leaderboard(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let slug = contest_slug(&ctx)?;
    let query = PageQuery::parse(req.url()?.query())?;
    let user = match header(&req, "authorization") {
        Some(_) => Some(signed_in(&req, &ctx).await?),
        None => None,
    };
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = query.farm_path(&format!("/internal/contests/{}/leaderboard", slug.as_str()));
    uncached(farm.get(&path, user.as_ref().map(|u| u.id.as_str())).await?.into_response()?)
}

async fn get_my_rank(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/contests/{}/my-rank", slug.as_str());
    uncached(farm.get(&path, Some(user.id.as_str())).await?.into_response()?)
}

async fn get_rating_history(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let username = ctx
        .param("username")
        .and_then(|u| Username::parse(u).ok())
        .ok_or_else(|| EdgeError::NotFound("There is no such user.".into()))?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/users/{}/rating-history", username.as_str());
    uncached(farm.get(&path, None).await?.into_response()?)
}
