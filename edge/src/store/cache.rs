//! Read-through cache of public farm reads (problem list, problem detail, languages) in KV.
//!
//! A problem's detail lives under `problem:<slug>` and is deleted when the farm purges it.
//! List pages cannot be found by slug, so their keys embed a generation number
//! (`problems:gen`): a purge bumps it, and every older page becomes unreachable and expires.
//!
//! A public profile lives under `profile:<username, lowercase>` and is deleted when the farm
//! purges that user (a solve, a profile edit, an avatar, a rating, a rename).
//!
//! An anonymous reader's solution pages of a problem live under `solutions:<slug>:g<n>:...`;
//! every share, edit, delete or vote through the edge bumps that problem's `<n>`.
//!
//! The cache is an optimisation, so a failing KV read or write is logged and the farm asked.

use algoarena_shared::problem_list::ListQuery;
use sha2::{Digest, Sha256};
use worker::{Env, KvStore};

use crate::config::KV_BINDING;
use crate::error::EdgeError;
use crate::input::problems::Slug;

/// How long a cached problem read lives.
pub const PROBLEM_TTL_SECS: u64 = 300;
/// How long the language list lives (KV's smallest allowed TTL).
pub const LANGUAGES_TTL_SECS: u64 = 60;
pub const GENERATION_KEY: &str = "problems:gen";
pub const LANGUAGES_KEY: &str = "languages";

/// How long a cached public profile lives: the farm purges it on every change it makes; the
/// TTL bounds what no purge reaches (a contest's problems turning public, a lost purge).
pub const PROFILE_TTL_SECS: u64 = 300;

/// The KV key of a public profile. Usernames are unique regardless of case, so every spelling
/// of one shares the key the farm's purge (which sends the stored spelling) deletes.
pub fn profile_key(username: &str) -> String {
    format!("profile:{}", username.to_lowercase())
}

/// How long an anonymous solution page lives: writes through the edge drop it at once; the
/// TTL bounds what changes elsewhere (an author's rename).
pub const SOLUTIONS_TTL_SECS: u64 = 300;

/// The KV key of a problem's solutions generation.
pub fn solutions_generation_key(slug: &Slug) -> String {
    format!("solutions:{}:gen", slug.as_str())
}

/// The KV key of an anonymous read of `path` (a farm path with its canonical query) among a
/// problem's solutions in generation `generation`; hashed, as a query may be long.
pub fn solutions_key(slug: &Slug, generation: u64, path: &str) -> String {
    let hash = hex::encode(Sha256::digest(path.as_bytes()));
    format!("solutions:{}:g{generation}:{hash}", slug.as_str())
}

/// The KV key of a problem's detail.
pub fn detail_key(slug: &Slug) -> String {
    format!("problem:{}", slug.as_str())
}

/// The KV key of one list page in generation `generation`: the canonical query itself, or its
/// SHA-256 when a long search text would pass KV's 512-byte key limit.
pub fn list_key(generation: u64, query: &ListQuery) -> String {
    let canonical = query.to_query();
    if canonical.len() <= 400 {
        format!("problems:g{generation}:{canonical}")
    } else {
        format!("problems:g{generation}:h{}", hex::encode(Sha256::digest(canonical.as_bytes())))
    }
}

/// The KV key of the tag catalogue: its counts change with the problems, so it follows the
/// list generation.
pub fn tags_key(generation: u64) -> String {
    format!("problems:g{generation}:tags")
}

/// Parses the stored generation; anything unreadable counts as generation 0.
pub fn parse_generation(stored: Option<&str>) -> u64 {
    stored.and_then(|s| s.trim().parse().ok()).unwrap_or(0)
}

/// The cache over the `PROBLEMS_KV` namespace.
pub struct ReadCache {
    kv: KvStore,
}

impl ReadCache {
    pub fn new(env: &Env) -> Result<ReadCache, EdgeError> {
        Ok(ReadCache { kv: env.kv(KV_BINDING)? })
    }

    /// The current list generation.
    pub async fn generation(&self) -> Result<u64, EdgeError> {
        let stored = self.kv.get(GENERATION_KEY).text().await?;
        Ok(parse_generation(stored.as_deref()))
    }

    /// A cached body, or `None` on a miss or a KV failure.
    pub async fn get(&self, key: &str) -> Option<String> {
        match self.kv.get(key).text().await {
            Ok(value) => value,
            Err(e) => {
                worker::console_warn!("cache read {key}: {e}");
                None
            }
        }
    }

    /// Stores a body for `ttl_secs`; a failure only costs a future miss.
    pub async fn put(&self, key: &str, body: &str, ttl_secs: u64) {
        let result = match self.kv.put(key, body) {
            Ok(put) => put.expiration_ttl(ttl_secs).execute().await,
            Err(e) => Err(e),
        };
        if let Err(e) = result {
            worker::console_warn!("cache write {key}: {e}");
        }
    }

    /// Drops the detail of each slug and every list page; returns the new generation.
    pub async fn purge(&self, slugs: &[Slug]) -> Result<u64, EdgeError> {
        for slug in slugs {
            self.kv.delete(&detail_key(slug)).await?;
        }
        // Read-then-write is not atomic: two purges at once may both write n+1. Either way
        // the generation moved past every page cached before them, which is all that matters.
        let next = self.generation().await? + 1;
        self.kv.put(GENERATION_KEY, next.to_string())?.execute().await?;
        Ok(next)
    }

    /// The current solutions generation of a problem.
    pub async fn solutions_generation(&self, slug: &Slug) -> Result<u64, EdgeError> {
        let stored = self.kv.get(&solutions_generation_key(slug)).text().await?;
        Ok(parse_generation(stored.as_deref()))
    }

    /// Makes every cached solution read of a problem unreachable (they expire on their own).
    pub async fn bump_solutions(&self, slug: &Slug) -> Result<(), EdgeError> {
        let next = self.solutions_generation(slug).await? + 1;
        self.kv.put(&solutions_generation_key(slug), next.to_string())?.execute().await?;
        Ok(())
    }

    /// Drops the cached public profiles of `usernames`; the problem pages stay.
    pub async fn purge_profiles(&self, usernames: &[&str]) -> Result<(), EdgeError> {
        for name in usernames {
            self.kv.delete(&profile_key(name)).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::problems::ProblemListQuery;

    #[test]
    fn every_spelling_of_a_username_shares_its_profile_key() {
        assert_eq!(profile_key("Alice_99"), "profile:alice_99");
        assert_eq!(profile_key("alice_99"), profile_key("ALICE_99"));
    }

    #[test]
    fn solution_keys_follow_the_problem_its_generation_and_the_read() {
        let slug = Slug::parse("two-sum").unwrap();
        let page = "/internal/problems/two-sum/solutions?page=1&sort=votes";
        assert!(solutions_key(&slug, 3, page).starts_with("solutions:two-sum:g3:"));
        assert_ne!(solutions_key(&slug, 3, page), solutions_key(&slug, 4, page));
        assert_ne!(
            solutions_key(&slug, 3, page),
            solutions_key(&slug, 3, &format!("{page}&page=2"))
        );
        assert!(solutions_key(&slug, u64::MAX, &"x".repeat(2000)).len() < 512);
        assert_eq!(solutions_generation_key(&slug), "solutions:two-sum:gen");
    }

    #[test]
    fn detail_keys_are_per_slug() {
        assert_eq!(detail_key(&Slug::parse("two-sum").unwrap()), "problem:two-sum");
    }

    #[test]
    fn list_keys_cover_every_query_field_and_the_generation() {
        let q = ProblemListQuery::parse(Some("page=2&per_page=50&difficulty=Medium")).unwrap();
        assert_eq!(list_key(7, &q), "problems:g7:page=2&per_page=50&difficulty=Medium&sort=number");
        let all = ProblemListQuery::parse(None).unwrap();
        assert_eq!(list_key(0, &all), "problems:g0:page=1&per_page=20&sort=number");
        assert_ne!(list_key(0, &all), list_key(1, &all));
        let searched = ProblemListQuery::parse(Some("q=two+sum&tags=array")).unwrap();
        assert_ne!(list_key(0, &searched), list_key(0, &all));
        assert_eq!(tags_key(3), "problems:g3:tags");
    }

    #[test]
    fn a_long_search_is_keyed_by_its_hash_within_the_kv_limit() {
        let long = format!("q={}", "%C3%BC".repeat(100));
        let a = list_key(1, &ProblemListQuery::parse(Some(&long)).unwrap());
        assert!(a.len() < 512 && a.starts_with("problems:g1:h"), "{a}");
        let b = list_key(1, &ProblemListQuery::parse(Some(&format!("{long}&page=2"))).unwrap());
        assert_ne!(a, b);
    }

    #[test]
    fn equivalent_queries_share_a_key() {
        let a = ProblemListQuery::parse(Some("per_page=20&page=1")).unwrap();
        let b = ProblemListQuery::parse(Some("page=1&x=y&viewer_premium=true")).unwrap();
        assert_eq!(list_key(3, &a), list_key(3, &b));
    }

    #[test]
    fn a_missing_or_garbled_generation_is_zero() {
        assert_eq!(parse_generation(None), 0);
        assert_eq!(parse_generation(Some("x")), 0);
        assert_eq!(parse_generation(Some("12")), 12);
    }
}
