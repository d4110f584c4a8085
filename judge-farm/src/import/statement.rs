//! A Kattis package's statements: `problem_statement/` (legacy) or `statement/` (2023-07), one
//! file per language, `problem.<lang>.md` or `problem.<lang>.tex` (`problem.md` / `problem.tex`
//! are English). LaTeX is rendered to Markdown (see `latex`). The English statement is the one
//! shown (else the first language's); the others are kept with it, by language.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::constants::Constants;
use super::data::{read, visible_entries};
use super::latex;
use super::problem_yaml::FormatVersion;

/// The statements of a package by language code, with what reading them noticed.
#[derive(Debug, Default)]
pub(super) struct Statements {
    /// Markdown by language code.
    pub by_language: BTreeMap<String, String>,
    /// Names a LaTeX statement gives with `\problemname` (legacy packages name problems so).
    pub names: BTreeMap<String, String>,
    /// What the import reports (LaTeX it could not render).
    pub notes: Vec<String>,
}

impl Statements {
    /// The language shown: English when there is one.
    pub(super) fn shown(&self) -> Option<(&str, &str)> {
        self.by_language
            .get_key_value("en")
            .or_else(|| self.by_language.iter().next())
            .map(|(l, s)| (l.as_str(), s.as_str()))
    }
}

/// The folders statements may be in, the version's own first.
fn folders(version: FormatVersion) -> [&'static str; 2] {
    match version {
        FormatVersion::Legacy => ["problem_statement", "statement"],
        FormatVersion::V2023_07 => ["statement", "problem_statement"],
    }
}

/// A statement file's language and whether it is LaTeX, if it is one.
fn statement_file(path: &Path) -> Option<(String, bool)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_prefix("problem.")?;
    let (language, extension) = match stem.rsplit_once('.') {
        Some((language, extension)) => (language.to_string(), extension),
        None => ("en".to_string(), stem),
    };
    let language = if language.is_empty() { "en".to_string() } else { language };
    match extension {
        "md" => Some((language, false)),
        "tex" => Some((language, true)),
        _ => None,
    }
}

/// Reads every statement of the package at `dir`, with `constants` in place of their
/// `{{name}}`s.
pub(super) fn read_all(
    dir: &Path,
    version: FormatVersion,
    constants: &Constants,
) -> Result<Statements> {
    let mut statements = Statements::default();
    let mut files: Vec<PathBuf> = Vec::new();
    for folder in folders(version).map(|f| dir.join(f)).into_iter().filter(|f| f.is_dir()) {
        files.extend(visible_entries(&folder)?);
        if !files.is_empty() {
            break;
        }
    }
    // The layout before either folder: problem.en.md beside problem.yaml.
    files.push(dir.join("problem.en.md"));
    // Markdown before LaTeX, so a language with both shows its Markdown.
    let mut found: Vec<(String, bool, PathBuf)> = files
        .into_iter()
        .filter(|p| p.is_file())
        .filter_map(|p| statement_file(&p).map(|(l, tex)| (l, tex, p)))
        .collect();
    found.sort();
    for (language, is_tex, path) in found {
        if statements.by_language.contains_key(&language) {
            continue;
        }
        let text = constants.substitute(&read(&path)?);
        let markdown = if is_tex {
            let rendered = latex::render(&text);
            if !rendered.unsupported.is_empty() {
                let what: Vec<&str> = rendered.unsupported.iter().map(String::as_str).collect();
                statements.notes.push(format!(
                    "{}: LaTeX not rendered: {}",
                    path.strip_prefix(dir).unwrap_or(&path).display(),
                    what.join(", ")
                ));
            }
            if let Some(name) = rendered.name {
                statements.names.insert(language.clone(), name);
            }
            rendered.markdown
        } else {
            text
        };
        statements.by_language.insert(language, markdown);
    }
    Ok(statements)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_read_per_language_english_shown() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("statement");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("problem.sv.md"), "Hej\n").unwrap();
        std::fs::write(folder.join("problem.en.tex"), "\\problemname{Hello}\nHi $x$.\n").unwrap();
        std::fs::write(folder.join("notes.txt"), "not a statement").unwrap();
        let s = read_all(dir.path(), FormatVersion::V2023_07, &Constants::default()).unwrap();
        assert_eq!(s.shown(), Some(("en", "Hi $x$.\n")));
        assert_eq!(s.by_language["sv"], "Hej\n");
        assert_eq!(s.names["en"], "Hello");
        assert_eq!(statement_file(Path::new("problem.tex")), Some(("en".into(), true)));
    }
}
