//! `GET /api/problems/companies` (and its alias `/api/companies`): every company with its
//! problem count, for premium members only (issue 14). A caller whose token is not premium is
//! refused here; a premium token is sent on signed, and the farm decides from the account as
//! it is now (an expired plan is refused there). Never kept in KV: the edge grants nothing.

use worker::{Request, Response};

use super::{signed_in, Ctx};
use crate::auth::premium::{may_be_premium, premium_required};
use crate::error::EdgeError;
use crate::http::{header, ClientInfo};
use crate::store::farm::FarmClient;

pub async fn list_companies(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let caller = match header(&req, "authorization") {
        Some(_) => Some(signed_in(&req, &ctx).await?),
        None => None,
    };
    let Some(caller) = caller.filter(|c| may_be_premium(Some(c))) else {
        return Err(premium_required("The companies list"));
    };
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let response =
        farm.get("/internal/problems/companies", Some(&caller.id)).await?.into_response()?;
    response.headers().set("cache-control", "private, no-store")?;
    Ok(response)
}
