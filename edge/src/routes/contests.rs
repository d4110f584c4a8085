//! `/api/contests/*` (TRD §4.6): the contest list and one contest, open to all, and
//! registering or withdrawing, for a signed-in user. Forwarded to the farm and never cached:
//! a contest's detail varies with the caller (their registration, a setter's early view) and
//! with the clock (its problems appear at the start).

use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{header, no_store, ClientInfo};
use crate::input::problems::{PageQuery, Slug};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/contests", handler(list_contests))
        .get_async("/api/contests/:slug", handler(get_contest))
        .post_async("/api/contests/:slug/register", handler(create_registration))
        .post_async("/api/contests/:slug/unregister", handler(delete_registration))
}

fn contest_slug(ctx: &Ctx) -> Result<Slug, EdgeError> {
    ctx.param("slug")
        .and_then(|s| Slug::parse(s))
        .ok_or_else(|| EdgeError::NotFound("There is no such contest.".into()))
}

async fn list_contests(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let query = PageQuery::parse(req.url()?.query())?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    no_store(farm.get(&query.farm_path("/internal/contests"), None).await?.into_response()?)
}

/// Anonymous, or as the signed-in caller when a token is sent (a bad token is a 401, not a
/// silent anonymous read).
async fn get_contest(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let slug = contest_slug(&ctx)?;
    let user = match header(&req, "authorization") {
        Some(_) => Some(signed_in(&req, &ctx).await?),
        None => None,
    };
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/contests/{}", slug.as_str());
    no_store(farm.get(&path, user.as_ref().map(|u| u.id.as_str())).await?.into_response()?)
}

async fn create_registration(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/contests/{}/register", slug.as_str());
    farm.post(&path, Some(&user.id), &serde_json::json!({})).await?.into_response()
}

async fn delete_registration(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/contests/{}/unregister", slug.as_str());
    farm.post(&path, Some(&user.id), &serde_json::json!({})).await?.into_response()
}
