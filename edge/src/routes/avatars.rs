//! Avatars (TRD §4.4, the design's R2): `POST /api/users/me/avatar` takes a picture as JSON
//! (`{"image": "<base64>"}`, so the JSON-only guard against cross-site forms still holds),
//! has the farm check and re-encode it (it is native and can decode images safely, bounded),
//! stores the PNG it answers in R2 under its SHA-256, and `GET /avatars/<hash>.png` serves
//! it. A name is its content, so the answer never changes: cached for a year, immutable.

use algoarena_shared::error::ErrorBody;
use algoarena_shared::user_profile::{AVATAR_PATH, MAX_AVATAR_BYTES};
use base64::Engine;
use sha2::{Digest, Sha256};
use worker::{HttpMetadata, Request, Response};

use super::{handler, signed_in, AppRouter, Ctx};
use crate::error::EdgeError;
use crate::http::{collect_capped, header, is_json_media_type, json_value, ClientInfo};
use crate::store::farm::FarmClient;

/// The R2 binding (wrangler.toml).
pub const BUCKET: &str = "AVATARS";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub fn mount(router: AppRouter<'_>) -> AppRouter<'_> {
    router
        .post_async("/api/users/me/avatar", handler(upload_avatar))
        .get_async("/avatars/:file", handler(get_avatar))
}

fn too_large() -> EdgeError {
    let message =
        format!("avatar: use a picture of at most {} MB.", MAX_AVATAR_BYTES / (1024 * 1024));
    EdgeError::Farm {
        status: 413,
        body: ErrorBody::new("payload_too_large", message),
        retry_after: None,
    }
}

/// The base64 text of a 2 MB picture, with room for the JSON around it.
const MAX_UPLOAD_BODY: usize = MAX_AVATAR_BYTES / 3 * 4 + 1024;

#[derive(serde::Deserialize)]
struct Upload {
    image: String,
}

async fn upload_avatar(mut req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let user = signed_in(&req, &ctx).await?;
    if !header(&req, "content-type").is_some_and(|ct| is_json_media_type(&ct)) {
        return Err(EdgeError::UnsupportedMediaType);
    }
    let declared = header(&req, "content-length").and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|len| len > MAX_UPLOAD_BODY) {
        return Err(too_large());
    }
    let body = collect_capped(req.stream()?, MAX_UPLOAD_BODY).await.map_err(|e| match e {
        EdgeError::PayloadTooLarge => too_large(),
        other => other,
    })?;
    let upload: Upload =
        serde_json::from_slice(&body).map_err(|e| EdgeError::MalformedJson(e.to_string()))?;
    let picture = base64::engine::general_purpose::STANDARD
        .decode(upload.image.trim())
        .map_err(|_| EdgeError::invalid("image: send the picture's bytes in base64."))?;
    if picture.len() > MAX_AVATAR_BYTES {
        return Err(too_large());
    }
    let client = ClientInfo::from_request(&req);
    let png = FarmClient::new(&ctx.data, &client)
        .post_bytes(AVATAR_PATH, Some(&user.id), picture)
        .await?
        .body;
    // The farm recorded the same name: SHA-256 of these bytes.
    let hash = hex::encode(Sha256::digest(&png));
    let metadata = HttpMetadata {
        content_type: Some("image/png".into()),
        cache_control: Some(IMMUTABLE.into()),
        content_language: None,
        content_disposition: None,
        content_encoding: None,
        cache_expiry: None,
    };
    ctx.env
        .bucket(BUCKET)?
        .put(format!("avatars/{hash}.png"), png)
        .http_metadata(metadata)
        .execute()
        .await?;
    let response =
        json_value(200, &serde_json::json!({ "avatar_url": format!("/avatars/{hash}.png") }))?;
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}

/// `<64 hex>.png`, the only names stored.
fn stored_name(file: &str) -> Option<&str> {
    let hash = file.strip_suffix(".png")?;
    (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        .then_some(hash)
}

async fn get_avatar(_req: Request, ctx: Ctx) -> Result<Response, EdgeError> {
    let not_found = || EdgeError::NotFound("There is no such avatar.".into());
    let hash = ctx.param("file").and_then(|f| stored_name(f)).ok_or_else(not_found)?;
    let object = ctx
        .env
        .bucket(BUCKET)?
        .get(format!("avatars/{hash}.png"))
        .execute()
        .await?
        .ok_or_else(not_found)?;
    let body = object.body().ok_or_else(not_found)?.bytes().await?;
    let response = Response::from_bytes(body)?;
    let headers = response.headers();
    headers.set("content-type", "image/png")?;
    headers.set("cache-control", IMMUTABLE)?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hash_names_are_looked_up() {
        let hash = "a".repeat(64);
        assert_eq!(stored_name(&format!("{hash}.png")), Some(hash.as_str()));
        for bad in ["x.png", &format!("{hash}.jpg"), &format!("../{hash}.png"), &"A".repeat(64)] {
            assert_eq!(stored_name(bad), None, "{bad}");
        }
    }
}
