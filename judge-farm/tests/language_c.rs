//! C, the tenth language, through the real pipeline on the native sandbox (root): function
//! problems of the seed catalogue judged in C through the generated driver (accepted, wrong,
//! crashing), and a problem C cannot be offered (a function named like one of C's headers'):
//! the import leaves out its C starter, and a C submission is a compile error saying why.
//! The stdin verdicts of C (AC, WA, CE, RE, TLE, MLE) are in `api/submissions.rs`, its driver
//! round trip in `function_drivers.rs`. Run with
//! `cargo test -p algoarena-judge-farm --test language_c`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use algoarena_judge_farm::import::{self, Package};
use algoarena_judge_farm::judge::{self, Mode, Source, Task};
use algoarena_judge_farm::languages;
use algoarena_judge_farm::model::{ProgramFiles, Verdict};
use algoarena_judge_farm::sandbox::{NativeConfig, NativeSandbox};
use algoarena_shared::language::Language;
use algoarena_shared::verdict::Status;

fn sandbox() -> &'static NativeSandbox {
    static SANDBOX: OnceLock<NativeSandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        NativeSandbox::new(NativeConfig {
            root: std::env::temp_dir().join("algoarena-language-c-tests"),
            helper: PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
            cgroup_name: "algoarena-language-c-tests".into(),
            ..NativeConfig::default()
        })
        .expect("the native sandbox starts (run the tests as root)")
    })
}

fn seed(slug: &str) -> Package {
    import::load_package(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems").join(slug))
        .unwrap()
}

/// Judges `code` in C against every test of `package`, as the worker would.
async fn judge_c(package: &Package, code: &str) -> Verdict {
    let tests = package.test_cases();
    let evaluation = package.evaluation().unwrap();
    let task = Task {
        source: Source {
            language: languages::find(Language::C).expect("C is judged"),
            code,
            files: ProgramFiles::none(),
            time_limit_ms: 2000,
        },
        memory_limit_bytes: 256 << 20,
        tests: &tests,
        evaluation,
        mode: Mode::Submit { tally: None },
        on_progress: &judge::no_progress,
    };
    judge::judge(sandbox(), &task).await.unwrap().verdict
}

#[tokio::test]
async fn function_problems_are_judged_in_c_through_the_generated_driver() {
    let two_sum = seed("two-sum");
    let starter = two_sum.problem.starter_code["c"].as_str().unwrap();
    assert!(
        starter.ends_with(
            "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n    \n}"
        ),
        "{starter}"
    );
    let reference = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../problems/two-sum/submissions/accepted/hash_map.c"),
    )
    .unwrap();
    let verdict = judge_c(&two_sum, &reference).await;
    assert_eq!(verdict.status, Status::Accepted, "{verdict:?}");
    assert_eq!(verdict.passed, verdict.total);

    // Forgetting `*returnSize` answers `[]`: a wrong answer, not garbage.
    let forgets = "int* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n    \
                   int* r = malloc(2 * sizeof *r);\n    r[0] = 0;\n    r[1] = 1;\n    return r;\n}\n";
    let verdict = judge_c(&two_sum, forgets).await;
    assert_eq!(verdict.status, Status::WrongAnswer, "{verdict:?}");
    assert_eq!(verdict.failed_test.as_ref().unwrap().actual, "[]", "{verdict:?}");

    // A crash in the user's function is the user's runtime error.
    let crashes = "int maxDepth(struct TreeNode* root) {\n    volatile int* nowhere = NULL;\n    \
                   return root ? *nowhere : 0;\n}\n";
    let verdict = judge_c(&seed("maximum-depth-of-binary-tree"), crashes).await;
    assert_eq!(verdict.status, Status::RuntimeError, "{verdict:?}");

    // The compiler's message points at the user's own line, and quotes no line of the program
    // around it (gcc would take it from main.c, which is not what the user wrote).
    let broken = "int maxDepth(struct TreeNode* root) {\n    return root->depth;\n}\n";
    let verdict = judge_c(&seed("maximum-depth-of-binary-tree"), broken).await;
    assert_eq!(verdict.status, Status::CompileError, "{verdict:?}");
    let message = verdict.error_message.unwrap();
    assert!(
        message.contains("solution.c:2:") && message.contains("has no member named"),
        "{message}"
    );
    assert!(!message.contains("/box") && !message.contains("/usr/"), "{message}");
    assert!(!message.contains("| "), "no quoted source line: {message}");
}

#[tokio::test]
async fn a_problem_c_cannot_offer_has_no_c_starter_and_says_why_on_submit() {
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("absolute-value");
    std::fs::create_dir_all(package.join("data/secret")).unwrap();
    std::fs::write(
        package.join("problem.toml"),
        "slug = \"absolute-value\"\ntitle = \"Absolute Value\"\ndifficulty = \"Easy\"\n\n\
         [function]\nname = \"abs\"\nparams = [ { name = \"x\", type = \"int\" } ]\nreturns = \"int\"\n",
    )
    .unwrap();
    std::fs::write(package.join("statement.md"), "Return |x|.\n").unwrap();
    std::fs::write(package.join("data/secret/1.in"), "[-3]\n").unwrap();
    std::fs::write(package.join("data/secret/1.ans"), "3\n").unwrap();
    let loaded = import::load_package(&package).unwrap();
    let starters = loaded.problem.starter_code.as_object().unwrap();
    assert!(!starters.contains_key("c"), "{starters:?}");
    assert!(starters.contains_key("cpp17") && starters.len() == Language::ALL.len() - 1);

    let verdict = judge_c(&loaded, "int abs(int x) { return x < 0 ? -x : x; }\n").await;
    assert_eq!(verdict.status, Status::CompileError, "{verdict:?}");
    assert_eq!(
        verdict.error_message.as_deref().map(str::trim),
        Some("This problem is not offered in C: the function name `abs` is taken by C's standard library.")
    );
}
