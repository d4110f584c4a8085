//! "Keep your work" on a problem (issue 13): code drafts, bookmarks, private notes, hints, the
//! editorial and the user's own submission list. The bodies both tiers agree on, and the size
//! and query rules, checked the same way at the edge and in the farm.

use serde::{Deserialize, Serialize};

use crate::api::{ProblemSummary, Submission};
use crate::language::Language;
use crate::limits::MAX_PAGE_SIZE;
use crate::verdict::Status;

/// Largest draft (64 KiB of UTF-8), the same as a submission so any draft can be submitted.
pub const MAX_DRAFT_BYTES: usize = crate::limits::MAX_CODE_BYTES;
/// Largest private note (16 KiB of Markdown).
pub const MAX_NOTE_BYTES: usize = 16 * 1024;

/// `PUT /api/problems/:slug/drafts/:language`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    pub code: String,
}

/// One saved draft. `updated_at` (RFC 3339) is the server's clock: the last write wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub problem_slug: String,
    pub language: Language,
    pub code: String,
    pub updated_at: String,
}

/// `GET /api/problems/:slug/drafts`: the caller's drafts of one problem, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftList {
    pub items: Vec<Draft>,
}

/// The answer of the bookmark toggle: the new state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookmarkState {
    pub bookmarked: bool,
}

/// One bookmarked problem with when it was bookmarked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bookmark {
    pub problem: ProblemSummary,
    pub bookmarked_at: String,
}

/// `GET /api/users/me/bookmarks`, newest bookmark first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookmarkPage {
    pub items: Vec<Bookmark>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

/// `PUT /api/problems/:slug/note`: Markdown, shown only to its author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRequest {
    pub text: String,
}

/// A problem's note; `text` is empty and `updated_at` null when there is none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub problem_slug: String,
    pub text: String,
    pub updated_at: Option<String>,
}

/// A hint tier. A premium tier a free member may not read comes with `body: None` and
/// `locked: true`, so the page can show that more help exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hint {
    pub tier: u32,
    pub is_premium: bool,
    pub locked: bool,
    pub body: Option<String>,
}

/// `GET /api/problems/:slug/hints`, first tier first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HintList {
    pub items: Vec<Hint>,
}

/// `GET /api/problems/:slug/editorial`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editorial {
    pub problem_slug: String,
    /// Markdown.
    pub body: String,
    /// Whether the reader had solved the problem when they opened it.
    pub solved: bool,
}

/// Checks a draft's size; the message is the one both tiers send with 413 `draft_too_large`.
pub fn check_draft(code: &str) -> Result<(), String> {
    if code.len() > MAX_DRAFT_BYTES {
        return Err(format!(
            "code: a draft holds at most {} KiB; this one is {} KiB.",
            MAX_DRAFT_BYTES / 1024,
            code.len().div_ceil(1024)
        ));
    }
    Ok(())
}

/// Checks a note's size; the message goes with 413 `note_too_large`.
pub fn check_note(text: &str) -> Result<(), String> {
    if text.len() > MAX_NOTE_BYTES {
        return Err(format!(
            "text: a note holds at most {} KiB; this one is {} KiB.",
            MAX_NOTE_BYTES / 1024,
            text.len().div_ceil(1024)
        ));
    }
    Ok(())
}

/// A language named in a path (`/drafts/:language`); the message goes with 422
/// `unknown_language`.
pub fn parse_language(raw: &str) -> Result<Language, String> {
    Language::parse(raw).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.id()).collect();
        format!("language: '{raw}' is not one of {}.", known.join(", "))
    })
}

/// Query of `GET /api/users/me/submissions`: a page and optional filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MySubmissionsQuery {
    pub page: u32,
    pub per_page: u32,
    pub problem: Option<String>,
    pub status: Option<Status>,
    pub language: Option<Language>,
}

impl MySubmissionsQuery {
    /// Parses `page`, `per_page`, `problem` (a slug), `status` and `language`; an unknown
    /// parameter or a bad value is an error naming it.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<MySubmissionsQuery, String> {
        let mut query = MySubmissionsQuery { page: 1, per_page: 20, ..Default::default() };
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
                "problem" => {
                    let ok = !value.is_empty()
                        && value.len() <= 120
                        && value
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                    if !ok {
                        return Err(format!("problem: '{value}' is not a problem slug."));
                    }
                    query.problem = Some(value.to_string());
                }
                "status" => {
                    query.status = Some(Status::parse(value).ok_or_else(|| {
                        let known: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                        format!("status: '{value}' is not one of {}.", known.join(", "))
                    })?);
                }
                "language" => query.language = Some(parse_language(value)?),
                other => return Err(format!("{other}: not a parameter of this list.")),
            }
        }
        Ok(query)
    }

    /// The query written back in one order (what the edge forwards to the farm).
    pub fn to_query_string(&self) -> String {
        let mut out = format!("page={}&per_page={}", self.page, self.per_page);
        if let Some(problem) = &self.problem {
            out.push_str(&format!("&problem={problem}"));
        }
        if let Some(status) = self.status {
            out.push_str(&format!("&status={}", status.as_str()));
        }
        if let Some(language) = self.language {
            out.push_str(&format!("&language={}", language.id()));
        }
        out
    }
}

/// `GET /api/users/me/submissions`: the caller's submissions (not runs), newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MySubmissionPage {
    pub items: Vec<MySubmission>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

/// A submission in the list, with its problem's title so the page needs no second call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MySubmission {
    pub problem_title: String,
    #[serde(flatten)]
    pub submission: Submission,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_at_the_limit_passes_and_one_byte_more_is_refused_with_the_sizes() {
        assert!(check_draft(&"x".repeat(MAX_DRAFT_BYTES)).is_ok());
        let message = check_draft(&"x".repeat(MAX_DRAFT_BYTES + 1)).unwrap_err();
        assert!(message.contains("at most 64 KiB"), "{message}");
    }

    #[test]
    fn an_unknown_language_names_the_known_ones() {
        assert_eq!(parse_language("rust"), Ok(Language::Rust));
        let message = parse_language("cobol").unwrap_err();
        assert!(message.contains("'cobol'") && message.contains("python3"), "{message}");
    }

    #[test]
    fn the_submission_query_parses_filters_and_refuses_bad_values() {
        let q = MySubmissionsQuery::parse([
            ("status", "accepted"),
            ("language", "cpp17"),
            ("problem", "two-sum"),
            ("page", "2"),
        ])
        .unwrap();
        assert_eq!(q.page, 2);
        assert_eq!(q.status, Some(Status::Accepted));
        assert_eq!(
            q.to_query_string(),
            "page=2&per_page=20&problem=two-sum&status=accepted&language=cpp17"
        );
        assert!(MySubmissionsQuery::parse([("page", "0")]).is_err());
        assert!(MySubmissionsQuery::parse([("page", "-1")]).is_err());
        assert!(MySubmissionsQuery::parse([("per_page", "101")]).is_err());
        assert!(MySubmissionsQuery::parse([("status", "great")]).is_err());
        assert!(MySubmissionsQuery::parse([("problem", "a b")]).is_err());
        assert!(MySubmissionsQuery::parse([("sort", "x")]).is_err());
    }
}
