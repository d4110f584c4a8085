//! Anthropic's messages API (`POST <ANTHROPIC_BASE_URL>/v1/messages`, `x-api-key` and
//! `anthropic-version` headers): the system text and one user message of a [`Prompt`] in, the
//! answer's text blocks out.

use std::time::Duration;

use anyhow::{Context, Result};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use super::prompt::{Prompt, MAX_OUTPUT_TOKENS};
use super::remote::checked;
use crate::config::ai::RemoteConfig;

/// The API version this client speaks.
const VERSION: &str = "2023-06-01";

#[derive(Serialize)]
struct MessagesRequest<'a> {
    model: &'a str,
    max_tokens: u32,
    system: &'a str,
    messages: [Message<'a>; 1],
}

#[derive(Serialize)]
struct Message<'a> {
    role: &'static str,
    content: &'a str,
}

#[derive(Deserialize)]
struct MessagesResponse {
    content: Vec<Block>,
}

#[derive(Deserialize)]
struct Block {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
}

/// The model's answer to `prompt`.
pub async fn ask(
    http: &reqwest::Client,
    config: &RemoteConfig,
    timeout: Duration,
    prompt: &Prompt,
) -> Result<String> {
    let request = MessagesRequest {
        model: &config.model,
        max_tokens: MAX_OUTPUT_TOKENS,
        system: prompt.system,
        messages: [Message { role: "user", content: &prompt.user }],
    };
    let response = http
        .post(format!("{}/v1/messages", config.base_url))
        .header("x-api-key", config.api_key.expose_secret())
        .header("anthropic-version", VERSION)
        .timeout(timeout)
        .json(&request)
        .send()
        .await
        .context("calling Anthropic")?;
    let answer: MessagesResponse = checked(response, "Anthropic").await?;
    let text: Vec<String> =
        answer.content.into_iter().filter(|b| b.kind == "text").filter_map(|b| b.text).collect();
    anyhow::ensure!(!text.is_empty(), "Anthropic answered without text");
    Ok(text.join("\n"))
}
