//! Queries of the review deck (`review_cards`): the caller's deck in due order, one card, a
//! review's write and dropping a card. Cards are added by verdicts (`db::reviews`).

use algoarena_shared::api::Difficulty;
use algoarena_shared::reviews::{ReviewItem, ReviewMemory, ReviewRating};
use chrono::{DateTime, Utc};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::db::Result;
use crate::model::review::{Reviewed, Step};

pub struct CardRow {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub stability: f32,
    pub memory_difficulty: f32,
    pub due_at: DateTime<Utc>,
    pub last_review_at: DateTime<Utc>,
    pub last_rating: ReviewRating,
    pub reps: i32,
    pub lapses: i32,
}

impl CardRow {
    pub fn reviewed(&self) -> Reviewed {
        Reviewed {
            memory: ReviewMemory { stability: self.stability, difficulty: self.memory_difficulty },
            at: self.last_review_at,
        }
    }

    pub fn into_item(self, now: DateTime<Utc>) -> ReviewItem {
        ReviewItem {
            is_due: self.due_at <= now,
            due_at: self.due_at.to_rfc3339(),
            last_reviewed_at: self.last_review_at.to_rfc3339(),
            memory: ReviewMemory { stability: self.stability, difficulty: self.memory_difficulty },
            slug: self.slug,
            title: self.title,
            difficulty: self.difficulty,
            last_rating: self.last_rating,
            reps: self.reps,
            lapses: self.lapses,
        }
    }
}

/// The user's deck, soonest due first (so every due card precedes every waiting one). Cards
/// of problems the user may no longer see (unpublished, or in a contest again) are left out.
pub async fn deck(db: impl PgExecutor<'_>, user: Uuid) -> Result<Vec<CardRow>> {
    Ok(sqlx::query_as!(
        CardRow,
        r#"select p.slug, p.title, p.difficulty as "difficulty!: Difficulty",
                  c.stability, c.difficulty as memory_difficulty, c.due_at, c.last_review_at,
                  c.last_rating as "last_rating!: ReviewRating", c.reps, c.lapses
             from review_cards c join problems p on p.id = c.problem_id
            where c.user_id = $1 and p.is_published and problem_visible(p.id, $1)
            order by c.due_at, p.slug"#,
        user,
    )
    .fetch_all(db)
    .await?)
}

/// One card of the user's, locked for a review in the caller's transaction.
pub async fn card_for_update(
    db: impl PgExecutor<'_>,
    user: Uuid,
    problem: Uuid,
) -> Result<Option<CardRow>> {
    Ok(sqlx::query_as!(
        CardRow,
        r#"select p.slug, p.title, p.difficulty as "difficulty!: Difficulty",
                  c.stability, c.difficulty as memory_difficulty, c.due_at, c.last_review_at,
                  c.last_rating as "last_rating!: ReviewRating", c.reps, c.lapses
             from review_cards c join problems p on p.id = c.problem_id
            where c.user_id = $1 and c.problem_id = $2
              for update of c"#,
        user,
        problem,
    )
    .fetch_optional(db)
    .await?)
}

/// Writes one review's outcome on the card.
pub async fn record(
    db: impl PgExecutor<'_>,
    user: Uuid,
    problem: Uuid,
    rating: ReviewRating,
    step: &Step,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query!(
        "update review_cards
            set stability = $3, difficulty = $4, due_at = $5, last_review_at = $6,
                last_rating = $7, reps = reps + 1, lapses = lapses + $8::int
          where user_id = $1 and problem_id = $2",
        user,
        problem,
        step.memory.stability,
        step.memory.difficulty,
        step.due_at,
        now,
        rating as ReviewRating,
        i32::from(step.lapsed),
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Drops a card; false when the problem was not in the deck.
pub async fn remove(db: impl PgExecutor<'_>, user: Uuid, problem: Uuid) -> Result<bool> {
    let done = sqlx::query!(
        "delete from review_cards where user_id = $1 and problem_id = $2",
        user,
        problem
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}
