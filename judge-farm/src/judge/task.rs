//! What the judge is asked to do ([`Task`]) and what it hands back ([`Judged`]). The types
//! admit only the combinations the judge can honour: one [`Evaluation`] says how outputs are
//! judged, one [`Mode`] whether this is a submission or the Run button.

use anyhow::{bail, Result};

use crate::checkers::{CheckResult, Checker};
use crate::functions::Signature;
use crate::languages::LanguageSpec;
use crate::model::Program;
use crate::model::TestCase;
use crate::model::Verdict;
use crate::model::{Score, Tally};

/// Told where the judge is: `(0, total)` before compiling, `(k, total)` before test `k`
/// (1-based). It only observes; the verdict is the same with or without it.
pub type OnProgress<'a> = &'a (dyn Fn(usize, usize) + Send + Sync);

/// An [`OnProgress`] for callers nobody watches: `on_progress: &judge::no_progress`.
pub fn no_progress(_test: usize, _total: usize) {}

/// A program to compile and run on the tests: the submission, or a Run's reference solution.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub language: &'a LanguageSpec,
    pub code: &'a str,
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
    /// An interactive problem: each test is a conversation with this interactor, which alone
    /// judges it.
    Interactor(&'a Program),
}

impl<'a> Evaluation<'a> {
    /// The evaluation a problem's stored parts describe: a signature makes a function problem,
    /// then an interactor an interactive one, then a checker program decides the outputs, and
    /// otherwise the built-in `checker` does. `Checker::Custom` names a program, so it needs one.
    pub fn of_problem(
        checker: &'a Checker,
        signature: Option<&'a Signature>,
        checker_program: Option<&'a Program>,
        interactor: Option<&'a Program>,
    ) -> Result<Evaluation<'a>> {
        let builtin = || match Builtin::new(checker) {
            Some(builtin) => Ok(builtin),
            None => bail!("the problem's checker is a program, and the problem has none stored"),
        };
        Ok(match (signature, interactor, checker_program) {
            (Some(signature), _, _) => Evaluation::Function { signature, checker: builtin()? },
            (None, Some(interactor), _) => Evaluation::Interactor(interactor),
            (None, None, Some(program)) => Evaluation::CheckerProgram(program),
            (None, None, None) => Evaluation::Builtin(builtin()?),
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
        let program = Program {
            language: algoarena_shared::language::Language::Python3,
            code: "exit(42)".into(),
        };
        let lines = Checker::Lines;
        let of = |checker, program, interactor| {
            Evaluation::of_problem(checker, None, program, interactor).map(|e| match e {
                Evaluation::Builtin(_) => "builtin",
                Evaluation::Function { .. } => "function",
                Evaluation::CheckerProgram(_) => "program",
                Evaluation::Interactor(_) => "interactor",
            })
        };
        assert_eq!(of(&lines, None, None).unwrap(), "builtin");
        assert_eq!(of(&custom, Some(&program), None).unwrap(), "program");
        assert_eq!(of(&lines, None, Some(&program)).unwrap(), "interactor");
        let error = of(&custom, None, None).unwrap_err();
        assert!(error.to_string().contains("has none stored"), "{error}");
    }
}
