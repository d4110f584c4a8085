//! Who is a premium member: the one predicate every gate on the farm asks, so the premium issue
//! (14) changes this file and nothing else. The gates themselves are few and each asks here:
//! the problem detail (`routes::problems`), the list's company filter and the companies list,
//! run and submit (`routes::submissions`), hints and the editorial (`practice::routes::gated`),
//! and recommendations (`profile::recommend`).

use algoarena_shared::premium::PREMIUM_REQUIRED;
use axum::http::StatusCode;
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;
use crate::error::ApiError;

/// Whether `user` may read premium text: `users.role` is `premium` with a plan that has not
/// expired (`plan_expires_at` null or in the future: an expired plan is free at once, whatever
/// an access token still says), or `admin`.
pub async fn is_premium(db: &PgPool, user: Uuid) -> Result<bool> {
    Ok(sqlx::query_scalar!(
        r#"select (role = 'admin'
                   or (role = 'premium' and (plan_expires_at is null or plan_expires_at > now())))
                  as "premium!"
             from users where id = $1"#,
        user,
    )
    .fetch_optional(db)
    .await?
    .unwrap_or(false))
}

/// [`is_premium`] for a reader who may be anonymous (never premium).
pub async fn reader_is_premium(db: &PgPool, reader: Option<Uuid>) -> Result<bool> {
    match reader {
        Some(user) => is_premium(db, user).await,
        None => Ok(false),
    }
}

/// Whether `reader` may open problem `problem`: a free problem is everyone's, a premium one
/// premium members' only. An unknown problem is nobody's to open.
pub async fn may_open(db: &PgPool, problem: Uuid, reader: Option<Uuid>) -> Result<bool> {
    let premium_only =
        sqlx::query_scalar!("select is_premium from problems where id = $1", problem)
            .fetch_optional(db)
            .await?;
    match premium_only {
        None => Ok(false),
        Some(false) => Ok(true),
        Some(true) => reader_is_premium(db, reader).await,
    }
}

/// The one refusal every premium gate answers: 403 `premium_required`, `what` saying what was
/// asked for ("Hint 3 is for premium members.").
pub fn premium_required(what: &str) -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        PREMIUM_REQUIRED,
        format!("{what} is for premium members."),
    )
}
