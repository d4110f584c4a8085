//! The public board of a contest as a Redis sorted set, for rank queries at scale: member =
//! user id, score = the total folded into one number where smaller ranks ahead. A rank is then
//! one `ZCOUNT` (1 + the rows strictly ahead, so ties share it), a page one `ZRANGE`. Equal
//! scores are ordered by member, i.e. by user id: the same tie order as `shared::scoring`.
//!
//! The set is a cache of the Postgres rows: written after each committed verdict, rebuilt
//! whole with each snapshot (so a lost write heals within 30 s) and when it is missing.

use algoarena_shared::scoring::Total;
use redis::aio::ConnectionManager;
use redis::AsyncCommands;
use uuid::Uuid;

/// Points above this all rank alike (no package comes near it: 26 problems of ≤ 40,000).
const MAX_POINTS: u64 = (1 << 20) - 1;
/// Penalty seconds above this all rank alike (about 136 years).
const MAX_PENALTY: u64 = (1 << 32) - 1;

/// The set's key.
pub fn board_key(contest_id: Uuid) -> String {
    format!("contest:{contest_id}:board")
}

/// Which board (frozen or open) the set was last rebuilt from.
fn built_key(contest_id: Uuid) -> String {
    format!("contest:{contest_id}:board:built")
}

/// The room push sequence's key.
pub fn seq_key(contest_id: Uuid) -> String {
    format!("contest:{contest_id}:seq")
}

/// The total as one sortable number, smaller first: `(MAX_POINTS - points)·2³² + penalty`,
/// below 2⁵² so a double holds it exactly.
pub fn encode(total: Total) -> f64 {
    let points = total.points.0.min(MAX_POINTS);
    let penalty = total.penalty.0.min(MAX_PENALTY);
    ((MAX_POINTS - points) * (1u64 << 32) + penalty) as f64
}

/// Puts (or moves) one participant on the set.
pub async fn set(
    redis: &mut ConnectionManager,
    contest_id: Uuid,
    user: Uuid,
    total: Total,
) -> redis::RedisResult<()> {
    redis.zadd::<_, _, _, ()>(board_key(contest_id), user.to_string(), encode(total)).await
}

/// The rank `total` has on the set: 1 + the members strictly ahead of it.
pub async fn rank_of(
    redis: &mut ConnectionManager,
    contest_id: Uuid,
    total: Total,
) -> redis::RedisResult<u32> {
    let ahead: u64 =
        redis.zcount(board_key(contest_id), "-inf", format!("({}", encode(total))).await?;
    Ok(ahead as u32 + 1)
}

/// How many are on the set.
pub async fn len(redis: &mut ConnectionManager, contest_id: Uuid) -> redis::RedisResult<u64> {
    redis.zcard(board_key(contest_id)).await
}

/// Members `offset..offset + count` best first, with their scores.
pub async fn range(
    redis: &mut ConnectionManager,
    contest_id: Uuid,
    offset: u64,
    count: u64,
) -> redis::RedisResult<Vec<(Uuid, f64)>> {
    if count == 0 {
        return Ok(Vec::new());
    }
    let got: Vec<(String, f64)> = redis
        .zrange_withscores(board_key(contest_id), offset as isize, (offset + count - 1) as isize)
        .await?;
    Ok(got.into_iter().filter_map(|(m, s)| Uuid::parse_str(&m).ok().map(|u| (u, s))).collect())
}

/// Ranks for members in board order starting at position `offset` (0-based), given the first
/// one's rank: equal scores share the rank, a new score's rank is its position.
pub fn ranks_from(first_rank: u32, offset: u64, scores: &[f64]) -> Vec<u32> {
    let mut ranks = Vec::with_capacity(scores.len());
    for (i, score) in scores.iter().enumerate() {
        let rank = match ranks.last() {
            None => first_rank,
            Some(&prev) if scores[i - 1] == *score => prev,
            Some(_) => (offset + i as u64 + 1) as u32,
        };
        ranks.push(rank);
    }
    ranks
}

/// Whether the set is there and was built from the board `frozen` names (a freeze that
/// started or lifted since makes it stale).
pub async fn is_current(
    redis: &mut ConnectionManager,
    contest_id: Uuid,
    frozen: bool,
) -> redis::RedisResult<bool> {
    let built: Option<String> = redis.get(built_key(contest_id)).await?;
    Ok(built.as_deref() == Some(if frozen { "frozen" } else { "open" }))
}

/// Replaces the set with these members, atomically (built aside, then renamed over it), and
/// records which board they came from.
pub async fn replace(
    redis: &mut ConnectionManager,
    contest_id: Uuid,
    members: &[(Uuid, Total)],
    frozen: bool,
) -> redis::RedisResult<()> {
    let key = board_key(contest_id);
    redis.set::<_, _, ()>(built_key(contest_id), if frozen { "frozen" } else { "open" }).await?;
    if members.is_empty() {
        return redis.del::<_, ()>(&key).await;
    }
    let aside = format!("{key}:building:{}", Uuid::new_v4().simple());
    for chunk in members.chunks(1000) {
        let items: Vec<(f64, String)> =
            chunk.iter().map(|(u, t)| (encode(*t), u.to_string())).collect();
        redis.zadd_multiple::<_, _, _, ()>(&aside, &items).await?;
    }
    redis.rename::<_, _, ()>(&aside, &key).await
}

/// The next push sequence number of the contest's room.
pub async fn next_seq(redis: &mut ConnectionManager, contest_id: Uuid) -> redis::RedisResult<u64> {
    redis.incr(seq_key(contest_id), 1u64).await
}

/// The last push sequence number (0 before the first push).
pub async fn current_seq(
    redis: &mut ConnectionManager,
    contest_id: Uuid,
) -> redis::RedisResult<u64> {
    let seq: Option<u64> = redis.get(seq_key(contest_id)).await?;
    Ok(seq.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use algoarena_shared::scoring::{Penalty, Points};

    use super::*;

    fn total(points: u64, penalty: u64) -> Total {
        Total { points: Points(points), penalty: Penalty(penalty) }
    }

    #[test]
    fn the_encoding_sorts_like_the_rank_key_and_ties_stay_equal() {
        let totals =
            [total(0, 0), total(3, 900), total(3, 899), total(5, 10_000_000), total(1_000, 0)];
        for a in totals {
            for b in totals {
                assert_eq!(
                    a.rank_key().cmp(&b.rank_key()),
                    encode(a).partial_cmp(&encode(b)).unwrap(),
                    "{a:?} vs {b:?}"
                );
            }
        }
        assert!(encode(total(MAX_POINTS, 0)) >= 0.0);
        assert!(encode(total(0, MAX_PENALTY)) < (1u64 << 53) as f64);
    }

    #[test]
    fn ranks_of_a_page_share_ties_and_skip_after_them() {
        assert_eq!(ranks_from(1, 0, &[1.0, 1.0, 2.0, 3.0, 3.0, 3.0, 4.0]), [1, 1, 3, 4, 4, 4, 7]);
        // A page starting inside a tie group keeps the group's rank.
        assert_eq!(ranks_from(9, 10, &[5.0, 6.0]), [9, 12]);
    }
}
