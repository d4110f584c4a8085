//! Internal language list: every language of TRD §5 and whether this farm can judge it.

use algoarena_shared::api::LanguageInfo;
use algoarena_shared::language::Language;
use axum::routing::get;
use axum::{Json, Router};

use crate::languages;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/internal/languages", get(list_languages))
}

async fn list_languages() -> Json<Vec<LanguageInfo>> {
    Json(
        Language::ALL
            .into_iter()
            .map(|l| LanguageInfo {
                id: l,
                name: l.display_name().to_string(),
                time_limit_ms: l.time_limit_ms(),
                memory_limit_mb: l.memory_limit_mb(),
                available: languages::find(l).is_some(),
            })
            .collect(),
    )
}
