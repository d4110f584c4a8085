//! A verdict's part in the review deck (`review_cards`): the first practice verdict on a
//! problem, solved or failed, adds it to the user's deck, in the transaction that stores the
//! verdict. The deck's own reads and reviews are `reviews::db`.

use algoarena_shared::reviews::ReviewRating;
use algoarena_shared::verdict::Status;
use chrono::Utc;
use sqlx::PgConnection;

use crate::db::Result;
use crate::model::review::{first_rating, review};
use crate::model::SubmissionId;

/// The rating a verdict stands for, or None for one that says nothing about the user's grasp
/// of the problem: a compile error (a typo) or the judge's own failure.
pub fn verdict_rating(status: Status) -> Option<ReviewRating> {
    match status {
        Status::Accepted => Some(first_rating(true)),
        Status::CompileError | Status::InternalError | Status::Queued | Status::Judging => None,
        _ => Some(first_rating(false)),
    }
}

/// Adds the submission's problem to its author's deck unless it is there already, scheduled
/// as FSRS schedules a new card rated by the verdict. Contest entries are left out: the deck
/// is for practice.
pub async fn enter(tx: &mut PgConnection, submission: SubmissionId, status: Status) -> Result<()> {
    let Some(rating) = verdict_rating(status) else { return Ok(()) };
    let now = Utc::now();
    let step = review(None, rating, now);
    sqlx::query!(
        "insert into review_cards (user_id, problem_id, stability, difficulty, due_at,
                                   last_review_at, last_rating, reps, lapses)
         select s.user_id, s.problem_id, $2::real, $3::real, $4::timestamptz, $5::timestamptz,
                $6::varchar, 1, 0
           from submissions s
          where s.id = $1 and s.contest_id is null and s.kind = 'submit'
         on conflict (user_id, problem_id) do nothing",
        submission as SubmissionId,
        step.memory.stability,
        step.memory.difficulty,
        step.due_at,
        now,
        rating as ReviewRating,
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solved_is_good_failed_is_again_and_a_typo_is_nothing() {
        assert_eq!(verdict_rating(Status::Accepted), Some(ReviewRating::Good));
        assert_eq!(verdict_rating(Status::WrongAnswer), Some(ReviewRating::Again));
        assert_eq!(verdict_rating(Status::TimeLimitExceeded), Some(ReviewRating::Again));
        assert_eq!(verdict_rating(Status::CompileError), None);
        assert_eq!(verdict_rating(Status::InternalError), None);
    }
}
