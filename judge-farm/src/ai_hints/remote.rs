//! What the remote providers share: how an answer is checked.

use anyhow::{bail, Context, Result};
use serde::de::DeserializeOwned;

/// The body of a 2xx answer as `T`; any other status is an error naming it and the start of
/// the body (for the log only: the caller is told the provider failed, nothing more).
pub async fn checked<T: DeserializeOwned>(response: reqwest::Response, who: &str) -> Result<T> {
    let status = response.status();
    if !status.is_success() {
        let body = response.text().await.unwrap_or_default();
        let start: String = body.chars().take(300).collect();
        bail!("{who} answered {status}: {start}");
    }
    response.json().await.with_context(|| format!("{who}'s answer does not fit its API"))
}
