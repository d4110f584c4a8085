//! The Worker's side of a room: what the routes call to connect a socket, deliver a farm push,
//! pass on the farm's word that a contest changed, and read a leaderboard page from the room's
//! board.

use algoarena_shared::contest_room::LeaderboardPage;
use worker::{Env, Headers, Method, Request, RequestInit, Response};

pub use super::protocol::NEEDS_CONTEST;
use super::protocol::{
    CONNECT, FORGET, HEADER_ENDS_AT, HEADER_KEY, HEADER_SHARDS, HEADER_SLUG, HEADER_TOKEN_EXP,
    HEADER_USER, PAGE, PUSH,
};
use super::shards::{coordinator_name, shard_count};
use super::BINDING;
use crate::error::EdgeError;

/// Who is connecting, and what the room needs to know about the contest when the Worker had
/// to ask the farm for it.
#[derive(Debug, Clone)]
pub struct Connection {
    pub slug: String,
    /// None for an anonymous viewer.
    pub username: Option<String>,
    /// The signed-in viewer's access token `exp` (seconds): the socket is closed then.
    pub token_exp: Option<i64>,
    /// None: use the coordinator's kept copy (it answers [`NEEDS_CONTEST`] when it has none).
    pub contest: Option<ContestFacts>,
}

/// The contest's facts a room needs, from the farm's contest detail.
#[derive(Debug, Clone)]
pub struct ContestFacts {
    pub ends_at: String,
    pub registrants: u64,
}

/// The fewest shards a room gets (`ROOM_MIN_SHARDS`, default 1).
fn min_shards(env: &Env) -> u32 {
    env.var("ROOM_MIN_SHARDS").ok().and_then(|v| v.to_string().parse().ok()).unwrap_or(1)
}

fn coordinator(env: &Env, slug: &str) -> Result<worker::Stub, EdgeError> {
    let namespace = env.durable_object(BINDING)?;
    Ok(namespace.id_from_name(&coordinator_name(slug))?.get_stub()?)
}

/// A random key for the connection (its shard is a hash of it).
fn connection_key() -> Result<String, EdgeError> {
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).map_err(EdgeError::internal)?;
    Ok(hex::encode(bytes))
}

/// Upgrades the request to a socket in the contest's room (the 101 response).
pub async fn connect(env: &Env, who: &Connection) -> Result<Response, EdgeError> {
    let headers = Headers::new();
    headers.set("upgrade", "websocket")?;
    headers.set(HEADER_SLUG, &who.slug)?;
    if let Some(user) = &who.username {
        headers.set(HEADER_USER, user)?;
    }
    if let Some(exp) = who.token_exp {
        headers.set(HEADER_TOKEN_EXP, &exp.to_string())?;
    }
    headers.set(HEADER_KEY, &connection_key()?)?;
    if let Some(contest) = &who.contest {
        let shards = shard_count(contest.registrants, min_shards(env));
        headers.set(HEADER_SHARDS, &shards.to_string())?;
        headers.set(HEADER_ENDS_AT, &contest.ends_at)?;
    }
    let mut init = RequestInit::new();
    init.with_method(Method::Get).with_headers(headers);
    let request = Request::new_with_init(CONNECT, &init)?;
    Ok(coordinator(env, &who.slug)?.fetch_with_request(request).await?)
}

/// The farm said the contest's facts changed: the coordinator drops its kept copy.
pub async fn forget_contest(env: &Env, slug: &str) -> Result<Response, EdgeError> {
    let headers = Headers::new();
    headers.set(HEADER_SLUG, slug)?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post).with_headers(headers);
    let request = Request::new_with_init(FORGET, &init)?;
    Ok(coordinator(env, slug)?.fetch_with_request(request).await?)
}

/// Hands a verified push (its JSON body) to the contest's room.
pub async fn deliver(env: &Env, slug: &str, body: Vec<u8>) -> Result<Response, EdgeError> {
    let headers = Headers::new();
    headers.set(HEADER_SLUG, slug)?;
    headers.set("content-type", "application/json")?;
    let mut init = RequestInit::new();
    let bytes = worker::js_sys::Uint8Array::from(body.as_slice());
    init.with_method(Method::Post).with_headers(headers).with_body(Some(bytes.into()));
    let request = Request::new_with_init(PUSH, &init)?;
    Ok(coordinator(env, slug)?.fetch_with_request(request).await?)
}

/// A leaderboard page from the room's last board, or None when the room has had no push yet
/// (the caller then asks the farm). `GET /api/contests/:slug/leaderboard` calls this first.
pub async fn leaderboard_page(
    env: &Env,
    slug: &str,
    page: u32,
    per_page: u32,
) -> Result<Option<LeaderboardPage>, EdgeError> {
    let url = format!("{PAGE}?page={page}&per_page={per_page}");
    let mut response = coordinator(env, slug)?.fetch_with_str(&url).await?;
    if response.status_code() != 200 {
        return Ok(None);
    }
    Ok(Some(response.json().await?))
}
