//! The edge's one error type. Every failure becomes the documented JSON envelope
//! (`algoarena_shared::error::ErrorBody`); internal causes are logged, never sent to the client.

use algoarena_shared::error::ErrorBody;
use worker::{KvError, Response};

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum EdgeError {
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    /// A request the edge cannot take as sent (e.g. a client address that is not one).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The message names the field, e.g. "username must be 3 to 30 characters".
    #[error("invalid input: {0}")]
    InvalidInput(String),
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    /// Only on the internal API (the farm calling us); a person never sees it.
    #[error("bad signature: {0}")]
    BadSignature(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("no such problem")]
    ProblemNotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A state-changing request that a browser sent from another site (login CSRF and kin).
    #[error("cross-site request refused")]
    CrossSite,
    /// A body that is not declared `application/json`.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("code too large")]
    CodeTooLarge,
    #[error("unknown language {0:?}")]
    UnknownLanguage(String),
    /// The farm could not be reached or answered something we cannot use. The cause is logged.
    #[error("farm unavailable: {0}")]
    FarmUnavailable(String),
    /// The farm's own error envelope, passed through with its status.
    #[error("farm answered {status}: {}", body.error.code)]
    Farm { status: u16, body: ErrorBody, retry_after: Option<u64> },
    /// Over a rate limit (TRD §6); answered with `Retry-After`.
    #[error("rate limited for {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// A refusal with its own status and code (e.g. 413 `draft_too_large`), checked by a rule
    /// shared with the farm so both tiers answer alike.
    #[error("{status} {code}: {message}")]
    Refused { status: u16, code: &'static str, message: String },
    /// A bug or a misconfiguration. The cause is logged.
    #[error("internal: {0}")]
    Internal(String),
}

impl EdgeError {
    pub fn invalid(message: impl Into<String>) -> Self {
        EdgeError::InvalidInput(message.into())
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        EdgeError::Unauthorized(message.into())
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        EdgeError::Internal(cause.to_string())
    }

    pub fn status_code(&self) -> u16 {
        match self {
            EdgeError::MalformedJson(_) | EdgeError::BadRequest(_) => 400,
            EdgeError::Unauthorized(_) | EdgeError::BadSignature(_) => 401,
            EdgeError::CrossSite => 403,
            EdgeError::NotFound(_) | EdgeError::ProblemNotFound => 404,
            EdgeError::MethodNotAllowed => 405,
            EdgeError::PayloadTooLarge | EdgeError::CodeTooLarge => 413,
            EdgeError::UnsupportedMediaType => 415,
            EdgeError::InvalidInput(_) | EdgeError::UnknownLanguage(_) => 422,
            EdgeError::RateLimited { .. } => 429,
            EdgeError::Internal(_) => 500,
            EdgeError::FarmUnavailable(_) => 502,
            EdgeError::Farm { status, .. } | EdgeError::Refused { status, .. } => *status,
        }
    }

    /// The body the client sees. Internal and upstream causes stay out of it.
    pub fn body(&self) -> ErrorBody {
        match self {
            EdgeError::MalformedJson(why) => ErrorBody::new(
                "malformed_json",
                format!("The request body is not valid JSON: {why}."),
            ),
            EdgeError::BadRequest(message) => ErrorBody::new("bad_request", message.clone()),
            EdgeError::InvalidInput(message) => ErrorBody::new("invalid_input", message.clone()),
            EdgeError::Unauthorized(message) => ErrorBody::new("unauthorized", message.clone()),
            EdgeError::BadSignature(_) => {
                ErrorBody::new("bad_signature", "The request signature is missing or invalid.")
            }
            EdgeError::NotFound(message) => ErrorBody::new("not_found", message.clone()),
            EdgeError::ProblemNotFound => {
                ErrorBody::new("problem_not_found", "There is no problem with this slug.")
            }
            EdgeError::MethodNotAllowed => {
                ErrorBody::new("method_not_allowed", "This path does not accept that HTTP method.")
            }
            EdgeError::CrossSite => ErrorBody::new(
                "cross_site_request",
                "This request came from another site; use AlgoArena's own pages.",
            ),
            EdgeError::UnsupportedMediaType => ErrorBody::new(
                "unsupported_media_type",
                "The request body must be JSON sent as Content-Type: application/json.",
            ),
            EdgeError::PayloadTooLarge => ErrorBody::new(
                "payload_too_large",
                format!(
                    "The request body is larger than {} KiB.",
                    algoarena_shared::limits::MAX_BODY_BYTES / 1024
                ),
            ),
            EdgeError::CodeTooLarge => ErrorBody::new(
                "code_too_large",
                format!(
                    "The code is larger than {} KiB.",
                    algoarena_shared::limits::MAX_CODE_BYTES / 1024
                ),
            ),
            EdgeError::UnknownLanguage(id) => {
                ErrorBody::new("unknown_language", format!("language {id:?} is not supported."))
            }
            EdgeError::FarmUnavailable(_) => ErrorBody::new(
                "farm_unavailable",
                "The judge service is unavailable right now. Please try again shortly.",
            ),
            EdgeError::Farm { body, .. } => body.clone(),
            EdgeError::Refused { code, message, .. } => ErrorBody::new(*code, message.clone()),
            EdgeError::RateLimited { retry_after_secs } => ErrorBody::new(
                "rate_limited",
                format!("Too many requests: try again in {retry_after_secs} s."),
            ),
            EdgeError::Internal(_) => {
                ErrorBody::new("internal", "Something went wrong on our side. Please try again.")
            }
        }
    }

    /// Logs what the client must not see, then renders the envelope.
    pub fn into_response(self) -> Response {
        match &self {
            EdgeError::Internal(_) | EdgeError::FarmUnavailable(_) | EdgeError::BadSignature(_) => {
                worker::console_error!("{self}");
            }
            _ => {}
        }
        let response = json_error(self.status_code(), &self.body());
        let retry_after = match self {
            EdgeError::RateLimited { retry_after_secs } => Some(retry_after_secs),
            EdgeError::Farm { retry_after, .. } => retry_after,
            _ => None,
        };
        if let Some(secs) = retry_after {
            let _ = response.headers().set("retry-after", &secs.to_string());
        }
        response
    }
}

/// Renders an envelope without going through anything that can fail, so an error response
/// can always be produced.
pub fn json_error(status: u16, body: &ErrorBody) -> Response {
    let response = Response::builder().with_status(status).fixed(body.to_json().into_bytes());
    // Setting a well-formed constant header cannot fail.
    let _ = response.headers().set("content-type", "application/json");
    let _ = response.headers().set("cache-control", "no-store");
    response
}

impl From<worker::Error> for EdgeError {
    fn from(e: worker::Error) -> Self {
        EdgeError::Internal(format!("worker: {e}"))
    }
}

impl From<KvError> for EdgeError {
    fn from(e: KvError) -> Self {
        EdgeError::Internal(format!("kv: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_api_document() {
        assert_eq!(EdgeError::MalformedJson("x".into()).status_code(), 400);
        assert_eq!(EdgeError::invalid("email is required").status_code(), 422);
        assert_eq!(EdgeError::unauthorized("no").status_code(), 401);
        assert_eq!(EdgeError::PayloadTooLarge.status_code(), 413);
        assert_eq!(EdgeError::BadRequest("x".into()).status_code(), 400);
        assert_eq!(EdgeError::CrossSite.status_code(), 403);
        assert_eq!(EdgeError::UnsupportedMediaType.status_code(), 415);
        assert_eq!(EdgeError::CodeTooLarge.status_code(), 413);
        assert_eq!(EdgeError::UnknownLanguage("cobol".into()).status_code(), 422);
        assert_eq!(EdgeError::FarmUnavailable("refused".into()).status_code(), 502);
        assert_eq!(EdgeError::internal("boom").status_code(), 500);
    }

    #[test]
    fn internal_causes_never_reach_the_body() {
        let body = EdgeError::internal("database password is hunter2").body();
        assert_eq!(body.error.code, "internal");
        assert!(!body.error.message.contains("hunter2"));
        let body = EdgeError::FarmUnavailable("connect ECONNREFUSED 10.0.0.7".into()).body();
        assert_eq!(body.error.code, "farm_unavailable");
        assert!(!body.error.message.contains("10.0.0.7"));
    }

    #[test]
    fn farm_errors_pass_through_with_their_status_and_body() {
        let body = ErrorBody::new("problem_not_found", "No such problem.");
        let e = EdgeError::Farm { status: 404, body: body.clone(), retry_after: None };
        assert_eq!(e.status_code(), 404);
        assert_eq!(e.body(), body);
    }
}
