//! What no API route matched: unknown `/api/*` and `/internal/*` paths get the JSON 404, and
//! everything else goes to the static web app (its SPA fallback is wrangler's
//! `not_found_handling`). Also turns the router's plain-text answers into the envelope.

use worker::{Request, Response};

use super::{handler, AppRouter, Ctx};
use crate::config::ASSETS_BINDING;
use crate::error::EdgeError;
use crate::http::is_api_path;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .or_else_any_method_async("/", handler(fallback))
        .or_else_any_method_async("/*path", handler(fallback))
}

async fn fallback(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    if is_api_path(&req.path()) {
        return Err(EdgeError::NotFound("There is no API endpoint at this path.".into()));
    }
    Ok(ctx.env.assets(ASSETS_BINDING)?.fetch_request(req).await?)
}

/// The router's own answers (405 in plain text) and any runtime error, as the envelope.
pub fn finish(result: worker::Result<Response>) -> Response {
    match result {
        Ok(response) if response.status_code() == 405 => {
            EdgeError::MethodNotAllowed.into_response()
        }
        Ok(response) => response,
        Err(e) => EdgeError::from(e).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_and_internal_paths_are_the_workers_own() {
        for path in ["/api", "/api/", "/api/nope", "/internal/x"] {
            assert!(is_api_path(path), "{path}");
        }
        for path in ["/", "/apix", "/problems/two-sum", "/assets/app.js", "/internals"] {
            assert!(!is_api_path(path), "{path}");
        }
    }
}
