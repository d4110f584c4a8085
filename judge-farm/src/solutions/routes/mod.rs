//! The internal solutions API (docs/api.md, "Community solutions"). Reads may be anonymous;
//! every write acts for the signed caller. Each route first finds the problem as its reader may
//! see it: hidden is 404, premium without premium is 403 `premium_required`.

mod list;
mod one;
mod share;
mod vote;

use algoarena_shared::ids::SolutionId;
use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use axum::routing::{get, put};
use axum::Router;
use uuid::Uuid;

use super::db::visible_problem;
use crate::error::{ApiError, ApiResult};
use crate::practice::premium::{may_open, premium_required};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/internal/problems/{slug}/solutions",
            get(list::list_solutions).post(share::share_solution),
        )
        .route(
            "/internal/problems/{slug}/solutions/{id}",
            get(one::get_solution).patch(one::edit_solution).delete(one::delete_solution),
        )
        .route(
            "/internal/problems/{slug}/solutions/{id}/vote",
            put(vote::put_vote).delete(vote::delete_vote),
        )
}

/// The query's pairs, in order; one that does not parse is a 422.
type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

fn pairs(query: Pairs) -> ApiResult<Vec<(String, String)>> {
    Ok(query.map_err(|e| ApiError::invalid(e.body_text()))?.0)
}

/// The problem `reader` may read solutions of: visible (else 404, as every problem route
/// answers) and openable (a premium problem's solutions are premium, as its statement is).
async fn readable_problem(state: &AppState, slug: &str, reader: Option<Uuid>) -> ApiResult<Uuid> {
    let problem = visible_problem(&state.db, slug, reader).await?.ok_or_else(|| {
        ApiError::not_found("problem_not_found", format!("There is no problem '{slug}'."))
    })?;
    if !may_open(&state.db, problem, reader).await? {
        return Err(premium_required("This problem's solutions section"));
    }
    Ok(problem)
}

fn no_solution() -> ApiError {
    ApiError::not_found("solution_not_found", "There is no such solution of this problem.")
}

/// A solution id from the path; one that is not a UUID names no solution.
fn solution_id(raw: &str) -> ApiResult<SolutionId> {
    raw.parse().map_err(|_| no_solution())
}
