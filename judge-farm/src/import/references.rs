//! Reference solutions: `submissions/<verdict>/<file>` in a package (the ICPC/Kattis layout,
//! used by both formats), each judged on import against the package's own tests and checker;
//! a package whose solutions do not get the verdicts of their folders is not imported. A
//! scored problem's references must also get their score (see `expected_score`).

use std::path::{Path, PathBuf};

use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;
use anyhow::{bail, Context, Result};

use super::data::{read, visible_entries};
use super::{expected_score, scoring, Package};
use crate::judge::{self, Evaluation, Mode, Source, Task};
use crate::languages;
use crate::model::Program;
use crate::model::TestCase;
use crate::sandbox::Sandbox;

/// One reference solution and the verdict its folder promises.
#[derive(Debug, Clone)]
pub struct Reference {
    pub path: PathBuf,
    pub language: Language,
    pub expected: Status,
    /// The score it declares (`@EXPECTED_SCORE@: 40`), for a scored problem.
    pub expected_score: Option<f64>,
    pub code: String,
}

/// The verdict each folder under `submissions/` stands for (Kattis names, and two of ours).
fn folder_verdict(name: &str) -> Option<Status> {
    Some(match name {
        "accepted" => Status::Accepted,
        "wrong_answer" => Status::WrongAnswer,
        "time_limit_exceeded" => Status::TimeLimitExceeded,
        "run_time_error" => Status::RuntimeError,
        "memory_limit_exceeded" => Status::MemoryLimitExceeded,
        "compile_error" => Status::CompileError,
        "output_limit_exceeded" => Status::OutputLimitExceeded,
        _ => return None,
    })
}

/// The language a file's extension names.
pub(super) fn language_of(path: &Path) -> Option<Language> {
    let id = match path.extension()?.to_str()? {
        "py" => "python3",
        "java" => "java",
        "cpp" | "cc" | "cxx" => "cpp17",
        "c" => "c",
        "js" => "javascript",
        "ts" => "typescript",
        "go" => "go",
        "rs" => "rust",
        "kt" => "kotlin",
        "cs" => "csharp",
        _ => return None,
    };
    Language::parse(id)
}

/// The package's reference solutions; an unknown folder or file type is an error naming it.
pub(super) fn find(package: &Path) -> Result<Vec<Reference>> {
    let root = package.join("submissions");
    if !root.is_dir() {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    for folder in visible_entries(&root)? {
        let name = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let Some(expected) = folder_verdict(&name) else {
            bail!(
                "{}: unknown verdict folder (accepted, wrong_answer, time_limit_exceeded, run_time_error, \
                 memory_limit_exceeded, compile_error, output_limit_exceeded)",
                folder.display()
            );
        };
        for path in visible_entries(&folder)? {
            let language = language_of(&path).with_context(|| {
                format!("{}: no judged language has this file extension", path.display())
            })?;
            let code = read(&path)?;
            let expected_score = expected_score::declared(&code)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            found.push(Reference { code, path, language, expected, expected_score });
        }
    }
    Ok(found)
}

/// Judges every reference solution of `package`; fails listing each one whose verdict differs
/// from its folder's.
pub(super) async fn verify(sandbox: &dyn Sandbox, package: &Package) -> Result<()> {
    let p = &package.problem;
    let tests: Vec<TestCase> = p
        .tests
        .iter()
        .map(|t| TestCase { input: t.input.clone(), expected_output: t.expected_output.clone() })
        .collect();
    let evaluation = Evaluation::of_problem(
        &package.checker,
        package.signature.as_ref(),
        package.checker_program.as_ref(),
        package.interactor.as_ref(),
    )
    .with_context(|| format!("problem '{}'", p.slug))?;
    let mut wrong = Vec::new();
    for reference in &package.references {
        let spec = languages::find(reference.language)
            .with_context(|| format!("{}: language not available", reference.path.display()))?;
        let time_limit_ms = judge::time_limit_for(p.time_limit_ms as u64, reference.language);
        let tally = package.scoring.as_ref().map(|scoring| scoring::tally(scoring, &p.tests));
        let task = Task {
            source: Source { language: spec, code: &reference.code, time_limit_ms },
            memory_limit_bytes: p.memory_limit_mb as u64 * 1024 * 1024,
            tests: &tests,
            evaluation,
            mode: Mode::Submit { tally },
            on_progress: &judge::no_progress,
        };
        let judged = judge::judge(sandbox, &task).await.map(|j| (j.verdict, j.score));
        let (verdict, score) = judged.with_context(|| {
            format!("{}: judging the reference solution", reference.path.display())
        })?;
        tracing::info!(problem = %p.slug, solution = %reference.path.display(), verdict = ?verdict.status, score = ?score.map(|s| s.score), "reference solution judged");
        if verdict.status != reference.expected {
            wrong.push(format!(
                "{}: expected {:?}, got {:?} (passed {} of {})",
                reference.path.display(),
                reference.expected,
                verdict.status,
                verdict.passed,
                verdict.total
            ));
        }
        let score_mismatch = match score {
            Some(score) => {
                expected_score::mismatch(reference.expected_score, reference.expected, score)
            }
            None => reference
                .expected_score
                .map(|_| "declares @EXPECTED_SCORE@, but the problem is not scored".to_string()),
        };
        if let Some(why) = score_mismatch {
            wrong.push(format!("{}: {why}", reference.path.display()));
        }
    }
    if !wrong.is_empty() {
        bail!(
            "problem '{}': reference solutions got the wrong verdict or score:\n  {}",
            p.slug,
            wrong.join("\n  ")
        );
    }
    Ok(())
}

/// Languages in the order a run's reference is picked: the fastest to compile and run first,
/// so answering custom inputs costs the user little waiting.
const RUN_SOLUTION_PREFERENCE: &[Language] = &[
    Language::Cpp17,
    Language::C,
    Language::Rust,
    Language::Go,
    Language::Python3,
    Language::Javascript,
    Language::Java,
    Language::Csharp,
    Language::Typescript,
    Language::Kotlin,
];

/// The accepted reference that answers custom Run inputs, if the package has one.
pub(super) fn run_solution(references: &[Reference]) -> Option<Program> {
    references
        .iter()
        .filter(|r| r.expected == Status::Accepted)
        .min_by_key(|r| {
            RUN_SOLUTION_PREFERENCE.iter().position(|l| *l == r.language).unwrap_or(usize::MAX)
        })
        .map(|r| Program { language: r.language, code: r.code.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_and_extensions_name_verdicts_and_languages() {
        assert_eq!(folder_verdict("accepted"), Some(Status::Accepted));
        assert_eq!(folder_verdict("time_limit_exceeded"), Some(Status::TimeLimitExceeded));
        assert_eq!(folder_verdict("partially_accepted"), None);
        assert_eq!(language_of(Path::new("a/b/sol.py")), Language::parse("python3"));
        assert_eq!(language_of(Path::new("Main.kt")), Language::parse("kotlin"));
        assert_eq!(language_of(Path::new("notes.txt")), None);
        assert_eq!(language_of(Path::new("sol.c")), Some(Language::C));
    }
}
