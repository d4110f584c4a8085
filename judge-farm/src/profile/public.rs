//! `GET /internal/users/{username}`: the public profile. Nothing private leaves here: no
//! e-mail, role, time zone, submissions or attempts, only accepted problems anyone may see.

use algoarena_shared::api::Difficulty;
use algoarena_shared::user_profile::{Badge, DifficultyCount, PublicProfile, RecentSolve};
use axum::extract::{Path, State};
use axum::Json;

use crate::error::{ApiError, ApiResult};
use crate::profile::db::{me, progress};
use crate::profile::progress::by_difficulty;
use crate::routes::signature::Caller;
use crate::state::AppState;

/// Recent solves shown on a profile.
const RECENT_SOLVES: i64 = 10;

#[tracing::instrument(skip_all)]
pub async fn get_profile(
    State(state): State<AppState>,
    _caller: Caller,
    Path(username): Path<String>,
) -> ApiResult<Json<PublicProfile>> {
    let not_found = || ApiError::not_found("user_not_found", "There is no user with that name.");
    let row = me::find_by_username(&state.db, &username).await?.ok_or_else(not_found)?;
    // Counted over what an anonymous reader may see, whoever asks.
    let solved = by_difficulty(&progress::solved_by_difficulty(&state.db, row.id, None).await?);
    let recent_solves = progress::recent_solves(&state.db, row.id, RECENT_SOLVES)
        .await?
        .into_iter()
        .map(|s| RecentSolve {
            slug: s.slug,
            title: s.title,
            difficulty: s.difficulty,
            solved_at: s.solved_at.to_rfc3339(),
        })
        .collect();
    let rated_contests = progress::rated_contests(&state.db, row.id).await?;
    Ok(Json(PublicProfile {
        badges: badges(&solved, row.streak_longest),
        avatar_url: row.avatar_url(),
        username: row.username,
        display_name: row.display_name,
        bio: row.bio,
        location: row.location,
        links: row.links.0,
        rating: row.rating,
        rated_contests,
        solved,
        recent_solves,
        joined_at: row.created_at.to_rfc3339(),
    }))
}

/// The badges earned, from solve counts and the longest streak; in the order they are earned.
pub fn badges(solved: &[DifficultyCount], longest_streak: i32) -> Vec<Badge> {
    let total: i64 = solved.iter().map(|d| d.solved).sum();
    let hard =
        solved.iter().filter(|d| d.difficulty == Difficulty::Hard).map(|d| d.solved).sum::<i64>();
    let earned = [
        (total >= 1, "first-solve", "First solve"),
        (total >= 10, "solved-10", "10 problems solved"),
        (total >= 50, "solved-50", "50 problems solved"),
        (total >= 100, "solved-100", "100 problems solved"),
        (hard >= 1, "hard-solver", "Solved a Hard problem"),
        (longest_streak >= 7, "streak-7", "7-day streak"),
        (longest_streak >= 30, "streak-30", "30-day streak"),
    ];
    earned
        .into_iter()
        .filter(|(won, ..)| *won)
        .map(|(_, id, name)| Badge { id: id.into(), name: name.into() })
        .collect()
}
