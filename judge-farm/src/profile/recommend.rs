//! `GET /internal/users/me/recommendations`: unsolved problems from the caller's weakest tags
//! at the difficulty just above the one they solve most, each with the reason it was picked
//! and the caller's chance of solving it (`difficulty`).

use algoarena_shared::api::Difficulty;
use algoarena_shared::user_profile::{DifficultyCount, Recommendation, Recommendations};
use axum::extract::State;
use axum::Json;

use crate::difficulty::chances;
use crate::error::ApiResult;
use crate::practice::premium::is_premium;
use crate::profile::db::progress;
use crate::profile::db::recommend::{self, CandidateRow};
use crate::profile::me::own_row;
use crate::profile::progress::by_difficulty;
use crate::routes::signature::Caller;
use crate::state::AppState;

const RECOMMENDATIONS: i64 = 5;

/// The difficulty one step above the one with the most solves (ties go to the harder one);
/// Easy for someone who solved nothing yet, Hard stays Hard.
pub fn target_difficulty(solved: &[DifficultyCount]) -> (Option<Difficulty>, Difficulty) {
    let usual = solved
        .iter()
        .filter(|d| d.solved > 0)
        .max_by_key(|d| (d.solved, d.difficulty as u8))
        .map(|d| d.difficulty);
    let target = match usual {
        None => Difficulty::Easy,
        Some(Difficulty::Easy) => Difficulty::Medium,
        Some(Difficulty::Medium | Difficulty::Hard) => Difficulty::Hard,
    };
    (usual, target)
}

/// Why `c` is recommended, in words.
pub fn reason(c: &CandidateRow, usual: Option<Difficulty>, target: Difficulty) -> String {
    let topic = format!(
        "{} is one of your weakest topics ({} of {} solved)",
        c.weak_tag, c.tag_solved, c.tag_total
    );
    let level = match usual {
        _ if c.difficulty != target => format!(
            "it is {} rather than {}, to round out the list",
            c.difficulty.as_str(),
            target.as_str()
        ),
        None => "an Easy problem is the place to start".to_string(),
        Some(usual) if usual != target => format!(
            "{} is one step above the {} problems you solve most",
            target.as_str(),
            usual.as_str()
        ),
        Some(_) => format!("{} matches your level", target.as_str()),
    };
    format!("{topic}; {level}.")
}

#[tracing::instrument(skip_all)]
pub async fn list_recommendations(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Recommendations>> {
    let row = own_row(&state, caller.require_user()?).await?;
    // The one predicate: an expired plan recommends free problems only.
    let premium = is_premium(&state.db, row.id).await?;
    let solved =
        by_difficulty(&progress::solved_by_difficulty(&state.db, row.id, Some(row.id)).await?);
    let (usual, target) = target_difficulty(&solved);
    let candidates =
        recommend::candidates(&state.db, row.id, target, premium, RECOMMENDATIONS).await?;
    let asked: Vec<_> = candidates.iter().map(|c| (c.slug.clone(), c.difficulty)).collect();
    let odds = chances::for_user(&state.db, row.id, &asked).await?;
    let items = candidates
        .into_iter()
        .zip(odds)
        .map(|(c, odds)| Recommendation {
            reason: reason(&c, usual, target),
            slug: c.slug,
            title: c.title,
            difficulty: c.difficulty,
            tags: c.tags,
            is_premium: c.is_premium,
            chance: odds.chance,
        })
        .collect();
    Ok(Json(Recommendations { target_difficulty: target, items }))
}
