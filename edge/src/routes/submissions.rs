//! `/api/submissions/*`: submitting code and polling a submission. Both need a signed-in
//! user; the farm enforces that a user only reads their own submissions.

use worker::{Request, Response};

use super::{handler, AppRouter, Ctx};
use crate::auth::authenticate;
use crate::error::EdgeError;
use crate::http::{header, now_secs, read_body, ClientInfo};
use crate::input::problems::submission_id;
use crate::input::submission::SubmitInput;
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/submissions/submit", handler(create_submission))
        .get_async("/api/submissions/:id", handler(get_submission))
}

async fn create_submission(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    // Authentication first: an anonymous caller learns nothing about what they sent.
    let user = authenticate(
        &ctx.data.jwt,
        header(&req, "authorization").as_deref(),
        now_secs(),
    )?;
    let input = SubmitInput::from_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    farm.post("/internal/submissions", Some(&user.id), &input.to_request())
        .await?
        .into_response()
}

async fn get_submission(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = authenticate(
        &ctx.data.jwt,
        header(&req, "authorization").as_deref(),
        now_secs(),
    )?;
    let id = ctx
        .param("id")
        .and_then(|id| submission_id(id))
        .ok_or_else(|| EdgeError::NotFound("There is no submission with this id.".into()))?;
    let path = format!("/internal/submissions/{id}");
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let response = farm.get(&path, Some(&user.id)).await?.into_response()?;
    // A submission changes while it is judged: clients poll, nothing may cache it.
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}
