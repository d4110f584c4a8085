//! Interactive problems through the real pipeline on the native sandbox (root): the seed
//! package `guess-the-number` as imported (its interactor from `output_validators/`), judged
//! against solutions that win, guess too often, wait forever, forget to flush and crash, and
//! interactors that misbehave, which is the judge's error and never the user's verdict. Who
//! left the conversation first decides as the Kattis format's problemtools decides: an
//! interactor's rejection only wins over the solution's own ending when it came first. Run
//! with `cargo test -p algoarena-judge-farm --test interactive`.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use algoarena_judge_farm::import;
use algoarena_judge_farm::judge::{self, Evaluation, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::TestCase;
use algoarena_judge_farm::model::Verdict;
use algoarena_judge_farm::model::{Program, ProgramFiles};
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox};
use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

/// The per-test CPU limit of these tests; the wall limit is twice that plus three seconds
/// (one for every run, two for the interactor's share of a conversation).
const TIME_LIMIT_MS: u64 = 1000;

fn sandbox() -> &'static NativeSandbox {
    static SANDBOX: OnceLock<NativeSandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        NativeSandbox::new(NativeConfig {
            root: std::env::temp_dir().join("algoarena-interactive-tests"),
            helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
            cgroup_name: "algoarena-interactive-tests".into(),
            ..NativeConfig::default()
        })
        .expect("the native sandbox starts (run the tests as root)")
    })
}

/// The seed package's interactor and tests, as the importer reads them.
fn guess_the_number() -> (Program, Vec<TestCase>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../problems/guess-the-number");
    let package = import::load_package(&dir).unwrap();
    assert!(package.checker_program.is_none(), "an interactive problem has no checker program");
    let tests = package
        .problem
        .tests
        .into_iter()
        .map(|t| TestCase { input: t.input, expected_output: t.expected_output })
        .collect();
    (package.interactor.expect("the package's output validator is its interactor"), tests)
}

async fn judge_with(
    language: Language,
    code: &str,
    interactor: &Program,
    tests: &[TestCase],
) -> anyhow::Result<Verdict> {
    let task = Task {
        source: Source {
            language: languages::find(language).unwrap(),
            code,
            files: ProgramFiles::none(),
            time_limit_ms: TIME_LIMIT_MS,
        },
        memory_limit_bytes: 256 << 20,
        tests,
        evaluation: Evaluation::Interactor(interactor),
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    judge::judge(sandbox(), &task).await.map(|judged| judged.verdict)
}

async fn judge_python(code: &str) -> Verdict {
    let (interactor, tests) = guess_the_number();
    judge_with(Language::Python3, code, &interactor, &tests).await.unwrap()
}

const BINARY_SEARCH: &str = "import sys\nlow, high = 1, 10**9\nwhile low <= high:\n    guess = (low + high) // 2\n    print(guess, flush=True)\n    reply = sys.stdin.readline().strip()\n    if reply == '<':\n        high = guess - 1\n    elif reply == '>':\n        low = guess + 1\n    else:\n        break\n";

#[tokio::test]
async fn a_binary_search_is_accepted_on_every_test() {
    let verdict = judge_python(BINARY_SEARCH).await;
    assert_eq!(verdict.status, Status::Accepted, "{verdict:?}");
    assert_eq!(verdict.passed, verdict.total);
    assert!(verdict.total >= 10);
}

#[tokio::test]
async fn too_many_guesses_is_a_wrong_answer_showing_the_interactors_message() {
    let linear = "import sys\ng = 1\nwhile True:\n    print(g, flush=True)\n    if sys.stdin.readline().strip() != '>':\n        break\n    g += 1\n";
    let verdict = judge_python(linear).await;
    assert_eq!(verdict.status, Status::WrongAnswer, "{verdict:?}");
    let failed = verdict.failed_test.expect("a practice verdict shows the failed test");
    // The test's files are the interactor's own: only what it said is shown.
    assert_eq!(
        (failed.number, failed.input.as_str(), failed.expected.as_str(), failed.conversation),
        (1, "", "", true)
    );
    // What the interactor wrote to judgemessage.txt stands for the program's output.
    assert_eq!(failed.actual, "no right guess in 30 guesses\n");
}

#[tokio::test]
async fn a_program_waiting_for_input_that_never_comes_runs_out_of_time() {
    let started = Instant::now();
    let verdict = judge_python("import sys\nsys.stdin.read()\n").await;
    assert_eq!(verdict.status, Status::TimeLimitExceeded, "{verdict:?}");
    // Ended by the wall limit of the first test, not by the interactor's longer one.
    assert!(
        started.elapsed() < Duration::from_millis(TIME_LIMIT_MS * 2 + 3000 + 5000),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_guess_never_flushed_never_reaches_the_judge_and_runs_out_of_time() {
    let verdict = judge_python("import sys\nprint(500000000)\nsys.stdin.readline()\n").await;
    assert_eq!(verdict.status, Status::TimeLimitExceeded, "{verdict:?}");
}

#[tokio::test]
async fn a_crash_after_the_interactor_accepted_is_a_runtime_error() {
    let crash = format!("{BINARY_SEARCH}raise RuntimeError('crashing on purpose')\n");
    let verdict = judge_python(&crash).await;
    assert_eq!(verdict.status, Status::RuntimeError, "{verdict:?}");
    assert!(verdict.error_message.unwrap_or_default().contains("crashing on purpose"));
}

#[tokio::test]
async fn a_crash_before_reading_the_reply_is_a_runtime_error_though_the_interactor_rejects() {
    // The solution leaves first; the interactor's reply still goes into the pipe (no SIGPIPE),
    // then it reads end-of-file and rejects. Leaving first, the solution's crash decides.
    let verdict = judge_python("print(1, flush=True)\nraise SystemExit(3)\n").await;
    assert_eq!(verdict.status, Status::RuntimeError, "{verdict:?}");
    let failed = verdict.failed_test.unwrap();
    assert_eq!(failed.actual, "the program ended after 1 guesses without finding the number\n");
}

#[tokio::test]
async fn a_crash_after_the_first_exchange_is_a_runtime_error_though_the_interactor_rejects() {
    let crash = "import sys\nprint(500000000, flush=True)\nsys.stdin.readline()\nsys.exit(3)\n";
    let verdict = judge_python(crash).await;
    assert_eq!(verdict.status, Status::RuntimeError, "{verdict:?}");
    let failed = verdict.failed_test.unwrap();
    assert_eq!(failed.number, 1);
    // What the interactor made of it is still shown; the test's files, its own, are not.
    assert_eq!(failed.actual, "the program ended after 1 guesses without finding the number\n");
    assert!(failed.conversation);
    assert_eq!((failed.input.as_str(), failed.expected.as_str()), ("", ""), "{failed:?}");
}

#[tokio::test]
async fn a_rejection_that_came_first_decides_whatever_the_solution_does_after() {
    let (_, tests) = guess_the_number();
    let rejecter = Program::single(Language::Python3, "import os\nos._exit(43)\n");
    // Left alone, one sleeps to its wall limit and one spins to its CPU limit.
    for solution in ["import time\ntime.sleep(1000)\n", "while True:\n    pass\n"] {
        let verdict = judge_with(Language::Python3, solution, &rejecter, &tests).await.unwrap();
        assert_eq!(verdict.status, Status::WrongAnswer, "{solution:?}: {verdict:?}");
    }
}

#[tokio::test]
async fn a_crash_after_the_interactor_accepted_and_left_is_a_runtime_error() {
    // The pause makes sure the interactor, which accepts on the right guess, has left.
    let crash = format!("{BINARY_SEARCH}import time\ntime.sleep(0.3)\nsys.exit(3)\n");
    let verdict = judge_python(&crash).await;
    assert_eq!(verdict.status, Status::RuntimeError, "{verdict:?}");
    assert_eq!(verdict.failed_test.unwrap().number, 1);
}

#[tokio::test]
async fn a_line_written_after_the_interactor_accepted_and_left_is_no_crash() {
    // No one reads it: the farm holds the pipe open, as problemtools does, so it is not SIGPIPE.
    let chatty =
        format!("{BINARY_SEARCH}import time\ntime.sleep(0.1)\nprint('thanks', flush=True)\n");
    let verdict = judge_python(&chatty).await;
    assert_eq!(verdict.status, Status::Accepted, "{verdict:?}");
}

#[tokio::test]
async fn an_interactor_writing_to_a_solution_that_left_is_not_broken_by_it() {
    // It does not handle SIGPIPE (Python's BrokenPipeError would end it with 1, the judge's
    // error): the farm holds the solution's stdin open, so the reply goes into the pipe and
    // the interactor goes on to read end-of-file and reject, its own word on a clean exit.
    let greeter = "import sys, time\ntime.sleep(0.3)\nprint('hello', flush=True)\nline = sys.stdin.readline()\nsys.exit(42 if line.strip() == 'hi' else 43)\n";
    let greeter = Program::single(Language::Python3, greeter);
    let (_, tests) = guess_the_number();
    let verdict = judge_with(Language::Python3, "pass\n", &greeter, &tests).await.unwrap();
    assert_eq!(verdict.status, Status::WrongAnswer, "{verdict:?}");
}

#[tokio::test]
async fn the_cpp_reference_is_accepted() {
    let (interactor, tests) = guess_the_number();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../problems/guess-the-number/submissions/accepted");
    let code = std::fs::read_to_string(dir.join("binary_search.cpp")).unwrap();
    let verdict = judge_with(Language::Cpp17, &code, &interactor, &tests).await.unwrap();
    assert_eq!(verdict.status, Status::Accepted, "{verdict:?}");
}

#[tokio::test]
async fn an_interactor_that_leaves_at_once_does_not_hang_the_program() {
    // It rejects without reading a byte; the program's reply never comes (end-of-file).
    let leaver = Program::single(Language::Python3, "import os\nos._exit(43)\n");
    let (_, tests) = guess_the_number();
    let started = Instant::now();
    let verdict = judge_with(Language::Python3, BINARY_SEARCH, &leaver, &tests).await.unwrap();
    assert_eq!(verdict.status, Status::WrongAnswer, "{verdict:?}");
    assert!(
        started.elapsed() < Duration::from_millis(TIME_LIMIT_MS * 2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_interactor_that_neither_accepts_nor_rejects_is_the_judges_error() {
    let (_, tests) = guess_the_number();
    for (code, what) in [
        ("import sys\nprint('oops', file=sys.stderr)\nsys.exit(0)\n", "Exited(0)"),
        ("raise ValueError('interactor bug')\n", "interactor bug"),
    ] {
        let broken = Program::single(Language::Python3, code);
        let error =
            judge_with(Language::Python3, BINARY_SEARCH, &broken, &tests).await.unwrap_err();
        let text = format!("{error:#}");
        assert!(text.contains("the interactor failed") && text.contains(what), "{text}");
    }
}

#[tokio::test]
async fn an_interactor_that_does_not_compile_is_the_judges_error() {
    let (_, tests) = guess_the_number();
    let broken = Program::single(Language::Cpp17, "int main() { return }\n");
    let error = judge_with(Language::Python3, BINARY_SEARCH, &broken, &tests).await.unwrap_err();
    assert!(format!("{error:#}").contains("the interactor does not compile"), "{error:#}");
}
