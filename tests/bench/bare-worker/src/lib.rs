//! A Worker that answers every request with the same JSON body and nothing else: no settings,
//! no router, no KV, no token. The edge suite of `scripts/bench.sh` measures the edge's cached
//! reads against it in the same runtime, so the ratio is the cost of the edge's own work.

use worker::{event, Context, Env, Request, Response};

/// A body about the size of a cached problem detail, so both sides move similar bytes.
const BODY: &str = include_str!("body.json");

#[event(fetch)]
async fn fetch(_req: Request, _env: Env, _ctx: Context) -> worker::Result<Response> {
    let response = Response::ok(BODY)?;
    response.headers().set("content-type", "application/json")?;
    Ok(response)
}
