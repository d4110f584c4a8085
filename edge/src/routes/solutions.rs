//! Community solutions (TRD §4.2): `/api/problems/:slug/solutions[/:id[/vote]]`, forwarded
//! signed to the farm, which decides who may (solved the problem, owns the submission, wrote
//! the solution, may open a premium problem).
//!
//! Reads are open to anonymous readers. A signed-in reader's answer carries their own vote and
//! whether they wrote each solution, so it is never cached; an anonymous one is the same for
//! every anonymous reader and is read through KV under the problem's solutions generation,
//! which every write through here (share, edit, delete, vote) bumps once the farm has taken it.
//! Browsers keep nothing (`no-store`). Writes need a signed-in caller; sharing and voting have
//! their own per-user windows on top of the general API limit.

use worker::{Request, Response};

use super::{handler, private_reply, problem_slug, read_through, signed_in, AppRouter, Ctx};
use crate::auth::AuthUser;
use crate::error::EdgeError;
use crate::http::{header, no_store, read_body, ClientInfo};
use crate::input::solutions::{edit_body, share_body, solution_id, solutions_query, vote_body};
use crate::rooms::rate_limiter::{self, Rule, SHARE_SOLUTION, SOLUTION_VOTE};
use crate::store::cache::{solutions_key, ReadCache, SOLUTIONS_TTL_SECS};
use crate::store::farm::{FarmClient, FarmReply};

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .get_async("/api/problems/:slug/solutions", handler(list_solutions))
        .post_async("/api/problems/:slug/solutions", handler(share_solution))
        .get_async("/api/problems/:slug/solutions/:id", handler(get_solution))
        .patch_async("/api/problems/:slug/solutions/:id", handler(edit_solution))
        .delete_async("/api/problems/:slug/solutions/:id", handler(delete_solution))
        .put_async("/api/problems/:slug/solutions/:id/vote", handler(put_vote))
        .delete_async("/api/problems/:slug/solutions/:id/vote", handler(delete_vote))
}

/// `/internal/problems/:slug/solutions/:id`, the id checked to be one.
fn solution_path(ctx: &Ctx) -> Result<String, EdgeError> {
    let id = solution_id(ctx.param("id").map_or("", |s| s.as_str()))?;
    Ok(format!("/internal/problems/{}/solutions/{id}", problem_slug(ctx)?.as_str()))
}

/// The reader when a token is sent (a bad one is a 401, so the app refreshes it).
async fn optional_user(req: &Request, ctx: &Ctx) -> Result<Option<String>, EdgeError> {
    match header(req, "authorization") {
        Some(_) => Ok(Some(signed_in(req, ctx).await?.id)),
        None => Ok(None),
    }
}

/// A signed-in caller, also counted against `rule`.
async fn limited(req: &Request, ctx: &Ctx, rule: Rule) -> Result<AuthUser, EdgeError> {
    let user = signed_in(req, ctx).await?;
    rate_limiter::enforce(&ctx.env, &ctx.data, rule, &format!("user:{}", user.id)).await?;
    Ok(user)
}

async fn read(req: &Request, ctx: &Ctx, path: &str) -> Result<Response, EdgeError> {
    let user = optional_user(req, ctx).await?;
    let client = ClientInfo::from_request(req);
    let farm = FarmClient::new(&ctx.data, &client);
    if user.is_some() {
        return private_reply(farm.get(path, user.as_deref()).await?);
    }
    let slug = problem_slug(ctx)?;
    let cache = ReadCache::new(&ctx.env)?;
    let generation = match cache.solutions_generation(&slug).await {
        Ok(generation) => generation,
        Err(e) => {
            worker::console_warn!("reading the solutions generation of {}: {e}", slug.as_str());
            return no_store(farm.get(path, None).await?.into_response()?);
        }
    };
    let key = solutions_key(&slug, generation, path);
    no_store(read_through(&cache, &key, SOLUTIONS_TTL_SECS, farm.get(path, None)).await?)
}

/// After a write the farm took: drops the problem's cached anonymous reads, then answers.
async fn written(ctx: &Ctx, reply: FarmReply) -> Result<Response, EdgeError> {
    let slug = problem_slug(ctx)?;
    if let Err(e) = ReadCache::new(&ctx.env)?.bump_solutions(&slug).await {
        worker::console_warn!("dropping cached solutions of {}: {e}", slug.as_str());
    }
    private_reply(reply)
}

async fn list_solutions(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let query = solutions_query(req.url()?.query())?;
    let path = format!(
        "/internal/problems/{}/solutions?{}",
        problem_slug(&ctx)?.as_str(),
        query.to_query_string()
    );
    read(&req, &ctx, &path).await
}

async fn get_solution(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let path = solution_path(&ctx)?;
    read(&req, &ctx, &path).await
}

async fn share_solution(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    // Authentication first: an anonymous caller learns nothing about what they sent.
    let user = limited(&req, &ctx, SHARE_SOLUTION).await?;
    let slug = problem_slug(&ctx)?;
    let body = share_body(&read_body(&mut req).await?)?;
    let path = format!("/internal/problems/{}/solutions", slug.as_str());
    let client = ClientInfo::from_request(&req);
    written(&ctx, FarmClient::new(&ctx.data, &client).post(&path, Some(&user.id), &body).await?)
        .await
}

async fn edit_solution(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let path = solution_path(&ctx)?;
    let body = edit_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    written(&ctx, FarmClient::new(&ctx.data, &client).patch(&path, Some(&user.id), &body).await?)
        .await
}

async fn delete_solution(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    let path = solution_path(&ctx)?;
    let client = ClientInfo::from_request(&req);
    written(&ctx, FarmClient::new(&ctx.data, &client).delete(&path, Some(&user.id)).await?).await
}

async fn put_vote(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = limited(&req, &ctx, SOLUTION_VOTE).await?;
    let path = format!("{}/vote", solution_path(&ctx)?);
    let body = vote_body(&read_body(&mut req).await?)?;
    let client = ClientInfo::from_request(&req);
    written(&ctx, FarmClient::new(&ctx.data, &client).put(&path, Some(&user.id), &body).await?)
        .await
}

async fn delete_vote(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = limited(&req, &ctx, SOLUTION_VOTE).await?;
    let path = format!("{}/vote", solution_path(&ctx)?);
    let client = ClientInfo::from_request(&req);
    written(&ctx, FarmClient::new(&ctx.data, &client).delete(&path, Some(&user.id)).await?).await
}
