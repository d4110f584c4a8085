//! "Keep your work": code drafts, bookmarks, private notes, hints, the editorial and the
//! caller's own submission list. Everything here is one person's and forwarded signed as them;
//! nothing is kept in KV, and every answer says `no-store`.

use serde_json::json;
use worker::{Request, Response};

use super::{handler, private_reply, problem_slug, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{read_body, ClientInfo};
use crate::input::my_work::{draft_body, language, note_body, submissions_query};
use crate::input::problems::PageQuery;
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/problems/:slug/drafts", handler(list_drafts))
        .get_async("/api/problems/:slug/drafts/:language", handler(get_draft))
        .put_async("/api/problems/:slug/drafts/:language", handler(update_draft))
        .get_async("/api/problems/:slug/bookmark", handler(get_bookmark))
        .post_async("/api/problems/:slug/bookmark", handler(toggle_bookmark))
        .get_async("/api/problems/:slug/note", handler(get_note))
        .put_async("/api/problems/:slug/note", handler(update_note))
        .get_async("/api/problems/:slug/hints", handler(list_hints))
        .get_async("/api/problems/:slug/editorial", handler(get_editorial))
        .get_async("/api/users/me/bookmarks", handler(list_bookmarks))
        .get_async("/api/users/me/submissions", handler(list_my_submissions))
}

/// GETs `path` from the farm as the signed-in caller.
async fn get_as_caller(req: &Request, ctx: &Ctx, path: &str) -> Result<Response, EdgeError> {
    let user = signed_in(req, ctx).await?;
    let client = ClientInfo::from_request(req);
    private_reply(FarmClient::new(&ctx.data, &client).get(path, Some(&user.id)).await?)
}

async fn list_drafts(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let path = format!("/internal/problems/{}/drafts", problem_slug(&ctx)?.as_str());
    get_as_caller(&req, &ctx, &path).await
}

async fn get_draft(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let language = language(ctx.param("language").map_or("", |l| l.as_str()))?;
    let path =
        format!("/internal/problems/{}/drafts/{}", problem_slug(&ctx)?.as_str(), language.id());
    let client = ClientInfo::from_request(&req);
    private_reply(FarmClient::new(&ctx.data, &client).get(&path, Some(&user.id)).await?)
}

async fn update_draft(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    // Authentication first: an anonymous caller learns nothing about what they sent.
    let user = signed_in(&req, &ctx).await?;
    let language = language(ctx.param("language").map_or("", |l| l.as_str()))?;
    let slug = problem_slug(&ctx)?;
    let body = draft_body(&read_body(&mut req).await?)?;
    let path = format!("/internal/problems/{}/drafts/{}", slug.as_str(), language.id());
    let client = ClientInfo::from_request(&req);
    private_reply(FarmClient::new(&ctx.data, &client).put(&path, Some(&user.id), &body).await?)
}

async fn get_bookmark(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let path = format!("/internal/problems/{}/bookmark", problem_slug(&ctx)?.as_str());
    get_as_caller(&req, &ctx, &path).await
}

async fn toggle_bookmark(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let path = format!("/internal/problems/{}/bookmark", problem_slug(&ctx)?.as_str());
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    private_reply(farm.post(&path, Some(&user.id), &json!({})).await?)
}

async fn get_note(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let path = format!("/internal/problems/{}/note", problem_slug(&ctx)?.as_str());
    get_as_caller(&req, &ctx, &path).await
}

async fn update_note(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let slug = problem_slug(&ctx)?;
    let body = note_body(&read_body(&mut req).await?)?;
    let path = format!("/internal/problems/{}/note", slug.as_str());
    let client = ClientInfo::from_request(&req);
    private_reply(FarmClient::new(&ctx.data, &client).put(&path, Some(&user.id), &body).await?)
}

/// `?tier=N` is passed on as a number (anything else is refused here).
async fn list_hints(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let mut path = format!("/internal/problems/{}/hints", problem_slug(&ctx)?.as_str());
    for (key, value) in req.url()?.query_pairs() {
        match key.as_ref() {
            "tier" => {
                let tier: u32 = value
                    .parse()
                    .ok()
                    .filter(|t| *t >= 1)
                    .ok_or_else(|| EdgeError::invalid("tier: use a whole number from 1."))?;
                path.push_str(&format!("?tier={tier}"));
            }
            other => return Err(EdgeError::invalid(format!("{other}: not a parameter here."))),
        }
    }
    get_as_caller(&req, &ctx, &path).await
}

async fn get_editorial(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let mut path = format!("/internal/problems/{}/editorial", problem_slug(&ctx)?.as_str());
    for (key, value) in req.url()?.query_pairs() {
        match (key.as_ref(), value.as_ref()) {
            ("confirm_unsolved", "true") => path.push_str("?confirm_unsolved=true"),
            ("confirm_unsolved", "false") => {}
            ("confirm_unsolved", _) => {
                return Err(EdgeError::invalid("confirm_unsolved: use true or false."))
            }
            (other, _) => {
                return Err(EdgeError::invalid(format!("{other}: not a parameter here.")))
            }
        }
    }
    get_as_caller(&req, &ctx, &path).await
}

async fn list_bookmarks(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let query = PageQuery::parse(req.url()?.query())?;
    get_as_caller(&req, &ctx, &query.farm_path("/internal/users/me/bookmarks")).await
}

async fn list_my_submissions(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let query = submissions_query(req.url()?.query())?;
    let path = format!("/internal/users/me/submissions?{}", query.to_query_string());
    get_as_caller(&req, &ctx, &path).await
}
