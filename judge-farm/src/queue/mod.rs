//! The submission stream on Redis: producers add ids, workers read them in a consumer group
//! and acknowledge only after the verdict is committed in Postgres.

use redis::aio::ConnectionManager;
use redis::streams::{StreamReadOptions, StreamReadReply};
use redis::AsyncCommands;
use uuid::Uuid;

pub const GROUP: &str = "judges";

/// Appends a submission id to the stream.
pub async fn enqueue(redis: &mut ConnectionManager, stream: &str, id: Uuid) -> redis::RedisResult<()> {
    let _: String = redis.xadd(stream, "*", &[("submission", id.to_string())]).await?;
    Ok(())
}

/// Creates the consumer group (and the stream) if it does not exist yet.
pub async fn ensure_group(redis: &mut ConnectionManager, stream: &str) -> redis::RedisResult<()> {
    let created: redis::RedisResult<()> = redis.xgroup_create_mkstream(stream, GROUP, "0").await;
    match created {
        Err(e) if e.code() == Some("BUSYGROUP") => Ok(()),
        other => other,
    }
}

/// One delivered job: the stream entry id (for XACK) and the submission it names.
#[derive(Debug, Clone)]
pub struct Job {
    pub entry_id: String,
    pub submission_id: Option<Uuid>,
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
        .map(|entry| {
            let submission_id = entry
                .get::<String>("submission")
                .and_then(|s| Uuid::parse_str(&s).ok());
            Job { entry_id: entry.id, submission_id }
        })
        .collect())
}

pub async fn ack(redis: &mut ConnectionManager, stream: &str, entry_id: &str) -> redis::RedisResult<()> {
    let _: i64 = redis.xack(stream, GROUP, &[entry_id]).await?;
    Ok(())
}
