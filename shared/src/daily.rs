//! The daily problem (`GET /api/problems/daily`, TRD §4.2): one problem per UTC day, chosen
//! ahead of time by the farm. The edge keys its cache by the UTC day it computes here, asks the
//! farm for that day explicitly (so the two can never disagree at midnight) and keeps the
//! answer until the next midnight.

use serde::{Deserialize, Serialize};

use crate::api::ProblemSummary;

/// Today's problem. `daily_streak` and `solved` are the signed-in reader's, merged in by the
/// edge; the shared, cached answer has neither.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DailyProblem {
    /// The UTC day, `YYYY-MM-DD`.
    pub date: String,
    pub problem: ProblemSummary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_streak: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solved: Option<bool>,
}

/// A user's standing on the daily problems (`GET /internal/problems/daily/progress?day=`):
/// consecutive UTC days with the day's problem solved that day, counted back from `day` (or
/// from the day before, while `day` is not solved yet), and whether `day`'s is solved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyProgress {
    pub daily_streak: u32,
    pub solved: bool,
}

const SECS_PER_DAY: i64 = 86_400;

/// A UTC calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct UtcDay {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl UtcDay {
    /// The UTC day holding the instant `unix_secs`.
    pub fn of_unix(unix_secs: i64) -> UtcDay {
        civil_from_days(unix_secs.div_euclid(SECS_PER_DAY))
    }

    /// Parses `YYYY-MM-DD` (a real date, four-digit year); `None` otherwise.
    pub fn parse(text: &str) -> Option<UtcDay> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            text.get(r).filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?.parse().ok()
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let parsed = UtcDay { year: year as i32, month, day };
        // A date that does not round-trip (Feb 30, month 13) is not a date.
        (month >= 1 && day >= 1 && civil_from_days(parsed.days_since_epoch()) == parsed)
            .then_some(parsed)
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The first instant of the next day, in Unix seconds: when a cached daily answer expires.
    pub fn next_midnight_unix(self) -> i64 {
        (self.days_since_epoch() + 1) * SECS_PER_DAY
    }
}

impl std::fmt::Display for UtcDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Howard Hinnant's civil_from_days.
fn civil_from_days(days: i64) -> UtcDay {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    UtcDay { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_fall_on_their_utc_day() {
        assert_eq!(UtcDay::of_unix(0).to_string(), "1970-01-01");
        assert_eq!(UtcDay::of_unix(86_399).to_string(), "1970-01-01");
        assert_eq!(UtcDay::of_unix(86_400).to_string(), "1970-01-02");
        assert_eq!(UtcDay::of_unix(-1).to_string(), "1969-12-31");
        // 2024-02-29T23:59:59Z and the second after it.
        assert_eq!(UtcDay::of_unix(1_709_251_199).to_string(), "2024-02-29");
        assert_eq!(UtcDay::of_unix(1_709_251_200).to_string(), "2024-03-01");
    }

    #[test]
    fn the_next_midnight_follows_the_day() {
        let day = UtcDay::of_unix(1_709_251_199);
        assert_eq!(day.next_midnight_unix(), 1_709_251_200);
        assert_eq!(UtcDay::of_unix(day.next_midnight_unix()).to_string(), "2024-03-01");
    }

    #[test]
    fn days_parse_and_print_alike() {
        for text in ["2024-02-29", "1999-12-31", "2026-12-04", "2000-03-01"] {
            let day = UtcDay::parse(text).unwrap();
            assert_eq!(day.to_string(), text);
            assert_eq!(civil_from_days(day.days_since_epoch()), day);
        }
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "+202-01-01",
            "",
        ] {
            assert_eq!(UtcDay::parse(bad), None, "{bad}");
        }
    }
}
