//! What the judge is asked to do ([`Task`]) and what it hands back ([`Judged`]). The types
//! admit only the combinations the judge can honour: one [`Evaluation`] says how outputs are
//! judged, one [`Mode`] whether this is a submission or the Run button.

use anyhow::{bail, Result};

use crate::checkers::{CheckResult, Checker};
use crate::functions::Signature;
use crate::languages::LanguageSpec;
use crate::model::TestCase;
use crate::model::Verdict;
use crate::model::{Passes, Score, Tally};
use crate::model::{Program, ProgramFiles};

/// Told where the judge is: `(0, total)` before compiling, `(k, total)` before test `k`
/// (1-based). It only observes; the verdict is the same with or without it.
pub type OnProgress<'a> = &'a (dyn Fn(usize, usize) + Send + Sync);

/// An [`OnProgress`] for callers nobody watches: `on_progress: &judge::no_progress`.
pub fn no_progress(_test: usize, _total: usize) {}

/// A program to compile and run on the tests: the submission, or a Run's reference solution.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub language: &'a LanguageSpec,
    /// The main source.
    pub code: &'a str,
    /// A folder program's other files (a package's reference); `ProgramFiles::none()` for a
    /// user's submission, which is one file.
    pub files: &'a ProgramFiles,
    /// The problem's time limit for this language, per test (see `time_limit_for`).
    pub time_limit_ms: u64,
}

/// What the judge is asked to do.
pub struct Task<'a> {
    /// The program under judgement.
    pub source: Source<'a>,
    pub memory_limit_bytes: u64,
    pub tests: &'a [TestCase],
    /// How each test's output is judged.
    pub evaluation: Evaluation<'a>,
    /// A submission's judging, or a Run.
    pub mode: Mode<'a>,
    /// Called as the judge goes (see [`OnProgress`]).
    pub on_progress: OnProgress<'a>,
}

impl Task<'_> {
    /// Every language the task runs: the program's, and its checker's, interactor's or
    /// reference's (the toolchains a worker must trust before it takes the task on).
    pub fn languages(&self) -> Vec<algoarena_shared::language::Language> {
        let mut languages = vec![self.source.language.language];
        match self.evaluation {
            Evaluation::CheckerProgram(program)
            | Evaluation::MultiPass { checker: program, .. }
            | Evaluation::Interactor(program)
            | Evaluation::MultiPassInteractor { interactor: program, .. } => {
                languages.push(program.language)
            }
            Evaluation::Builtin(_) | Evaluation::Function { .. } => {}
        }
        if let Mode::Run { reference: Some(reference) } = &self.mode {
            languages.push(reference.language.language);
        }
        languages.dedup();
        languages
    }
}

/// Whether the program is judged as a submission or run for the Run button.
#[derive(Clone)]
pub enum Mode<'a> {
    /// A submission: the tests in order until the first that fails; with a `tally` (a scored
    /// problem), a failure skips only the rest of its group and the verdict comes with a score.
    Submit { tally: Option<Tally> },
    /// The Run button: every test reported on its own. With a `reference`, the tests' expected
    /// outputs are ignored and the reference's answers on the same inputs are expected instead.
    Run { reference: Option<Source<'a>> },
}

/// How the outputs of a task's tests are judged.
#[derive(Clone, Copy)]
pub enum Evaluation<'a> {
    /// A built-in rule compares each test's stdout with its answer.
    Builtin(Builtin<'a>),
    /// A function problem: the user's code with the generated driver for `signature` runs every
    /// test in one process, and each result is compared by the built-in rule.
    Function { signature: &'a Signature, checker: Builtin<'a> },
    /// The problem's checker program (a Kattis output validator) judges each stdout.
    CheckerProgram(&'a Program),
    /// A multi-pass problem: the checker program judges each run, and when it accepts a run
    /// and writes the next pass's input, the program runs again on it, at most `passes` runs
    /// per test (see `multi_pass`).
    MultiPass { checker: &'a Program, passes: Passes },
    /// An interactive problem: each test is a conversation with this interactor, which alone
    /// judges it.
    Interactor(&'a Program),
    /// An interactive multi-pass problem: each test is a chain of conversations with the
    /// interactor, the next on the input it wrote after accepting the last, at most `passes`.
    MultiPassInteractor { interactor: &'a Program, passes: Passes },
}

impl<'a> Evaluation<'a> {
    /// The evaluation a problem's stored parts describe: a signature makes a function problem,
    /// then an interactor an interactive one, then a checker program decides the outputs (in
    /// several passes when `passes` says so, for an interactor too), and otherwise the
    /// built-in `checker` does. `Checker::Custom` names a program, so it needs one, and so do
    /// passes.
    pub fn of_problem(
        checker: &'a Checker,
        signature: Option<&'a Signature>,
        checker_program: Option<&'a Program>,
        interactor: Option<&'a Program>,
        passes: Option<Passes>,
    ) -> Result<Evaluation<'a>> {
        let builtin = || match Builtin::new(checker) {
            Some(builtin) => Ok(builtin),
            None => bail!("the problem's checker is a program, and the problem has none stored"),
        };
        if passes.is_some()
            && (signature.is_some() || interactor.is_some() == checker_program.is_some())
        {
            bail!(
                "a multi-pass problem is judged by its own checker program or interactor, and \
                 only by it"
            );
        }
        Ok(match (signature, interactor, checker_program, passes) {
            (Some(signature), _, _, _) => Evaluation::Function { signature, checker: builtin()? },
            (None, Some(interactor), _, Some(passes)) => {
                Evaluation::MultiPassInteractor { interactor, passes }
            }
            (None, Some(interactor), _, None) => Evaluation::Interactor(interactor),
            (None, None, Some(checker), Some(passes)) => Evaluation::MultiPass { checker, passes },
            (None, None, Some(program), None) => Evaluation::CheckerProgram(program),
            (None, None, None, _) => Evaluation::Builtin(builtin()?),
        })
    }

    /// The built-in line rule (`Checker::default()`).
    pub fn lines() -> Evaluation<'static> {
        Evaluation::Builtin(Builtin::LINES)
    }
}

/// A built-in checker: any [`Checker`] but `Checker::Custom`, which is a program's name and
/// cannot decide by itself. Only [`Builtin::new`] makes one, so the judge never meets a Custom.
#[derive(Clone, Copy)]
pub struct Builtin<'a>(&'a Checker);

impl<'a> Builtin<'a> {
    /// Compares line by line, `Checker::Lines`.
    pub const LINES: Builtin<'static> = Builtin(&Checker::Lines);

    /// `checker` as a built-in rule; None for `Checker::Custom`.
    pub fn new(checker: &'a Checker) -> Option<Builtin<'a>> {
        (!matches!(checker, Checker::Custom { .. })).then_some(Builtin(checker))
    }

    /// The rule itself.
    pub fn checker(self) -> &'a Checker {
        self.0
    }

    /// Whether `actual` is right for `expected`.
    pub fn accepts(self, expected: &str, actual: &str) -> bool {
        // Only Checker::Custom fails to decide, and `new` keeps it out.
        matches!(self.0.check(expected, actual), Ok(CheckResult::Accepted))
    }
}

/// What the judge found.
#[derive(Debug, Clone)]
pub struct Judged {
    /// The verdict; a Run's cases are in `verdict.cases`.
    pub verdict: Verdict,
    /// A scored submission's score (a submission judged with a tally); None otherwise.
    pub score: Option<Score>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkers::UnorderedBy;

    #[test]
    fn a_custom_checker_is_no_builtin_rule() {
        assert!(Builtin::new(&Checker::Custom { program: "check.cpp".into() }).is_none());
        let tokens = Checker::Unordered { by: UnorderedBy::Tokens };
        assert!(Builtin::new(&tokens).is_some_and(|b| b.accepts("1 2", "2 1")));
        assert!(!Builtin::LINES.accepts("1\n", "2\n"));
    }

    #[test]
    fn the_stored_parts_make_one_evaluation() {
        let custom = Checker::Custom { program: "check.py".into() };
        let program = Program::single(algoarena_shared::language::Language::Python3, "exit(42)");
        let lines = Checker::Lines;
        let two = Some(Passes::new(2).unwrap());
        let of = |checker, program, interactor, passes| {
            Evaluation::of_problem(checker, None, program, interactor, passes).map(|e| match e {
                Evaluation::Builtin(_) => "builtin",
                Evaluation::Function { .. } => "function",
                Evaluation::CheckerProgram(_) => "program",
                Evaluation::MultiPass { .. } => "multi-pass",
                Evaluation::Interactor(_) => "interactor",
                Evaluation::MultiPassInteractor { .. } => "multi-pass interactor",
            })
        };
        assert_eq!(of(&lines, None, None, None).unwrap(), "builtin");
        assert_eq!(of(&custom, Some(&program), None, None).unwrap(), "program");
        assert_eq!(of(&custom, Some(&program), None, two).unwrap(), "multi-pass");
        assert_eq!(of(&lines, None, Some(&program), None).unwrap(), "interactor");
        let error = of(&custom, None, None, None).unwrap_err();
        assert!(error.to_string().contains("has none stored"), "{error}");
        assert_eq!(of(&lines, None, Some(&program), two).unwrap(), "multi-pass interactor");
        let error = of(&custom, Some(&program), Some(&program), two).unwrap_err();
        assert!(error.to_string().contains("only by it"), "{error}");
        assert!(of(&lines, None, None, two).is_err(), "passes need a checker program");
    }
}
