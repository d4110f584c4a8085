//! The prompt a remote model gets: a fixed system message (how to hint without solving) and a
//! user message written from a [`HintContext`] alone, so it can hold nothing the context does
//! not (no hidden test, no reference solution).

use std::fmt::Write;

use super::context::{Failure, HintContext};

/// The most a model is asked to write (a hint is a few sentences).
pub const MAX_OUTPUT_TOKENS: u32 = 400;

pub const SYSTEM: &str = "You are the hint giver of AlgoArena, a coding-practice site. A learner \
is stuck on a problem and asks for one hint. Give exactly one hint of at most 120 words that \
moves them one step forward from where their code and their latest verdict show they are. Be \
specific: name the line, the case or the idea in their code that goes wrong. Never give the \
solution: no complete or corrected code, no code longer than one line, no pseudo-code of the whole \
algorithm, and do not restate a later hint tier in full. If their code is already correct, say \
what could be improved instead. Answer in plain prose (inline `code` is fine), without a preface.";

/// The two messages of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub system: &'static str,
    pub user: String,
}

/// The prompt for `context`.
pub fn build(context: &HintContext) -> Prompt {
    let mut m = String::new();
    let p = &context.problem;
    let _ = writeln!(m, "# Problem: {} ({})", p.title, p.difficulty);
    if !p.tags.is_empty() {
        let _ = writeln!(m, "Tags: {}", p.tags.join(", "));
    }
    let _ = writeln!(m, "\n## Statement\n{}", p.statement.trim());
    if let Some(constraints) = p.constraints.as_deref().filter(|c| !c.trim().is_empty()) {
        let _ = writeln!(m, "\n## Constraints\n{}", constraints.trim());
    }
    for test in &context.samples {
        let _ = writeln!(
            m,
            "\n## {}\nInput:\n{}",
            capitalised(&test.label.to_string()),
            fenced(&test.input)
        );
        if let Some(expected) = &test.expected {
            let _ = writeln!(m, "Expected output:\n{}", fenced(expected));
        }
    }
    if !context.hints.is_empty() {
        let _ = writeln!(m, "\n## The problem's own hints, which the learner can read (in order)");
        for hint in &context.hints {
            let _ = writeln!(m, "{}. {}", hint.tier, hint.body.trim());
        }
    }
    if !context.editorial_outline.is_empty() {
        let _ = writeln!(
            m,
            "\n## Headings of the editorial (for your orientation; do not reveal the approach outright)"
        );
        for heading in &context.editorial_outline {
            let _ = writeln!(m, "- {heading}");
        }
    }
    if !context.earlier.is_empty() {
        let _ = writeln!(
            m,
            "\n## Hints you already gave on this problem (newest first; do not repeat them)"
        );
        for earlier in &context.earlier {
            let _ = writeln!(m, "- {}", earlier.body.trim().replace('\n', " "));
        }
    }
    let _ = writeln!(m, "\n## The learner's latest verdict");
    match &context.verdict {
        None => {
            let _ = writeln!(m, "They have not run or submitted anything on this problem yet.");
        }
        Some(v) => {
            let what = if v.was_run { "A run of" } else { "A submission of" };
            let code =
                if v.same_code { "the code below" } else { "an earlier version of their code" };
            let _ = write!(m, "{what} {code}: {}", v.status.display_name());
            if let (Some(passed), Some(total)) = (v.passed, v.total) {
                let _ = write!(m, ", {passed} of {total} tests passed");
            }
            let _ = writeln!(m, ".");
            match &v.failure {
                Some(Failure::Visible { test, actual }) => {
                    let _ =
                        writeln!(m, "It failed on {}. Input:\n{}", test.label, fenced(&test.input));
                    if let Some(expected) = &test.expected {
                        let _ = writeln!(m, "Expected:\n{}", fenced(expected));
                    }
                    let _ = writeln!(m, "Their program answered:\n{}", fenced(actual));
                }
                Some(Failure::Hidden { number }) => {
                    let _ = writeln!(
                        m,
                        "It failed on hidden test {number}, whose data the learner cannot see (neither can you)."
                    );
                }
                None => {}
            }
            if let Some(message) = &v.message {
                let _ = writeln!(m, "Message:\n{}", fenced(message));
            }
        }
    }
    let a = &context.attempt;
    let _ = writeln!(m, "\n## The learner's code now ({})", a.language.display_name());
    if a.untouched {
        let _ = writeln!(m, "(still the starter code: they have not begun)");
    }
    let _ = writeln!(m, "{}", fenced(&a.code));
    let _ = writeln!(m, "\nGive your one hint now.");
    Prompt { system: SYSTEM, user: m }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `text` in a fence longer than any run of backticks inside it.
fn fenced(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}\n{}\n{fence}", text.trim_end_matches('\n'))
}

/// A model's answer made safe to show: trimmed, at most 2,000 characters, and any code block
/// longer than three lines replaced (the model was told not to write the solution; this
/// holds even when it does).
pub fn tidy(answer: &str) -> String {
    let mut out = Vec::new();
    let mut block: Option<Vec<&str>> = None;
    for line in answer.lines() {
        let fence = line.trim_start().starts_with("```");
        match (&mut block, fence) {
            (None, true) => block = Some(vec![line]),
            (None, false) => out.push(line.to_string()),
            (Some(lines), false) => lines.push(line),
            (Some(lines), true) => {
                lines.push(line);
                if lines.len() - 2 <= 3 {
                    out.extend(lines.iter().map(|l| l.to_string()));
                } else {
                    out.push(
                        "(a longer piece of code was left out: try writing it yourself)".into(),
                    );
                }
                block = None;
            }
        }
    }
    if let Some(lines) = block {
        if lines.len() <= 4 {
            out.extend(lines.iter().map(|l| l.to_string()));
        } else {
            out.push("(a longer piece of code was left out: try writing it yourself)".into());
        }
    }
    let text = out.join("\n").trim().to_string();
    match text.char_indices().nth(2000) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_code_blocks_are_left_out_and_short_ones_kept() {
        let long = "Look at this:\n```python\na\nb\nc\nd\n```\nDone.";
        assert_eq!(
            tidy(long),
            "Look at this:\n(a longer piece of code was left out: try writing it yourself)\nDone."
        );
        let short = "Try\n```\nx += 1\n```";
        assert_eq!(tidy(short), short);
        let unclosed = "Here:\n```\n1\n2\n3\n4\n5";
        assert!(!tidy(unclosed).contains('5'));
        assert_eq!(tidy(&"é".repeat(2100)).chars().count(), 2001);
    }

    #[test]
    fn a_fence_outlasts_the_backticks_inside() {
        assert_eq!(fenced("a ``` b\n"), "````\na ``` b\n````");
        assert_eq!(fenced("x"), "```\nx\n```");
    }
}
