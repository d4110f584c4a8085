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

use worker::{event, Context, Env, Request, Response, Router};

use crate::config::Settings;
use crate::routes::fallback;

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    console_error_panic_hook::set_once();
    let api = guard::answers_data(&req.path());
    let settings = match Settings::from_env(&env) {
        Ok(settings) => settings,
        Err(e) => return Ok(guard::secure(e.into_response(), api)),
    };
    let req = match guard::admit(req, &settings) {
        Ok(req) => req,
        Err(e) => return Ok(guard::secure(e.into_response(), api)),
    };
    let router = Router::with_data(settings);
    let router = routes::auth::mount(router);
    let router = routes::users::mount(router);
    let router = routes::profile::mount(router);
    let router = routes::avatars::mount(router);
    let router = routes::billing::mount(router);
    let router = routes::languages::mount(router);
    let router = routes::my_work::mount(router);
    let router = routes::ai_hints::mount(router);
    let router = routes::practice::mount(router);
    let router = routes::problems::mount(router);
    let router = routes::submissions::mount(router);
    let router = routes::contests::mount(router);
    let router = routes::contest_room::mount(router);
    let router = routes::contest_board::mount(router);
    let router = routes::contest_after::mount(router);
    let router = routes::internal::mount(router);
    let router = fallback::mount(router);
    Ok(guard::secure(fallback::finish(router.run(req, env).await), api))
}
