//! Stream operations. Entries carry one field, `submission`, the id; everything else about a
//! submission lives in Postgres, so an entry can be lost, duplicated or replayed without harm.

use redis::aio::ConnectionManager;
use redis::streams::{
    StreamAutoClaimOptions, StreamAutoClaimReply, StreamId, StreamPendingCountReply,
    StreamReadOptions, StreamReadReply,
};
use redis::AsyncCommands;

use crate::model::SubmissionId;

pub const GROUP: &str = "judges";

/// Roughly how many dead letters are kept; they are for people to read, not an archive.
const DEAD_LETTER_MAXLEN: usize = 10_000;

/// Appends a submission id to the stream.
pub async fn enqueue(
    redis: &mut ConnectionManager,
    stream: &str,
    id: SubmissionId,
) -> redis::RedisResult<()> {
    let _: String = redis.xadd(stream, "*", &[("submission", id.to_string())]).await?;
    Ok(())
}

/// Creates the consumer group (and the stream) if it does not exist yet. True when this call
/// created it: on a stream that already had a group, that means Redis lost its data.
pub async fn ensure_group(redis: &mut ConnectionManager, stream: &str) -> redis::RedisResult<bool> {
    // From "0", so entries added before the group existed (a submit right after a flush) are read.
    let created: redis::RedisResult<()> = redis.xgroup_create_mkstream(stream, GROUP, "0").await;
    match created {
        Ok(()) => Ok(true),
        Err(e) if e.code() == Some("BUSYGROUP") => Ok(false),
        Err(e) => Err(e),
    }
}

/// One delivered job: the stream entry id (for XACK) and the submission it names, when the
/// entry names one at all (`raw` keeps what it said, for the dead-letter stream).
#[derive(Debug, Clone)]
pub struct Job {
    pub entry_id: String,
    pub submission_id: Option<SubmissionId>,
    pub raw: Option<String>,
}

impl Job {
    fn from_entry(entry: &StreamId) -> Job {
        let raw = entry.get::<String>("submission");
        let submission_id = raw.as_deref().and_then(|s| s.parse().ok());
        Job { entry_id: entry.id.clone(), submission_id, raw }
    }
}

/// Waits up to `block_ms` for new jobs for this consumer.
pub async fn read(
    redis: &mut ConnectionManager,
    stream: &str,
    consumer: &str,
    count: usize,
    block_ms: usize,
) -> redis::RedisResult<Vec<Job>> {
    let options = StreamReadOptions::default().group(GROUP, consumer).count(count).block(block_ms);
    let reply: Option<StreamReadReply> = redis.xread_options(&[stream], &[">"], &options).await?;
    Ok(reply
        .into_iter()
        .flat_map(|r| r.keys)
        .flat_map(|k| k.ids)
        .map(|e| Job::from_entry(&e))
        .collect())
}

/// Takes over up to `count` entries that other consumers (or this one) were delivered but have
/// not acknowledged for `min_idle_ms`: their worker died, stalled, or is judging one
/// submission for longer than that (the claim in Postgres sorts those cases out). `cursor`
/// carries the scan position between calls (start with "0-0"), so busy entries at the head of
/// the pending list cannot hide idle ones behind them.
pub async fn autoclaim(
    redis: &mut ConnectionManager,
    stream: &str,
    consumer: &str,
    min_idle_ms: u64,
    count: usize,
    cursor: &mut String,
) -> redis::RedisResult<Vec<Job>> {
    let options = StreamAutoClaimOptions::default().count(count);
    let reply: StreamAutoClaimReply = redis
        .xautoclaim_options(stream, GROUP, consumer, min_idle_ms, cursor.as_str(), options)
        .await?;
    *cursor = reply.next_stream_id;
    Ok(reply.claimed.iter().map(Job::from_entry).collect())
}

/// Acknowledges an entry and deletes it, so the stream holds only unfinished work and its
/// length stays bounded by the queue's.
pub async fn ack(
    redis: &mut ConnectionManager,
    stream: &str,
    entry_id: &str,
) -> redis::RedisResult<()> {
    let _: (i64, i64) = redis::pipe()
        .atomic()
        .xack(stream, GROUP, &[entry_id])
        .xdel(stream, &[entry_id])
        .query_async(redis)
        .await?;
    Ok(())
}

/// The dead-letter stream of `stream`.
pub fn dead_letter_stream(stream: &str) -> String {
    format!("{stream}:dead")
}

/// Records a job that will not be judged, with why, on the dead-letter stream. The caller
/// acknowledges the original entry afterwards.
pub async fn dead_letter(
    redis: &mut ConnectionManager,
    stream: &str,
    job: &Job,
    consumer: &str,
    reason: &str,
) -> redis::RedisResult<()> {
    let fields = [
        ("submission", job.raw.clone().unwrap_or_default()),
        ("entry", job.entry_id.clone()),
        ("consumer", consumer.to_string()),
        ("reason", reason.to_string()),
    ];
    let _: String = redis
        .xadd_maxlen(
            dead_letter_stream(stream),
            redis::streams::StreamMaxlen::Approx(DEAD_LETTER_MAXLEN),
            "*",
            &fields,
        )
        .await?;
    Ok(())
}

/// Removes this consumer from the group if it holds no pending entries (deleting a consumer
/// drops its pending entries, which must stay claimable).
pub async fn drop_consumer_if_idle(
    redis: &mut ConnectionManager,
    stream: &str,
    consumer: &str,
) -> redis::RedisResult<bool> {
    let pending: StreamPendingCountReply =
        redis.xpending_consumer_count(stream, GROUP, "-", "+", 1, consumer).await?;
    if !pending.ids.is_empty() {
        return Ok(false);
    }
    let _: i64 = redis.xgroup_delconsumer(stream, GROUP, consumer).await?;
    Ok(true)
}
