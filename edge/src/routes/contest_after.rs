//! `/api/contests/:slug/results` (the final board with rating changes, open to all),
//! `/api/contests/:slug/virtual` (start or read the caller's virtual run of a past contest) and
//! `/api/contests/:slug/rejudge` (admins). Forwarded, signed, to the farm, which decides who may
//! do what (the admin role is read there, not from the token). Never cached: results move
//! with a rejudge and a run's board with its clock.

use algoarena_shared::contest_api::RejudgeRequest;
use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{read_body, ClientInfo};
use crate::input::problems::{PageQuery, Slug};
use crate::input::{json_object, required_string};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/contests/:slug/results", handler(get_results))
        .get_async("/api/contests/:slug/virtual", handler(get_virtual))
        .post_async("/api/contests/:slug/virtual", handler(create_virtual))
        .post_async("/api/contests/:slug/rejudge", handler(create_rejudge))
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

async fn get_results(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let slug = contest_slug(&ctx)?;
    let query = PageQuery::parse(req.url()?.query())?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = query.farm_path(&format!("/internal/contests/{}/results", slug.as_str()));
    uncached(farm.get(&path, None).await?.into_response()?)
}

async fn get_virtual(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let query = PageQuery::parse(req.url()?.query())?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = query.farm_path(&format!("/internal/contests/{}/virtual", slug.as_str()));
    uncached(farm.get(&path, Some(&user.id)).await?.into_response()?)
}

async fn create_virtual(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/contests/{}/virtual", slug.as_str());
    uncached(farm.post(&path, Some(&user.id), &serde_json::json!({})).await?.into_response()?)
}

async fn create_rejudge(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = contest_slug(&ctx)?;
    let body = json_object(&read_body(&mut req).await?)?;
    let problem = required_string(&body, "problem")?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = format!("/internal/contests/{}/rejudge", slug.as_str());
    farm.post(&path, Some(&user.id), &RejudgeRequest { problem }).await?.into_response()
}
