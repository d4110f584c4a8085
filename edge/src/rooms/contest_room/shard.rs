//! A room's shard: holds sockets with the hibernation API (tagged with the viewer's username,
//! so a verdict reaches only its author's sockets), a copy of the board for snapshots, and
//! turns each batch from the coordinator into `contest:*` events.

use algoarena_shared::contest_room::{RoomEvent, RoomRequest};
use worker::{Request, Response, WebSocket, WebSocketIncomingMessage, WebSocketPair};

use super::board::Board;
use super::expiry;
use super::protocol::{
    iso, ShardBatch, Tick, BOARD, HEADER_CONTEST_FROM, HEADER_SEQ, HEADER_SHARD, HEADER_SLUG,
    HEADER_TOKEN_EXP, HEADER_USER,
};
use super::room::ContestRoom;
use super::shards::coordinator_name;
use super::BINDING;

/// The tag of an anonymous viewer's socket.
const ANONYMOUS: &str = "anon";

fn user_tag(username: &str) -> String {
    format!("u:{username}")
}

fn event_json(event: &RoomEvent) -> worker::Result<String> {
    serde_json::to_string(event).map_err(|e| worker::Error::RustError(e.to_string()))
}

/// The board's snapshot event, made once per change.
async fn snapshot(room: &ContestRoom) -> worker::Result<String> {
    if let Some(json) = room.snapshot.borrow().clone() {
        return Ok(json);
    }
    let board = room.board().await?;
    let json = event_json(&RoomEvent::Snapshot {
        seq: board.seq,
        rows: board.rows,
        frozen: board.frozen,
    })?;
    *room.snapshot.borrow_mut() = Some(json.clone());
    Ok(json)
}

/// The tick event from now and the stored end, if the room knows it.
async fn tick_now(room: &ContestRoom) -> worker::Result<Option<String>> {
    let Some(ends_at) = room.recall("ends_at").await? else { return Ok(None) };
    let now = iso(worker::Date::now().as_millis());
    Ok(Some(event_json(&RoomEvent::TimerTick { now, ends_at })?))
}

/// Replaces this shard's board with the coordinator's (a new shard, or one that missed a
/// batch).
async fn catch_up(room: &ContestRoom) -> worker::Result<()> {
    let Some(slug) = room.recall("slug").await? else { return Ok(()) };
    let namespace = room.env.durable_object(BINDING)?;
    let stub = namespace.id_from_name(&coordinator_name(&slug))?.get_stub()?;
    let mut response = stub.fetch_with_str(BOARD).await?;
    if response.status_code() == 200 {
        let board: Board = response.json().await?;
        room.set_board(board).await?;
    }
    Ok(())
}

/// Accepts a socket: tags it, sends the snapshot and the clock.
pub async fn connect(room: &ContestRoom, req: Request) -> worker::Result<Response> {
    let headers = req.headers();
    room.remember("slug", headers.get(HEADER_SLUG)?).await?;
    let wanted: u64 = headers.get(HEADER_SEQ)?.and_then(|s| s.parse().ok()).unwrap_or(0);
    if room.board().await?.seq < wanted {
        catch_up(room).await?;
    }
    let tag = match headers.get(HEADER_USER)? {
        Some(user) if !user.is_empty() => user_tag(&user),
        _ => ANONYMOUS.to_string(),
    };
    let pair = WebSocketPair::new()?;
    room.state.accept_websocket_with_tags(&pair.server, &[tag.as_str()]);
    if let Some(exp) = headers.get(HEADER_TOKEN_EXP)?.and_then(|e| e.parse::<i64>().ok()) {
        expiry::watch(room, &pair.server, exp).await?;
    }
    pair.server.send_with_str(snapshot(room).await?)?;
    if let Some(tick) = tick_now(room).await? {
        pair.server.send_with_str(tick)?;
    }
    let response = Response::from_websocket(pair.client)?;
    for name in [HEADER_SHARD, HEADER_CONTEST_FROM] {
        if let Some(value) = headers.get(name)? {
            response.headers().set(name, &value)?;
        }
    }
    Ok(response)
}

fn broadcast(sockets: &[WebSocket], json: &str) {
    for ws in sockets {
        // A socket closing right now fails to send; its close event tidies up.
        let _ = ws.send_with_str(json);
    }
}

/// Applies a batch and tells the sockets.
pub async fn batch(room: &ContestRoom, mut req: Request) -> worker::Result<Response> {
    room.remember("slug", req.headers().get(HEADER_SLUG)?).await?;
    let batch: ShardBatch = req.json().await?;
    let mut board = room.board().await?;
    let sockets = room.state.get_websockets();
    if batch.seq <= board.seq {
        // Already applied (a retried fan-out, or a catch-up that got ahead).
    } else if batch.replace || batch.prev_seq == board.seq {
        let before = board.seq;
        if batch.replace {
            board.rows = batch.rows.clone();
            board.sort();
        } else {
            board.upsert(&batch.rows);
        }
        board.seq = batch.seq;
        board.frozen = batch.frozen;
        board.ended |= batch.ended.is_some();
        room.set_board(board).await?;
        if batch.replace {
            broadcast(&sockets, &snapshot(room).await?);
        } else {
            let update =
                RoomEvent::RankUpdate { seq: batch.seq, prev_seq: before, rows: batch.rows };
            broadcast(&sockets, &event_json(&update)?);
        }
    } else {
        // This shard missed a batch: take the coordinator's board and give everyone a
        // snapshot, rather than draw a board that skipped a step.
        catch_up(room).await?;
        broadcast(&sockets, &snapshot(room).await?);
    }
    for (seq, notice) in batch.submissions {
        let own = room.state.get_websockets_with_tag(&user_tag(&notice.username));
        if !own.is_empty() {
            broadcast(&own, &event_json(&RoomEvent::Submission { seq, submission: notice })?);
        }
    }
    if let Some(seq) = batch.ended {
        broadcast(&sockets, &event_json(&RoomEvent::Ended { seq })?);
    }
    Response::empty()
}

pub async fn tick(room: &ContestRoom, mut req: Request) -> worker::Result<Response> {
    let tick: Tick = req.json().await?;
    let sockets = room.state.get_websockets();
    let json = event_json(&RoomEvent::TimerTick { now: tick.now, ends_at: tick.ends_at })?;
    broadcast(&sockets, &json);
    Response::empty()
}

/// A browser's message: only `resync` means anything.
pub async fn message(
    room: &ContestRoom,
    ws: WebSocket,
    message: WebSocketIncomingMessage,
) -> worker::Result<()> {
    let WebSocketIncomingMessage::String(text) = message else { return Ok(()) };
    match serde_json::from_str::<RoomRequest>(&text) {
        Ok(RoomRequest::Resync { .. }) => ws.send_with_str(snapshot(room).await?),
        // Anything else is ignored: the socket is a read-only feed.
        Err(_) => Ok(()),
    }
}
