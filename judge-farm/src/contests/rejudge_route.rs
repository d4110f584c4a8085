//! Internal rejudge API for admins: one problem of a contest judged again (the command line's
//! `judge-farm contest rejudge`). Its submissions go back to the queue, the board is recomputed
//! and pushed to the room, and each new verdict moves its row. Ratings already applied stay.

use algoarena_shared::contest_api::{RejudgeQueued, RejudgeRequest};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};

use super::db::{reads, staff};
use super::room::{self, Live};
use crate::db::standings::rules;
use crate::error::{ApiError, ApiResult};
use crate::routes::json::JsonBody;
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/contests/{slug}/rejudge", post(create_rejudge))
}

/// The problem's index from its letter (A is 0), if the contest has that many problems.
fn letter_index(letter: &str, problems: usize) -> Option<char> {
    let mut chars = letter.trim().chars();
    let c = chars.next()?.to_ascii_uppercase();
    let index = (c as u32).checked_sub('A' as u32)? as usize;
    (chars.next().is_none() && c.is_ascii_uppercase() && index < problems).then_some(c)
}

#[tracing::instrument(skip_all, fields(contest = %slug))]
async fn create_rejudge(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    JsonBody(req): JsonBody<RejudgeRequest>,
) -> ApiResult<(StatusCode, Json<RejudgeQueued>)> {
    let user = caller.require_user()?;
    if !staff::is_admin(&state.db, user).await? {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Only an admin may rejudge a contest.",
        ));
    }
    let missing =
        || ApiError::not_found("contest_not_found", format!("There is no contest '{slug}'."));
    let found = reads::find(&state.db, &slug).await?.ok_or_else(missing)?;
    let contest = rules(&state.db, found.id).await?.ok_or_else(missing)?;
    let letter = letter_index(&req.problem, contest.rules.points.len()).ok_or_else(|| {
        ApiError::invalid(format!(
            "problem: a letter of this contest's problems (A to {}).",
            char::from(b'A' + contest.rules.points.len().clamp(1, 26) as u8 - 1)
        ))
    })?;
    let queued = room::rejudge(&Live::from_state(&state), &slug, letter).await?;
    tracing::info!(%letter, queued, "contest problem rejudged by an admin");
    Ok((
        StatusCode::ACCEPTED,
        Json(RejudgeQueued { problem: letter.to_string(), queued: queued as u64 }),
    ))
}

#[cfg(test)]
mod tests {
    use super::letter_index;

    #[test]
    fn a_letter_must_name_one_of_the_problems() {
        assert_eq!(letter_index("a", 2), Some('A'));
        assert_eq!(letter_index("B", 2), Some('B'));
        assert_eq!(letter_index("C", 2), None);
        assert_eq!(letter_index("AB", 2), None);
        assert_eq!(letter_index("", 2), None);
        assert_eq!(letter_index("1", 2), None);
    }
}
