//! AlgoArena's edge: the Cloudflare Worker in front of everything. It serves the web app's
//! static assets, checks input and access tokens, caches public reads in KV, and forwards
//! the rest to the judge farm with signed requests (docs/api.md).

pub mod auth;
pub mod billing;
pub mod config;
pub mod error;
pub mod guard;
pub mod http;
pub mod input;
pub mod rooms;
pub mod routes;
pub mod store;

use worker::{event, Context, Env, Request, Response};

use crate::routes::fallback;

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    console_error_panic_hook::set_once();
    let api = guard::answers_data(&req.path());
    // Settings and routes are the isolate's, made by its first request (config, routes).
    let settings = match config::shared_settings(&env) {
        Ok(settings) => settings,
        Err(e) => return Ok(guard::secure(e.into_response(), api)),
    };
    let req = match guard::admit(req, &settings) {
        Ok(req) => req,
        Err(e) => return Ok(guard::secure(e.into_response(), api)),
    };
    let router = routes::shared_table();
    Ok(guard::secure(fallback::finish(router.run(req, env, settings).await), api))
}
