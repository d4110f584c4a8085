//! The daily streak, pure: consecutive UTC days with the day's problem solved, counted back
//! from today, or from yesterday while today's is still open (a streak is not lost before the
//! day is over).

use chrono::NaiveDate;

/// `solved` holds days newest first (as `db::daily::solved_days` returns them).
pub fn daily_streak(solved: &[NaiveDate], today: NaiveDate) -> u32 {
    let mut expected = match solved.first() {
        Some(first) if *first == today => today,
        _ => match today.pred_opt() {
            Some(yesterday) => yesterday,
            None => return 0,
        },
    };
    let mut streak = 0;
    // Days after `expected` (none, as read) are skipped; the first gap ends the count.
    for day in solved {
        if *day > expected {
            continue;
        }
        if *day != expected {
            break;
        }
        streak += 1;
        match expected.pred_opt() {
            Some(before) => expected = before,
            None => break,
        }
    }
    streak
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_streak_counts_back_from_today() {
        let days = [d("2026-03-01"), d("2026-02-28"), d("2026-02-27"), d("2026-02-25")];
        assert_eq!(daily_streak(&days, d("2026-03-01")), 3);
    }

    #[test]
    fn an_unsolved_today_keeps_yesterdays_streak() {
        let days = [d("2026-02-28"), d("2026-02-27")];
        assert_eq!(daily_streak(&days, d("2026-03-01")), 2);
    }

    #[test]
    fn a_missed_day_ends_the_streak() {
        assert_eq!(daily_streak(&[d("2026-02-27")], d("2026-03-01")), 0);
        assert_eq!(daily_streak(&[], d("2026-03-01")), 0);
    }

    #[test]
    fn the_streak_crosses_month_and_leap_days() {
        let days = [d("2024-03-01"), d("2024-02-29"), d("2024-02-28")];
        assert_eq!(daily_streak(&days, d("2024-03-01")), 3);
    }
}
