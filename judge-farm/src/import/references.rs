//! Reference solutions: `submissions/<folder>/<file or folder>` in a package (the ICPC layout,
//! used by both formats), each judged on import against the package's own tests and checker;
//! a package whose solutions do not keep the promises of their folders (see
//! `expected_verdict`) is not imported. A scored problem's references must also get their
//! score. A Kattis package without a time limit gets one from its accepted references (see
//! `time_limits`). A submission may be a folder of several files (see `sources`). One in a
//! language the judge does not run, or built by its own scripts, is not judged: it is
//! reported by name and the rest of the package is.

use std::path::{Path, PathBuf};

use algoarena_shared::language::Language;
use anyhow::{bail, Context, Result};

use super::data::visible_entries;
use super::expected_verdict::{Expected, FOLDERS};
use super::time_limits;
use super::{expected_score, scoring, sources, Package};
use crate::judge::{self, Evaluation, Mode, Source, Task};
use crate::languages;
use crate::model::{Program, ProgramFiles, Score, TestCase, Verdict};
use crate::sandbox::Sandbox;

/// One reference solution and what its folder promises.
#[derive(Debug, Clone)]
pub struct Reference {
    pub path: PathBuf,
    pub language: Language,
    pub expected: Expected,
    /// The score it declares (`@EXPECTED_SCORE@: 40`), for a scored problem.
    pub expected_score: Option<f64>,
    /// The main source.
    pub code: String,
    /// A folder submission's other files.
    pub files: ProgramFiles,
}

impl Reference {
    /// The bytes of all its files, which `limits.code` bounds.
    pub fn size(&self) -> usize {
        self.code.len() + self.files.total_bytes()
    }
}

/// The package's reference solutions, and a line per submission that is not judged (its
/// language, or build scripts); an unknown folder is an error naming it.
pub(super) fn find(package: &Path) -> Result<(Vec<Reference>, Vec<String>)> {
    let root = package.join("submissions");
    let (mut found, mut skipped) = (Vec::new(), Vec::new());
    if !root.is_dir() {
        return Ok((found, skipped));
    }
    for folder in visible_entries(&root)? {
        let name = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let Some(expected) = Expected::of_folder(&name) else {
            bail!("{}: unknown submissions folder ({FOLDERS})", folder.display());
        };
        for path in visible_entries(&folder)? {
            let shown = path.strip_prefix(package).unwrap_or(&path).display().to_string();
            match reference(&path, expected) {
                Ok(Ok(reference)) => found.push(reference),
                Ok(Err(why)) => skipped.push(format!("{shown}: {why}")),
                Err(e) => return Err(e),
            }
        }
    }
    Ok((found, skipped))
}

/// A submission file or folder as a reference, or why it is not judged.
fn reference(path: &Path, expected: Expected) -> Result<Result<Reference, String>> {
    let sources::Read { main, program } = match sources::read(path)? {
        Ok(read) => read,
        Err(why) => return Ok(Err(why)),
    };
    let expected_score = expected_score::declared(&program.code)
        .map_err(|e| anyhow::anyhow!("{}: {e}", main.display()))?;
    let Program { language, code, files } = program;
    Ok(Ok(Reference { path: path.to_path_buf(), language, expected, expected_score, code, files }))
}

/// What judging a package's references found out.
#[derive(Debug, Default)]
pub struct Verified {
    /// The time limit computed from the accepted references (ms), when the package gave none.
    pub computed_time_limit_ms: Option<i32>,
    /// What the import reports (the limit's derivation, warnings of the format's rules).
    pub notes: Vec<String>,
}

/// Judges every reference solution of `package`; fails listing each one that breaks its
/// folder's promise.
pub(super) async fn verify(sandbox: &dyn Sandbox, package: &Package) -> Result<Verified> {
    let p = &package.problem;
    let judging = Judging::new(package)?;
    let mut verified = Verified::default();
    let (accepted, others): (Vec<&Reference>, Vec<&Reference>) =
        package.references.iter().partition(|r| r.expected.is_accepted());
    // A native package states its limit and is held to the catalogue's margins: a broken
    // margin fails its import. A package published by others only hears about it (a note).
    let (rule, strict) = match package.time_rule.as_ref() {
        Some(rule) => (rule, false),
        None => (&time_limits::NATIVE_RULE, true),
    };
    let computing = !rule.fixed;
    let measuring_ms =
        if computing { time_limits::MEASURING_LIMIT_MS } else { p.time_limit_ms as u64 };
    let mut wrong = Vec::new();
    let mut slowest: Option<(f64, &Path)> = None;
    for reference in &accepted {
        let (verdict, score) = judging.run(sandbox, reference, measuring_ms).await?;
        check(reference, &verdict, score, &mut wrong);
        if strict && verdict.status == algoarena_shared::verdict::Status::Accepted {
            wrong.extend(too_close_to_the_limit(
                package,
                judging.tests.len(),
                reference,
                &verdict,
                rule,
            ));
        }
        let time = time_limits::normalized_ms(
            verdict.runtime_ms.unwrap_or(0).max(0) as u64,
            reference.language,
        );
        if verdict.status == algoarena_shared::verdict::Status::Accepted
            && slowest.is_none_or(|(t, _)| time > t)
        {
            slowest = Some((time, &reference.path));
        }
    }
    let mut time_limit_ms = p.time_limit_ms as u64;
    match (computing, slowest) {
        (true, None) => bail!(
            "problem '{}': problem.yaml gives no time limit and no accepted submission \
             got accepted to compute it from",
            p.slug
        ),
        (true, Some((slowest_ms, path))) => {
            time_limit_ms = time_limits::computed_ms(rule, slowest_ms);
            if !(100..=time_limits::MEASURING_LIMIT_MS).contains(&time_limit_ms) {
                bail!(
                    "problem '{}': the computed time limit {} ms is outside 0.1..20 s",
                    p.slug,
                    time_limit_ms
                );
            }
            verified.notes.push(format!(
                "time limit {} s computed: slowest accepted {} ({:.0} ms in C++ terms) × {} rounded up to {} s; time-limit-exceeded references checked at {} s",
                time_limit_ms as f64 / 1000.0,
                path.display(),
                slowest_ms,
                rule.ac_to_time_limit,
                rule.resolution,
                time_limits::tle_check_ms(rule, time_limit_ms) as f64 / 1000.0,
            ));
            verified.computed_time_limit_ms = Some(time_limit_ms as i32);
        }
        (false, Some((slowest_ms, path)))
            if !strict && slowest_ms * rule.ac_to_time_limit > time_limit_ms as f64 =>
        {
            verified.notes.push(format!(
                "the time limit {} s is tighter than the format's rule: slowest accepted {} ({:.0} ms in C++ terms) × {}",
                time_limit_ms as f64 / 1000.0,
                path.display(),
                slowest_ms,
                rule.ac_to_time_limit
            ));
        }
        (false, _) => {}
    }
    for reference in others {
        let limit = if reference.expected.wants_too_slow() {
            time_limits::tle_check_ms(rule, time_limit_ms)
        } else {
            time_limit_ms
        };
        let (verdict, score) = judging.run(sandbox, reference, limit).await?;
        check(reference, &verdict, score, &mut wrong);
    }
    if !wrong.is_empty() {
        bail!(
            "problem '{}': reference solutions got the wrong verdict or score:\n  {}",
            p.slug,
            wrong.join("\n  ")
        );
    }
    Ok(verified)
}

/// Why an accepted reference of a native package is too close to its time budget, if it is:
/// it must use at most 1/`ac_to_time_limit` of the CPU its language may (a function problem's
/// one run over every test has the budget of all of them, see `judge::cpu_budget_ms`).
fn too_close_to_the_limit(
    package: &Package,
    tests: usize,
    reference: &Reference,
    verdict: &Verdict,
    rule: &time_limits::TimeRule,
) -> Option<String> {
    let p = &package.problem;
    let per_test = crate::judge::time_limit_for(p.time_limit_ms as u64, reference.language);
    let budget =
        if p.signature.is_some() { crate::judge::cpu_budget_ms(per_test, tests) } else { per_test };
    let used = verdict.runtime_ms.unwrap_or(0).max(0) as u64;
    (used as f64 * rule.ac_to_time_limit > budget as f64).then(|| {
        format!(
            "{}: accepted, but in {used} ms of CPU of the {budget} ms {} allows: a reference must pass within 1/{} of it, so the limit is not a hair from failing it",
            reference.path.display(),
            reference.language.display_name(),
            rule.ac_to_time_limit
        )
    })
}

/// Records why a judged reference breaks its folder's promise, if it does.
fn check(reference: &Reference, verdict: &Verdict, score: Option<Score>, wrong: &mut Vec<String>) {
    let path = reference.path.display();
    if !reference.expected.admits(verdict.status) {
        wrong.push(format!(
            "{path}: expected {}, got {:?} (passed {} of {})",
            describe(reference.expected),
            verdict.status,
            verdict.passed,
            verdict.total
        ));
    }
    let score_mismatch = match score {
        Some(score) => reference.expected.score_mismatch(reference.expected_score, score),
        None if reference.expected == Expected::PartiallyAccepted => {
            Some("partially_accepted needs a scored problem (type: scoring)".to_string())
        }
        None => reference
            .expected_score
            .map(|_| "declares @EXPECTED_SCORE@, but the problem is not scored".to_string()),
    };
    if let Some(why) = score_mismatch {
        wrong.push(format!("{path}: {why}"));
    }
}

fn describe(expected: Expected) -> String {
    match expected {
        Expected::Verdict(algoarena_shared::verdict::Status::RuntimeError) => {
            "RuntimeError (or MemoryLimitExceeded)".into()
        }
        Expected::Verdict(status) => format!("{status:?}"),
        Expected::PartiallyAccepted => "a partial score".into(),
        Expected::Rejected => "any verdict but Accepted".into(),
        Expected::BruteForce => "TimeLimitExceeded or RuntimeError".into(),
    }
}

/// What every reference of a package is judged with.
struct Judging<'a> {
    package: &'a Package,
    tests: Vec<TestCase>,
    evaluation: Evaluation<'a>,
}

impl<'a> Judging<'a> {
    fn new(package: &'a Package) -> Result<Judging<'a>> {
        Ok(Judging { package, tests: package.test_cases(), evaluation: package.evaluation()? })
    }

    /// Judges one reference with the problem's time limit `time_limit_ms` (C++ terms).
    async fn run(
        &self,
        sandbox: &dyn Sandbox,
        reference: &Reference,
        time_limit_ms: u64,
    ) -> Result<(Verdict, Option<Score>)> {
        let p = &self.package.problem;
        let spec = languages::find(reference.language)
            .with_context(|| format!("{}: language not available", reference.path.display()))?;
        let tally = self.package.scoring.as_ref().map(|scoring| scoring::tally(scoring, &p.tests));
        let task = Task {
            source: Source {
                language: spec,
                code: &reference.code,
                files: &reference.files,
                time_limit_ms: judge::time_limit_for(time_limit_ms, reference.language),
            },
            memory_limit_bytes: p.memory_limit_mb as u64 * 1024 * 1024,
            tests: &self.tests,
            evaluation: self.evaluation,
            mode: Mode::Submit { tally },
            on_progress: &judge::no_progress,
        };
        let judged = judge::judge(sandbox, &task).await.with_context(|| {
            format!("{}: judging the reference solution", reference.path.display())
        })?;
        tracing::info!(problem = %p.slug, solution = %reference.path.display(), verdict = ?judged.verdict.status, score = ?judged.score.map(|s| s.score), cpu_ms = ?judged.verdict.runtime_ms, time_limit_ms, "reference solution judged");
        Ok((judged.verdict, judged.score))
    }
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
        .filter(|r| r.expected.is_accepted())
        .min_by_key(|r| {
            RUN_SOLUTION_PREFERENCE.iter().position(|l| *l == r.language).unwrap_or(usize::MAX)
        })
        .map(|r| Program { language: r.language, code: r.code.clone(), files: r.files.clone() })
}
