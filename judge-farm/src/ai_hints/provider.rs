//! The provider chosen at start-up (`config::ai`), behind one call: a [`HintContext`] in, a
//! hint out. Remote providers get the prompt built from the context (`prompt::build`), and
//! their answer is tidied (`prompt::tidy`) before anyone sees it.

use algoarena_shared::ai_hints::AiProviderKind;
use anyhow::Result;

use super::context::HintContext;
use super::{anthropic, local, openai, prompt};
use crate::config::ai::{AiSettings, ProviderConfig};

/// A hint made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub text: String,
    pub provider: AiProviderKind,
    /// The problem's hint tier it passed on (local provider).
    pub hint_tier: Option<u32>,
}

/// A hint for `context` from the provider `settings` name.
pub async fn generate(
    settings: &AiSettings,
    http: &reqwest::Client,
    context: &HintContext,
) -> Result<Generated> {
    let provider = settings.provider.kind();
    let text = match &settings.provider {
        ProviderConfig::Local => {
            let hint = local::hint(context);
            return Ok(Generated { text: hint.text, provider, hint_tier: hint.hint_tier });
        }
        ProviderConfig::Openai(config) => {
            openai::ask(http, config, settings.timeout, &prompt::build(context)).await?
        }
        ProviderConfig::Anthropic(config) => {
            anthropic::ask(http, config, settings.timeout, &prompt::build(context)).await?
        }
    };
    let text = prompt::tidy(&text);
    anyhow::ensure!(!text.is_empty(), "{} answered an empty hint", provider.id());
    Ok(Generated { text, provider, hint_tier: None })
}
