//! The problem list's query (`GET /api/problems`): filters, sort and search as types, parsed
//! once from query pairs and written back in one canonical order. The edge parses the public
//! query with [`ListQuery::parse`], signs [`ListQuery::to_query`] to the farm (which parses it
//! again with the same function) and keys its KV cache by it, so two spellings of one query
//! share a cached page.

use serde::{Deserialize, Serialize};

use crate::api::Difficulty;
use crate::limits::MAX_PAGE_SIZE;

pub const DEFAULT_PAGE: u32 = 1;
pub const DEFAULT_PER_PAGE: u32 = 20;
/// At most this many tags or companies in one filter.
pub const MAX_FILTER_SLUGS: usize = 20;
/// Longest search text, in characters.
pub const MAX_SEARCH_CHARS: usize = 100;

/// The list's order. Without a `sort`, a search is ordered by relevance, otherwise by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemSort {
    /// The problem's number (its list position), ascending.
    Number,
    Title,
    /// Easy first; within a difficulty, by number.
    Difficulty,
    /// Highest acceptance first.
    Acceptance,
    /// Most recently added first.
    Newest,
    /// Best search match first (only meaningful with `q`).
    Relevance,
}

impl ProblemSort {
    pub const ALL: [ProblemSort; 6] = [
        ProblemSort::Number,
        ProblemSort::Title,
        ProblemSort::Difficulty,
        ProblemSort::Acceptance,
        ProblemSort::Newest,
        ProblemSort::Relevance,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProblemSort::Number => "number",
            ProblemSort::Title => "title",
            ProblemSort::Difficulty => "difficulty",
            ProblemSort::Acceptance => "acceptance",
            ProblemSort::Newest => "newest",
            ProblemSort::Relevance => "relevance",
        }
    }

    pub fn parse(name: &str) -> Option<ProblemSort> {
        ProblemSort::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// Whether a problem needs any of the listed tags or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TagMatch {
    #[default]
    Any,
    All,
}

impl TagMatch {
    pub fn as_str(self) -> &'static str {
        match self {
            TagMatch::Any => "any",
            TagMatch::All => "all",
        }
    }

    pub fn parse(name: &str) -> Option<TagMatch> {
        [TagMatch::Any, TagMatch::All].into_iter().find(|m| m.as_str() == name)
    }
}

// `ProblemStatus` lives in `api` (list items carry it) and is re-exported here, so `api`
// need not import this module.
pub use crate::api::ProblemStatus;

/// The user-status filter: solved, attempted (and not solved), or neither ("todo").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusFilter {
    Solved,
    Attempted,
    Todo,
}

impl StatusFilter {
    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::Solved => "solved",
            StatusFilter::Attempted => "attempted",
            StatusFilter::Todo => "todo",
        }
    }

    pub fn parse(name: &str) -> Option<StatusFilter> {
        [StatusFilter::Solved, StatusFilter::Attempted, StatusFilter::Todo]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// A refused query parameter: which one, and what it accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    pub param: &'static str,
    pub message: String,
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}

fn refuse(param: &'static str, accepts: &str) -> ParamError {
    ParamError { param, message: format!("{param} must be {accepts}.") }
}

/// A parsed problem-list query with its defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListQuery {
    pub page: u32,
    pub per_page: u32,
    pub difficulty: Option<Difficulty>,
    /// Tag slugs, sorted and without repeats.
    pub tags: Vec<String>,
    pub tag_match: TagMatch,
    /// Company slugs, sorted and without repeats (premium members only).
    pub companies: Vec<String>,
    /// Only premium (`true`) or only free (`false`) problems.
    pub premium: Option<bool>,
    /// The signed-in user's status; needs a user.
    pub status: Option<StatusFilter>,
    /// A problem set's slug.
    pub set: Option<String>,
    /// Search text, trimmed, inner whitespace collapsed.
    pub q: Option<String>,
    /// `None`: relevance with `q`, number without.
    pub sort: Option<ProblemSort>,
}

impl ListQuery {
    /// Parses decoded query pairs. Unknown parameters are ignored; an empty value (a cleared
    /// form field) means the parameter is absent; a bad value names its parameter.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<ListQuery, ParamError> {
        let mut q =
            ListQuery { page: DEFAULT_PAGE, per_page: DEFAULT_PER_PAGE, ..ListQuery::default() };
        for (key, value) in pairs {
            if value.is_empty() {
                continue;
            }
            match key {
                "page" => {
                    q.page = value
                        .parse()
                        .ok()
                        .filter(|p| *p >= 1)
                        .ok_or_else(|| refuse("page", "a whole number from 1"))?;
                }
                "per_page" => {
                    q.per_page = value
                        .parse()
                        .ok()
                        .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                        .ok_or_else(|| {
                            refuse("per_page", &format!("a whole number from 1 to {MAX_PAGE_SIZE}"))
                        })?;
                }
                "difficulty" => {
                    q.difficulty = Some(
                        Difficulty::parse(value)
                            .ok_or_else(|| refuse("difficulty", "one of Easy, Medium or Hard"))?,
                    );
                }
                "tags" => q.tags = slug_list("tags", value)?,
                "tag_match" => {
                    q.tag_match =
                        TagMatch::parse(value).ok_or_else(|| refuse("tag_match", "any or all"))?;
                }
                "companies" => q.companies = slug_list("companies", value)?,
                "premium" => {
                    q.premium = Some(match value {
                        "true" => true,
                        "false" => false,
                        _ => return Err(refuse("premium", "true or false")),
                    });
                }
                "status" => {
                    q.status = Some(
                        StatusFilter::parse(value)
                            .ok_or_else(|| refuse("status", "one of solved, attempted or todo"))?,
                    );
                }
                "set" => {
                    if !is_slug(value) {
                        return Err(refuse("set", "a problem set's slug"));
                    }
                    q.set = Some(value.to_string());
                }
                "q" => {
                    let text = value.split_whitespace().collect::<Vec<_>>().join(" ");
                    if text.chars().count() > MAX_SEARCH_CHARS {
                        return Err(refuse("q", &format!("at most {MAX_SEARCH_CHARS} characters")));
                    }
                    q.q = (!text.is_empty()).then_some(text);
                }
                "sort" => {
                    q.sort = Some(ProblemSort::parse(value).ok_or_else(|| {
                        refuse(
                            "sort",
                            "one of number, title, difficulty, acceptance, newest or relevance",
                        )
                    })?);
                }
                _ => {}
            }
        }
        Ok(q)
    }

    /// The order actually used.
    pub fn effective_sort(&self) -> ProblemSort {
        self.sort.unwrap_or(if self.q.is_some() {
            ProblemSort::Relevance
        } else {
            ProblemSort::Number
        })
    }

    /// The canonical query string (no `?`): fixed parameter order, defaults written out,
    /// absent filters left out, `q` percent-encoded.
    pub fn to_query(&self) -> String {
        let mut out = format!("page={}&per_page={}", self.page, self.per_page);
        let mut push = |key: &str, value: &str| {
            out.push('&');
            out.push_str(key);
            out.push('=');
            out.push_str(value);
        };
        if let Some(d) = self.difficulty {
            push("difficulty", d.as_str());
        }
        if !self.tags.is_empty() {
            push("tags", &self.tags.join(","));
            push("tag_match", self.tag_match.as_str());
        }
        if !self.companies.is_empty() {
            push("companies", &self.companies.join(","));
        }
        if let Some(p) = self.premium {
            push("premium", if p { "true" } else { "false" });
        }
        if let Some(s) = self.status {
            push("status", s.as_str());
        }
        if let Some(set) = &self.set {
            push("set", set);
        }
        if let Some(text) = &self.q {
            push("q", &percent_encode(text));
        }
        push("sort", self.effective_sort().as_str());
        out
    }
}

/// A tag, company or set slug as the import makes them (lowercase, `-` for spaces; a tag such
/// as "Heap (Priority Queue)" keeps its brackets). All of these stand unescaped in a query.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'(' | b')')
        })
}

/// A comma-separated list of slugs, sorted and deduplicated so the canonical query is unique.
fn slug_list(param: &'static str, value: &str) -> Result<Vec<String>, ParamError> {
    let mut slugs: Vec<String> =
        value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
    if !slugs.iter().all(|s| is_slug(s)) {
        return Err(refuse(param, "comma-separated slugs (a-z, 0-9 and -_())"));
    }
    slugs.sort();
    slugs.dedup();
    if slugs.len() > MAX_FILTER_SLUGS {
        return Err(refuse(param, &format!("at most {MAX_FILTER_SLUGS} slugs")));
    }
    Ok(slugs)
}

/// Percent-encodes all but RFC 3986's unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One tag of the catalogue with how many published problems carry it (`GET /api/problems/tags`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagCount {
    pub slug: String,
    pub name: String,
    pub problems: u64,
}

/// The signed-in user's marks for some problems: only solved or attempted ones are listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemMarks {
    pub marks: Vec<ProblemMark>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemMark {
    pub slug: String,
    pub status: ProblemStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Result<ListQuery, ParamError> {
        let pairs: Vec<(&str, &str)> =
            query.split('&').filter_map(|kv| kv.split_once('=')).collect();
        ListQuery::parse(pairs)
    }

    #[test]
    fn defaults_fill_an_empty_query() {
        let q = parse("").unwrap();
        assert_eq!((q.page, q.per_page, q.effective_sort()), (1, 20, ProblemSort::Number));
        assert_eq!(q.to_query(), "page=1&per_page=20&sort=number");
    }

    #[test]
    fn equivalent_spellings_share_one_canonical_query() {
        let a = parse("tags=dp,array,dp&difficulty=Hard&x=1&sort=title").unwrap();
        let b = parse("sort=title&tags=array,dp&difficulty=Hard&page=1&status=").unwrap();
        assert_eq!(a, b);
        assert_eq!(
            a.to_query(),
            "page=1&per_page=20&difficulty=Hard&tags=array,dp&tag_match=any&sort=title"
        );
    }

    #[test]
    fn every_filter_survives_the_round_trip() {
        let q = parse(
            "q=two  sum%&companies=acme&premium=false&status=todo&set=top-100&tag_match=all&tags=a",
        )
        .unwrap();
        assert_eq!(q.q.as_deref(), Some("two sum%"));
        assert_eq!(parse("tags=heap-(priority-queue)").unwrap().tags, ["heap-(priority-queue)"]);
        assert_eq!(q.effective_sort(), ProblemSort::Relevance);
        assert_eq!(
            q.to_query(),
            "page=1&per_page=20&tags=a&tag_match=all&companies=acme&premium=false&status=todo\
             &set=top-100&q=two%20sum%25&sort=relevance"
        );
    }

    #[test]
    fn bad_values_name_their_parameter() {
        for (query, param) in [
            ("page=0", "page"),
            ("per_page=101", "per_page"),
            ("difficulty=easy", "difficulty"),
            ("tags=Dynamic Programming", "tags"),
            ("tag_match=some", "tag_match"),
            ("companies=a/b", "companies"),
            ("premium=yes", "premium"),
            ("status=done", "status"),
            ("set=..", "set"),
            ("sort=popular", "sort"),
        ] {
            let err = parse(query).unwrap_err();
            assert_eq!(err.param, param, "{query}");
            assert!(err.message.starts_with(param), "{}", err.message);
        }
        assert_eq!(parse(&format!("q={}", "x".repeat(101))).unwrap_err().param, "q");
        let many: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
        assert_eq!(parse(&format!("tags={}", many.join(","))).unwrap_err().param, "tags");
    }

    #[test]
    fn closed_sets_round_trip_through_their_names() {
        for s in ProblemSort::ALL {
            assert_eq!(ProblemSort::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.as_str()));
        }
        for s in [ProblemStatus::Solved, ProblemStatus::Attempted] {
            assert_eq!(ProblemStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.as_str()));
        }
    }
}
