//! `/api/submissions/*`: submitting code, running it on the samples or one's own inputs,
//! polling or streaming a submission or run, and listing one's submissions. All need a signed-in user; the farm enforces that a user only reads their own.

use worker::{Request, Response, ResponseBody};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{no_store, read_body, ClientInfo};
use crate::input::problems::{submission_id, PageQuery, Slug};
use crate::input::run::RunInput;
use crate::input::submission::SubmitInput;
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/submissions", handler(list_submissions))
        .post_async("/api/submissions/submit", handler(create_submission))
        .post_async("/api/submissions/run", handler(create_run))
        .get_async("/api/submissions/problem/:problem", handler(list_problem_submissions))
        .get_async("/api/submissions/:id", handler(get_submission))
        .get_async("/api/submissions/:id/events", handler(stream_events))
}

async fn list_submissions(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let query = PageQuery::parse(req.url()?.query())?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = query.farm_path("/internal/submissions");
    no_store(farm.get(&path, Some(&user.id)).await?.into_response()?)
}

/// The caller's submissions for one problem, named by slug (or id).
async fn list_problem_submissions(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let problem =
        ctx.param("problem").and_then(|p| Slug::parse(p)).ok_or(EdgeError::ProblemNotFound)?;
    let query = PageQuery::parse(req.url()?.query())?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let path = query.farm_path(&format!("/internal/submissions/problem/{}", problem.as_str()));
    no_store(farm.get(&path, Some(&user.id)).await?.into_response()?)
}

/// The farm's event stream of one submission, passed through as it comes (never buffered):
/// the body of the answer is the farm's own stream.
async fn stream_events(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let id = ctx
        .param("id")
        .and_then(|id| submission_id(id))
        .ok_or_else(|| EdgeError::NotFound("There is no submission with this id.".into()))?;
    let path = format!("/internal/submissions/{id}/events");
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    let upstream = farm.open_stream(&path, Some(&user.id)).await?;
    let ResponseBody::Stream(body) = upstream.body() else {
        return Err(EdgeError::FarmUnavailable("the farm's event stream has no body".into()));
    };
    let response = Response::builder().with_status(200).stream(body.clone());
    let headers = response.headers();
    headers.set("content-type", "text/event-stream")?;
    headers.set("cache-control", "no-store")?;
    headers.set("x-accel-buffering", "no")?;
    Ok(response)
}

async fn create_submission(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    // Authentication first: an anonymous caller learns nothing about what they sent.
    let user = signed_in(&req, &ctx).await?;
    let input = SubmitInput::from_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    farm.post("/internal/submissions", Some(&user.id), &input.to_request()).await?.into_response()
}

/// Queues a run; the answer is a submission of kind `run`, polled or streamed like any other.
async fn create_run(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let input = RunInput::from_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    farm.post("/internal/submissions/run", Some(&user.id), &input.to_request())
        .await?
        .into_response()
}

async fn get_submission(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
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
