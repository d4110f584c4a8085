//! A contest package's `contest.toml`: the model and its validation, pure, so the farm's
//! import and any checker agree on what a valid contest is. Every error names the field it is
//! about (`problems[2].points: ...`).
//!
//! ```toml
//! slug = "weekly-42"
//! title = "Weekly Contest 42"
//! kind = "weekly"                  # weekly, biweekly or virtual
//! format = "leetcode"              # leetcode, icpc or ioi
//! starts_at = 2026-12-06T14:30:00Z # a full date-time with its offset
//! duration_minutes = 90
//! rated = true                     # the default
//! setters = ["alice"]              # usernames who see the problems before the start
//!
//! [freeze]                         # optional
//! minutes_before_end = 15
//! lifts_minutes_after_end = 60     # the default is 0: it lifts at the end
//!
//! [[problems]]                     # 1 to 26, in contest order
//! slug = "two-sum"
//! points = 3                       # LeetCode only (the others count solves or group scores)
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::scoring::{ContestTime, Format, Freeze, Points, Rules};

/// The longest contest a package may describe: a week.
pub const MAX_DURATION_MINUTES: u32 = 7 * 24 * 60;
/// Problems are lettered A to Z.
pub const MAX_PROBLEMS: usize = 26;
/// A contest's setters: the few people who prepare it.
pub const MAX_SETTERS: usize = 20;
pub const MAX_SLUG_CHARS: usize = 100;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_POINTS: u64 = 10_000;

/// What kind of contest it is (`contests.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContestKind {
    Weekly,
    Biweekly,
    Virtual,
}

/// A validated `contest.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContestPackage {
    pub slug: String,
    pub title: String,
    pub kind: ContestKind,
    pub format: Format,
    /// The start, in seconds since the Unix epoch (UTC).
    pub starts_at: i64,
    pub duration: ContestTime,
    pub rated: bool,
    pub freeze: Option<Freeze>,
    /// The usernames of those who may see the problems before the start.
    pub setters: Vec<String>,
    pub problems: Vec<ContestProblem>,
}

/// One problem of the contest, by its problem package's slug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContestProblem {
    pub slug: String,
    /// Its worth on a LeetCode board; 1 (one solve) for ICPC and IOI, which ignore it.
    pub points: Points,
}

/// One thing wrong with a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageError {
    /// The field's path, e.g. `problems[2].points`, or `contest.toml` for a syntax error.
    pub field: String,
    pub message: String,
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Everything wrong with a package, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageErrors(pub Vec<PackageError>);

impl fmt::Display for PackageErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for PackageErrors {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPackage {
    slug: String,
    title: String,
    kind: ContestKind,
    format: Format,
    starts_at: toml::value::Datetime,
    duration_minutes: u32,
    #[serde(default = "yes")]
    rated: bool,
    freeze: Option<RawFreeze>,
    #[serde(default)]
    setters: Vec<String>,
    #[serde(default)]
    problems: Vec<RawProblem>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFreeze {
    minutes_before_end: u32,
    #[serde(default)]
    lifts_minutes_after_end: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProblem {
    slug: String,
    points: Option<u64>,
}

impl ContestPackage {
    /// Parses and validates `contest.toml`.
    pub fn parse(text: &str) -> Result<ContestPackage, PackageErrors> {
        let raw: RawPackage = toml::from_str(text).map_err(|e| {
            let field = e.span().and_then(|span| key_at(text, span.start));
            PackageErrors(vec![PackageError {
                field: field.unwrap_or_else(|| "contest.toml".to_owned()),
                message: e.message().to_owned(),
            }])
        })?;
        let mut errors = Vec::new();
        let mut fail =
            |field: String, message: String| errors.push(PackageError { field, message });

        check_slug(&raw.slug, "slug", &mut fail);
        let title = raw.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
            fail("title".into(), format!("must be 1 to {MAX_TITLE_CHARS} characters"));
        }
        let starts_at = unix_seconds(&raw.starts_at).unwrap_or_else(|message| {
            fail("starts_at".into(), message.to_owned());
            0
        });
        if raw.duration_minutes == 0 || raw.duration_minutes > MAX_DURATION_MINUTES {
            fail(
                "duration_minutes".into(),
                format!("must be 1 to {MAX_DURATION_MINUTES} (a week)"),
            );
        }
        let duration = ContestTime::from_minutes(raw.duration_minutes.min(MAX_DURATION_MINUTES));
        let freeze = raw.freeze.map(|f| {
            if f.minutes_before_end == 0 || f.minutes_before_end > raw.duration_minutes {
                fail(
                    "freeze.minutes_before_end".into(),
                    format!("must be 1 to the contest's {} minutes", raw.duration_minutes),
                );
            }
            if f.lifts_minutes_after_end > MAX_DURATION_MINUTES {
                fail(
                    "freeze.lifts_minutes_after_end".into(),
                    format!("must be at most {MAX_DURATION_MINUTES} (a week)"),
                );
            }
            let end = duration.seconds();
            Freeze {
                starts_at: ContestTime(end.saturating_sub(f.minutes_before_end * 60)),
                lifts_at: ContestTime(
                    end + f.lifts_minutes_after_end.min(MAX_DURATION_MINUTES) * 60,
                ),
            }
        });

        if raw.setters.len() > MAX_SETTERS {
            fail("setters".into(), format!("at most {MAX_SETTERS} setters"));
        }
        for (i, setter) in raw.setters.iter().enumerate() {
            // The farm resolves the names; here only their shape is checked.
            if setter.trim().is_empty() || setter.chars().count() > 30 {
                fail(format!("setters[{i}]"), "must be a username of 1 to 30 characters".into());
            } else if raw.setters[..i].contains(setter) {
                fail(format!("setters[{i}]"), format!("`{setter}` is listed twice"));
            }
        }

        if raw.problems.is_empty() || raw.problems.len() > MAX_PROBLEMS {
            fail("problems".into(), format!("needs 1 to {MAX_PROBLEMS} [[problems]] entries"));
        }
        let mut problems = Vec::with_capacity(raw.problems.len());
        for (i, problem) in raw.problems.iter().enumerate() {
            let field = |name: &str| format!("problems[{i}].{name}");
            check_slug(&problem.slug, &field("slug"), &mut fail);
            if raw.problems[..i].iter().any(|p| p.slug == problem.slug) {
                fail(field("slug"), format!("`{}` is listed twice", problem.slug));
            }
            let points = match (raw.format, problem.points) {
                (Format::LeetCode, Some(p)) if (1..=MAX_POINTS).contains(&p) => Points(p),
                (Format::LeetCode, Some(_)) => {
                    fail(field("points"), format!("must be 1 to {MAX_POINTS}"));
                    Points(0)
                }
                (Format::LeetCode, None) => {
                    fail(field("points"), "is required on a LeetCode contest".into());
                    Points(0)
                }
                (_, Some(_)) => {
                    fail(
                        field("points"),
                        "only a LeetCode contest has points per problem: ICPC counts solves \
                         and IOI adds the problems' group scores"
                            .into(),
                    );
                    Points(0)
                }
                (_, None) => Points(1),
            };
            problems.push(ContestProblem { slug: problem.slug.clone(), points });
        }

        if !errors.is_empty() {
            return Err(PackageErrors(errors));
        }
        Ok(ContestPackage {
            slug: raw.slug,
            title: title.to_owned(),
            kind: raw.kind,
            format: raw.format,
            starts_at,
            duration,
            rated: raw.rated,
            freeze,
            setters: raw.setters,
            problems,
        })
    }

    /// The board's rules for this contest.
    pub fn rules(&self) -> Rules {
        Rules {
            format: self.format,
            points: self.problems.iter().map(|p| p.points).collect(),
            duration: self.duration,
            freeze: self.freeze,
        }
    }
}

fn check_slug(slug: &str, field: &str, fail: &mut impl FnMut(String, String)) {
    let ok = !slug.is_empty()
        && slug.len() <= MAX_SLUG_CHARS
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if !ok {
        fail(
            field.to_owned(),
            format!(
                "`{slug}` must be 1 to {MAX_SLUG_CHARS} lowercase letters, digits and inner hyphens"
            ),
        );
    }
}

/// The key on the line of `offset`, for errors that only carry a position.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let start = text[..offset.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let key = line.split_once('=')?.0.trim();
    (!key.is_empty() && !key.starts_with('[')).then(|| key.to_owned())
}

/// A full TOML date-time with an offset as seconds since the Unix epoch.
fn unix_seconds(at: &toml::value::Datetime) -> Result<i64, &'static str> {
    let (Some(date), Some(time), Some(offset)) = (at.date, at.time, at.offset) else {
        return Err("must be a full date-time with an offset, e.g. 2026-12-06T14:30:00Z");
    };
    let offset_minutes = match offset {
        toml::value::Offset::Z => 0,
        toml::value::Offset::Custom { minutes } => i64::from(minutes),
    };
    let days = days_from_civil(i64::from(date.year), i64::from(date.month), i64::from(date.day));
    let seconds =
        i64::from(time.hour) * 3600 + i64::from(time.minute) * 60 + i64::from(time.second);
    Ok(days * 86_400 + seconds - offset_minutes * 60)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
slug = "weekly-42"
title = "Weekly Contest 42"
kind = "weekly"
format = "leetcode"
starts_at = 2026-12-06T14:30:00Z
duration_minutes = 90
setters = ["alice", "bob"]

[freeze]
minutes_before_end = 15
lifts_minutes_after_end = 60

[[problems]]
slug = "two-sum"
points = 3

[[problems]]
slug = "coin-change"
points = 5
"#;

    fn errors(text: &str) -> Vec<String> {
        ContestPackage::parse(text).unwrap_err().0.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_valid_package_becomes_the_boards_rules() {
        let package = ContestPackage::parse(GOOD).unwrap();
        assert_eq!(package.slug, "weekly-42");
        assert!(package.rated, "rated is the default");
        assert_eq!(package.setters, ["alice", "bob"]);
        // date -u -d 2026-12-06T14:30:00Z +%s
        assert_eq!(package.starts_at, 1_796_567_400);
        let rules = package.rules();
        assert_eq!(rules.format, Format::LeetCode);
        assert_eq!(rules.points, [Points(3), Points(5)]);
        assert_eq!(rules.duration, ContestTime::from_minutes(90));
        assert_eq!(
            rules.freeze,
            Some(Freeze {
                starts_at: ContestTime::from_minutes(75),
                lifts_at: ContestTime::from_minutes(150)
            })
        );
    }

    #[test]
    fn an_offset_is_applied_and_a_local_time_is_refused() {
        let shifted = GOOD.replace("14:30:00Z", "16:30:00+02:00");
        assert_eq!(ContestPackage::parse(&shifted).unwrap().starts_at, 1_796_567_400);
        let local = GOOD.replace("14:30:00Z", "14:30:00");
        assert_eq!(
            errors(&local),
            ["starts_at: must be a full date-time with an offset, e.g. 2026-12-06T14:30:00Z"]
        );
    }

    #[test]
    fn every_invalid_field_is_named_at_once() {
        let bad = GOOD
            .replace("slug = \"weekly-42\"", "slug = \"Weekly 42\"")
            .replace("duration_minutes = 90", "duration_minutes = 0")
            .replace("slug = \"coin-change\"", "slug = \"two-sum\"")
            .replace("points = 5", "points = 0")
            .replace("\"bob\"]", "\"alice\"]");
        assert_eq!(
            errors(&bad),
            [
                "slug: `Weekly 42` must be 1 to 100 lowercase letters, digits and inner hyphens",
                "duration_minutes: must be 1 to 10080 (a week)",
                "freeze.minutes_before_end: must be 1 to the contest's 0 minutes",
                "setters[1]: `alice` is listed twice",
                "problems[1].slug: `two-sum` is listed twice",
                "problems[1].points: must be 1 to 10000",
            ]
        );
    }

    #[test]
    fn points_belong_to_leetcode_contests_only() {
        let icpc = GOOD.replace("format = \"leetcode\"", "format = \"icpc\"");
        assert_eq!(errors(&icpc).len(), 2);
        assert!(errors(&icpc)[0].starts_with("problems[0].points: only a LeetCode contest"));
        let icpc = icpc.replace("points = 3\n", "").replace("points = 5\n", "");
        let package = ContestPackage::parse(&icpc).unwrap();
        assert_eq!(package.rules().format, Format::Icpc);
        let leetcode = GOOD.replace("points = 5\n", "");
        assert_eq!(errors(&leetcode), ["problems[1].points: is required on a LeetCode contest"]);
    }

    #[test]
    fn a_contest_needs_problems() {
        let cut = &GOOD[..GOOD.find("[[problems]]").unwrap()];
        assert_eq!(errors(cut), ["problems: needs 1 to 26 [[problems]] entries"]);
    }

    #[test]
    fn unknown_keys_wrong_types_and_bad_enums_name_their_field() {
        let unknown = GOOD.replace("duration_minutes = 90", "duration_minutes = 90\nlength = 3");
        let e = ContestPackage::parse(&unknown).unwrap_err().0;
        assert_eq!(e[0].field, "length");
        assert!(e[0].message.contains("unknown field `length`"), "{}", e[0].message);

        let wrong_type = GOOD.replace("duration_minutes = 90", "duration_minutes = \"90\"");
        assert_eq!(ContestPackage::parse(&wrong_type).unwrap_err().0[0].field, "duration_minutes");

        let bad_format = GOOD.replace("format = \"leetcode\"", "format = \"codeforces\"");
        let e = ContestPackage::parse(&bad_format).unwrap_err().0;
        assert_eq!(e[0].field, "format");
        assert!(e[0].message.contains("leetcode"), "lists the valid ones: {}", e[0].message);

        let missing = GOOD.replace("title = \"Weekly Contest 42\"\n", "");
        let e = ContestPackage::parse(&missing).unwrap_err().0;
        assert!(e[0].message.contains("missing field `title`"), "{}", e[0].message);
    }

    #[test]
    fn days_from_civil_agrees_with_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
    }
}
