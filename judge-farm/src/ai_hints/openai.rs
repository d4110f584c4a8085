//! OpenAI's chat completions API (`POST <OPENAI_BASE_URL>/chat/completions`, bearer key): the
//! system and user messages of a [`Prompt`] in, the first choice's message out. Any server that
//! speaks this API can stand behind `OPENAI_BASE_URL`.

use std::time::Duration;

use anyhow::{Context, Result};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use super::prompt::{Prompt, MAX_OUTPUT_TOKENS};
use super::remote::checked;
use crate::config::ai::RemoteConfig;

#[derive(Serialize)]
struct ChatRequest<'a> {
    model: &'a str,
    messages: [Message<'a>; 2],
    max_completion_tokens: u32,
}

#[derive(Serialize)]
struct Message<'a> {
    role: &'static str,
    content: &'a str,
}

#[derive(Deserialize)]
struct ChatResponse {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: Answer,
}

#[derive(Deserialize)]
struct Answer {
    content: Option<String>,
}

/// The model's answer to `prompt`.
pub async fn ask(
    http: &reqwest::Client,
    config: &RemoteConfig,
    timeout: Duration,
    prompt: &Prompt,
) -> Result<String> {
    let request = ChatRequest {
        model: &config.model,
        messages: [
            Message { role: "system", content: prompt.system },
            Message { role: "user", content: &prompt.user },
        ],
        max_completion_tokens: MAX_OUTPUT_TOKENS,
    };
    let response = http
        .post(format!("{}/chat/completions", config.base_url))
        .bearer_auth(config.api_key.expose_secret())
        .timeout(timeout)
        .json(&request)
        .send()
        .await
        .context("calling OpenAI")?;
    let answer: ChatResponse = checked(response, "OpenAI").await?;
    answer
        .choices
        .into_iter()
        .find_map(|c| c.message.content)
        .context("OpenAI answered without a message")
}
