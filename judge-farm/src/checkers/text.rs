//! How output text is cut up: the whitespace set, newline normalisation, tokens and lines.

use std::borrow::Cow;

/// The separators between tokens: the six characters C's `isspace` accepts, which is what
/// Kattis's default validator uses. Unicode spaces (such as U+00A0) are part of a token, so a
/// stray no-break space in an answer is noticed rather than silently skipped.
pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C')
}

/// `\r\n` becomes `\n`, so a program written on Windows is judged like any other. Borrows when
/// there is nothing to change, which is the common case for outputs of many megabytes.
pub(super) fn normalise_newlines(text: &str) -> Cow<'_, str> {
    if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// One token together with the whitespace run in front of it; the run is kept so that the
/// space-change-sensitive rules can compare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token<'a> {
    pub space_before: &'a str,
    pub text: &'a str,
}

/// The tokens of `text` in order. Whitespace after the last token belongs to no token, which is
/// how trailing whitespace at the end of an output comes to be ignored.
pub(super) fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| !is_space(c))?;
        let from_token = &rest[start..];
        let length = from_token.find(is_space).unwrap_or(from_token.len());
        let token = Token { space_before: &rest[..start], text: &from_token[..length] };
        rest = &from_token[length..];
        Some(token)
    })
}

/// The lines of `text` split at `\n`, where an empty text has no lines at all (rather than one
/// empty line), so that "" against "0" reads as missing output.
pub(super) fn split_lines(text: &str) -> Vec<&str> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_the_whitespace_in_front_of_them_and_drop_the_trailing_run() {
        let found: Vec<_> = tokens("  a\tbc \n d  \n").collect();
        assert_eq!(
            found,
            [
                Token { space_before: "  ", text: "a" },
                Token { space_before: "\t", text: "bc" },
                Token { space_before: " \n ", text: "d" },
            ]
        );
    }

    #[test]
    fn text_of_only_whitespace_has_no_tokens() {
        assert_eq!(tokens(" \r\n\t").count(), 0);
        assert_eq!(tokens("").count(), 0);
    }

    #[test]
    fn a_no_break_space_is_part_of_a_token() {
        let found: Vec<_> = tokens("1\u{a0}2").map(|t| t.text).collect();
        assert_eq!(found, ["1\u{a0}2"]);
    }

    #[test]
    fn only_crlf_pairs_are_normalised() {
        assert_eq!(normalise_newlines("a\r\nb\rc\n"), "a\nb\rc\n");
        assert!(matches!(normalise_newlines("a\nb"), Cow::Borrowed(_)));
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(split_lines("").is_empty());
        assert_eq!(split_lines("a\n\nb"), ["a", "", "b"]);
    }
}
