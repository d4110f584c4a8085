//! The farm's one error type: every handler returns it, and it renders the one JSON error body.

use algoarena_shared::error::ErrorBody;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// An error a request can end in. Internal causes are logged, never sent to the caller.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    Client { status: StatusCode, code: &'static str, message: String },
    /// A refusal to be retried later (a full queue, a rate limit): sent with `Retry-After`.
    #[error("{message}")]
    RetryLater { status: StatusCode, code: &'static str, message: String, retry_after_secs: u64 },
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError::Client { status, code, message: message.into() }
    }
    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", message)
    }
    pub fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, code, message)
    }
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    pub fn retry_later(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
        retry_after_secs: u64,
    ) -> Self {
        ApiError::RetryLater {
            status,
            code,
            message: message.into(),
            retry_after_secs: retry_after_secs.max(1),
        }
    }

    pub fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Client { status, .. } | ApiError::RetryLater { status, .. } => *status,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::Internal(e.into())
    }
}

/// The answers to the constraint violations a query reports; any other failure is internal.
impl From<crate::db::Error> for ApiError {
    fn from(e: crate::db::Error) -> Self {
        use crate::db::{Error, Taken};
        match e {
            Error::Taken(Taken::Email) => {
                ApiError::conflict("email_taken", "An account with that email already exists.")
            }
            Error::Taken(Taken::Username) => {
                ApiError::conflict("username_taken", "That username is taken.")
            }
            Error::Sqlx(e) => ApiError::from(e),
        }
    }
}

impl From<redis::RedisError> for ApiError {
    fn from(e: redis::RedisError) -> Self {
        ApiError::Internal(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match &self {
            ApiError::Client { status, code, message } => (*status, ErrorBody::new(*code, message)),
            ApiError::RetryLater { status, code, message, retry_after_secs } => {
                let headers = [(axum::http::header::RETRY_AFTER, retry_after_secs.to_string())];
                return (*status, headers, axum::Json(ErrorBody::new(*code, message)))
                    .into_response();
            }
            ApiError::Internal(cause) => {
                tracing::error!(error = %format!("{cause:#}"), "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorBody::new("internal", "Something went wrong on our side; please retry."),
                )
            }
        };
        (status, axum::Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    fn answer(e: db::Error) -> (StatusCode, Option<&'static str>) {
        match ApiError::from(e) {
            ApiError::Client { status, code, .. } => (status, Some(code)),
            other => (other.status_code(), None),
        }
    }

    #[test]
    fn a_taken_email_or_username_is_a_conflict_naming_it_and_other_failures_are_internal() {
        let taken = |t| db::Error::Taken(t);
        assert_eq!(answer(taken(db::Taken::Email)), (StatusCode::CONFLICT, Some("email_taken")));
        assert_eq!(
            answer(taken(db::Taken::Username)),
            (StatusCode::CONFLICT, Some("username_taken"))
        );
        let lost = db::Error::from(sqlx::Error::PoolTimedOut);
        assert_eq!(answer(lost), (StatusCode::INTERNAL_SERVER_ERROR, None));
    }
}
