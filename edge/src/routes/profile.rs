//! `/api/users/*` beyond the account itself (TRD §4.4): editing one's profile, the dashboard's
//! progress views and public profiles. The caller's own views are per user and never cached
//! (`no-store`); a public profile is the same for everyone, so it is read through KV and the
//! farm purges it whenever it changes (`store::cache::profile_key`).

use algoarena_shared::user_profile::valid_username;
use worker::{Request, Response};

use super::{handler, no_store_reply, read_through, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{no_store, read_body, ClientInfo};
use crate::input::profile::profile_edit;
use crate::rooms::rate_limiter;
use crate::store::cache::{profile_key, ReadCache, PROFILE_TTL_SECS};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .put_async("/api/users/me", handler(update_me))
        .get_async("/api/users/me/stats", handler(get_stats))
        .get_async("/api/users/me/streak", handler(get_streak))
        .get_async("/api/users/me/heatmap", handler(get_heatmap))
        .get_async("/api/users/me/recommendations", handler(list_recommendations))
        .get_async("/api/users/:username", handler(get_public_profile))
}

async fn update_me(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let edit = profile_edit(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    no_store_reply(
        FarmClient::new(&ctx.data, &client)
            .put("/internal/users/me", Some(&user.id), &edit)
            .await?,
    )
}

/// One of the caller's own progress views, read from the farm.
async fn own_view(req: Request, ctx: Ctx, path: &str) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    no_store_reply(FarmClient::new(&ctx.data, &client).get(path, Some(&user.id)).await?)
}

async fn get_stats(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    own_view(req, ctx, "/internal/users/me/stats").await
}

async fn get_streak(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    own_view(req, ctx, "/internal/users/me/streak").await
}

async fn get_heatmap(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    own_view(req, ctx, "/internal/users/me/heatmap").await
}

async fn list_recommendations(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    own_view(req, ctx, "/internal/users/me/recommendations").await
}

/// Anyone's public profile; anonymous readers are limited per address. A name that cannot
/// be a username is answered here without asking the farm.
async fn get_public_profile(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let not_found = || EdgeError::NotFound("There is no user with that name.".into());
    let name =
        ctx.param("username").filter(|n| valid_username(n)).cloned().ok_or_else(not_found)?;
    let client = ClientInfo::from_request(&req);
    let subject = match client.ip {
        Some(ip) => format!("ip:{ip}"),
        None => "ip:unknown".to_string(),
    };
    rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::API, &subject).await?;
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/users/{name}");
    let cache = ReadCache::new(&ctx.env)?;
    // Browsers keep no copy: only KV's, which the farm's purges reach.
    no_store(
        read_through(&cache, &profile_key(&name), PROFILE_TTL_SECS, farm.get(&path, None)).await?,
    )
}
