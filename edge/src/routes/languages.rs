//! `/api/languages`: which languages the farm can run, cached only briefly because
//! availability changes when a farm node's toolchain breaks or comes back.

use worker::{Request, Response};

use super::{handler, read_through, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::ClientInfo;
use crate::store::cache::{ReadCache, LANGUAGES_KEY, LANGUAGES_TTL_SECS};
use crate::store::farm::FarmClient;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router.get_async("/api/languages", handler(list_languages))
}

async fn list_languages(req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let cache = ReadCache::new(&ctx.env)?;
    let client = ClientInfo::from_request(&req);
    let farm = FarmClient::new(&ctx.data, &client);
    read_through(&cache, LANGUAGES_KEY, LANGUAGES_TTL_SECS, farm.get("/internal/languages", None))
        .await
}
