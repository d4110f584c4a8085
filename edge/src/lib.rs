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
pub mod request_metrics;
pub mod rooms;
pub mod routes;
pub mod store;

use std::rc::Rc;

use worker::{event, Context, Env, Request, Response};

use crate::request_metrics::RequestMetric;
use crate::routes::fallback;

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    console_error_panic_hook::set_once();
    let arrived = worker::Date::now().as_millis();
    let method = req.method().to_string();
    let (response, route) = answer(req, env.clone()).await;
    let wall_ms = worker::Date::now().as_millis().saturating_sub(arrived) as f64;
    RequestMetric::of(route.as_deref(), &method, &response, wall_ms).record(&env);
    Ok(response)
}

/// The answer to `req` with the route pattern that gave it (none when refused before routing).
async fn answer(req: Request, env: Env) -> (Response, Option<Rc<str>>) {
    let api = guard::answers_data(&req.path());
    // Settings and routes are the isolate's, made by its first request (config, routes).
    let settings = match config::shared_settings(&env) {
        Ok(settings) => settings,
        Err(e) => return (guard::secure(e.into_response(), api), None),
    };
    let req = match guard::admit(req, &settings) {
        Ok(req) => req,
        Err(e) => return (guard::secure(e.into_response(), api), None),
    };
    let router = routes::shared_table();
    let routed = router.run(req, env, settings).await;
    (guard::secure(fallback::finish(routed.response), api), routed.pattern)
}
