//! `GET /internal/problems/companies`: the companies list, for premium members only (the one
//! predicate, asked about the signed caller; anonymous callers are refused alike).

use algoarena_shared::premium::CompanyCount;
use axum::extract::State;
use axum::Json;

use crate::error::ApiResult;
use crate::practice::db::companies;
use crate::practice::premium::{premium_required, reader_is_premium};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub(super) async fn list_companies(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Vec<CompanyCount>>> {
    if !reader_is_premium(&state.db, caller.user_id).await? {
        return Err(premium_required("The companies list"));
    }
    Ok(Json(companies::list(&state.db).await?))
}
