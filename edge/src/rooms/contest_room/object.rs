//! The `ContestRoom` Durable Object class. One class, two roles told apart by the path: a
//! room's coordinator (named `room:<slug>`: the board, the push queue and its batching alarm,
//! the minute ticks, the shard count) and its shards (`room:<slug>:shard:<i>`: the sockets,
//! accepted with the hibernation API so idle sockets cost nothing, and a copy of the board for
//! snapshots). See docs/api.md, "Contest rooms".

use std::cell::RefCell;

use worker::{DurableObject, Env, Request, Response, State, WebSocket, WebSocketIncomingMessage};

use super::protocol::{
    BATCH, BOARD, CONNECT, FORGET, HEADER_ENDS_AT, PAGE, PUSH, SHARD_CONNECT, TICK,
};
use super::room::ContestRoom;
use super::{coordinator, expiry, shard};

impl DurableObject for ContestRoom {
    fn new(state: State, env: Env) -> Self {
        ContestRoom { state, env, board: RefCell::new(None), snapshot: RefCell::new(None) }
    }

    async fn fetch(&self, req: Request) -> worker::Result<Response> {
        let url = req.url()?;
        let path = format!("https://room{}", url.path());
        if let Some(ends_at) = req.headers().get(HEADER_ENDS_AT)? {
            self.remember("ends_at", Some(ends_at)).await?;
        }
        match path.as_str() {
            p if p == PUSH => coordinator::push(self, req).await,
            p if p == CONNECT => coordinator::connect(self, req).await,
            p if p == FORGET => coordinator::forget(self).await,
            p if p == BOARD => coordinator::board(self).await,
            p if p == PAGE => coordinator::page(self, &url).await,
            p if p == SHARD_CONNECT => shard::connect(self, req).await,
            p if p == BATCH => shard::batch(self, req).await,
            p if p == TICK => shard::tick(self, req).await,
            _ => Response::error("no such room path", 404),
        }
    }

    /// A coordinator's alarm is the batch flush and the minute tick; a shard's is the sweep
    /// of sockets whose access token expired.
    async fn alarm(&self) -> worker::Result<Response> {
        if expiry::is_shard(self).await? {
            expiry::sweep(self).await?;
        } else {
            coordinator::alarm(self).await?;
        }
        Response::empty()
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> worker::Result<()> {
        shard::message(self, ws, message).await
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        _code: usize,
        _reason: String,
        _was_clean: bool,
    ) -> worker::Result<()> {
        // Completes the closing handshake; the runtime forgets the socket afterwards.
        let _ = ws.close(Some(1000), Some("bye"));
        Ok(())
    }

    async fn websocket_error(&self, ws: WebSocket, _error: worker::Error) -> worker::Result<()> {
        let _ = ws.close(Some(1011), Some("error"));
        Ok(())
    }
}
