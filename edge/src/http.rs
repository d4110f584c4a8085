//! Small helpers over the runtime's request and response types, shared by the route modules.

use algoarena_shared::limits::MAX_BODY_BYTES;
use worker::{Request, Response};

use crate::error::EdgeError;

/// Response header that tells tests (and curious people) whether a read came from KV.
pub const CACHE_HEADER: &str = "x-aa-cache";

/// Unix seconds from the JavaScript clock (`SystemTime` does not exist on wasm32).
pub fn now_secs() -> i64 {
    (worker::Date::now().as_millis() / 1000) as i64
}

/// Who sent the request, as far as the farm needs to know.
#[derive(Debug, Clone)]
pub struct ClientInfo {
    pub ip: String,
    pub user_agent: Option<String>,
}

impl ClientInfo {
    pub fn from_request(req: &Request) -> ClientInfo {
        let header = |name: &str| req.headers().get(name).ok().flatten();
        ClientInfo {
            // Cloudflare sets cf-connecting-ip and strips any copy the client sent; locally
            // (wrangler dev) it may be absent.
            ip: header("cf-connecting-ip").unwrap_or_else(|| "127.0.0.1".to_string()),
            user_agent: header("user-agent"),
        }
    }
}

/// A request header, if present.
pub fn header(req: &Request, name: &str) -> Option<String> {
    req.headers().get(name).ok().flatten()
}

/// The body, refused early when the declared length is already over the limit.
pub async fn read_body(req: &mut Request) -> Result<Vec<u8>, EdgeError> {
    let declared = header(req, "content-length").and_then(|v| v.trim().parse::<usize>().ok());
    if declared.is_some_and(|len| len > MAX_BODY_BYTES) {
        return Err(EdgeError::PayloadTooLarge);
    }
    let body = req.bytes().await?;
    if body.len() > MAX_BODY_BYTES {
        return Err(EdgeError::PayloadTooLarge);
    }
    Ok(body)
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
