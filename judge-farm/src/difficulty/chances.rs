//! A reader's chance of solving problems, from the stored ratings: a subject not fitted yet
//! (a new user, a problem nobody tried) stands at its prior mean, as the fit would put it.

use algoarena_shared::api::Difficulty;
use algoarena_shared::reviews::SolveChance;
use sqlx::PgPool;
use uuid::Uuid;

use super::db;
use super::fit::{chance, problem_prior_mean, USER_PRIOR_MEAN};
use crate::db::Result;

/// `user`'s chance on each `(slug, difficulty)`, in the same order.
pub async fn for_user(
    pool: &PgPool,
    user: Uuid,
    problems: &[(String, Difficulty)],
) -> Result<Vec<SolveChance>> {
    let own = db::user_rating(pool, user).await?;
    let (user_rating, user_attempts) = own.map_or((USER_PRIOR_MEAN, 0), |r| (r.rating, r.attempts));
    let slugs: Vec<String> = problems.iter().map(|(slug, _)| slug.clone()).collect();
    let stored = db::problem_ratings(pool, &slugs).await?;
    Ok(problems
        .iter()
        .map(|(slug, difficulty)| {
            let (problem_rating, problem_attempts) = stored
                .get(slug)
                .map_or((problem_prior_mean(*difficulty), 0), |r| (r.rating, r.attempts));
            SolveChance {
                slug: slug.clone(),
                chance: chance(user_rating, problem_rating),
                problem_rating,
                user_rating,
                problem_attempts,
                user_attempts,
            }
        })
        .collect())
}
