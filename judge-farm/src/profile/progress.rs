//! `GET /internal/users/me/{stats,streak,heatmap}`: the dashboard's numbers for the caller.

use algoarena_shared::api::Difficulty;
use algoarena_shared::user_profile::{
    DifficultyCount, Heatmap, HeatmapDay, LanguageCount, Streak, TagCount, UserStats,
};
use axum::extract::State;
use axum::Json;
use chrono::{Days, NaiveDate};

use crate::error::ApiResult;
use crate::profile::db::me::ProfileRow;
use crate::profile::db::progress::{self, DifficultyRow};
use crate::profile::me::own_row;
use crate::profile::{today_in, zone_of};
use crate::routes::signature::Caller;
use crate::state::AppState;

/// Days the heatmap covers, today included.
pub const HEATMAP_DAYS: u64 = 365;

/// Every difficulty in order, zero where no problem has it.
pub fn by_difficulty(rows: &[DifficultyRow]) -> Vec<DifficultyCount> {
    Difficulty::ALL
        .into_iter()
        .map(|difficulty| {
            let row = rows.iter().find(|r| r.difficulty == difficulty);
            DifficultyCount {
                difficulty,
                solved: row.map_or(0, |r| r.solved),
                total: row.map_or(0, |r| r.total),
            }
        })
        .collect()
}

#[tracing::instrument(skip_all)]
pub async fn get_stats(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<UserStats>> {
    let id = caller.require_user()?;
    let solved = by_difficulty(&progress::solved_by_difficulty(&state.db, id, Some(id)).await?);
    let (submissions, accepted_submissions) = progress::submission_counts(&state.db, id).await?;
    let tags = progress::solved_by_tag(&state.db, id)
        .await?
        .into_iter()
        .map(|t| TagCount { tag: t.name, slug: t.slug, solved: t.solved, total: t.total })
        .collect();
    let languages = progress::languages(&state.db, id)
        .await?
        .into_iter()
        .map(|l| LanguageCount {
            language: l.language,
            solved: l.solved,
            submissions: l.submissions,
        })
        .collect();
    Ok(Json(UserStats {
        total_solved: solved.iter().map(|d| d.solved).sum(),
        total_problems: solved.iter().map(|d| d.total).sum(),
        solved,
        submissions,
        accepted_submissions,
        acceptance_rate: if submissions == 0 {
            0.0
        } else {
            accepted_submissions as f64 / submissions as f64
        },
        tags,
        languages,
    }))
}

/// The streak as of `today` (local): the stored run still counts if it ended today or
/// yesterday; a whole day without a solve has broken it.
pub fn streak_as_of(row: &ProfileRow, today: NaiveDate) -> Streak {
    let last = row.last_active_date;
    let alive = last.is_some_and(|d| d >= today - Days::new(1));
    Streak {
        current: if alive { row.streak_current } else { 0 },
        longest: row.streak_longest,
        last_active_date: last.map(|d| d.to_string()),
        today: today.to_string(),
        solved_today: last == Some(today),
        time_zone: row.time_zone.clone(),
    }
}

#[tracing::instrument(skip_all)]
pub async fn get_streak(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Streak>> {
    let row = own_row(&state, caller.require_user()?).await?;
    let today = today_in(zone_of(&row.time_zone));
    Ok(Json(streak_as_of(&row, today)))
}

#[tracing::instrument(skip_all)]
pub async fn get_heatmap(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Heatmap>> {
    let row = own_row(&state, caller.require_user()?).await?;
    let today = today_in(zone_of(&row.time_zone));
    let from = today - Days::new(HEATMAP_DAYS - 1);
    let days = progress::accepted_per_day(&state.db, row.id, &row.time_zone, from)
        .await?
        .into_iter()
        // A submission stamped in the future (clock skew) stays off the calendar.
        .filter(|d| d.day <= today)
        .map(|d| HeatmapDay { date: d.day.to_string(), accepted: d.accepted })
        .collect();
    Ok(Json(Heatmap {
        time_zone: row.time_zone,
        from: from.to_string(),
        to: today.to_string(),
        days,
    }))
}
