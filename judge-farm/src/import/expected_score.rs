//! What score a reference solution of a scored problem must get: the one it declares in its
//! source with Kattis's `@EXPECTED_SCORE@: <points>` marker, or, in `accepted/`, full marks.

use algoarena_shared::verdict::Status;

use crate::model::Score;

const MARKER: &str = "@EXPECTED_SCORE@";

/// The score `code` declares, if it does; a marker without a number is an error.
pub(super) fn declared(code: &str) -> Result<Option<f64>, String> {
    let Some(at) = code.find(MARKER) else { return Ok(None) };
    let rest = code[at + MARKER.len()..].trim_start_matches([':', ' ', '\t']);
    let number: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    number
        .parse::<f64>()
        .map(Some)
        .map_err(|_| format!("{MARKER} must be followed by a number (e.g. \"{MARKER}: 40\")"))
}

/// Why `got` is not the score expected of a reference in a folder of `folder_status` that
/// declares `declared`; None when it is (or when nothing is expected).
pub(super) fn mismatch(declared: Option<f64>, folder_status: Status, got: Score) -> Option<String> {
    let expected = declared.or((folder_status == Status::Accepted).then_some(got.max_score))?;
    ((expected - got.score).abs() > 1e-9)
        .then(|| format!("expected score {expected}, got {} of {}", got.score, got.max_score))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_is_read_in_any_comment_style() {
        assert_eq!(declared("# @EXPECTED_SCORE@: 30\nprint(1)\n"), Ok(Some(30.0)));
        assert_eq!(declared("// @EXPECTED_SCORE@ 12.5\n"), Ok(Some(12.5)));
        assert_eq!(declared("print(1)\n"), Ok(None));
        assert!(declared("# @EXPECTED_SCORE@: lots\n").is_err());
    }

    #[test]
    fn accepted_references_must_score_full_marks_and_others_what_they_declare() {
        let score = |score| Score { score, max_score: 100.0 };
        assert_eq!(mismatch(None, Status::Accepted, score(100.0)), None);
        assert!(mismatch(None, Status::Accepted, score(70.0))
            .unwrap()
            .contains("expected score 100, got 70 of 100"));
        assert_eq!(mismatch(Some(30.0), Status::TimeLimitExceeded, score(30.0)), None);
        assert!(mismatch(Some(40.0), Status::TimeLimitExceeded, score(30.0)).is_some());
        assert_eq!(
            mismatch(None, Status::WrongAnswer, score(30.0)),
            None,
            "no declared score: any"
        );
    }
}
