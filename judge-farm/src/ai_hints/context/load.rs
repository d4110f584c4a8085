//! Builds the [`HintContext`] for one user, problem and piece of code: the only place one is
//! made. Every read here is of something the user may read themselves (see the module above).

use algoarena_shared::language::Language;
use sqlx::PgPool;
use uuid::Uuid;

use super::{visible, Attempt, EarlierHint, HintContext, PublicProblem, ReadableHint, Sealed};
use crate::ai_hints::db;
use crate::db::problems::samples_of;
use crate::db::Result;
use crate::practice::db::gated;

/// AI hints given before that a context carries (the newest).
const EARLIER_HINTS: i64 = 3;

/// The context for `user` (premium or not: a premium hint tier is readable only to premium
/// members) asking about `problem` with `code` in `language`.
pub async fn load(
    db: &PgPool,
    user: Uuid,
    problem: Uuid,
    premium: bool,
    language: Language,
    code: String,
) -> Result<HintContext> {
    let facts = db::problem_facts(db, problem).await?;
    let samples = visible::samples(samples_of(db, problem).await?);
    let hints = gated::hints(db, problem)
        .await?
        .into_iter()
        .filter(|h| !h.is_premium || premium)
        .map(|h| ReadableHint { tier: h.tier as u32, body: h.body })
        .collect();
    let starter = facts
        .starter_code
        .as_ref()
        .and_then(|s| s.get(language.id()))
        .and_then(|s| s.as_str())
        .unwrap_or("");
    let untouched = code.trim().is_empty() || code.trim() == starter.trim();
    let verdict = db::latest_verdict(db, user, problem)
        .await?
        .map(|stored| visible::reduce(stored, &samples, &code));
    let earlier = db::given_hints(db, user, problem, EARLIER_HINTS)
        .await?
        .into_iter()
        .map(|h| EarlierHint { hint_tier: h.hint_tier.map(|t| t as u32), body: h.body })
        .collect();
    Ok(HintContext {
        problem: PublicProblem {
            title: facts.title,
            difficulty: facts.difficulty,
            statement: facts.description,
            constraints: facts.constraints,
            tags: facts.tags,
        },
        samples,
        hints,
        editorial_outline: facts.editorial.as_deref().map(outline).unwrap_or_default(),
        attempt: Attempt { language, code, untouched },
        verdict,
        earlier,
        highest_tier_given: db::highest_given_tier(db, user, problem).await?.map(|t| t as u32),
        _sealed: Sealed,
    })
}

/// The Markdown headings of `editorial`, outside code blocks (where `#` starts a comment).
pub fn outline(editorial: &str) -> Vec<String> {
    let mut in_code = false;
    let mut headings = Vec::new();
    for line in editorial.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code || line.starts_with(' ') || line.starts_with('\t') {
            continue;
        }
        let level = line.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&level) && line[level..].starts_with(' ') {
            let heading = line[level..].trim().trim_end_matches('#').trim();
            if !heading.is_empty() {
                headings.push(heading.to_string());
            }
        }
    }
    headings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_is_the_headings_outside_code_blocks() {
        let editorial = "## Approach: a map\n\nText with # inside.\n\n```python\n# SECRET comment\n\
                         def solve(): pass\n```\n\n    # indented code\n### Common mistakes ##\n#nospace\n";
        assert_eq!(outline(editorial), vec!["Approach: a map", "Common mistakes"]);
    }
}
