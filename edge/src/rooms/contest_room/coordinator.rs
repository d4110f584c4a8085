//! A room's coordinator: queues the farm's pushes, flushes them every [`BATCH_MS`] into one
//! batch for every shard (an alarm, so no timer runs while nothing happens), sends the minute
//! tick while the contest runs, and forwards each new socket to the shard its key hashes to.
//! It keeps the contest's facts (end, shard count) that the Worker fetched from the farm for
//! the first socket, until the farm says they changed (`forget`).

use algoarena_shared::contest_room::RoomPush;
use futures_util::future::join_all;
use worker::{Date, Headers, Method, Request, RequestInit, Response, Url};

use super::batch::{fold, next_flush_ms, Pending, BATCH_MS};
use super::protocol::{
    iso, KeptContest, Tick, BATCH, HEADER_CONTEST_FROM, HEADER_ENDS_AT, HEADER_KEY, HEADER_SEQ,
    HEADER_SHARD, HEADER_SHARDS, HEADER_SLUG, NEEDS_CONTEST, SHARD_CONNECT, TICK,
};
use super::room::ContestRoom;
use super::shards::{shard_name, shard_of};
use super::{store, BINDING};

const TICK_MS: u64 = 60_000;

fn now_ms() -> u64 {
    Date::now().as_millis()
}

/// A farm push (already verified by the Worker): queued, and a flush armed.
pub async fn push(room: &ContestRoom, mut req: Request) -> worker::Result<Response> {
    room.remember("slug", req.headers().get(HEADER_SLUG)?).await?;
    let push: RoomPush = match req.json().await {
        Ok(push) => push,
        Err(e) => return Response::error(format!("not a room push: {e}"), 422),
    };
    let seq = push.seq();
    let storage = room.state.storage();
    let mut pending = store::load_pending(&storage).await?;
    pending.push(Pending { push, received_ms: now_ms() });
    store::save_pending(&storage, &pending).await?;
    arm(room, now_ms() + BATCH_MS).await?;
    Response::from_json(&serde_json::json!({ "queued": seq }))
}

/// Makes sure an alarm fires by `at_ms`.
async fn arm(room: &ContestRoom, at_ms: u64) -> worker::Result<()> {
    let storage = room.state.storage();
    let current = storage.get_alarm().await?;
    if current.is_none_or(|t| t as u64 > at_ms) {
        let offset = at_ms.saturating_sub(now_ms()) as i64;
        storage.set_alarm(offset).await?;
    }
    Ok(())
}

/// The flush and the tick.
pub async fn alarm(room: &ContestRoom) -> worker::Result<()> {
    let storage = room.state.storage();
    let now = now_ms();
    let pending = store::load_pending(&storage).await?;
    let mut next: Option<u64> = None;
    if !pending.is_empty() {
        let board = room.board().await?;
        let folded = fold(&board, pending, now);
        store::save_pending(&storage, &folded.keep).await?;
        next = next_flush_ms(&folded.keep, now);
        if let Some(batch) = folded.batch {
            room.set_board(folded.board).await?;
            fan_out(room, BATCH, &batch).await?;
        }
    }
    if let Some(tick_at) = tick_due(room, now).await? {
        next = Some(next.map_or(tick_at, |n| n.min(tick_at)));
    }
    if let Some(at) = next {
        arm(room, at).await?;
    }
    Ok(())
}

/// Sends the tick when it is due; returns when the next one is (None once the contest is
/// over or before anyone connected, when no one needs the clock).
async fn tick_due(room: &ContestRoom, now: u64) -> worker::Result<Option<u64>> {
    let Some(ends_at) = room.recall("ends_at").await? else { return Ok(None) };
    let ends_ms = Date::from(worker::DateInit::String(ends_at.clone())).as_millis();
    let storage = room.state.storage();
    let due: u64 = storage.get("next_tick").await?.unwrap_or(0);
    if due > now {
        return Ok(Some(due));
    }
    let board = room.board().await?;
    if board.ended || now > ends_ms + TICK_MS {
        storage.delete("next_tick").await?;
        return Ok(None);
    }
    fan_out(room, TICK, &Tick { now: iso(now), ends_at }).await?;
    let next = now + TICK_MS;
    storage.put("next_tick", next).await?;
    Ok(Some(next))
}

/// Posts `body` to every shard at once.
async fn fan_out<T: serde::Serialize>(
    room: &ContestRoom,
    url: &str,
    body: &T,
) -> worker::Result<()> {
    let Some(slug) = room.recall("slug").await? else { return Ok(()) };
    let shards = shard_total(room).await?;
    let json = serde_json::to_string(body).map_err(|e| worker::Error::RustError(e.to_string()))?;
    let namespace = room.env.durable_object(BINDING)?;
    let mut sends = Vec::new();
    for i in 0..shards {
        let stub = namespace.id_from_name(&shard_name(&slug, i))?.get_stub()?;
        let headers = Headers::new();
        headers.set(HEADER_SLUG, &slug)?;
        let mut init = RequestInit::new();
        init.with_method(Method::Post).with_headers(headers).with_body(Some(json.clone().into()));
        let request = Request::new_with_init(url, &init)?;
        sends.push(async move { stub.fetch_with_request(request).await });
    }
    for (i, result) in join_all(sends).await.into_iter().enumerate() {
        if let Err(e) = result {
            // The shard heals itself: the next batch's prev_seq will not match its board.
            worker::console_error!("room {slug}: shard {i} missed a message: {e}");
        }
    }
    Ok(())
}

async fn shard_total(room: &ContestRoom) -> worker::Result<u32> {
    Ok(room.state.storage().get::<u32>("shards").await?.unwrap_or(1).max(1))
}

/// The key of the kept [`KeptContest`].
const KEPT: &str = "contest";

/// The contest's facts for a connecting socket: the ones the Worker brought from the farm
/// (then kept), or the kept copy (None when there is none or it is too old: the Worker must
/// ask the farm). Returns where they came from too.
async fn contest_for(
    room: &ContestRoom,
    req: &Request,
) -> worker::Result<Option<(KeptContest, &'static str)>> {
    let storage = room.state.storage();
    let headers = req.headers();
    if let (Some(ends_at), Some(shards)) =
        (headers.get(HEADER_ENDS_AT)?, headers.get(HEADER_SHARDS)?)
    {
        let shards = shards.parse().unwrap_or(1);
        let kept = KeptContest { ends_at, shards, fetched_ms: now_ms() };
        store::put_json(&storage, KEPT, &kept).await?;
        return Ok(Some((kept, "farm")));
    }
    let kept: Option<KeptContest> = store::get_json(&storage, KEPT).await?;
    Ok(kept.filter(|k| k.fresh_at(now_ms())).map(|k| (k, "kept")))
}

/// The farm said the contest changed (registrants, or a re-import): the next socket brings
/// fresh facts.
pub async fn forget(room: &ContestRoom) -> worker::Result<Response> {
    room.state.storage().delete(KEPT).await?;
    Response::from_json(&serde_json::json!({ "forgotten": true }))
}

/// A socket connects: grows the shard count to what the contest's registrants call for,
/// starts the clock, and hands the upgrade to the shard the connection's key hashes to. The
/// contest's facts come from the coordinator's kept copy, so a connection costs the farm
/// nothing; without one the answer is [`NEEDS_CONTEST`] and the Worker asks the farm.
pub async fn connect(room: &ContestRoom, req: Request) -> worker::Result<Response> {
    let Some(slug) = req.headers().get(HEADER_SLUG)? else {
        return Response::error("no slug", 400);
    };
    let Some((contest, from)) = contest_for(room, &req).await? else {
        return Response::error("the room needs the contest's facts", NEEDS_CONTEST);
    };
    room.remember("slug", Some(slug.clone())).await?;
    room.remember("ends_at", Some(contest.ends_at.clone())).await?;
    let storage = room.state.storage();
    let hint = contest.shards;
    let mut shards = shard_total(room).await?;
    if hint > shards || storage.get::<u32>("shards").await?.is_none() {
        // Never shrinks: sockets already on the higher shards must keep getting batches.
        shards = shards.max(hint);
        storage.put("shards", shards).await?;
    }
    if storage.get::<u64>("next_tick").await?.is_none() {
        storage.put("next_tick", now_ms() + TICK_MS).await?;
        arm(room, now_ms() + TICK_MS).await?;
    }
    let key = req.headers().get(HEADER_KEY)?.unwrap_or_default();
    let shard = shard_of(&key, shards);
    let headers = Headers::new();
    for (name, value) in req.headers().entries() {
        headers.set(&name, &value)?;
    }
    // The shard keeps the end for its own clock events.
    headers.set(HEADER_ENDS_AT, &contest.ends_at)?;
    headers.set(HEADER_SEQ, &room.board().await?.seq.to_string())?;
    headers.set(HEADER_SHARD, &format!("{shard}/{shards}"))?;
    headers.set(HEADER_CONTEST_FROM, from)?;
    let mut init = RequestInit::new();
    init.with_method(Method::Get).with_headers(headers);
    let forwarded = Request::new_with_init(SHARD_CONNECT, &init)?;
    let namespace = room.env.durable_object(BINDING)?;
    let stub = namespace.id_from_name(&shard_name(&slug, shard))?.get_stub()?;
    stub.fetch_with_request(forwarded).await
}

/// The whole board, for shards catching up.
pub async fn board(room: &ContestRoom) -> worker::Result<Response> {
    let board = room.board().await?;
    if board.seq == 0 {
        return Ok(Response::empty()?.with_status(204));
    }
    Response::from_json(&board)
}

/// One leaderboard page from the board.
pub async fn page(room: &ContestRoom, url: &Url) -> worker::Result<Response> {
    let board = room.board().await?;
    if board.seq == 0 {
        return Ok(Response::empty()?.with_status(204));
    }
    let mut page = 1;
    let mut per_page = 50;
    for (name, value) in url.query_pairs() {
        match name.as_ref() {
            "page" => page = value.parse().unwrap_or(1),
            "per_page" => per_page = value.parse().unwrap_or(50),
            _ => {}
        }
    }
    Response::from_json(&board.page(page, per_page))
}
