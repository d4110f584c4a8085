//! AI hints (issue 14): the request both tiers check the same way, and the answers the web app
//! reads (a hint with the day's remaining quota, or the quota alone).

use serde::{Deserialize, Serialize};

use crate::language::Language;

/// Largest piece of code an AI hint looks at (32 KiB of UTF-8): enough for any real attempt,
/// and it bounds what a remote model is sent.
pub const MAX_AI_HINT_CODE_BYTES: usize = 32 * 1024;

/// `POST /api/problems/:slug/ai-hint`: the code in the editor now, in its language. The farm
/// reads the caller's latest verdict on the problem itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AiHintRequest {
    pub language: Language,
    pub code: String,
}

/// Checks the code's size; the message goes with 413 `code_too_large` from either tier.
pub fn check_ai_hint_code(code: &str) -> Result<(), String> {
    if code.len() > MAX_AI_HINT_CODE_BYTES {
        return Err(format!(
            "code: an AI hint looks at most {} KiB of code; this is {} KiB.",
            MAX_AI_HINT_CODE_BYTES / 1024,
            code.len().div_ceil(1024)
        ));
    }
    Ok(())
}

/// Who answered a hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AiProviderKind {
    /// Built in: the problem's own hint tiers, tags and the first failing visible test.
    Local,
    Openai,
    Anthropic,
}

impl AiProviderKind {
    pub fn id(self) -> &'static str {
        match self {
            AiProviderKind::Local => "local",
            AiProviderKind::Openai => "openai",
            AiProviderKind::Anthropic => "anthropic",
        }
    }
}

/// The caller's AI hint allowance: `limit` hints in any `window_secs` long stretch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AiHintQuota {
    /// Whether the caller may ask at all (premium); when false, `remaining` is 0.
    pub premium: bool,
    pub limit: u32,
    pub remaining: u32,
    pub window_secs: u64,
    /// Seconds until the oldest hint in the window stops counting (a place frees up); absent
    /// when none counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_free_in_secs: Option<u64>,
}

/// A hint, with the allowance left after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AiHint {
    /// Plain text (may hold Markdown inline code), never the solution.
    pub hint: String,
    pub provider: AiProviderKind,
    /// The problem's own hint tier this answer passed on, if it did (local provider).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint_tier: Option<u32>,
    pub quota: AiHintQuota,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_at_the_limit_passes_and_one_byte_more_is_refused_with_the_sizes() {
        assert!(check_ai_hint_code(&"x".repeat(MAX_AI_HINT_CODE_BYTES)).is_ok());
        let message = check_ai_hint_code(&"x".repeat(MAX_AI_HINT_CODE_BYTES + 1)).unwrap_err();
        assert!(message.contains("at most 32 KiB") && message.contains("33 KiB"), "{message}");
    }

    #[test]
    fn the_request_names_its_language_by_id_and_refuses_unknown_fields() {
        let req: AiHintRequest =
            serde_json::from_str(r#"{"language": "cpp17", "code": "int main() {}"}"#).unwrap();
        assert_eq!(req.language, Language::Cpp17);
        assert!(serde_json::from_str::<AiHintRequest>(
            r#"{"language": "cpp17", "code": "", "verdict": "accepted"}"#
        )
        .is_err());
    }
}
