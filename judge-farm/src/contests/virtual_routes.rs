//! Internal virtual-participation API: start a virtual run of a contest that is over, and read
//! it with the board replayed to the run's elapsed time (`shared::scoring::virtual_board`: the
//! contest's own submissions up to that time, and the runner's, timed from their own start).
//! A run is never rated and touches no standings.

use algoarena_shared::api::PageQuery;
use algoarena_shared::contest_api::{VirtualRow, VirtualRun, VirtualStanding};
use algoarena_shared::contest_room::StandingRow;
use algoarena_shared::scoring::{virtual_board, ContestTime, Entry, Participant};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use chrono::Utc;

use super::db::reads;
use super::db::virtual_runs::{self, Run, Started};
use super::result_routes::page_of;
use crate::db::problems::Viewer;
use crate::db::standings::{rules, ContestRules};
use crate::error::{ApiError, ApiResult};
use crate::routes::signature::Caller;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/contests/{slug}/virtual", get(get_virtual).post(create_virtual))
}

async fn contest(state: &AppState, slug: &str) -> ApiResult<(reads::Found, ContestRules)> {
    let missing =
        || ApiError::not_found("contest_not_found", format!("There is no contest '{slug}'."));
    let found = reads::find(&state.db, slug).await?.ok_or_else(missing)?;
    let rules = rules(&state.db, found.id).await?.ok_or_else(missing)?;
    Ok((found, rules))
}

fn view(slug: &str, contest: &ContestRules, run: &Run) -> VirtualRun {
    let length = i64::from(contest.rules.duration.0);
    VirtualRun {
        contest_slug: slug.to_string(),
        started_at: run.started_at.to_rfc3339(),
        ends_at: run.ends_at.to_rfc3339(),
        elapsed_secs: run.elapsed_secs.clamp(0, length) as u32,
        finished: run.elapsed_secs >= length,
    }
}

#[tracing::instrument(skip_all, fields(contest = %slug))]
async fn create_virtual(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<(StatusCode, Json<VirtualRun>)> {
    let user = caller.require_user()?;
    let (found, contest) = contest(&state, &slug).await?;
    if Utc::now() < contest.final_at() {
        return Err(ApiError::conflict(
            "contest_not_over",
            "A virtual run is for a contest that is over.",
        ));
    }
    let length = i64::from(contest.rules.duration.0);
    match virtual_runs::start(&state.db, found.id, user, length).await? {
        Started::Started(run) => Ok((StatusCode::CREATED, Json(view(&slug, &contest, &run)))),
        Started::Exists => Err(ApiError::conflict(
            "virtual_run_exists",
            "You have already taken this contest virtually.",
        )),
        Started::OtherActive => Err(ApiError::conflict(
            "virtual_run_active",
            "Finish your virtual run of another contest first.",
        )),
    }
}

async fn get_virtual(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> ApiResult<Json<VirtualStanding>> {
    let (page, per_page) = page_of(query)?;
    let user = caller.require_user()?;
    let (found, contest) = contest(&state, &slug).await?;
    let run = virtual_runs::find(&state.db, found.id, user).await?.ok_or_else(|| {
        ApiError::not_found("virtual_run_not_found", "You have no virtual run of this contest.")
    })?;
    let run_view = view(&slug, &contest, &run);
    let original =
        virtual_runs::contest_submissions(&state.db, found.id, contest.start_time).await?;
    let own = virtual_runs::run_submissions(&state.db, found.id, &run).await?;
    let rules = contest.rules.clone();
    let elapsed = ContestTime(run_view.elapsed_secs);
    // A replay is O(the contest's submissions): off the async threads.
    let board =
        tokio::task::spawn_blocking(move || virtual_board(&rules, &original, &own, elapsed))
            .await
            .map_err(|e| ApiError::Internal(e.into()))?;

    let offset = (page as usize - 1) * per_page as usize;
    let shown: Vec<_> = board.rows.iter().skip(offset).take(per_page as usize).collect();
    let me_row = board.row(Participant::virtual_(algoarena_shared::ids::UserId(user)));
    let mut users: Vec<_> = shown.iter().map(|r| r.participant.user.0).collect();
    users.push(user);
    let names = virtual_runs::usernames(&state.db, &users).await?;
    let to_row = |r: &algoarena_shared::scoring::Row| VirtualRow {
        row: StandingRow {
            rank: r.rank,
            username: names.get(&r.participant.user.0).cloned().unwrap_or_default(),
            total: r.total,
            cells: r.cells.clone(),
        },
        virtual_entry: r.participant.entry == Entry::Virtual,
    };
    Ok(Json(VirtualStanding {
        run: run_view,
        problems: reads::problems(&state.db, found.id, Viewer(Some(user))).await?,
        me: me_row.map(to_row),
        rows: shown.into_iter().map(to_row).collect(),
        page,
        per_page,
        total: board.rows.len() as u64,
    }))
}
