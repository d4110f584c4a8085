//! Hints and the editorial behind their gates. Hints: every signed-in user reads the free
//! tiers; premium tiers are listed locked for others. The editorial: premium (unless the
//! package opened it up), and only once solved or on `?confirm_unsolved=true`, which is recorded.
//! A premium problem's hints and editorial are all premium: its statement is.

use algoarena_shared::my_work::{Editorial, Hint, HintList};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use uuid::Uuid;

use super::{pairs, problem_for, Pairs};
use crate::error::{ApiError, ApiResult};
use crate::practice::db::gated;
use crate::practice::premium::{is_premium, may_open, premium_required};
use crate::routes::signature::Caller;
use crate::state::AppState;

/// A problem the caller may see and open: a premium problem's hints and editorial need
/// premium as its statement does.
async fn openable_problem(state: &AppState, slug: &str, user: Uuid) -> ApiResult<Uuid> {
    let problem = problem_for(state, slug, user).await?;
    if !may_open(&state.db, problem, Some(user)).await? {
        return Err(premium_required("This problem"));
    }
    Ok(problem)
}

/// Every tier in order; a premium one the caller may not read comes without its text. Asked
/// for with `?tier=N`, a locked premium tier is a 403 `premium_required`.
pub(super) async fn list_hints(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    query: Pairs,
) -> ApiResult<Json<HintList>> {
    let user = caller.require_user()?;
    let mut only: Option<i32> = None;
    for (key, value) in pairs(query)? {
        match key.as_str() {
            "tier" => {
                only = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|t| *t >= 1)
                        .ok_or_else(|| ApiError::invalid("tier: use a whole number from 1."))?,
                )
            }
            other => return Err(ApiError::invalid(format!("{other}: not a parameter here."))),
        }
    }
    let problem = openable_problem(&state, &slug, user).await?;
    let rows = gated::hints(&state.db, problem).await?;
    let premium =
        if rows.iter().any(|h| h.is_premium) { is_premium(&state.db, user).await? } else { false };
    let mut items: Vec<Hint> = rows
        .into_iter()
        .map(|h| {
            let locked = h.is_premium && !premium;
            Hint {
                tier: h.tier as u32,
                is_premium: h.is_premium,
                locked,
                body: (!locked).then_some(h.body),
            }
        })
        .collect();
    if let Some(tier) = only {
        items.retain(|h| h.tier == tier as u32);
        match items.first() {
            None => {
                return Err(ApiError::not_found(
                    "hint_not_found",
                    format!("'{slug}' has no hint {tier}."),
                ))
            }
            Some(h) if h.locked => return Err(premium_required(&format!("Hint {tier}"))),
            Some(_) => {}
        }
    }
    Ok(Json(HintList { items }))
}

#[tracing::instrument(skip_all)]
pub(super) async fn get_editorial(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    query: Pairs,
) -> ApiResult<Json<Editorial>> {
    let user = caller.require_user()?;
    let mut confirm_unsolved = false;
    for (key, value) in pairs(query)? {
        match (key.as_str(), value.as_str()) {
            ("confirm_unsolved", "true") => confirm_unsolved = true,
            ("confirm_unsolved", "false") => confirm_unsolved = false,
            ("confirm_unsolved", _) => {
                return Err(ApiError::invalid("confirm_unsolved: use true or false."))
            }
            (other, _) => return Err(ApiError::invalid(format!("{other}: not a parameter here."))),
        }
    }
    let problem = openable_problem(&state, &slug, user).await?;
    let (body, premium_only) = gated::editorial(&state.db, problem).await?.ok_or_else(|| {
        ApiError::not_found("editorial_not_found", format!("'{slug}' has no editorial yet."))
    })?;
    if premium_only && !is_premium(&state.db, user).await? {
        return Err(premium_required("The editorial"));
    }
    let solved = gated::has_solved(&state.db, user, problem).await?;
    if !solved {
        if !confirm_unsolved {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "not_solved",
                "Solve the problem first, or confirm you want to read the editorial unsolved \
                 (?confirm_unsolved=true).",
            ));
        }
        gated::record_unsolved_view(&state.db, user, problem).await?;
    }
    Ok(Json(Editorial { problem_slug: slug, body, solved }))
}
