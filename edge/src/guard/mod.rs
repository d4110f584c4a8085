//! What every request passes before a route sees it, and every answer after: one place, so
//! no endpoint can forget a check. In order:
//!
//! 1. The client's address is read from the header the deployment trusts (`CLIENT_IP_HEADER`)
//!    and must parse as an IP address; routes find it, vetted, under
//!    [`VETTED_CLIENT_IP`] (a client's own copy of that header is dropped).
//! 2. A state-changing `/api` request from another site is refused (403).
//! 3. A state-changing `/api` request whose body is declared as anything but JSON is refused
//!    (415); `read_body` refuses an undeclared one as well.
//!
//! Answers get the security headers of [`response_headers`].

pub mod client_address;
pub mod cross_site;
pub mod response_headers;

use worker::Request;

use crate::config::Settings;
use crate::error::EdgeError;
use crate::http::{header, is_json_media_type, VETTED_CLIENT_IP};

pub use response_headers::secure;

/// True for the public API (`/api` and below), where browsers call and every check applies.
pub fn is_public_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// True for paths that answer data rather than the web app: they get the API's headers.
pub fn answers_data(path: &str) -> bool {
    crate::http::is_api_path(path) || path.starts_with("/.well-known/")
}

/// Checks `req` and returns it with the vetted client address, or the refusal.
pub fn admit(req: Request, settings: &Settings) -> Result<Request, EdgeError> {
    let api = is_public_api(&req.path());
    let ip = match client_address::resolve(&settings.client_ip, |name| header(&req, name)) {
        Ok(ip) => ip,
        Err(e) if api => return Err(e),
        // `/internal/*` is the farm, signed; no limit there depends on its address.
        Err(_) => None,
    };
    let method = req.method().as_ref().to_string();
    if api && !cross_site::is_safe_method(&method) {
        let own_origin = req.url()?.origin().ascii_serialization();
        cross_site::check(
            &method,
            header(&req, "sec-fetch-site").as_deref(),
            header(&req, "origin").as_deref(),
            &own_origin,
        )?;
        if header(&req, "content-type").is_some_and(|ct| !is_json_media_type(&ct)) {
            return Err(EdgeError::UnsupportedMediaType);
        }
    }
    // An incoming request's headers are immutable; a copy (same body stream) is not.
    let mut req = req.clone_mut()?;
    let headers = req.headers_mut()?;
    headers.delete(VETTED_CLIENT_IP)?;
    if let Some(ip) = ip {
        headers.set(VETTED_CLIENT_IP, &ip.to_string())?;
    }
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_api_paths_are_checked_as_the_public_api() {
        for path in ["/api", "/api/auth/login"] {
            assert!(is_public_api(path), "{path}");
        }
        for path in ["/apix", "/internal/cache/purge", "/", "/.well-known/jwks.json"] {
            assert!(!is_public_api(path), "{path}");
        }
    }

    #[test]
    fn the_worker_owned_paths_answer_data_and_the_rest_is_the_app() {
        for path in ["/api/problems", "/internal/cache/purge", "/.well-known/jwks.json"] {
            assert!(answers_data(path), "{path}");
        }
        for path in ["/", "/problems/a-plus-b", "/assets/index.js"] {
            assert!(!answers_data(path), "{path}");
        }
    }
}
