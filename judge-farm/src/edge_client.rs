//! Signed calls from the farm to the edge: purging cached problem reads and public profiles
//! after a change, pushing standings to a contest's room, and telling a room its contest
//! changed.

use algoarena_shared::api::CachePurge;
use algoarena_shared::contest_room::{self, RoomPush};
use algoarena_shared::signing::{self, SignedParts};
use anyhow::{Context, Result};
use rand::RngCore;
use secrecy::ExposeSecret;
use serde::Serialize;

use crate::config::Settings;

/// Asks the edge to drop its cached copies of these problems. Without `EDGE_URL` it does nothing.
pub async fn purge_problems(
    http: &reqwest::Client,
    settings: &Settings,
    slugs: &[String],
) -> Result<()> {
    let purge = CachePurge { slugs: slugs.to_vec(), usernames: Vec::new() };
    post_signed(http, settings, "/internal/cache/purge", &purge).await
}

/// Asks the edge to drop the cached public profiles of these users (their stored names).
/// Without `EDGE_URL` it does nothing.
pub async fn purge_profiles(
    http: &reqwest::Client,
    settings: &Settings,
    usernames: &[String],
) -> Result<()> {
    if usernames.is_empty() {
        return Ok(());
    }
    let purge = CachePurge { slugs: Vec::new(), usernames: usernames.to_vec() };
    post_signed(http, settings, "/internal/cache/purge", &purge).await
}

/// Hands one push to a contest's room at the edge. Without `EDGE_URL` it does nothing.
pub async fn push_room(
    http: &reqwest::Client,
    settings: &Settings,
    contest_slug: &str,
    push: &RoomPush,
) -> Result<()> {
    post_signed(http, settings, &contest_room::push_path(contest_slug), push).await
}

/// Tells a contest's room that the contest's facts (end, registrants) changed, so it drops
/// the copy it keeps for connecting sockets. Without `EDGE_URL` it does nothing.
pub async fn contest_changed(
    http: &reqwest::Client,
    settings: &Settings,
    contest_slug: &str,
) -> Result<()> {
    let path = contest_room::contest_changed_path(contest_slug);
    post_signed(http, settings, &path, &serde_json::json!({})).await
}

/// POSTs `body` as JSON to an internal edge path, signed with the shared secret (the farm
/// speaks for no user, so the signed user is empty).
async fn post_signed<T: Serialize>(
    http: &reqwest::Client,
    settings: &Settings,
    path: &str,
    body: &T,
) -> Result<()> {
    let Some(edge) = &settings.edge_url else { return Ok(()) };
    let body = serde_json::to_vec(body)?;
    let mut nonce = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let nonce = hex::encode(nonce);
    let timestamp = chrono::Utc::now().timestamp();
    let parts = SignedParts {
        method: "POST",
        path_and_query: path,
        timestamp,
        nonce: &nonce,
        user: "",
        body: &body,
    };
    let signature = signing::sign(settings.shared_secret.expose_secret().as_bytes(), &parts);
    let response = http
        .post(format!("{edge}{path}"))
        .header("content-type", "application/json")
        .header(signing::HEADER_TIMESTAMP, timestamp.to_string())
        .header(signing::HEADER_NONCE, &nonce)
        .header(signing::HEADER_USER, "")
        .header(signing::HEADER_SIGNATURE, signature)
        .body(body)
        .send()
        .await
        .with_context(|| format!("reaching the edge at {edge}"))?;
    if !response.status().is_success() {
        anyhow::bail!("the edge refused {path}: {}", response.status());
    }
    Ok(())
}
