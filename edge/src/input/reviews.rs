//! The review queue's body: `{"rating": "again" | "hard" | "good" | "easy"}`. An unknown
//! rating is a 400 `unknown_rating`, worded as the farm words it.

use algoarena_shared::reviews::{unknown_rating_message, ReviewRating, ReviewRequest};

use super::{json_object, required_string};
use crate::error::EdgeError;

pub fn review_body(body: &[u8]) -> Result<ReviewRequest, EdgeError> {
    let name = required_string(&json_object(body)?, "rating")?;
    let rating = ReviewRating::parse(&name).ok_or_else(|| EdgeError::Refused {
        status: 400,
        code: "unknown_rating",
        message: unknown_rating_message(&name),
    })?;
    Ok(ReviewRequest { rating })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_ratings_parse_and_anything_else_is_400() {
        let good = review_body(br#"{"rating":"good"}"#).unwrap();
        assert_eq!(good.rating, ReviewRating::Good);
        let refused = review_body(br#"{"rating":"meh"}"#).unwrap_err();
        assert_eq!(refused.status_code(), 400);
        assert_eq!(review_body(br#"{}"#).unwrap_err().status_code(), 422);
    }
}
