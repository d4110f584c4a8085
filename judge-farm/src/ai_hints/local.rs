//! The built-in provider: no network, no model. It says what is true of the user's latest
//! verdict (the failing test when they can see it, the number and kind of failure when they
//! cannot), then passes on the next of the problem's own hint tiers they have not been given,
//! and once those run out, the editorial's outline or the problem's tags.

use algoarena_shared::verdict::Status;

use super::context::{Failure, HintContext, VisibleVerdict};

/// Longest piece of a test or an answer quoted inline.
const QUOTE_CHARS: usize = 120;

/// A local hint, and the problem's hint tier it passed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalHint {
    pub text: String,
    pub hint_tier: Option<u32>,
}

pub fn hint(context: &HintContext) -> LocalHint {
    let mut parts = vec![about_the_verdict(context)];
    let next = context
        .hints
        .iter()
        .find(|h| context.highest_tier_given.is_none_or(|given| h.tier > given));
    let hint_tier = match next {
        Some(h) => {
            parts.push(format!("Hint {}: {}", h.tier, h.body.trim()));
            Some(h.tier)
        }
        None => {
            if !context.editorial_outline.is_empty() {
                parts.push(format!(
                    "You have been given every hint of this problem. The editorial is organised as: {}.",
                    context.editorial_outline.join("; ")
                ));
            } else if !context.problem.tags.is_empty() {
                parts.push(format!(
                    "You have been given every hint of this problem. It is tagged {}: which of these ideas does your code use?",
                    context.problem.tags.join(", ")
                ));
            }
            None
        }
    };
    LocalHint { text: parts.join("\n\n"), hint_tier }
}

fn about_the_verdict(context: &HintContext) -> String {
    let Some(v) = &context.verdict else {
        return if context.attempt.untouched {
            "You have not started yet. Read sample 1 and work out its answer by hand: the steps \
             you take are the start of your program."
                .into()
        } else {
            "You have not run this code yet: press Run to try it on the samples, then ask again \
             and the hint can point at what goes wrong."
                .into()
        };
    };
    let what = if v.was_run { "run" } else { "submission" };
    let whose = if v.same_code { "" } else { " (of an earlier version of your code)" };
    let subject = format!("Your latest {what}{whose}");
    let tests = tally(v);
    match (&v.failure, v.status) {
        (_, Status::Accepted) => format!(
            "{subject} was accepted{tests}. Well done: now check its complexity against the \
             constraints, or try another approach."
        ),
        (_, Status::CompileError) => {
            let first = v.message.as_deref().and_then(first_line).unwrap_or("no message");
            format!("{subject} did not compile: `{first}`. Fix that line first.")
        }
        (Some(Failure::Visible { test, actual }), status) => {
            let answered = if actual.trim().is_empty() {
                "your program printed nothing".to_string()
            } else {
                format!("got `{}`", quote(actual))
            };
            let expected = match &test.expected {
                Some(e) => format!("expected `{}`, {answered}", quote(e)),
                None => answered,
            };
            let mut text = format!(
                "{subject} failed on {} ({}): input `{}`, {expected}.",
                test.label,
                status.display_name(),
                quote(&test.input)
            );
            if let Some(line) = v.message.as_deref().and_then(first_line) {
                text.push_str(&format!(" It stopped with `{line}`."));
            }
            text.push(' ');
            text.push_str(&advice_on_a_visible_test(status, &test.label.to_string()));
            text
        }
        (Some(Failure::Hidden { number }), status) => format!(
            "{subject} failed on hidden test {number} ({}){tests}. {}",
            status.display_name(),
            advice_on_a_hidden_test(status)
        ),
        (None, status) => format!("{subject} ended with {}{tests}.", status.display_name()),
    }
}

fn tally(v: &VisibleVerdict) -> String {
    match (v.passed, v.total) {
        (Some(passed), Some(total)) if total > 0 => format!(", {passed} of {total} tests passed"),
        _ => String::new(),
    }
}

fn advice_on_a_visible_test(status: Status, label: &str) -> String {
    match status {
        Status::TimeLimitExceeded => {
            format!("Even {label} is too slow, so look for a loop that never ends or repeats work.")
        }
        Status::RuntimeError => format!(
            "Follow {label} through your code to the line that fails: an index out of range, an \
             empty collection or a division by zero?"
        ),
        Status::MemoryLimitExceeded => {
            format!("On {label} your program keeps too much: what grows without bound?")
        }
        _ => format!(
            "Work through {label} by hand with your code and find the first step where it differs \
             from what you expect."
        ),
    }
}

fn advice_on_a_hidden_test(status: Status) -> &'static str {
    match status {
        Status::TimeLimitExceeded => {
            "Your program is right on small inputs but too slow for the largest the constraints \
             allow: estimate its complexity and look for a faster idea."
        }
        Status::MemoryLimitExceeded => {
            "It uses too much memory on a large input: which structure grows with the input, and \
             do you need all of it at once?"
        }
        Status::RuntimeError => {
            "Look for out-of-range indexes, empty inputs, overflow or recursion too deep for the \
             largest inputs."
        }
        Status::OutputLimitExceeded => {
            "It printed far more than the answer: look for a print in a loop."
        }
        _ => {
            "The samples do not cover everything: try the edge cases the constraints allow \
             (smallest and largest sizes, equal or negative values, no answer)."
        }
    }
}

fn first_line(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|l| !l.is_empty())
}

/// A test or answer on one line, cut to [`QUOTE_CHARS`].
fn quote(text: &str) -> String {
    let flat = text.trim().replace('\n', "⏎");
    match flat.char_indices().nth(QUOTE_CHARS) {
        Some((end, _)) => format!("{}…", &flat[..end]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai_hints::context::tests::example;

    #[test]
    fn a_failing_sample_is_named_with_its_answers_and_the_next_tier_follows() {
        let context = example();
        let hint = hint(&context);
        assert!(hint.text.contains("failed on sample 2 (Wrong Answer)"), "{}", hint.text);
        assert!(hint.text.contains("expected `10`, got `7`"), "{}", hint.text);
        assert!(hint.text.contains("Hint 2: Use a map."), "{}", hint.text);
        assert_eq!(hint.hint_tier, Some(2));
    }

    #[test]
    fn when_the_tiers_run_out_the_outline_is_given() {
        let mut context = example();
        context.highest_tier_given = Some(2);
        let hint = hint(&context);
        assert_eq!(hint.hint_tier, None);
        assert!(hint.text.contains("organised as: Approach: a map"), "{}", hint.text);
    }
}
