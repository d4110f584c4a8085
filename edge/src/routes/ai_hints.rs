//! AI hints (issue 14): `POST /api/problems/:slug/ai-hint` asks for a hint on the code sent and
//! the caller's latest verdict, `GET /api/ai-hints/quota` reads what is left of the day's
//! allowance. Both are forwarded signed as the caller and never cached. The quota may also be
//! read without a token: the farm then answers the allowance premium gives (the pricing page).
//!
//! Who is premium is decided by the farm alone (`practice::premium::is_premium`), not from the
//! token's role here: a member who has just upgraded gets hints at once, before their next token
//! refresh, and an expired plan is refused even while an older token still says premium.

use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{header, read_body, ClientInfo};
use crate::input::ai_hints::ai_hint_body;
use crate::input::problems::Slug;
use crate::rooms::rate_limiter;
use crate::store::farm::{FarmClient, FarmReply};

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/problems/:slug/ai-hint", handler(create_ai_hint))
        .get_async("/api/ai-hints/quota", handler(get_quota))
}

/// One person's answer: passed through, never stored by any cache.
fn private(reply: FarmReply) -> Result<Response, EdgeError> {
    let response = reply.into_response()?;
    response.headers().set("cache-control", "private, no-store")?;
    Ok(response)
}

async fn create_ai_hint(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    // Authentication first: an anonymous caller learns nothing about what they sent.
    let user = signed_in(&req, &ctx).await?;
    let slug = ctx.param("slug").and_then(|s| Slug::parse(s)).ok_or(EdgeError::ProblemNotFound)?;
    let body = ai_hint_body(&read_body(&mut req).await?)?;
    let path = format!("/internal/problems/{}/ai-hint", slug.as_str());
    let client = ClientInfo::from_request(&req);
    private(FarmClient::new(&ctx.data, &client).post(&path, Some(&user.id), &body).await?)
}

async fn get_quota(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let client = ClientInfo::from_request(&req);
    // A token that is sent must be valid (an expired one gets the 401 that makes the app
    // refresh it); without one, the caller is limited by address as on other public reads.
    let user = match header(&req, "authorization") {
        Some(_) => Some(signed_in(&req, &ctx).await?.id),
        None => {
            let subject =
                client.ip.as_ref().map_or("ip:unknown".to_string(), |ip| format!("ip:{ip}"));
            rate_limiter::enforce(&ctx.env, &ctx.data, rate_limiter::API, &subject).await?;
            None
        }
    };
    let farm = FarmClient::new(&ctx.data, &client);
    private(farm.get("/internal/ai-hints/quota", user.as_deref()).await?)
}
