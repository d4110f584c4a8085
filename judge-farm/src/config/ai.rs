//! Which provider answers AI hints (the farm's `ai_hints` module) and how many a member gets,
//! read once at start-up from the variables listed on [`AiSettings`].

use std::time::Duration;

use algoarena_shared::ai_hints::AiProviderKind;
use anyhow::{bail, Result};
use secrecy::SecretString;

/// The AI hint settings. Variables (defaults in brackets):
///
/// - `AI_HINT_PROVIDER` [unset]: `local`, `openai` or `anthropic`, to choose explicitly. Unset:
///   OpenAI when `OPENAI_API_KEY` is set, else Anthropic when `ANTHROPIC_API_KEY` is set, else
///   the built-in local provider (no network; the problem's own hint tiers and visible tests).
/// - `OPENAI_API_KEY` [unset], `OPENAI_BASE_URL` [`https://api.openai.com/v1`] (the chat
///   completions API is `<base>/chat/completions`), `OPENAI_MODEL` [`gpt-4o-mini`].
/// - `ANTHROPIC_API_KEY` [unset], `ANTHROPIC_BASE_URL` [`https://api.anthropic.com`] (the
///   messages API is `<base>/v1/messages`), `ANTHROPIC_MODEL` [`claude-haiku-4-5`].
/// - `AI_HINT_DAILY_LIMIT` [`10`] hints per member per `AI_HINT_WINDOW_SECS` [`86400`], a
///   sliding window (TRD §6); beyond it the answer is 429 `rate_limited` with `Retry-After`.
/// - `AI_HINT_TIMEOUT_SECS` [`15`]: the longest wait for a remote provider (at most 18, so the
///   farm answers before the edge's 20 s wait for it runs out).
#[derive(Debug, Clone)]
pub struct AiSettings {
    pub provider: ProviderConfig,
    pub daily_limit: u32,
    pub window: Duration,
    pub timeout: Duration,
}

/// The provider chosen, with what it needs to be called.
#[derive(Debug, Clone)]
pub enum ProviderConfig {
    Local,
    Openai(RemoteConfig),
    Anthropic(RemoteConfig),
}

/// A remote model behind an HTTP API.
#[derive(Debug, Clone)]
pub struct RemoteConfig {
    pub api_key: SecretString,
    /// Without a trailing slash.
    pub base_url: String,
    pub model: String,
}

pub const DEFAULT_OPENAI_BASE_URL: &str = "https://api.openai.com/v1";
pub const DEFAULT_OPENAI_MODEL: &str = "gpt-4o-mini";
pub const DEFAULT_ANTHROPIC_BASE_URL: &str = "https://api.anthropic.com";
pub const DEFAULT_ANTHROPIC_MODEL: &str = "claude-haiku-4-5";
/// The edge waits 20 s for the farm; a provider call must end before that.
const MAX_TIMEOUT: Duration = Duration::from_secs(18);

impl Default for AiSettings {
    /// The local provider, 10 hints a day (TRD §6).
    fn default() -> Self {
        AiSettings {
            provider: ProviderConfig::Local,
            daily_limit: 10,
            window: Duration::from_secs(24 * 3600),
            timeout: Duration::from_secs(15),
        }
    }
}

impl ProviderConfig {
    pub fn kind(&self) -> AiProviderKind {
        match self {
            ProviderConfig::Local => AiProviderKind::Local,
            ProviderConfig::Openai(_) => AiProviderKind::Openai,
            ProviderConfig::Anthropic(_) => AiProviderKind::Anthropic,
        }
    }
}

impl AiSettings {
    /// From the process environment.
    pub fn from_env() -> Result<AiSettings> {
        AiSettings::from_lookup(|name| std::env::var(name).ok())
    }

    /// From any source of variables (`lookup(name)`), so the choice is testable without
    /// touching the process environment. Blank values count as unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<AiSettings> {
        let var = |name: &str| lookup(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let remote =
            |key: &str, base: &str, default_base: &str, model: &str, default_model: &str| {
                var(key).map(|api_key| RemoteConfig {
                    api_key: api_key.into(),
                    base_url: var(base)
                        .unwrap_or_else(|| default_base.to_string())
                        .trim_end_matches('/')
                        .to_string(),
                    model: var(model).unwrap_or_else(|| default_model.to_string()),
                })
            };
        let openai = remote(
            "OPENAI_API_KEY",
            "OPENAI_BASE_URL",
            DEFAULT_OPENAI_BASE_URL,
            "OPENAI_MODEL",
            DEFAULT_OPENAI_MODEL,
        );
        let anthropic = remote(
            "ANTHROPIC_API_KEY",
            "ANTHROPIC_BASE_URL",
            DEFAULT_ANTHROPIC_BASE_URL,
            "ANTHROPIC_MODEL",
            DEFAULT_ANTHROPIC_MODEL,
        );
        let provider = match var("AI_HINT_PROVIDER").as_deref() {
            None => match (openai, anthropic) {
                (Some(openai), _) => ProviderConfig::Openai(openai),
                (None, Some(anthropic)) => ProviderConfig::Anthropic(anthropic),
                (None, None) => ProviderConfig::Local,
            },
            Some("local") => ProviderConfig::Local,
            Some("openai") => match openai {
                Some(openai) => ProviderConfig::Openai(openai),
                None => bail!("AI_HINT_PROVIDER=openai needs OPENAI_API_KEY"),
            },
            Some("anthropic") => match anthropic {
                Some(anthropic) => ProviderConfig::Anthropic(anthropic),
                None => bail!("AI_HINT_PROVIDER=anthropic needs ANTHROPIC_API_KEY"),
            },
            Some(other) => {
                bail!("AI_HINT_PROVIDER={other:?} is invalid: use local, openai or anthropic")
            }
        };
        let number = |name: &str, default: u64| -> Result<u64> {
            match var(name) {
                None => Ok(default),
                Some(v) => v.parse().map_err(|e| anyhow::anyhow!("{name}={v:?} is invalid: {e}")),
            }
        };
        let defaults = AiSettings::default();
        Ok(AiSettings {
            provider,
            daily_limit: number("AI_HINT_DAILY_LIMIT", defaults.daily_limit.into())?
                .clamp(1, u32::MAX.into()) as u32,
            window: Duration::from_secs(
                number("AI_HINT_WINDOW_SECS", defaults.window.as_secs())?.max(1),
            ),
            timeout: Duration::from_secs(
                number("AI_HINT_TIMEOUT_SECS", defaults.timeout.as_secs())?.max(1),
            )
            .min(MAX_TIMEOUT),
        })
    }
}
