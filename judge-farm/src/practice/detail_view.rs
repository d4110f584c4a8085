//! What a reader gets of a problem's detail (issue 14). The anonymous answer is what the edge
//! caches for everyone, so no hint or editorial text is ever in it (signed-in readers open
//! those through their gated routes), companies only reach premium readers, and a premium
//! problem is a teaser for everyone else.

use algoarena_shared::api::ProblemDetail;
use algoarena_shared::premium::LockedProblem;

/// A problem's detail as one reader may see it.
#[derive(Debug, PartialEq)]
pub enum DetailView {
    /// The statement, samples and limits.
    Open(Box<ProblemDetail>),
    /// A premium problem shown to someone who is not premium: 403 `premium_required` with a
    /// teaser (the list entry and the statement's first paragraph).
    Locked(LockedProblem),
}

/// Shapes `detail` for a reader who is (`premium`) or is not a premium member.
pub fn for_reader(mut detail: ProblemDetail, premium: bool) -> DetailView {
    for hint in &mut detail.hints {
        hint.text = None;
    }
    if let Some(editorial) = &mut detail.editorial {
        editorial.text = None;
    }
    if !premium {
        detail.companies.clear();
        if detail.summary.is_premium {
            return DetailView::Locked(LockedProblem::new(detail.summary, &detail.description));
        }
    }
    DetailView::Open(Box::new(detail))
}

#[cfg(test)]
mod tests {
    use algoarena_shared::api::{
        Difficulty, Editorial, Hint, ProblemSummary, StatementSample, Translation,
    };

    use super::*;

    fn detail(is_premium: bool) -> ProblemDetail {
        ProblemDetail {
            summary: ProblemSummary {
                slug: "edit-distance".into(),
                title: "Edit Distance".into(),
                difficulty: Difficulty::Hard,
                tags: vec!["Dynamic Programming".into()],
                acceptance_rate: 0.5,
                is_premium,
                status: None,
            },
            description: "Turn one word into another.\n\nSECRET second paragraph.".into(),
            constraints: Some("SECRET constraints".into()),
            samples: vec![],
            statement_samples: Some(vec![StatementSample {
                input: "SECRET shown sample".into(),
                output: "1".into(),
                download: None,
            }]),
            language: Some("en".into()),
            allowed_languages: None,
            interactions: None,
            time_limit_ms: 1000,
            memory_limit_mb: 256,
            starter_code: serde_json::Map::new(),
            hints: vec![Hint { tier: 1, text: Some("SECRET free hint".into()), premium: false }],
            editorial: Some(Editorial { text: Some("SECRET editorial".into()), premium: false }),
            companies: vec!["Google".into()],
            translations: [(
                "de".to_string(),
                Translation { title: None, description: "SECRET translated statement".into() },
            )]
            .into(),
        }
    }

    #[test]
    fn hint_and_editorial_text_never_travel_in_the_detail() {
        for premium in [false, true] {
            let DetailView::Open(open) = for_reader(detail(false), premium) else {
                panic!("a free problem is open")
            };
            assert_eq!(open.hints[0].text, None);
            assert_eq!(open.editorial.as_ref().and_then(|e| e.text.clone()), None);
        }
    }

    #[test]
    fn companies_reach_premium_readers_only() {
        let DetailView::Open(free) = for_reader(detail(false), false) else { panic!() };
        assert!(free.companies.is_empty());
        let DetailView::Open(premium) = for_reader(detail(false), true) else { panic!() };
        assert_eq!(premium.companies, ["Google"]);
    }

    #[test]
    fn a_premium_problem_is_a_teaser_for_everyone_else() {
        let DetailView::Locked(locked) = for_reader(detail(true), false) else { panic!() };
        let json = serde_json::to_string(&locked).unwrap();
        assert!(!json.contains("SECRET") && !json.contains("Google"), "{json}");
        assert_eq!(locked.teaser.excerpt, "Turn one word into another.");
        assert_eq!(locked.teaser.summary.title, "Edit Distance");
        assert!(matches!(for_reader(detail(true), true), DetailView::Open(_)));
    }
}
