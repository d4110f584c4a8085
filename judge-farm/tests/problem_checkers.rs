//! A package's checker decides the verdict: the seed problem `circle-area` accepts any area
//! within 1e-6 (absolute or relative), which the plain line rule would reject. Judged through
//! the real pipeline on the native sandbox (root). Run with `cargo test -p
//! algoarena-judge-farm --test problem_checkers`.

use std::path::PathBuf;

use algoarena_judge_farm::checkers::Checker;
use algoarena_judge_farm::import;
use algoarena_judge_farm::judge::{self, Builtin, Evaluation, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::{ProgramFiles, TestCase};
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox};
use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

fn sandbox() -> NativeSandbox {
    NativeSandbox::new(NativeConfig {
        root: std::env::temp_dir().join("algoarena-checker-tests"),
        helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
        cgroup_name: "algoarena-checker-tests".into(),
        ..NativeConfig::default()
    })
    .expect("the native sandbox starts (run the tests as root)")
}

fn circle_area() -> (Checker, Vec<TestCase>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../problems/circle-area");
    let package = import::load_package(&dir).unwrap();
    let checker = package.checker;
    let tests = package
        .problem
        .tests
        .into_iter()
        .map(|t| TestCase { input: t.input, expected_output: t.expected_output })
        .collect();
    (checker, tests)
}

async fn judge_python(code: &str, checker: &Checker, tests: &[TestCase]) -> Status {
    let task = Task {
        source: Source {
            language: languages::find(Language::Python3).unwrap(),
            code,
            files: ProgramFiles::none(),
            time_limit_ms: 2000,
        },
        memory_limit_bytes: 256 << 20,
        tests,
        evaluation: Evaluation::Builtin(Builtin::new(checker).unwrap()),
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    judge::judge(&sandbox(), &task).await.unwrap().verdict.status
}

#[tokio::test]
async fn the_package_checker_accepts_answers_within_its_tolerance_only() {
    let (checker, tests) = circle_area();
    assert!(
        matches!(checker, Checker::Float { absolute: Some(_), relative: Some(_), .. }),
        "{checker:?}"
    );
    let full = "import math\nr = float(input())\nprint(math.pi * r * r)\n";
    let six_places = "import math\nr = float(input())\nprint(f'{math.pi * r * r:.6f}')\n";
    let two_places = "import math\nr = float(input())\nprint(round(math.pi * r * r, 2))\n";
    assert_eq!(judge_python(full, &checker, &tests).await, Status::Accepted);
    assert_eq!(judge_python(six_places, &checker, &tests).await, Status::Accepted);
    assert_eq!(judge_python(two_places, &checker, &tests).await, Status::WrongAnswer);
    // The same right answer fails the plain line rule: the checker is what accepts it.
    assert_eq!(judge_python(full, &Checker::Lines, &tests).await, Status::WrongAnswer);
}
