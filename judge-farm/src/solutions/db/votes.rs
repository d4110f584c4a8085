//! One vote per reader per solution (`solution_votes`' primary key), changed in place, and the
//! solution's score kept equal to the sum of its votes by the trigger `solution_votes_apply`
//! (migrations 0005 and 0060) in the vote's own transaction. The trigger's
//! `votes = votes + d` waits for another vote's row lock and applies to the committed value, so
//! concurrent votes add up; the score read back is taken while this transaction still holds
//! that lock, so it is the score this vote made.

use algoarena_shared::ids::SolutionId;
use algoarena_shared::solutions::{Vote, VoteState};
use sqlx::PgPool;
use uuid::Uuid;

use crate::db::Result;

/// Sets `user`'s vote on `solution` to `vote` (`None` withdraws it) and returns the new score
/// and vote; None when the solution is gone. Voting the same way twice changes nothing.
pub async fn set(
    db: &PgPool,
    solution: SolutionId,
    user: Uuid,
    vote: Option<Vote>,
) -> Result<Option<VoteState>> {
    let mut tx = db.begin().await?;
    // A key-share lock: the solution cannot be deleted under this vote (which would fail its
    // foreign key), while other votes may still update its score.
    let exists = sqlx::query!(
        "select id from solutions where id = $1 for key share",
        solution as SolutionId
    )
    .fetch_optional(&mut *tx)
    .await?;
    if exists.is_none() {
        return Ok(None);
    }
    match vote {
        Some(vote) => {
            sqlx::query!(
                "insert into solution_votes (solution_id, user_id, value) values ($1, $2, $3)
                 on conflict (user_id, solution_id) do update set value = excluded.value",
                solution as SolutionId,
                user,
                vote.value(),
            )
            .execute(&mut *tx)
            .await?;
        }
        None => {
            sqlx::query!(
                "delete from solution_votes where solution_id = $1 and user_id = $2",
                solution as SolutionId,
                user,
            )
            .execute(&mut *tx)
            .await?;
        }
    }
    let votes =
        sqlx::query_scalar!("select votes from solutions where id = $1", solution as SolutionId)
            .fetch_one(&mut *tx)
            .await?;
    tx.commit().await?;
    Ok(Some(VoteState { votes: i64::from(votes), my_vote: vote }))
}
