//! Middleware that admits only requests signed by the edge (docs/api.md, "Internal API").
//!
//! A request that is unsigned, stale, replayed or tampered with is answered 401 before any
//! handler runs, so it can do nothing. The answer never says which check failed (that would
//! help whoever probes the farm); the log does.
//!
//! The body is read under the size cap as it streams: a declared length over the cap is
//! refused before anything is read, and an undeclared one stops at the first byte past it. The
//! cap is `MAX_BODY_BYTES`, except on the avatar upload (`MAX_AVATAR_BYTES` of raw image).

use algoarena_shared::limits::MAX_BODY_BYTES;
use algoarena_shared::signing::{self, SignatureError, SignedParts};
use algoarena_shared::user_profile::{AVATAR_PATH, MAX_AVATAR_BYTES};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use secrecy::ExposeSecret;
use uuid::Uuid;

use crate::error::ApiError;
use crate::state::AppState;

/// Who the edge says is calling; set only on signed requests.
#[derive(Debug, Clone, Copy)]
pub struct Caller {
    pub user_id: Option<Uuid>,
}

impl Caller {
    pub fn require_user(&self) -> Result<Uuid, ApiError> {
        self.user_id.ok_or_else(|| ApiError::unauthorized("unauthorized", "Please log in first."))
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Caller {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Caller>().copied().ok_or_else(|| {
            ApiError::Internal(anyhow::anyhow!("Caller extractor used outside signed routes"))
        })
    }
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn rejected(reason: &str) -> ApiError {
    tracing::warn!(reason, "unsigned or badly signed request refused");
    ApiError::unauthorized("bad_signature", "Request refused: bad signature.")
}

fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        "The request body is too large.",
    )
}

/// Whether a percent-encoded control character (`%00`-`%1F`, `%7F`) is in `text`; raw ones
/// cannot be in a URI at all.
fn has_encoded_control(text: &str) -> bool {
    text.as_bytes().windows(3).any(|w| {
        w[0] == b'%'
            && std::str::from_utf8(&w[1..])
                .ok()
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                .is_some_and(|b| b < 0x20 || b == 0x7f)
    })
}

pub async fn require_signature(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let (mut parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    // Avatar uploads are images, larger than any JSON body; every other path keeps the cap.
    let cap = if parts.uri.path() == AVATAR_PATH { MAX_AVATAR_BYTES } else { MAX_BODY_BYTES };
    if declared.is_some_and(|len| len > cap as u64) {
        return Err(too_large());
    }
    // `to_bytes` with a limit stops reading at the first byte past it (http-body's `Limited`).
    let body = axum::body::to_bytes(body, cap).await.map_err(|_| too_large())?;

    let headers = &parts.headers;
    let (Some(ts), Some(nonce), Some(signature)) = (
        header(headers, signing::HEADER_TIMESTAMP),
        header(headers, signing::HEADER_NONCE),
        header(headers, signing::HEADER_SIGNATURE),
    ) else {
        return Err(rejected(&SignatureError::Missing.to_string()));
    };
    let user = header(headers, signing::HEADER_USER).unwrap_or("");
    let timestamp: i64 = ts.parse().map_err(|_| rejected("the timestamp is not a number"))?;
    let path_and_query = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let signed = SignedParts {
        method: parts.method.as_str(),
        path_and_query,
        timestamp,
        nonce,
        user,
        body: &body,
    };
    let now = chrono::Utc::now().timestamp();
    signing::verify(
        state.settings.shared_secret.expose_secret().as_bytes(),
        &signed,
        signature,
        now,
    )
    .map_err(|e| rejected(&e.to_string()))?;

    // Only a verified request may spend a nonce, so an attacker cannot burn real ones.
    let fresh: bool = redis::cmd("SET")
        .arg(format!("algoarena:nonce:{nonce}"))
        .arg(1)
        .arg("NX")
        .arg("EX")
        .arg(2 * signing::MAX_SKEW_SECS + 60)
        .query_async::<Option<String>>(&mut state.redis.clone())
        .await?
        .is_some();
    if !fresh {
        return Err(rejected("this request was already used (replay)"));
    }

    // A control character in the path or query (NUL above all, which Postgres text cannot
    // hold) is the caller's mistake: refused here for every route, never a failed query.
    if has_encoded_control(path_and_query) {
        return Err(ApiError::invalid("The address contains a control character."));
    }

    let user_id = if user.is_empty() {
        None
    } else {
        Some(Uuid::parse_str(user).map_err(|_| rejected("the user header is not an id"))?)
    };
    parts.extensions.insert(Caller { user_id });
    Ok(next.run(Request::from_parts(parts, Body::from(body))).await)
}
