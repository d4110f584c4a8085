//! `/api/contests/:slug/leaderboard`, `/api/contests/:slug/my-rank` and
//! `/api/users/:username/rating-history`. A leaderboard page comes from the contest's room
//! (its last board, as the farm pushed it) when the room has one, and from the farm, which
//! holds the authoritative standings, otherwise; the rest is forwarded, signed, to the farm.
//! Never cached here (the board moves with every verdict).

use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{header, json_value, ClientInfo};
use crate::input::account::Username;
use crate::input::problems::{PageQuery, Slug};
use crate::rooms::contest_room::client::leaderboard_page;
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
    if let Some(page) =
        leaderboard_page(&ctx.env, slug.as_str(), query.page, query.per_page).await?
    {
        return uncached(json_value(200, &page)?);
    }
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
