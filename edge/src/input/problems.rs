//! Problem-list queries and the identifiers that appear in paths (slugs, submission ids).
//! Both end up inside farm URLs and KV keys, so only a safe alphabet gets through: a slug's
//! characters are checked, a submission id must be a UUID.

use algoarena_shared::ids::SubmissionId;
use algoarena_shared::limits::MAX_PAGE_SIZE;
use algoarena_shared::problem_list::ListQuery;

use crate::error::EdgeError;

pub const DEFAULT_PAGE: u32 = 1;
pub const DEFAULT_PER_PAGE: u32 = 20;

/// A problem slug: 1 to 128 of `[A-Za-z0-9_-]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Option<Slug> {
        is_identifier(raw, 128).then(|| Slug(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A submission id as it appears in the path; anything but a UUID names no submission.
pub fn submission_id(raw: &str) -> Option<SubmissionId> {
    raw.parse().ok()
}

fn is_identifier(raw: &str, max_len: usize) -> bool {
    !raw.is_empty()
        && raw.len() <= max_len
        && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn parse_page(value: &str) -> Result<u32, EdgeError> {
    value
        .parse()
        .ok()
        .filter(|p| *p >= 1)
        .ok_or_else(|| EdgeError::invalid("page must be a whole number from 1."))
}

fn parse_per_page(value: &str) -> Result<u32, EdgeError> {
    value.parse().ok().filter(|n| (1..=MAX_PAGE_SIZE).contains(n)).ok_or_else(|| {
        EdgeError::invalid(format!("per_page must be a whole number from 1 to {MAX_PAGE_SIZE}."))
    })
}

/// A validated `page`/`per_page` query (the submission lists) with defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageQuery {
    pub page: u32,
    pub per_page: u32,
}

impl PageQuery {
    /// Parses the raw query string (without `?`). Unknown parameters are ignored.
    pub fn parse(query: Option<&str>) -> Result<PageQuery, EdgeError> {
        let mut parsed = PageQuery { page: DEFAULT_PAGE, per_page: DEFAULT_PER_PAGE };
        let pairs = worker::url::form_urlencoded::parse(query.unwrap_or("").as_bytes());
        for (key, value) in pairs {
            match key.as_ref() {
                "page" => parsed.page = parse_page(&value)?,
                "per_page" => parsed.per_page = parse_per_page(&value)?,
                _ => {}
            }
        }
        Ok(parsed)
    }

    /// `path` with the canonical query appended, which is also what gets signed.
    pub fn farm_path(&self, path: &str) -> String {
        format!("{path}?page={}&per_page={}", self.page, self.per_page)
    }
}

/// The `/api/problems` query: parsed by the shared [`ListQuery`] so the edge and the farm
/// agree on every filter, sort and default; a bad value is a 422 naming its parameter.
pub struct ProblemListQuery;

impl ProblemListQuery {
    /// Parses the raw query string (without `?`). Unknown parameters are ignored.
    pub fn parse(query: Option<&str>) -> Result<ListQuery, EdgeError> {
        let pairs: Vec<_> =
            worker::url::form_urlencoded::parse(query.unwrap_or("").as_bytes()).collect();
        ListQuery::parse(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))
            .map_err(|e| EdgeError::invalid(e.message))
    }

    /// The farm path with the canonical query, which is also what gets signed.
    pub fn farm_path(query: &ListQuery) -> String {
        format!("/internal/problems?{}", query.to_query())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invalid_message(query: &str) -> String {
        match ProblemListQuery::parse(Some(query)) {
            Err(EdgeError::InvalidInput(m)) => m,
            other => panic!("{query}: {other:?}"),
        }
    }

    #[test]
    fn defaults_apply_when_the_query_is_empty() {
        let q = ProblemListQuery::parse(None).unwrap();
        assert_eq!((q.page, q.per_page, q.difficulty), (1, 20, None));
        assert_eq!(
            ProblemListQuery::farm_path(&q),
            "/internal/problems?page=1&per_page=20&sort=number"
        );
    }

    #[test]
    fn a_full_query_parses_into_a_canonical_farm_path() {
        let q = ProblemListQuery::parse(Some(
            "difficulty=Hard&per_page=100&page=3&x=y&q=two+sum&tags=dp%2Carray&sort=newest",
        ))
        .unwrap();
        assert_eq!(
            ProblemListQuery::farm_path(&q),
            "/internal/problems?page=3&per_page=100&difficulty=Hard&tags=array,dp&tag_match=any\
             &q=two%20sum&sort=newest"
        );
    }

    #[test]
    fn out_of_range_or_garbage_values_name_their_parameter() {
        assert!(invalid_message("per_page=101").starts_with("per_page"));
        assert!(invalid_message("per_page=0").starts_with("per_page"));
        assert!(invalid_message("page=0").starts_with("page"));
        assert!(invalid_message("page=-1").starts_with("page"));
        assert!(invalid_message("page=abc").starts_with("page"));
        assert!(invalid_message("difficulty=easy").starts_with("difficulty"));
        assert!(invalid_message("difficulty=Impossible").starts_with("difficulty"));
        assert!(invalid_message("sort=popular").starts_with("sort"));
        assert!(invalid_message("status=done").starts_with("status"));
        assert!(invalid_message("tag_match=most").starts_with("tag_match"));
    }

    #[test]
    fn an_empty_difficulty_means_no_filter() {
        assert_eq!(ProblemListQuery::parse(Some("difficulty=")).unwrap().difficulty, None);
    }

    #[test]
    fn page_queries_default_validate_and_canonicalize() {
        let q = PageQuery::parse(None).unwrap();
        assert_eq!(
            q.farm_path("/internal/submissions"),
            "/internal/submissions?page=1&per_page=20"
        );
        let q = PageQuery::parse(Some("per_page=100&x=1&page=2")).unwrap();
        assert_eq!(q.farm_path("/p"), "/p?page=2&per_page=100");
        for bad in ["per_page=101", "per_page=0", "page=0", "page=x"] {
            assert!(
                matches!(PageQuery::parse(Some(bad)), Err(EdgeError::InvalidInput(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn slugs_and_ids_keep_to_a_safe_alphabet() {
        assert!(Slug::parse("two-sum_2").is_some());
        for bad in ["", "a/b", "..", "a b", "a%2Fb", "ü"] {
            assert!(Slug::parse(bad).is_none(), "{bad:?}");
        }
        assert!(Slug::parse(&"a".repeat(129)).is_none());
        assert_eq!(
            submission_id("0b9f7c1e-4f6e-4d2a-9c1b-2a3d4e5f6a7b").map(|id| id.to_string()),
            Some("0b9f7c1e-4f6e-4d2a-9c1b-2a3d4e5f6a7b".to_string())
        );
        assert_eq!(submission_id("1;drop"), None);
        assert_eq!(submission_id("not-a-uuid"), None);
    }
}
