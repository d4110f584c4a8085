//! An interactive problem's samples as the statement shows them (both package formats): the
//! `.interaction` files under `data/sample`, each a transcript of the talk between the judge's
//! interactor and a program, as the ICPC format specifies. A line starting with `>` is the
//! program's output to the judge, one starting with `<` the judge's output to the program; any
//! other line is refused, naming the file and line. A sample's `.in` and `.ans` are the
//! interactor's own data and are never shown, so the transcripts are the samples: one beside a
//! sample's `.in` stands for that sample, one without is an extra sample shown only. They are
//! taken in path order, as tests are.

use std::path::Path;

use algoarena_shared::api::{Interaction, InteractionLine, Side};
use anyhow::{bail, Context, Result};

use super::data::{files_under, read};
use crate::db::problems::NewTest;

/// The extension of a transcript file.
const EXTENSION: &str = "interaction";

/// The sample transcripts of the package in `dir`, and what the import reports about them: a
/// sample without a transcript (nothing of it is shown), or transcripts of a problem that is
/// not interactive (not read: its samples show their input and answer).
pub(super) fn read_samples(
    dir: &Path,
    samples: &[NewTest],
    interactive: bool,
    multi_pass: bool,
) -> Result<(Vec<Interaction>, Vec<String>)> {
    let sample_dir = dir.join("data/sample");
    let mut files =
        files_under(&sample_dir, |path| path.extension().is_some_and(|e| e == EXTENSION))?;
    files.sort();
    let shown = |path: &Path| path.strip_prefix(dir).unwrap_or(path).display().to_string();
    if !interactive && !multi_pass {
        let notes = files
            .iter()
            .map(|f| {
                format!(
                    "{}: not shown (only interactive and multi-pass problems' samples are \
                     transcripts)",
                    shown(f)
                )
            })
            .collect();
        return Ok((Vec::new(), notes));
    }
    // A multi-pass problem's samples are shown as tests too, so its transcripts are optional.
    let notes = if !interactive { Vec::new() } else { missing_transcripts(dir, samples) };
    let interactions = files
        .iter()
        .map(|path| parse(&read(path)?, multi_pass).with_context(|| path.display().to_string()))
        .collect::<Result<_>>()?;
    Ok((interactions, notes))
}

/// What the import reports of an interactive problem's samples without a transcript.
fn missing_transcripts(dir: &Path, samples: &[NewTest]) -> Vec<String> {
    let sample_dir = dir.join("data/sample");
    samples
        .iter()
        .filter(|t| t.is_sample)
        .map(|t| sample_dir.join(format!("{}.{EXTENSION}", t.name)))
        .filter(|transcript| !transcript.is_file())
        .map(|transcript| {
            format!(
                "{}: missing, so this sample is not shown (an interactive problem's .in and \
                 .ans are the judge's own)",
                transcript.strip_prefix(dir).unwrap_or(&transcript).display()
            )
        })
        .collect()
}

/// A transcript's text as typed lines. A multi-pass problem's transcript separates its passes
/// with `---` lines, and no pass may be empty.
pub(super) fn parse(text: &str, multi_pass: bool) -> Result<Interaction> {
    let mut lines: Vec<InteractionLine> = Vec::new();
    let mut new_pass = false;
    for (index, line) in text.lines().enumerate() {
        let from = match line.chars().next() {
            Some('<') => Side::Judge,
            Some('>') => Side::Program,
            _ if multi_pass && line == PASS_BREAK => {
                if lines.is_empty() || new_pass {
                    bail!("line {}: '{PASS_BREAK}' after an empty pass", index + 1);
                }
                new_pass = true;
                continue;
            }
            _ => bail!(
                "line {}: starts with neither '>' (the program's output) nor '<' (the \
                 judge's){}: {:?}",
                index + 1,
                if multi_pass { " and is not '---' (the next pass)" } else { "" },
                line.chars().take(40).collect::<String>()
            ),
        };
        lines.push(InteractionLine { from, text: line[1..].to_string(), new_pass });
        new_pass = false;
    }
    if lines.is_empty() {
        bail!("the transcript is empty");
    }
    if new_pass {
        bail!("the transcript ends with '{PASS_BREAK}': its last pass is empty");
    }
    Ok(Interaction { lines })
}

/// The line between two passes of a multi-pass problem's transcript.
const PASS_BREAK: &str = "---";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::test_package::package;

    fn line(from: Side, text: &str) -> InteractionLine {
        InteractionLine { from, text: text.into(), new_pass: false }
    }

    fn sample(name: &str) -> NewTest {
        NewTest {
            name: name.into(),
            input: "42\n".into(),
            expected_output: "42\n".into(),
            is_sample: true,
        }
    }

    #[test]
    fn each_line_is_the_program_or_the_judge_speaking_as_written() {
        let parsed = parse(">500000000\n<<\n> 42 \r\n<=\n", false).unwrap();
        assert_eq!(
            parsed.lines,
            [
                line(Side::Program, "500000000"),
                line(Side::Judge, "<"),
                line(Side::Program, " 42 "),
                line(Side::Judge, "="),
            ]
        );
        assert_eq!(parse(">", false).unwrap().lines, [line(Side::Program, "")], "no final newline");
    }

    #[test]
    fn a_multi_pass_transcript_marks_where_each_pass_starts() {
        let parsed = parse("<5\n>f\n---\n<f\n>5\n", true).unwrap();
        let starts: Vec<bool> = parsed.lines.iter().map(|l| l.new_pass).collect();
        assert_eq!(starts, [false, false, true, false]);
        assert_eq!(parsed.lines[2], InteractionLine { new_pass: true, ..line(Side::Judge, "f") });
        for (text, says) in [
            ("---\n>1\n", "line 1: '---' after an empty pass"),
            (">1\n---\n---\n>2\n", "line 3: '---' after an empty pass"),
            (">1\n---\n", "ends with '---'"),
        ] {
            let e = parse(text, true).unwrap_err().to_string();
            assert!(e.contains(says), "{text:?}: {e}");
        }
        let e = parse(">1\n---\n>2\n", false).unwrap_err().to_string();
        assert!(e.contains("line 2: starts with neither"), "one pass only: {e}");
    }

    #[test]
    fn a_line_from_neither_side_is_refused_naming_the_file_and_line() {
        let e = parse(">1\n<0\nguess 2\n", false).unwrap_err();
        assert!(format!("{e}").contains("line 3: starts with neither '>'"), "{e}");
        assert!(format!("{e}").contains("\"guess 2\""), "{e}");
        let e = parse(">1\n\n<0\n", false).unwrap_err();
        assert!(format!("{e}").contains("line 2:"), "a blank line is refused too: {e}");
        assert!(format!("{}", parse("", false).unwrap_err()).contains("empty"));
        let dir = package(&[("data/sample/1.in", "1\n"), ("data/sample/1.interaction", "?\n")]);
        let e = read_samples(dir.path(), &[sample("1")], true, false).unwrap_err();
        let message = format!("{e:#}");
        assert!(message.contains("data/sample/1.interaction: line 1: starts with"), "{message}");
    }

    #[test]
    fn transcripts_are_the_samples_in_path_order_and_one_alone_is_an_extra_sample() {
        let dir = package(&[
            ("data/sample/1.in", "42\n"),
            ("data/sample/1.interaction", ">50\n<<\n>42\n<=\n"),
            ("data/sample/2.in", "1\n"),
            ("data/sample/3-extra.interaction", ">1\n<=\n"),
            ("data/sample/group/a.interaction", ">7\n<>\n"),
            ("data/secret/1.interaction", ">9\n<=\n"),
        ]);
        let samples = [sample("1"), sample("2")];
        let (shown, notes) = read_samples(dir.path(), &samples, true, false).unwrap();
        let first_lines: Vec<&str> = shown.iter().map(|i| i.lines[0].text.as_str()).collect();
        assert_eq!(first_lines, ["50", "1", "7"], "secret transcripts are not samples");
        assert_eq!(shown[0].lines.len(), 4);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].starts_with("data/sample/2.interaction: missing"), "{notes:?}");
    }

    #[test]
    fn a_problem_that_is_not_interactive_shows_its_samples_and_reports_transcripts() {
        let dir =
            package(&[("data/sample/1.in", "1 2\n"), ("data/sample/1.interaction", "not read\n")]);
        let (shown, notes) = read_samples(dir.path(), &[sample("1")], false, false).unwrap();
        assert!(shown.is_empty());
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("not shown"), "{notes:?}");
        let bare = package(&[("data/secret/1.in", "1\n")]);
        assert_eq!(read_samples(bare.path(), &[], true, false).unwrap(), (Vec::new(), Vec::new()));
    }

    #[test]
    fn a_multi_pass_problem_may_show_its_passes_and_needs_no_transcript() {
        let dir = package(&[
            ("data/sample/1.in", "encode 5\n"),
            ("data/sample/1.interaction", "<encode 5\n>f\n---\n<decode f\n>5\n"),
            ("data/sample/2.in", "encode 6\n"),
        ]);
        let (shown, notes) =
            read_samples(dir.path(), &[sample("1"), sample("2")], false, true).unwrap();
        assert_eq!(shown.len(), 1);
        assert!(shown[0].lines[2].new_pass);
        assert!(notes.is_empty(), "sample 2 is shown as a test: {notes:?}");
    }
}
