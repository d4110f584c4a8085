//! Building the short wrong-answer messages: bounded excerpts of output and counted nouns.

use std::borrow::Cow;

/// How many characters of one piece of output a message shows. A message quotes at most one
/// piece of the user's output, so it never carries more than this much of it.
const EXCERPT_CHARS: usize = 40;

/// `text` cut to [`EXCERPT_CHARS`] characters, with `…` marking the cut.
pub(super) fn shorten(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
        None => Cow::Borrowed(text),
    }
}

/// A shortened excerpt in quotes with control characters escaped, so that whitespace
/// differences (a tab, a trailing space, an empty line) are visible in the message.
pub(super) fn quoted(text: &str) -> String {
    format!("{:?}", shorten(text))
}

/// "1 line", "3 lines", "0 tokens".
pub(super) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_on_a_character_boundary() {
        let long = "é".repeat(100);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), EXCERPT_CHARS + 1);
        assert!(short.ends_with('…'));
        assert_eq!(shorten("short"), "short");
    }

    #[test]
    fn quoting_makes_whitespace_visible() {
        assert_eq!(quoted("a \t"), "\"a \\t\"");
    }

    #[test]
    fn counts_use_the_plural_except_for_one() {
        assert_eq!(count(0, "token"), "0 tokens");
        assert_eq!(count(1, "line"), "1 line");
        assert_eq!(count(2, "line"), "2 lines");
    }
}
