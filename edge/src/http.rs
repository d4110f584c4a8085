//! Small helpers over the runtime's request and response types, shared by the route modules:
//! the client's address, the capped JSON body, JSON answers.

use std::net::IpAddr;

use algoarena_shared::limits::MAX_BODY_BYTES;
use futures_util::{Stream, StreamExt};
use worker::{Request, Response};

use crate::error::EdgeError;

/// Response header that tells tests (and curious people) whether a read came from KV.
pub const CACHE_HEADER: &str = "x-aa-cache";

/// The request header that carries the client's address once the entry has vetted it
/// (`guard::client_address`). Whatever a client sends under this name is dropped first, so a
/// route can believe it.
pub const VETTED_CLIENT_IP: &str = "x-aa-client-ip";

/// Unix seconds from the JavaScript clock (`SystemTime` does not exist on wasm32).
pub fn now_secs() -> i64 {
    (worker::Date::now().as_millis() / 1000) as i64
}

/// Who sent the request, as far as rate limits and the farm need to know.
#[derive(Debug, Clone)]
pub struct ClientInfo {
    /// `None` when the deployment trusts no header for it (`CLIENT_IP_HEADER=none`): such a
    /// request is limited per account only, never lumped into one shared "unknown" bucket.
    pub ip: Option<IpAddr>,
    pub user_agent: Option<String>,
}

impl ClientInfo {
    pub fn from_request(req: &Request) -> ClientInfo {
        ClientInfo {
            ip: header(req, VETTED_CLIENT_IP).and_then(|v| v.parse().ok()),
            user_agent: header(req, "user-agent"),
        }
    }
}

/// A request header, if present.
pub fn header(req: &Request, name: &str) -> Option<String> {
    req.headers().get(name).ok().flatten()
}

/// True for `application/json`, with or without parameters (`; charset=utf-8`).
pub fn is_json_media_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json")
}

/// The JSON body, capped at [`MAX_BODY_BYTES`] while it streams in: reading stops at the first
/// chunk past the limit, so a huge or endless body costs the Worker no more than the limit.
/// A body that is not declared `application/json` is refused (415) unread: a browser form
/// can send `text/plain` across sites without a preflight, but never `application/json`.
pub async fn read_body(req: &mut Request) -> Result<Vec<u8>, EdgeError> {
    let content_type = header(req, "content-type");
    let declared = header(req, "content-length").and_then(|v| v.trim().parse::<usize>().ok());
    // A request with no body and no declared type (a bare `fetch(url, {method: "POST"})`)
    // carries nothing to misparse; a cross-site form always declares a type, so this stays
    // closed to login CSRF, and the cross-site guard covers body-less requests.
    let bodiless = req.inner().body().is_none() || declared == Some(0);
    if content_type.is_none() && bodiless {
        return Ok(Vec::new());
    }
    if !is_json_media_type(&content_type.unwrap_or_default()) {
        return Err(EdgeError::UnsupportedMediaType);
    }
    if declared.is_some_and(|len| len > MAX_BODY_BYTES) {
        return Err(EdgeError::PayloadTooLarge);
    }
    if req.inner().body().is_none() {
        return Ok(Vec::new());
    }
    collect_capped(req.stream()?, MAX_BODY_BYTES).await
}

/// Concatenates `chunks` until they end, or fails as soon as they pass `max` bytes (the rest
/// is never read).
pub async fn collect_capped<S, E>(chunks: S, max: usize) -> Result<Vec<u8>, EdgeError>
where
    S: Stream<Item = Result<Vec<u8>, E>>,
    EdgeError: From<E>,
{
    let mut chunks = std::pin::pin!(chunks);
    let mut body = Vec::new();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > max {
            return Err(EdgeError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// True for paths the Worker owns, where a miss must be JSON rather than the web app. Here,
/// below both the guard and the routes, so neither imports the other.
pub fn is_api_path(path: &str) -> bool {
    ["/api", "/internal"]
        .iter()
        .any(|prefix| path == *prefix || path.starts_with(&format!("{prefix}/")))
}

/// The answer, marked for no cache to keep: it changes from moment to moment.
pub fn no_store(response: Response) -> Result<Response, EdgeError> {
    response.headers().set("cache-control", "no-store")?;
    Ok(response)
}

/// The answer, marked as one reader's own: no cache, shared or private, may keep it.
pub fn private_no_store(response: Response) -> Result<Response, EdgeError> {
    response.headers().set("cache-control", "private, no-store")?;
    Ok(response)
}

/// A JSON response from an already-serialized body.
pub fn json_response(status: u16, body: Vec<u8>) -> Result<Response, EdgeError> {
    let response = Response::builder().with_status(status).fixed(body);
    response.headers().set("content-type", "application/json")?;
    Ok(response)
}

/// A JSON response from a value.
pub fn json_value<T: serde::Serialize>(status: u16, value: &T) -> Result<Response, EdgeError> {
    json_response(status, serde_json::to_vec(value).map_err(EdgeError::internal)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::FutureExt;

    #[test]
    fn only_application_json_is_json() {
        for ok in ["application/json", "Application/JSON; charset=utf-8", " application/json ;x=y"]
        {
            assert!(is_json_media_type(ok), "{ok:?}");
        }
        for bad in [
            "",
            "text/plain",
            "text/plain;charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/jsonp",
            "application/json5",
        ] {
            assert!(!is_json_media_type(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_body_within_the_limit_is_read_whole() {
        let chunks = futures_util::stream::iter(vec![
            Ok::<_, EdgeError>(b"ab".to_vec()),
            Ok(b"cd".to_vec()),
        ]);
        assert_eq!(collect_capped(chunks, 4).now_or_never().unwrap().unwrap(), b"abcd");
    }

    #[test]
    fn reading_stops_at_the_first_chunk_past_the_limit() {
        // An endless body: if the reader did not stop, this test would never finish.
        let endless = futures_util::stream::repeat_with(|| Ok::<_, EdgeError>(vec![0u8; 1024]));
        let result = collect_capped(endless, MAX_BODY_BYTES).now_or_never().unwrap();
        assert!(matches!(result, Err(EdgeError::PayloadTooLarge)));
    }
}
