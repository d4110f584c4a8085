//! What score a reference solution of a scored problem must get: the one it declares in its
//! source with Kattis's `@EXPECTED_SCORE@: <points>` marker (`expected_verdict` says what a
//! folder's references score without one).

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
}
