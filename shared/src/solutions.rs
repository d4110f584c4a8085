//! Community solutions (issue 13, TRD §4.2): the bodies both tiers agree on and the rules they
//! both check (title and explanation sizes, the list's query), so a refusal reads the same
//! from the edge and from the farm.
//!
//! A solution is shared from one of its author's accepted submissions: the code and language
//! are that submission's, never sent again, so a solution always ran and passed.

use serde::{Deserialize, Serialize};

use crate::ids::{SolutionId, SubmissionId};
use crate::language::Language;
use crate::limits::MAX_PAGE_SIZE;
use crate::my_work::parse_language;

/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// Largest explanation (16 KiB of Markdown, as much as a private note).
pub const MAX_EXPLANATION_BYTES: usize = 16 * 1024;
/// Default page size of the list.
pub const DEFAULT_PER_PAGE: u32 = 20;

/// `POST /api/problems/:slug/solutions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareSolutionRequest {
    /// One of the caller's own accepted submissions of this problem.
    pub submission_id: SubmissionId,
    pub title: String,
    /// Markdown; rendered by the web app with raw HTML left inert.
    pub explanation: String,
}

/// `PATCH /api/problems/:slug/solutions/:id`: either field or both; the code never changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditSolutionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// A vote on someone's solution. Stored as +1 or −1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vote {
    Up,
    Down,
}

impl Vote {
    /// What the vote adds to a solution's score.
    pub fn value(self) -> i16 {
        match self {
            Vote::Up => 1,
            Vote::Down => -1,
        }
    }

    pub fn from_value(value: i16) -> Option<Vote> {
        match value {
            1 => Some(Vote::Up),
            -1 => Some(Vote::Down),
            _ => None,
        }
    }
}

/// `PUT /api/problems/:slug/solutions/:id/vote`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteRequest {
    pub vote: Vote,
}

/// The answer to a vote or its withdrawal: the new score and the caller's vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteState {
    pub votes: i64,
    pub my_vote: Option<Vote>,
}

/// One solution in the list (no code, no explanation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SolutionSummary {
    pub id: SolutionId,
    pub problem_slug: String,
    /// The author's username.
    pub author: String,
    pub title: String,
    pub language: Language,
    /// Up votes minus down votes.
    pub votes: i64,
    /// The reader's own vote; None when they have not voted or are anonymous.
    pub my_vote: Option<Vote>,
    /// Whether the reader wrote it (the page offers edit and delete).
    pub mine: bool,
    /// RFC 3339.
    pub created_at: String,
    pub updated_at: String,
}

/// `GET /api/problems/:slug/solutions/:id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solution {
    #[serde(flatten)]
    pub summary: SolutionSummary,
    pub code: String,
    /// Markdown.
    pub explanation: String,
}

/// `GET /api/problems/:slug/solutions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SolutionPage {
    pub items: Vec<SolutionSummary>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

/// The list's order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SolutionSort {
    /// Highest score first, newer first among equals.
    #[default]
    Votes,
    Newest,
}

impl SolutionSort {
    pub fn as_str(self) -> &'static str {
        match self {
            SolutionSort::Votes => "votes",
            SolutionSort::Newest => "newest",
        }
    }
}

/// The list's query: a page, an order and an optional language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SolutionsQuery {
    pub page: u32,
    pub per_page: u32,
    pub sort: SolutionSort,
    pub language: Option<Language>,
}

impl Default for SolutionsQuery {
    fn default() -> Self {
        SolutionsQuery {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
            sort: SolutionSort::Votes,
            language: None,
        }
    }
}

impl SolutionsQuery {
    /// Parses `page`, `per_page`, `sort` and `language`; an unknown parameter or a bad value is
    /// an error naming it.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<SolutionsQuery, String> {
        let mut query = SolutionsQuery::default();
        for (key, value) in pairs {
            match key {
                "page" => {
                    query.page = value
                        .parse()
                        .ok()
                        .filter(|p| *p >= 1)
                        .ok_or("page: use a whole number from 1.")?;
                }
                "per_page" => {
                    query.per_page = value
                        .parse()
                        .ok()
                        .filter(|p| (1..=MAX_PAGE_SIZE).contains(p))
                        .ok_or(format!("per_page: use 1 to {MAX_PAGE_SIZE}."))?;
                }
                "sort" => {
                    query.sort = match value {
                        "votes" => SolutionSort::Votes,
                        "newest" => SolutionSort::Newest,
                        _ => return Err(format!("sort: '{value}' is not one of votes, newest.")),
                    };
                }
                "language" => query.language = Some(parse_language(value)?),
                other => return Err(format!("{other}: not a parameter of this list.")),
            }
        }
        Ok(query)
    }

    /// The query written back in one order (what the edge forwards to the farm).
    pub fn to_query_string(&self) -> String {
        let mut out =
            format!("page={}&per_page={}&sort={}", self.page, self.per_page, self.sort.as_str());
        if let Some(language) = self.language {
            out.push_str(&format!("&language={}", language.id()));
        }
        out
    }

    /// Rows skipped before this page.
    pub fn offset(&self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }
}

/// A title: 3 to [`MAX_TITLE_CHARS`] characters once trimmed, on one line.
pub fn check_title(title: &str) -> Result<String, String> {
    let trimmed = title.trim();
    let chars = trimmed.chars().count();
    if !(3..=MAX_TITLE_CHARS).contains(&chars) {
        return Err(format!("title: use 3 to {MAX_TITLE_CHARS} characters."));
    }
    if trimmed.chars().any(char::is_control) {
        return Err("title: use one line of text.".into());
    }
    Ok(trimmed.to_string())
}

/// An explanation: not blank, at most [`MAX_EXPLANATION_BYTES`].
pub fn check_explanation(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("explanation: say how the solution works.".into());
    }
    if text.len() > MAX_EXPLANATION_BYTES {
        return Err(format!(
            "explanation: at most {} KiB; this one is {} KiB.",
            MAX_EXPLANATION_BYTES / 1024,
            text.len().div_ceil(1024)
        ));
    }
    Ok(())
}

/// Checks an edit: something to change, and each field by its rule (the title comes back
/// trimmed).
pub fn check_edit(edit: &EditSolutionRequest) -> Result<EditSolutionRequest, String> {
    if edit.title.is_none() && edit.explanation.is_none() {
        return Err("Send a title, an explanation or both.".into());
    }
    let title = edit.title.as_deref().map(check_title).transpose()?;
    if let Some(text) = &edit.explanation {
        check_explanation(text)?;
    }
    Ok(EditSolutionRequest { title, explanation: edit.explanation.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_parses_its_parameters_and_names_a_bad_one() {
        let q = SolutionsQuery::parse([("sort", "newest"), ("language", "rust"), ("page", "3")])
            .unwrap();
        assert_eq!(q.to_query_string(), "page=3&per_page=20&sort=newest&language=rust");
        assert_eq!(q.offset(), 40);
        assert_eq!(SolutionsQuery::parse([]).unwrap(), SolutionsQuery::default());
        for bad in [("page", "-1"), ("page", "0"), ("per_page", "101"), ("sort", "best")] {
            let message = SolutionsQuery::parse([bad]).unwrap_err();
            assert!(message.starts_with(bad.0), "{message}");
        }
        assert!(SolutionsQuery::parse([("language", "cobol")]).unwrap_err().contains("cobol"));
        assert!(SolutionsQuery::parse([("order", "votes")]).is_err());
    }

    #[test]
    fn titles_and_explanations_have_limits() {
        assert_eq!(check_title("  Two pointers  ").unwrap(), "Two pointers");
        assert!(check_title("ab").is_err());
        assert!(check_title(&"x".repeat(MAX_TITLE_CHARS + 1)).is_err());
        assert!(check_title("two\nlines").is_err());
        assert!(check_explanation(&"x".repeat(MAX_EXPLANATION_BYTES)).is_ok());
        assert!(check_explanation(&"x".repeat(MAX_EXPLANATION_BYTES + 1))
            .unwrap_err()
            .contains("16 KiB"));
        assert!(check_explanation(" \n ").is_err());
        let nothing = EditSolutionRequest { title: None, explanation: None };
        assert!(check_edit(&nothing).is_err());
    }

    #[test]
    fn votes_are_plus_or_minus_one_and_read_as_words() {
        assert_eq!(Vote::from_value(Vote::Down.value()), Some(Vote::Down));
        assert_eq!(Vote::from_value(0), None);
        let body: VoteRequest = serde_json::from_str(r#"{"vote":"up"}"#).unwrap();
        assert_eq!(body.vote, Vote::Up);
        assert!(serde_json::from_str::<VoteRequest>(r#"{"vote":"sideways"}"#).is_err());
    }
}
