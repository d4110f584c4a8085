//! The review queue and the calibrated difficulty (issue 13): the caller's spaced-repetition
//! deck (`/api/users/me/reviews`), a review's rating, dropping a problem, and the caller's
//! chance of solving a problem (`/api/problems/:slug/chance`). All of it is one person's:
//! forwarded signed as them, never kept in KV, and every answer says `no-store`. The chance is
//! its own small call so the problem's detail stays one cached body for everyone.

use worker::{Request, Response};

use super::{handler, private_reply, problem_slug, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{read_body, ClientInfo};
use crate::input::reviews::review_body;
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/users/me/reviews", handler(list_reviews))
        .post_async("/api/users/me/reviews/:slug", handler(review_problem))
        .delete_async("/api/users/me/reviews/:slug", handler(drop_problem))
        .get_async("/api/problems/:slug/chance", handler(get_chance))
}

async fn list_reviews(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    private_reply(
        FarmClient::new(&ctx.data, &client)
            .get("/internal/users/me/reviews", Some(&user.id))
            .await?,
    )
}

async fn review_problem(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    // Authentication first: an anonymous caller learns nothing about what they sent.
    let user = signed_in(&req, &ctx).await?;
    let slug = problem_slug(&ctx)?;
    let body = review_body(&read_body(&mut req).await?)?;
    let path = format!("/internal/users/me/reviews/{}", slug.as_str());
    let client = ClientInfo::from_request(&req);
    private_reply(FarmClient::new(&ctx.data, &client).post(&path, Some(&user.id), &body).await?)
}

async fn drop_problem(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let path = format!("/internal/users/me/reviews/{}", problem_slug(&ctx)?.as_str());
    let client = ClientInfo::from_request(&req);
    private_reply(FarmClient::new(&ctx.data, &client).delete(&path, Some(&user.id)).await?)
}

async fn get_chance(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let path = format!("/internal/problems/{}/chance", problem_slug(&ctx)?.as_str());
    let client = ClientInfo::from_request(&req);
    private_reply(FarmClient::new(&ctx.data, &client).get(&path, Some(&user.id)).await?)
}
