//! The judge's half of the driver protocol (described in the `functions` module docs): the
//! per-run marker, the stdin a driver reads, and splitting what the program printed into the
//! drivers' result frames and the user's own output.

/// A fresh marker for one run: 32 lower-case hex digits the user's code cannot guess, so
/// nothing it prints can pass for a result frame.
pub fn new_marker() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// The driver's stdin: the marker on the first line, then one test per line (function: a JSON
/// array of the arguments; design: `{"calls":[...],"args":[[...],...]}`).
pub fn stdin(marker: &str, tests: &[String]) -> String {
    let mut text =
        String::with_capacity(marker.len() + 1 + tests.iter().map(|t| t.len() + 1).sum::<usize>());
    text.push_str(marker);
    text.push('\n');
    for test in tests {
        debug_assert!(!test.contains('\n'), "a test is one line");
        text.push_str(test);
        text.push('\n');
    }
    text
}

/// A run's stdout, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverOutput {
    /// The canonical JSON result of test `k`, or None when the program printed no frame for it
    /// (it crashed, ran out of time, or never got there).
    pub results: Vec<Option<String>>,
    /// Everything else the program printed, byte for byte (shown to the user, never judged).
    pub user_output: Vec<u8>,
}

/// Splits `stdout` into the frames `\n<marker> <k> <json>\n` for `k < tests` and the rest.
/// A frame cut short (no final newline) is not a result; a second frame for the same test is
/// ignored.
pub fn split_output(stdout: &[u8], marker: &str, tests: usize) -> DriverOutput {
    let opening = format!("\n{marker} ");
    let mut results = vec![None; tests];
    let mut user_output = Vec::with_capacity(stdout.len());
    let mut rest = stdout;
    while let Some(start) = find(rest, opening.as_bytes()) {
        let after = &rest[start + opening.len()..];
        let Some(end) = after.iter().position(|&b| b == b'\n') else {
            break;
        };
        user_output.extend_from_slice(&rest[..start]);
        if let Some((k, json)) = parse_frame(&after[..end]) {
            if k < tests && results[k].is_none() {
                results[k] = Some(json);
            }
        }
        rest = &after[end + 1..];
    }
    user_output.extend_from_slice(rest);
    DriverOutput { results, user_output }
}

/// `<k> <json>` of a frame's line.
fn parse_frame(line: &[u8]) -> Option<(usize, String)> {
    let line = std::str::from_utf8(line).ok()?;
    let (k, json) = line.split_once(' ')?;
    if k.is_empty() || !k.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((k.parse().ok()?, json.to_string()))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_32_hex_digits_and_differ() {
        let (a, b) = (new_marker(), new_marker());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn stdin_is_the_marker_then_one_test_per_line() {
        let tests = ["[[2,7],9]".to_string(), "[[],0]".to_string()];
        assert_eq!(stdin("m", &tests), "m\n[[2,7],9]\n[[],0]\n");
    }

    #[test]
    fn frames_are_results_and_everything_else_is_user_output() {
        let m = "0123456789abcdef0123456789abcdef";
        let fake = "fedcba9876543210fedcba9876543210";
        let stdout = format!(
            "debug\n{m} 0 [0,1]\nfake 0 [1]\n{fake} 1 [9,9]\n\n{m} 1 [1,2]\n\n{m} 1 [7]\n\n{m} 5 [3]\ntail\n{m} 2 [cut"
        );
        let out = split_output(stdout.as_bytes(), m, 3);
        assert_eq!(out.results, [Some("[0,1]".into()), Some("[1,2]".into()), None]);
        assert_eq!(
            String::from_utf8(out.user_output).unwrap(),
            format!("debugfake 0 [1]\n{fake} 1 [9,9]\ntail\n{m} 2 [cut")
        );
    }

    #[test]
    fn a_frame_at_the_very_start_needs_its_leading_newline() {
        let out = split_output(b"m 0 [1]\n", "m", 1);
        assert_eq!(out.results, [None]);
        let out = split_output(b"\nm 0 [1]\n", "m", 1);
        assert_eq!(out.results, [Some("[1]".into())]);
        assert!(out.user_output.is_empty());
    }
}
