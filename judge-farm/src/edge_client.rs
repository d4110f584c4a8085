//! Signed calls from the farm to the edge: today, purging cached problem reads after a change.

use algoarena_shared::api::CachePurge;
use algoarena_shared::signing::{self, SignedParts};
use anyhow::{Context, Result};
use rand::RngCore;
use secrecy::ExposeSecret;

use crate::config::Settings;

/// Asks the edge to drop its cached copies of these problems. Without `EDGE_URL` it does nothing.
pub async fn purge_problems(
    http: &reqwest::Client,
    settings: &Settings,
    slugs: &[String],
) -> Result<()> {
    let Some(edge) = &settings.edge_url else { return Ok(()) };
    let path = "/internal/cache/purge";
    let body = serde_json::to_vec(&CachePurge { slugs: slugs.to_vec() })?;
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
        anyhow::bail!("the edge refused the purge: {}", response.status());
    }
    Ok(())
}
