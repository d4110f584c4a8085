//! Walking two sequences (lines or tokens) side by side and reporting the first difference.

use super::message::{count, quoted};
use super::CheckResult;

/// Compares `expected` and `actual` item by item. `differ` gets the 1-based position and both
/// items and returns a message when they do not match; running out of items on either side is
/// reported here, so every ordered rule words it the same way. `noun` names an item ("line").
pub(super) fn compare_in_order<T>(
    expected: impl IntoIterator<Item = T>,
    actual: impl IntoIterator<Item = T>,
    noun: &str,
    shown: impl Fn(&T) -> &str,
    mut differ: impl FnMut(usize, &T, &T) -> Option<String>,
) -> CheckResult {
    let mut expected = expected.into_iter();
    let mut actual = actual.into_iter();
    let mut position = 1;
    loop {
        match (expected.next(), actual.next()) {
            (Some(want), Some(got)) => {
                if let Some(message) = differ(position, &want, &got) {
                    return CheckResult::wrong(message);
                }
            }
            (Some(_), None) => {
                let wanted = position + expected.count();
                return CheckResult::wrong(format!(
                    "output ends after {}; expected {}",
                    count(position - 1, noun),
                    count(wanted, noun)
                ));
            }
            (None, Some(got)) => {
                return CheckResult::wrong(format!(
                    "unexpected extra output at {noun} {position}: {}",
                    quoted(shown(&got))
                ));
            }
            (None, None) => return CheckResult::Accepted,
        }
        position += 1;
    }
}
