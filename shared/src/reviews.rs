//! The review queue's and the calibrated difficulty's bodies (issue 13): the spaced-repetition
//! deck (`/api/users/me/reviews`), a review's rating, and a signed-in reader's chance of
//! solving a problem (`/api/problems/:slug/chance`).

use serde::{Deserialize, Serialize};

use crate::api::Difficulty;

/// How a review went, FSRS's four answers (the crate's ratings 1 to 4, in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewRating {
    Again,
    Hard,
    Good,
    Easy,
}

impl ReviewRating {
    pub const ALL: [ReviewRating; 4] =
        [ReviewRating::Again, ReviewRating::Hard, ReviewRating::Good, ReviewRating::Easy];

    /// The database and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewRating::Again => "again",
            ReviewRating::Hard => "hard",
            ReviewRating::Good => "good",
            ReviewRating::Easy => "easy",
        }
    }

    pub fn parse(name: &str) -> Option<ReviewRating> {
        ReviewRating::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

stored_as_text!(ReviewRating, ReviewRating::as_str, ReviewRating::parse);

/// The message for a rating that is not one of the four, the same from the edge and the farm.
pub fn unknown_rating_message(name: &str) -> String {
    format!("rating: '{name}' is not one of again, hard, good, easy.")
}

/// `POST /api/users/me/reviews/:slug`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    pub rating: ReviewRating,
}

/// A card's FSRS memory state: stability in days, difficulty from 1 to 10.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ReviewMemory {
    pub stability: f32,
    pub difficulty: f32,
}

/// One problem in the caller's deck.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    /// When the problem comes back (RFC 3339, UTC), and whether that time has come.
    pub due_at: String,
    pub is_due: bool,
    pub last_reviewed_at: String,
    pub last_rating: ReviewRating,
    pub reps: i32,
    pub lapses: i32,
    pub memory: ReviewMemory,
}

/// `GET /api/users/me/reviews`: the whole deck in due order (due items first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewDeck {
    pub due_count: i64,
    pub items: Vec<ReviewItem>,
}

/// `GET /api/problems/:slug/chance`: the caller's chance of solving the problem in a first
/// attempt session, from the fitted practice ratings (`rating` values on the Elo scale).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SolveChance {
    pub slug: String,
    /// From 0 to 1.
    pub chance: f64,
    pub problem_rating: f64,
    pub user_rating: f64,
    /// First attempt sessions behind each rating; 0 means the model's prior stands alone.
    pub problem_attempts: i32,
    pub user_attempts: i32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_read_and_write_their_names() {
        for rating in ReviewRating::ALL {
            assert_eq!(ReviewRating::parse(rating.as_str()), Some(rating));
            let wire = serde_json::to_string(&rating).unwrap();
            assert_eq!(wire, format!("\"{}\"", rating.as_str()));
        }
        assert_eq!(ReviewRating::parse("Good"), None);
    }
}
