//! What users are told: compiler messages, failed tests and run cases, trimmed and without
//! the sandbox's or the toolchains' folder names.

use algoarena_shared::api::FailedTest;

use crate::model::TestCase;
use crate::sandbox::{Outcome, Termination};

/// How much of a compiler's message the user sees.
pub(super) const COMPILE_MESSAGE_BYTES: usize = 4096;

/// What the user is told of a failed compile: the compiler's own words (trimmed, without host
/// paths), or which of its limits it hit.
pub(super) fn compile_message(outcome: &Outcome) -> String {
    let mut message = String::from_utf8_lossy(&outcome.stderr).into_owned();
    if message.trim().is_empty() {
        message = String::from_utf8_lossy(&outcome.stdout).into_owned();
    }
    if matches!(outcome.termination, Termination::CpuTimeLimit | Termination::WallTimeLimit) {
        message = "Compilation took too long.".into();
    } else if outcome.termination == Termination::MemoryLimit {
        message = "Compilation used too much memory.".into();
    }
    trim_message(message.as_bytes(), COMPILE_MESSAGE_BYTES)
}

/// Host folders a compiler may name in its messages (the toolchains' own sources), replaced by
/// a neutral name so users see no host layout.
const TOOLCHAIN_PATHS: &[(&str, &str)] = &[
    ("/usr/local/lib/algoarena/", ""),
    ("/usr/lib/go-1.23/src/", "$GOROOT/src/"),
    ("/usr/lib/go-1.23/", "$GOROOT/"),
    ("/usr/lib/gcc/x86_64-linux-gnu/12/", ""),
    ("/usr/include/c++/12/", ""),
    ("/usr/include/x86_64-linux-gnu/c++/12/", ""),
    ("/usr/include/", ""),
    ("/usr/src/rustc-", "rustc-"),
    ("/usr/lib/rustlib/src/rust/", ""),
    ("/usr/lib/node_modules/", ""),
    ("/usr/lib/jvm/java-17-openjdk-amd64/", ""),
    ("/usr/lib/mono/", ""),
    ("/tmp/gocache/", ""),
];

/// How much of each text of a failed test or a run's case the user sees.
const FAILED_TEST_BYTES: usize = 2048;

/// A test's or a program's text as the user sees it: at most [`FAILED_TEST_BYTES`], cut on a
/// character boundary and marked as cut.
pub(super) fn shown(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text);
    if text.len() <= FAILED_TEST_BYTES {
        return text.into_owned();
    }
    let mut end = FAILED_TEST_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// The failed test as the user sees it (texts trimmed by [`shown`]).
pub(super) fn failed_test(
    index: usize,
    test: &TestCase,
    actual: &[u8],
    stdout: &[u8],
) -> FailedTest {
    FailedTest {
        number: index as i32 + 1,
        input: shown(test.input.as_bytes()),
        expected: shown(test.expected_output.as_bytes()),
        actual: shown(actual),
        stdout: shown(stdout),
        conversation: false,
    }
}

/// The failed test of an interactive problem: its files are the interactor's own, so only
/// what the interactor said of the conversation is shown.
pub(super) fn failed_conversation(index: usize, judge_said: &[u8]) -> FailedTest {
    FailedTest {
        number: index as i32 + 1,
        input: String::new(),
        expected: String::new(),
        actual: shown(judge_said),
        stdout: String::new(),
        conversation: true,
    }
}

/// A message for the user: at most `max` bytes, without the sandbox's or the toolchains'
/// folder names.
pub(super) fn trim_message(raw: &[u8], max: usize) -> String {
    let mut text = String::from_utf8_lossy(raw).replace("/box/", "");
    for (path, replacement) in TOOLCHAIN_PATHS {
        if text.contains(path) {
            text = text.replace(path, replacement);
        }
    }
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n… (trimmed)", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_lose_sandbox_paths_and_are_trimmed_on_a_character_boundary() {
        assert_eq!(trim_message(b"/box/main.cpp:1:1: error", 100), "main.cpp:1:1: error");
        assert_eq!(
            trim_message(b"In file included from /usr/include/c++/12/bits/stl_algo.h:61", 100),
            "In file included from bits/stl_algo.h:61"
        );
        let long = "é".repeat(10);
        let trimmed = trim_message(long.as_bytes(), 5);
        assert!(trimmed.starts_with("éé") && trimmed.ends_with("(trimmed)"));
    }
}
