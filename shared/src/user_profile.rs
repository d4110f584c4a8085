//! The users API's bodies (TRD §4.4): the profile a user edits, the public profile anyone
//! reads, and the progress views of the dashboard (stats, streak, heatmap, recommendations).

use serde::{Deserialize, Serialize};

use crate::api::Difficulty;
use crate::language::Language;

/// Usernames: 3 to 30 characters, ASCII letters, digits, `_` or `-` (the same rule as
/// registration), unique regardless of case.
pub const USERNAME_RULE: &str = "use 3 to 30 letters, digits, '_' or '-'.";
pub const MAX_DISPLAY_NAME_CHARS: usize = 60;
pub const MAX_BIO_CHARS: usize = 500;
pub const MAX_LOCATION_CHARS: usize = 100;
pub const MAX_LINKS: usize = 5;
pub const MAX_LINK_CHARS: usize = 200;
/// The largest avatar upload accepted, before decoding.
pub const MAX_AVATAR_BYTES: usize = 2 * 1024 * 1024;
/// The farm's avatar endpoint, whose body (raw image bytes) may be up to [`MAX_AVATAR_BYTES`].
pub const AVATAR_PATH: &str = "/internal/users/me/avatar";
/// Avatars are stored as square PNGs of this side.
pub const AVATAR_SIDE: u32 = 256;

/// Whether `name` follows [`USERNAME_RULE`].
pub fn valid_username(name: &str) -> bool {
    (3..=30).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `PUT /api/users/me`: the whole editable profile (a field left out is cleared, except the
/// username and time zone, which keep their value when absent).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateProfileRequest {
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub bio: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    /// An IANA time zone name such as `Europe/Paris`.
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default)]
    pub links: Vec<String>,
}

/// `GET /api/users/me`: the caller's own account and profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyProfile {
    #[serde(flatten)]
    pub user: crate::api::User,
    pub bio: Option<String>,
    pub location: Option<String>,
    pub time_zone: String,
    pub links: Vec<String>,
    /// `/avatars/<hash>.png`, or none.
    pub avatar_url: Option<String>,
}

/// Solved and total problems of one difficulty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DifficultyCount {
    pub difficulty: Difficulty,
    pub solved: i64,
    pub total: i64,
}

/// One accepted problem, newest first in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentSolve {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    /// RFC 3339.
    pub solved_at: String,
}

/// An achievement shown on the public profile, derived from solve counts and the streak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Badge {
    pub id: String,
    pub name: String,
}

/// `GET /api/users/:username`: what anyone may see (no e-mail, role, time zone or activity
/// beyond accepted problems).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicProfile {
    pub username: String,
    pub display_name: Option<String>,
    pub bio: Option<String>,
    pub location: Option<String>,
    pub links: Vec<String>,
    pub avatar_url: Option<String>,
    /// Contest rating; `rated_contests` says whether it was ever moved by a contest.
    pub rating: i32,
    pub rated_contests: i64,
    pub solved: Vec<DifficultyCount>,
    pub recent_solves: Vec<RecentSolve>,
    pub badges: Vec<Badge>,
    /// RFC 3339.
    pub joined_at: String,
}

/// Problems solved in one tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagCount {
    pub tag: String,
    pub slug: String,
    pub solved: i64,
    pub total: i64,
}

/// Use of one language: accepted problems and all submissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageCount {
    pub language: Language,
    pub solved: i64,
    pub submissions: i64,
}

/// `GET /api/users/me/stats`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserStats {
    pub solved: Vec<DifficultyCount>,
    pub total_solved: i64,
    pub total_problems: i64,
    pub submissions: i64,
    pub accepted_submissions: i64,
    /// Accepted over judged submissions, 0 to 1 (0 with no submissions).
    pub acceptance_rate: f64,
    pub tags: Vec<TagCount>,
    pub languages: Vec<LanguageCount>,
}

/// `GET /api/users/me/streak`: days in a row with an accepted submission, in the user's
/// time zone. The current streak still counts when today has no solve yet but yesterday had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Streak {
    pub current: i32,
    pub longest: i32,
    /// `YYYY-MM-DD` in `time_zone`.
    pub last_active_date: Option<String>,
    pub today: String,
    pub solved_today: bool,
    pub time_zone: String,
}

/// One day of the heatmap (days without an accepted submission are left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeatmapDay {
    /// `YYYY-MM-DD` in the user's time zone.
    pub date: String,
    pub accepted: i64,
}

/// `GET /api/users/me/heatmap`: the 365 days ending today in `time_zone`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heatmap {
    pub time_zone: String,
    pub from: String,
    pub to: String,
    pub days: Vec<HeatmapDay>,
}

/// One recommended problem and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub is_premium: bool,
    pub reason: String,
    /// The caller's chance of solving it (0 to 1), from the fitted practice ratings.
    pub chance: f64,
}

/// `GET /api/users/me/recommendations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendations {
    /// The difficulty just above what the user solves.
    pub target_difficulty: Difficulty,
    pub items: Vec<Recommendation>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_the_one_rule() {
        assert!(valid_username("ada_lovelace-1"));
        assert!(!valid_username("ab"));
        assert!(!valid_username("has space"));
        assert!(!valid_username("émile"));
        assert!(!valid_username(&"a".repeat(31)));
    }
}
