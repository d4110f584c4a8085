//! `/api/users/*`: the signed-in user's own profile.

use worker::{Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::ClientInfo;
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router.get_async("/api/users/me", handler(get_me))
}

async fn get_me(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let client = ClientInfo::from_request(&req);
    let reply =
        FarmClient::new(&ctx.data, &client).get("/internal/users/me", Some(&user.id)).await?;
    let response = reply.into_response()?;
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}
