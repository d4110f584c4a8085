//! Contest rooms (TRD §4.6, issue 12 "Real time"): the live board over WebSockets. The farm
//! pushes signed [`RoomPush`]es after each committed verdict and as periodic snapshots; a
//! coordinator object per contest batches them (50–100 ms) and feeds shard objects that hold
//! the browsers' hibernated sockets (one object holds at most 32,768). Pure parts (board,
//! batching, shard choice) are plain modules tested natively; `object`, `coordinator` and
//! `shard` are the Durable Object; `client` is what the Worker's routes call.
//!
//! [`RoomPush`]: algoarena_shared::contest_room::RoomPush

pub mod batch;
pub mod board;
pub mod client;
pub mod coordinator;
pub mod expiry;
pub mod object;
pub mod protocol;
pub mod room;
pub mod shard;
pub mod shards;
pub mod store;

/// The Durable Object binding in wrangler.toml.
pub const BINDING: &str = "CONTEST_ROOM";
