//! The `ContestRoom` Durable Object's state, shared by its two roles (`coordinator` and
//! `shard`): the object's storage and the board kept in memory beside it. Its `fetch`,
//! `alarm` and socket handlers are in `object`, which dispatches to the roles.

use std::cell::RefCell;

use worker::{durable_object, Env, State};

use super::board::Board;
use super::store;

#[durable_object]
pub struct ContestRoom {
    pub(super) state: State,
    pub(super) env: Env,
    /// The board as last loaded or written (storage has it when the object was evicted).
    pub(super) board: RefCell<Option<Board>>,
    /// The board's `contest:snapshot` text, made once per change rather than per connection.
    pub(super) snapshot: RefCell<Option<String>>,
}

impl ContestRoom {
    /// The board, from memory or storage (an empty board before the first push).
    pub(super) async fn board(&self) -> worker::Result<Board> {
        if let Some(board) = self.board.borrow().clone() {
            return Ok(board);
        }
        let board = store::load_board(&self.state.storage()).await?.unwrap_or_default();
        *self.board.borrow_mut() = Some(board.clone());
        Ok(board)
    }

    /// Keeps `board` in memory and in storage.
    pub(super) async fn set_board(&self, board: Board) -> worker::Result<()> {
        store::save_board(&self.state.storage(), &board).await?;
        *self.board.borrow_mut() = Some(board);
        *self.snapshot.borrow_mut() = None;
        Ok(())
    }

    /// Stores a setting the Worker sent along (slug, end time) when it is new or changed; the
    /// read is served from the object's storage cache, so repeating it per request is cheap.
    pub(super) async fn remember(&self, key: &str, value: Option<String>) -> worker::Result<()> {
        if let Some(value) = value {
            if self.recall(key).await?.as_deref() != Some(value.as_str()) {
                self.state.storage().put(key, value).await?;
            }
        }
        Ok(())
    }

    pub(super) async fn recall(&self, key: &str) -> worker::Result<Option<String>> {
        self.state.storage().get(key).await
    }
}
