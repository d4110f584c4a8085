//! Output checkers: pure functions deciding whether a program's output is right.

/// The default ICPC-style comparison: equal line by line, ignoring trailing spaces on each line
/// and trailing empty lines, with `\r\n` treated as `\n`.
pub fn lines_match(expected: &str, actual: &str) -> bool {
    fn lines(text: &str) -> Vec<&str> {
        let mut lines: Vec<&str> = text.lines().map(|l| l.trim_end()).collect();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }
    lines(expected) == lines(actual)
}

#[cfg(test)]
mod tests {
    use super::lines_match;

    fn both_ways(a: &str, b: &str) -> bool {
        let forward = lines_match(a, b);
        assert_eq!(forward, lines_match(b, a), "the checker must be symmetric for {a:?} / {b:?}");
        forward
    }

    #[test]
    fn trailing_whitespace_and_final_newlines_do_not_matter() {
        assert!(both_ways("3\n", "3"));
        assert!(both_ways("1 2\n3\n", "1 2   \r\n3\n\n\n"));
    }

    #[test]
    fn different_content_or_inner_spacing_does_not_match() {
        assert!(!both_ways("3\n", "4\n"));
        assert!(!both_ways("1 2\n", "1  2\n"));
        assert!(!both_ways("1\n2\n", "1\n\n2\n"));
        assert!(!both_ways("", "0"));
    }
}
