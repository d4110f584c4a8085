//! One review card's schedule, by FSRS (the `fsrs` crate's default parameters): the memory
//! state after a rating and the day the problem comes back. Pure; the verdict path
//! (`db::reviews`) and the review routes (`reviews`) both step cards through here.

use algoarena_shared::reviews::{ReviewMemory, ReviewRating};
use chrono::{DateTime, Duration, Utc};
use fsrs::{MemoryState, FSRS};

/// The recall probability a card is scheduled for: FSRS's usual target.
pub const DESIRED_RETENTION: f32 = 0.9;

/// A card as stored before a review: its memory state and when it was last reviewed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reviewed {
    pub memory: ReviewMemory,
    pub at: DateTime<Utc>,
}

/// The result of one review.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    pub memory: ReviewMemory,
    /// Whole days until the card is due (at least one).
    pub interval_days: i64,
    pub due_at: DateTime<Utc>,
    /// A review card forgotten ("again" on a card that had been reviewed before).
    pub lapsed: bool,
}

/// The rating a verdict stands for when it adds a problem to the deck: solving it was a good
/// recall, failing it a miss.
pub fn first_rating(accepted: bool) -> ReviewRating {
    if accepted {
        ReviewRating::Good
    } else {
        ReviewRating::Again
    }
}

/// Whole days from `from` to `to` (never negative), as FSRS counts elapsed time.
pub fn elapsed_days(from: DateTime<Utc>, to: DateTime<Utc>) -> u32 {
    u32::try_from((to - from).num_days()).unwrap_or(0)
}

/// The crate's fractional interval as whole days, at least one: the rounding its own docs use
/// (`interval.round().max(1.0)`), since the deck is reviewed by the day.
pub fn interval_days(interval: f32) -> i64 {
    interval.round().max(1.0) as i64
}

/// Steps a card (`None`: a new one) by `rating` at `now`.
pub fn review(before: Option<Reviewed>, rating: ReviewRating, now: DateTime<Utc>) -> Step {
    let scheduler = FSRS::default();
    let memory = before
        .map(|b| MemoryState { stability: b.memory.stability, difficulty: b.memory.difficulty });
    let days = before.map_or(0, |b| elapsed_days(b.at, now));
    // The default parameters are valid and a stored state is one FSRS produced (the columns'
    // checks keep it in range), so this fails only on a broken invariant.
    let next = scheduler
        .next_states(memory, DESIRED_RETENTION, days)
        .expect("FSRS steps a valid memory state");
    let state = match rating {
        ReviewRating::Again => next.again,
        ReviewRating::Hard => next.hard,
        ReviewRating::Good => next.good,
        ReviewRating::Easy => next.easy,
    };
    let interval_days = interval_days(state.interval);
    Step {
        memory: ReviewMemory {
            stability: state.memory.stability,
            difficulty: state.memory.difficulty,
        },
        interval_days,
        due_at: now + Duration::days(interval_days),
        lapsed: before.is_some() && rating == ReviewRating::Again,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000, 0).unwrap() + Duration::days(day)
    }

    #[test]
    fn a_new_card_takes_the_crates_initial_state() {
        let step = review(None, ReviewRating::Good, at(0));
        let expected = FSRS::default().next_states(None, DESIRED_RETENTION, 0).unwrap().good;
        assert_eq!(step.memory.stability, expected.memory.stability);
        assert_eq!(step.interval_days, interval_days(expected.interval));
        assert_eq!(step.due_at, at(step.interval_days));
        assert!(!step.lapsed);
    }

    #[test]
    fn easier_answers_push_the_card_further_out() {
        let first = review(None, ReviewRating::Good, at(0));
        let before = Some(Reviewed { memory: first.memory, at: at(0) });
        let days: Vec<i64> = ReviewRating::ALL
            .into_iter()
            .map(|r| review(before, r, at(first.interval_days)).interval_days)
            .collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
        assert!(days[3] > days[0], "{days:?}");
        assert!(review(before, ReviewRating::Again, at(3)).lapsed);
    }

    #[test]
    fn elapsed_time_counts_whole_days_and_never_goes_back() {
        assert_eq!(elapsed_days(at(0), at(3) + Duration::hours(23)), 3);
        assert_eq!(elapsed_days(at(2), at(0)), 0);
        assert_eq!(interval_days(0.2), 1);
        assert_eq!(interval_days(2.5), 3);
    }
}
