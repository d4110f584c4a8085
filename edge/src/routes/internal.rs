//! `/internal/*`: calls from the judge farm to the edge, signed like the edge's calls to the
//! farm. Today only cache invalidation after a problem changes.

use algoarena_shared::api::CachePurge;
use algoarena_shared::signing::{HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, HEADER_USER};
use algoarena_shared::user_profile::valid_username;
use worker::{Request, Response};

use super::{handler, AppRouter, Ctx};
use crate::auth::signed::{check_signature, SignatureHeaders};
use crate::error::EdgeError;
use crate::http::{header, json_value, now_secs, read_body};
use crate::input::json_object;
use crate::input::problems::Slug;
use crate::store::cache::ReadCache;
use crate::store::nonces::NonceStore;

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router.post_async("/internal/cache/purge", handler(purge_cache))
}

/// The body of a farm call after its signature, freshness and nonce are checked (every
/// `/internal/*` route starts here).
pub async fn signed_body(req: &mut Request, ctx: &Ctx) -> Result<Vec<u8>, EdgeError> {
    let body = read_body(req).await?;
    let url = req.url()?;
    let path_and_query = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    };
    let headers = SignatureHeaders {
        timestamp: header(req, HEADER_TIMESTAMP),
        nonce: header(req, HEADER_NONCE),
        user: header(req, HEADER_USER),
        signature: header(req, HEADER_SIGNATURE),
    };
    let secret = ctx.data.farm_secret.expose().as_bytes();
    let nonce = check_signature(secret, &headers, "POST", &path_and_query, &body, now_secs())?;
    // Only a correctly signed request gets its nonce stored, so nobody else can fill KV.
    if !NonceStore::new(&ctx.env)?.first_use(&nonce).await? {
        return Err(EdgeError::BadSignature("the nonce was used before".into()));
    }
    Ok(body)
}

async fn purge_cache(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let body = signed_body(&mut req, &ctx).await?;
    let purge: CachePurge = serde_json::from_value(json_object(&body)?.into())
        .map_err(|e| EdgeError::invalid(format!("slugs must be a list of strings ({e}).")))?;
    // A slug outside the safe alphabet was never cached, so there is nothing to drop for it;
    // the same holds for a name that cannot be a username.
    let slugs: Vec<Slug> = purge.slugs.iter().filter_map(|s| Slug::parse(s)).collect();
    let usernames: Vec<&str> =
        purge.usernames.iter().map(String::as_str).filter(|n| valid_username(n)).collect();
    let cache = ReadCache::new(&ctx.env)?;
    cache.purge_profiles(&usernames).await?;
    // A purge of profiles alone leaves the problem pages (and their generation) alone.
    let generation = if slugs.is_empty() && !usernames.is_empty() {
        cache.generation().await?
    } else {
        cache.purge(&slugs).await?
    };
    let purged: Vec<&str> = slugs.iter().map(Slug::as_str).collect();
    let body =
        serde_json::json!({ "purged": purged, "profiles": usernames, "generation": generation });
    json_value(200, &body)
}
