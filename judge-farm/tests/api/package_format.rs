//! The ICPC package format in both versions, on the packages of `tests/kattis_packages`:
//! `legacy-sum` (legacy: name from its LaTeX statement, a computed time limit, a checker of a
//! source and a header, a folder submission, MLE as a run-time error, submissions in
//! languages the judge does not run) and `modern-groups` (2023-07: names in two languages, a
//! scored problem with partially accepted, rejected and brute-force references, an
//! `output_validator/` folder with a data file named `input`, input validator flags, Java and
//! Kotlin entry points not named `Main`, samples shown otherwise than judged), `multi-file-sum` (programs of several files: an input validator of two C++
//! sources and a header, accepted Python and Java folders whose main file imports or calls the
//! others, a C folder of two sources that must link to get its wrong answer) and
//! `note-to-self` (2023-07 multi-pass: each test is two runs, the second on the input the
//! output validator wrote after the first) and `guess-groups` (2023-07 scored interactive: a
//! guessing game in two groups, where counting up earns the small group's points only, which
//! may be solved in Python and C++ only) and
//! `interactive-note` (2023-07 interactive multi-pass: `note-to-self` as two conversations,
//! where a reference that crashes only in the second pass proves that pass ran) and `near-sum`
//! (2023-07 scored, its validator giving half a test's worth to a sum off by at most 10, so
//! off by one scores 50; the 10 and the half are `constants:`, in its statement and validator). Each reference's folder promise is proven by the import itself: it
//! fails otherwise.

use std::path::PathBuf;

use algoarena_judge_farm::config::QueueSettings;
use algoarena_judge_farm::db::problems::{self, Viewer};
use algoarena_judge_farm::import::proofs::ProofCache;
use algoarena_judge_farm::import::{import_proven, load_package};
use algoarena_shared::language::Language;

use super::helpers::{repo_root, TestFarm};
use super::problems::{copy_dir, native_sandbox};

/// The packages of `tests/kattis_packages`, in the order an import takes them.
const PACKAGES: [&str; 7] = [
    "guess-groups",
    "interactive-note",
    "legacy-sum",
    "modern-groups",
    "multi-file-sum",
    "near-sum",
    "note-to-self",
];

fn packages() -> PathBuf {
    repo_root().join("judge-farm/tests/kattis_packages")
}

#[tokio::test]
async fn packages_of_both_versions_import_with_every_reference_proven() {
    let farm = TestFarm::start().await;
    let cache = ProofCache::default();
    let imported = import_proven(&farm.db, &[packages()], &native_sandbox(), &cache).await.unwrap();
    assert_eq!(imported.judged, PACKAGES);
    let notes: Vec<String> =
        imported.notes.iter().map(|(slug, n)| format!("{slug}: {n}")).collect();
    for expected in [
        "legacy-sum: unknown key 'favourite_colour' ignored",
        "guess-groups: languages: 'haskell' is not judged here; left out",
        "legacy-sum: submissions/accepted/sum.hs: unsupported language: Haskell",
        "legacy-sum: submissions/accepted/old.py: unsupported language: Python 2",
        "legacy-sum: time limit 1 s computed: slowest accepted",
        "modern-groups: submissions/accepted/Sum.scala: unsupported language: Scala",
    ] {
        assert!(notes.iter().any(|n| n.starts_with(expected)), "{expected} not in {notes:#?}");
    }
    let legacy = sqlx::query!(
        "select title, description, time_limit_ms, memory_limit_mb, checker, checker_program
           from problems where slug = 'legacy-sum'"
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(
        (legacy.title.as_str(), legacy.time_limit_ms, legacy.memory_limit_mb),
        ("Sum", 1000, 256)
    );
    assert!(
        legacy.description.contains(
            "print **their sum** $a + b$.\n\n## Input\n\n- One line holding $a$ and $b$."
        ),
        "{}",
        legacy.description
    );
    assert_eq!(legacy.checker["kind"], "custom");
    let checker = legacy.checker_program.unwrap();
    assert!(checker["code"].as_str().unwrap().contains("#include \"check.h\""), "{checker}");
    let header = checker["files"]["check.h"].as_str().unwrap_or_default();
    assert!(header.contains("inline int accept()"), "the header is beside it: {checker}");

    let modern = sqlx::query!(
        r#"select title, description, time_limit_ms, scoring as "scoring!", checker, translations
             from problems where slug = 'modern-groups'"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!((modern.title.as_str(), modern.time_limit_ms), ("Group Sum", 1000));
    assert!(modern.description.starts_with("Print the sum"), "English is shown");
    assert_eq!(
        modern.translations,
        serde_json::json!({"de": {"title": "Gruppensumme", "description": "Gib die Summe der $n$ Zahlen aus.\n"}}),
        "the other language is kept"
    );
    let (_, shown) = farm.signed("GET", "/internal/problems/modern-groups", None, None).await;
    assert_eq!(shown["tags"], serde_json::json!(["arithmetic", "overflow"]), "{shown}");
    assert_eq!(
        (&shown["title"], &shown["translations"]),
        (
            &serde_json::json!("Group Sum"),
            &serde_json::json!({"de": {"title": "Gruppensumme", "description": "Gib die Summe der $n$ Zahlen aus.\n"}})
        ),
        "the reader gets the other language with the shown one"
    );
    assert_eq!(shown["language"], "en", "the shown statement's language is recorded");
    assert_eq!(
        shown["samples"],
        serde_json::json!([{"input": "3\n1 2 3\n", "output": "6\n"}]),
        "Run judges the sample test as it is"
    );
    assert_eq!(
        shown["statement_samples"],
        serde_json::json!([
            {"input": "3\n1 2 3\n", "output": "6\n"},
            {"input": "2\n2147483647 1\n", "output": "2147483648  (more than 32 bits hold)\n",
             "download": {"input": "2\n2147483647 1\n", "output": "2147483648\n"}}
        ]),
        "the statement shows the package's display files, and a sample it does not judge"
    );
    assert_eq!(modern.checker["kind"], "custom", "output_validator/ is the custom validator");
    assert_eq!(
        modern.scoring,
        serde_json::json!({"groups": [{"name": "group1", "score": 40.0}, {"name": "group2", "score": 60.0}]})
    );

    let scored_interactive = sqlx::query!(
        r#"select scoring as "scoring!", interactor is not null as "interactive!"
             from problems where slug = 'guess-groups'"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert!(scored_interactive.interactive);
    let (_, guess) = farm.signed("GET", "/internal/problems/guess-groups", None, None).await;
    assert_eq!(guess["allowed_languages"], serde_json::json!(["python3", "cpp17"]), "{guess}");
    let (user, _) = farm.register("languages@example.com").await;
    let java = serde_json::json!({"problem_slug": "guess-groups", "language": "java", "code": "class A {}"});
    let (status, refused) =
        farm.signed("POST", "/internal/submissions", Some(user), Some(&java.to_string())).await;
    assert_eq!(status, axum::http::StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["error"]["code"], "language_not_allowed", "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(message.contains("Python 3, C++17 only, not Java"), "{message}");
    assert_eq!(farm.count("submissions").await, 0, "nothing stored");
    assert_eq!(
        scored_interactive.scoring,
        serde_json::json!({"groups": [{"name": "large", "score": 70.0}, {"name": "small", "score": 30.0}]})
    );

    let (_, note) = farm.signed("GET", "/internal/problems/interactive-note", None, None).await;
    let passes: Vec<bool> = note["interactions"][0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line["new_pass"].as_bool().unwrap_or(false))
        .collect();
    assert_eq!(passes, [false, false, true, false], "the transcript's second pass: {note}");
    let (_, notes) = farm.signed("GET", "/internal/problems/note-to-self", None, None).await;
    let lines = notes["interactions"][0]["lines"].as_array().unwrap();
    assert_eq!((lines.len(), &lines[3]["new_pass"]), (6, &serde_json::json!(true)), "{notes}");
    assert_eq!(notes["samples"][0]["input"], "encode\n7\n", "Run still judges the sample");

    let (_, near) = farm.signed("GET", "/internal/problems/near-sum", None, None).await;
    let statement = near["description"].as_str().unwrap();
    assert!(statement.contains("off by at most\n10 earns 0.5 of it"), "constants: {statement}");

    // Of the folder programs, the Python one answers custom runs: its module travels with it,
    // as the worker reads it back.
    let folder = problems::find_for_judging(&farm.db, "multi-file-sum", Viewer::ANONYMOUS)
        .await
        .unwrap()
        .unwrap();
    let run_solution = folder.solution_code.unwrap().0;
    assert_eq!(run_solution.language, Language::Python3);
    assert!(run_solution.code.contains("from arith import add"), "{run_solution:?}");
    let files: Vec<(&str, &str)> =
        run_solution.files.iter().map(|(name, text)| (name.as_str(), text)).collect();
    assert_eq!(files, [("arith.py", "def add(a, b):\n    return a + b\n")]);

    // Proven now: imported again, nothing is judged and the computed limit is the proof's.
    let again = import_proven(&farm.db, &[packages()], &native_sandbox(), &cache).await.unwrap();
    assert_eq!(again.reused, PACKAGES);
    let limit: i32 =
        sqlx::query_scalar!("select time_limit_ms from problems where slug = 'legacy-sum'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(limit, 1000);
}

/// A multi-pass problem through the worker, as users meet it: each test's second run reads
/// what the validator made of the first run's output, and Run takes the samples only.
#[tokio::test]
async fn a_multi_pass_problem_judges_each_test_in_passes() {
    let farm =
        TestFarm::start_with_queue(QueueSettings { self_test: false, ..QueueSettings::default() })
            .await;
    let package = packages().join("note-to-self");
    let imported = import_proven(&farm.db, &[package], &native_sandbox(), &ProofCache::default())
        .await
        .unwrap();
    assert_eq!(imported.judged, ["note-to-self"]);
    let passes: Option<i16> =
        sqlx::query_scalar!("select validation_passes from problems where slug = 'note-to-self'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(passes, Some(2));

    let worker = farm.spawn_worker();
    let (user, _) = farm.register("notes@example.com").await;
    let judged = async |path: &str, code: &str| {
        let body = serde_json::json!({"problem_slug": "note-to-self", "language": "python3", "code": code});
        let (status, queued) = farm.signed("POST", path, Some(user), Some(&body.to_string())).await;
        assert_eq!(status, axum::http::StatusCode::ACCEPTED, "{queued}");
        farm.wait_finished(user, queued["id"].as_str().unwrap()).await
    };
    let base26 =
        std::fs::read_to_string(packages().join("note-to-self/submissions/accepted/note.py"))
            .unwrap();
    let accepted = judged("/internal/submissions", &base26).await;
    assert_eq!(accepted["status"], "accepted", "{accepted}");
    assert_eq!(accepted["test_cases_passed"], 7, "{accepted}");
    // A valid note that the second run ignores: the first pass passes, the second fails.
    let forgetful = "mode, value = input(), input()\nprint('a' if mode == 'encode' else 0)\n";
    let wrong = judged("/internal/submissions", forgetful).await;
    assert_eq!(wrong["status"], "wrong_answer", "{wrong}");
    assert_eq!(wrong["failed_test"]["number"], 1, "{wrong}");

    let ran = judged("/internal/submissions/run", &base26).await;
    assert_eq!(
        (ran["status"].as_str(), ran["cases"].as_array().map(Vec::len)),
        (Some("accepted"), Some(1)),
        "{ran}"
    );
    let own = serde_json::json!({"problem_slug": "note-to-self", "language": "python3", "code": base26, "inputs": ["encode\n5\n"]});
    let (status, refused) =
        farm.signed("POST", "/internal/submissions/run", Some(user), Some(&own.to_string())).await;
    assert_eq!(status, axum::http::StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert!(refused["error"]["message"].as_str().unwrap().contains("several passes"), "{refused}");
    worker.abort();
}

#[tokio::test]
async fn a_value_of_the_wrong_type_is_refused_naming_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("legacy-sum");
    copy_dir(&packages().join("legacy-sum"), &package);
    let yaml = std::fs::read_to_string(package.join("problem.yaml")).unwrap();
    std::fs::write(package.join("problem.yaml"), yaml.replace("memory: 256", "memory: lots"))
        .unwrap();
    let message = format!("{:#}", load_package(&package).unwrap_err());
    assert!(
        message.contains("(problem 'legacy-sum'): limits.memory: invalid type: string \"lots\""),
        "{message}"
    );
}

#[tokio::test]
async fn a_tle_reference_within_the_safety_margin_stops_the_import() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("legacy-sum");
    copy_dir(&packages().join("legacy-sum"), &package);
    let submissions = package.join("submissions");
    for folder in ["wrong_answer", "run_time_error", "time_limit_exceeded"] {
        std::fs::remove_dir_all(submissions.join(folder)).unwrap();
    }
    std::fs::remove_dir_all(submissions.join("accepted/multi")).unwrap();
    // About 1.5 s of work: over the computed 1 s, but under 1 s × time_safety_margin 3.
    std::fs::create_dir(submissions.join("time_limit_exceeded")).unwrap();
    std::fs::write(
        submissions.join("time_limit_exceeded/slowish.cpp"),
        "#include <chrono>\n#include <cstdio>\nint main() {\n  long long a, b;\n  std::scanf(\"%lld %lld\", &a, &b);\n  auto start = std::chrono::steady_clock::now();\n  volatile long long n = 0;\n  while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(1500)) n = n + 1;\n  std::printf(\"%lld\\n\", a + b);\n}\n",
    )
    .unwrap();
    let err = import_proven(&farm.db, &[package], &native_sandbox(), &ProofCache::default())
        .await
        .unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message
            .contains("time_limit_exceeded/slowish.cpp: expected TimeLimitExceeded, got Accepted"),
        "{message}"
    );
    assert_eq!(farm.count("problems").await, 0, "nothing is stored");
}

/// The seed's other Kattis packages keep their verdicts under the format's rules: their
/// time-limit-exceeded references still exceed the limit times the legacy safety margin.
#[tokio::test]
async fn the_seed_kattis_packages_keep_their_verdicts_under_the_safety_margin() {
    let farm = TestFarm::start().await;
    let seeds: Vec<PathBuf> = ["guess-the-number", "pair-sum", "subarray-sums"]
        .iter()
        .map(|slug| repo_root().join("problems").join(slug))
        .collect();
    let imported =
        import_proven(&farm.db, &seeds, &native_sandbox(), &ProofCache::default()).await.unwrap();
    assert_eq!(imported.judged, ["guess-the-number", "pair-sum", "subarray-sums"]);
}
