//! Problem reads and package import.

use axum::http::StatusCode;

use crate::helpers::{repo_root, TestFarm};

#[tokio::test]
async fn imported_problems_are_listed_in_order_and_paginated() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (status, page) =
        farm.signed("GET", "/internal/problems?page=1&per_page=2", None, None).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["total"], seed_count());
    let slugs: Vec<&str> =
        page["items"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["a-plus-b", "reverse-words"]);
    let (_, second) = farm.signed("GET", "/internal/problems?page=2&per_page=2", None, None).await;
    assert_eq!(second["items"][0]["slug"], "maximum-subarray");
    let (_, medium) =
        farm.signed("GET", "/internal/problems?difficulty=Medium&per_page=100", None, None).await;
    // Every Medium seed and nothing else: among them maximum-subarray and min-stack.
    assert_eq!(medium["total"], seed_count_of("Medium"), "{medium}");
    let medium: Vec<(&str, &str)> = medium["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["slug"].as_str().unwrap(), p["difficulty"].as_str().unwrap()))
        .collect();
    assert!(medium.iter().all(|(_, difficulty)| *difficulty == "Medium"), "{medium:?}");
    for slug in ["maximum-subarray", "min-stack"] {
        assert!(medium.iter().any(|(s, _)| *s == slug), "{slug} missing from {medium:?}");
    }
    let (status, bad) =
        farm.signed("GET", "/internal/problems?difficulty=Impossible", None, None).await;
    assert_eq!(
        (status, bad["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input"))
    );
    // A cleared filter is no filter.
    let (status, any) = farm.signed("GET", "/internal/problems?difficulty=", None, None).await;
    assert_eq!(status, StatusCode::OK, "{any}");
    assert_eq!(any["total"], seed_count());
}

#[tokio::test]
async fn a_problem_shows_its_samples_but_never_its_hidden_tests() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (status, problem) = farm.signed("GET", "/internal/problems/a-plus-b", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(problem["title"], "A + B");
    assert_eq!(problem["tags"], serde_json::json!(["Math"]));
    assert_eq!(problem["samples"].as_array().unwrap().len(), 2);
    assert_eq!(problem["samples"][0], serde_json::json!({"input": "1 2\n", "output": "3\n"}));
    assert!(problem["starter_code"]["python3"].as_str().unwrap().contains("input()"));
    let hidden: i64 =
        sqlx::query_scalar!(r#"select count(*) as "hidden!" from test_cases where not is_sample"#)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert!(hidden > 0);
    let (status, missing) =
        farm.signed("GET", "/internal/problems/no-such-problem", None, None).await;
    assert_eq!(
        (status, missing["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("problem_not_found"))
    );
}

#[tokio::test]
async fn an_interactive_problem_shows_its_transcripts_and_never_its_tests() {
    let farm = TestFarm::start().await;
    let problems = repo_root().join("problems");
    // An interactive package without transcripts shows no samples at all.
    let scratch = tempfile::tempdir().unwrap();
    let quiet = scratch.path().join("guess-quietly");
    copy_dir(&problems.join("guess-the-number"), &quiet);
    for n in [1, 2] {
        std::fs::remove_file(quiet.join(format!("data/sample/{n}.interaction"))).unwrap();
    }
    let packages = ["guess-the-number", "hidden-mask", "a-plus-b"].map(|p| problems.join(p));
    let mut packages = packages.to_vec();
    packages.push(quiet);
    algoarena_judge_farm::import::import(&farm.db, &packages).await.unwrap();
    let line = |from: &str, text: &str| serde_json::json!({"from": from, "text": text});

    // A Kattis package (legacy `validation: custom interactive`).
    let (status, guess) =
        farm.signed("GET", "/internal/problems/guess-the-number", None, None).await;
    assert_eq!(status, StatusCode::OK, "{guess}");
    assert_eq!(guess["samples"], serde_json::json!([]), "{guess}");
    let exchanges = guess["interactions"].as_array().unwrap();
    assert_eq!(exchanges.len(), 2, "{guess}");
    assert_eq!(
        exchanges[1]["lines"],
        serde_json::json!([
            line("program", "2"),
            line("judge", "<"),
            line("program", "1"),
            line("judge", "=")
        ])
    );
    assert_eq!(exchanges[0]["lines"].as_array().unwrap().len(), 8, "{guess}");
    // Nothing of a test's files: no input or output anywhere in the answer.
    let text = guess.to_string();
    assert!(!text.contains("\"input\"") && !text.contains("\"output\""), "{text}");

    // A native package with [interactor].
    let (_, mask) = farm.signed("GET", "/internal/problems/hidden-mask", None, None).await;
    assert_eq!(mask["samples"], serde_json::json!([]), "{mask}");
    assert_eq!(
        mask["interactions"][1]["lines"],
        serde_json::json!([line("program", "? 0"), line("judge", "0"), line("program", "! 0")])
    );

    let (_, quiet) = farm.signed("GET", "/internal/problems/guess-quietly", None, None).await;
    assert_eq!(
        (&quiet["samples"], &quiet["interactions"]),
        (&serde_json::json!([]), &serde_json::json!([])),
        "{quiet}"
    );
    // A problem that is not interactive is as it was.
    let (_, sum) = farm.signed("GET", "/internal/problems/a-plus-b", None, None).await;
    assert_eq!(sum["samples"][0], serde_json::json!({"input": "1 2\n", "output": "3\n"}));
    assert!(sum.get("interactions").is_none(), "{sum}");
}

#[tokio::test]
async fn reimporting_updates_in_place_and_a_broken_package_stores_nothing() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let changed = algoarena_judge_farm::import::import(&farm.db, &[repo_root().join("problems")])
        .await
        .unwrap();
    assert!(changed.is_empty(), "an unchanged package is not rewritten");
    assert_eq!(farm.count("problems").await, seed_count());

    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good");
    let bad = dir.path().join("bad");
    copy_dir(&repo_root().join("problems/a-plus-b"), &good);
    std::fs::write(
        good.join("problem.toml"),
        std::fs::read_to_string(good.join("problem.toml"))
            .unwrap()
            .replace("a-plus-b", "fresh-problem"),
    )
    .unwrap();
    copy_dir(&repo_root().join("problems/reverse-words"), &bad);
    std::fs::remove_file(bad.join("data/secret/01.ans")).unwrap();
    let err = algoarena_judge_farm::import::import(&farm.db, &[good.clone(), bad.clone()])
        .await
        .unwrap_err();
    assert!(format!("{err:#}").contains("01.ans"), "the error names the file: {err:#}");
    assert_eq!(farm.count("problems").await, seed_count(), "nothing of the batch is stored");
}

#[tokio::test]
async fn a_package_checker_is_stored_and_an_unsupported_one_is_refused() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let stored: serde_json::Value =
        sqlx::query_scalar!("select checker from problems where slug = 'circle-area'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(stored["kind"], "float", "{stored}");
    assert_eq!(stored["absolute"], 1e-6, "{stored}");
    let plain: serde_json::Value =
        sqlx::query_scalar!("select checker from problems where slug = 'a-plus-b'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(plain, serde_json::json!({"kind": "lines"}));

    let dir = tempfile::tempdir().unwrap();
    let custom = dir.path().join("custom");
    copy_dir(&repo_root().join("problems/a-plus-b"), &custom);
    let manifest = std::fs::read_to_string(custom.join("problem.toml"))
        .unwrap()
        .replace("a-plus-b", "custom-checked");
    let manifest = manifest.replacen(
        "[starter_code]",
        "[checker]\nkind = \"custom\"\nprogram = \"check.cpp\"\n\n[starter_code]",
        1,
    );
    std::fs::write(custom.join("problem.toml"), manifest).unwrap();
    let err = algoarena_judge_farm::import::import(&farm.db, &[custom]).await.unwrap_err();
    assert!(
        format!("{err:#}").contains("check.cpp: cannot read the file"),
        "the missing checker is named: {err:#}"
    );
    assert_eq!(farm.count("problems").await, seed_count());
}

/// How many seed packages `problems/` holds: the folders with a manifest (problems/tools, the
/// package tooling, is not one).
fn seed_count() -> i64 {
    std::fs::read_dir(repo_root().join("problems"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|dir| dir.join("problem.toml").is_file() || dir.join("problem.yaml").is_file())
        .count() as i64
}

/// How many seed packages declare `difficulty` (problem.toml's `difficulty = "..."` or
/// problem.yaml's `difficulty: ...`), so the filter is checked against the catalogue as it grows.
fn seed_count_of(difficulty: &str) -> i64 {
    let toml_line = format!("difficulty = \"{difficulty}\"");
    let yaml_line = format!("difficulty: {difficulty}");
    std::fs::read_dir(repo_root().join("problems"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|dir| {
            ["problem.toml", "problem.yaml"].iter().any(|manifest| {
                std::fs::read_to_string(dir.join(manifest)).is_ok_and(|text| {
                    text.lines().any(|line| line.trim() == toml_line || line.trim() == yaml_line)
                })
            })
        })
        .count() as i64
}

pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn native_sandbox() -> algoarena_judge_farm::sandbox::NativeSandbox {
    algoarena_judge_farm::sandbox::NativeSandbox::new(algoarena_judge_farm::sandbox::NativeConfig {
        root: std::env::temp_dir().join("algoarena-import-tests"),
        helper: std::path::PathBuf::from(env!("CARGO_BIN_EXE_judge-farm")),
        cgroup_name: "algoarena-import-tests".into(),
        ..Default::default()
    })
    .expect("the native sandbox starts (run the tests as root)")
}

#[tokio::test]
async fn a_kattis_package_is_imported_after_its_submissions_get_their_verdicts() {
    let farm = TestFarm::start().await;
    let package = repo_root().join("problems/average-value");
    let changed =
        algoarena_judge_farm::import::import_verified(&farm.db, &[package], &native_sandbox())
            .await
            .unwrap();
    assert_eq!(changed, ["average-value"]);
    let stored = sqlx::query!(
        "select title, difficulty, time_limit_ms, checker from problems where slug = 'average-value'",
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(
        (stored.title.as_str(), stored.difficulty.as_str(), stored.time_limit_ms),
        ("Average Value", "Easy", 1000)
    );
    assert_eq!(stored.checker["kind"], "float", "{}", stored.checker);
    // Tests come from nested folders too (data/secret/edge, large, small), in path order.
    let names: Vec<String> = sqlx::query_scalar!(
        r#"select t.name as "name!" from test_cases t join problems p on p.id = t.problem_id
            where p.slug = 'average-value' order by t.order_index"#,
    )
    .fetch_all(&farm.db)
    .await
    .unwrap();
    let edge: Vec<String> = (1..=20).map(|i| format!("edge/{i:02}")).collect();
    let expected: Vec<&str> = ["1", "2"]
        .into_iter()
        .chain(edge.iter().map(String::as_str))
        .chain(["large/1", "large/2", "small/1", "small/2"])
        .collect();
    assert_eq!(names, expected);
}

#[tokio::test]
async fn a_submission_with_the_wrong_verdict_stops_the_import_and_is_named() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("average-value");
    copy_dir(&repo_root().join("problems/average-value"), &package);
    // Claim the floor-division solution is right, and drop the slow ones to keep this short.
    std::fs::rename(
        package.join("submissions/wrong_answer/floor_division.py"),
        package.join("submissions/accepted/floor_division.py"),
    )
    .unwrap();
    std::fs::remove_dir_all(package.join("submissions/time_limit_exceeded")).unwrap();
    let err =
        algoarena_judge_farm::import::import_verified(&farm.db, &[package], &native_sandbox())
            .await
            .unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains("accepted/floor_division.py: expected Accepted, got WrongAnswer"),
        "{message}"
    );
    assert_eq!(farm.count("problems").await, 0, "nothing is stored");
}

/// The catalogue's own packages keep wide time margins (issue 15): an accepted reference that
/// needs more than half its language's limit, or a too-slow one that would pass at 1.5 times
/// the limit, fails the import and is named. Each burns CPU on the first example only.
#[tokio::test]
async fn a_native_package_whose_references_sit_near_the_time_limit_is_refused() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("a-plus-b");
    copy_dir(&repo_root().join("problems/a-plus-b"), &package);
    let submissions = package.join("submissions");
    std::fs::remove_dir_all(&submissions).unwrap();
    for folder in ["accepted", "time_limit_exceeded"] {
        std::fs::create_dir_all(submissions.join(folder)).unwrap();
    }
    let first_example = std::fs::read_to_string(package.join("data/sample/01.in")).unwrap();
    // Seconds of CPU, as a fraction of Python's limit for this 1 s problem (1.5 s).
    let burner = |fraction: f64| {
        format!(
            "import time\nline = input()\nif line.strip() == {:?}:\n    while time.process_time() < {}:\n        pass\na, b = map(int, line.split())\nprint(a + b)\n",
            first_example.trim(),
            1.5 * fraction
        )
    };
    let plain = "a, b = map(int, input().split())\nprint(a + b)\n";
    std::fs::write(submissions.join("accepted/plain.py"), plain).unwrap();
    std::fs::write(submissions.join("accepted/near_the_limit.py"), burner(0.7)).unwrap();
    std::fs::write(submissions.join("time_limit_exceeded/barely_slow.py"), burner(1.2)).unwrap();

    let err =
        algoarena_judge_farm::import::import_verified(&farm.db, &[package], &native_sandbox())
            .await
            .unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains("accepted/near_the_limit.py: accepted, but in")
            && message.contains("within 1/2 of it"),
        "{message}"
    );
    assert!(
        message.contains(
            "time_limit_exceeded/barely_slow.py: expected TimeLimitExceeded, got Accepted"
        ),
        "judged at 1.5 times the limit, it passes: {message}"
    );
    assert!(!message.contains("plain.py"), "{message}");
    assert_eq!(farm.count("problems").await, 0, "nothing is stored");
}

/// Every seed package, in both formats and every judging mode, with each reference solution
/// judged (in several languages, accepted and failing) before anything is stored.
#[tokio::test]
async fn every_seed_package_imports_after_its_reference_solutions_get_their_verdicts() {
    let farm = TestFarm::start().await;
    let changed = algoarena_judge_farm::import::import_verified(
        &farm.db,
        &[repo_root().join("problems")],
        &native_sandbox(),
    )
    .await
    .unwrap();
    assert!(changed.len() >= 10, "{changed:?}");
    let two_sum = sqlx::query!(
        r#"select judge_kind, signature as "signature!", starter_code as "starter_code!"
             from problems where slug = 'two-sum'"#,
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let (kind, signature, starter) = (two_sum.judge_kind, two_sum.signature, two_sum.starter_code);
    assert_eq!(kind, "function");
    assert_eq!(signature["function"]["name"], "twoSum", "{signature}");
    // Starter code for every language, generated from the signature.
    assert_eq!(starter.as_object().unwrap().len(), 10, "{starter}");
    assert!(
        starter["java"].as_str().unwrap().contains("public int[] twoSum(int[] nums, int target)"),
        "{starter}"
    );
    assert!(
        starter["c"]
            .as_str()
            .unwrap()
            .contains("int* twoSum(int* nums, int numsSize, int target, int* returnSize)"),
        "{starter}"
    );
    let stdio: String =
        sqlx::query_scalar!("select judge_kind from problems where slug = 'a-plus-b'")
            .fetch_one(&farm.db)
            .await
            .unwrap();
    assert_eq!(stdio, "stdio");
    // pair-sum's own validator is stored with it (its accepted references print other pairs
    // than the answer files, so only that validator accepts them).
    let pair_sum = sqlx::query!(
        r#"select checker, checker_program as "checker_program!"
             from problems where slug = 'pair-sum'"#,
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let (checker, program) = (pair_sum.checker, pair_sum.checker_program);
    assert_eq!(checker["kind"], "custom", "{checker}");
    assert_eq!(program["language"], "python3", "{program}");
    // guess-the-number's output validator is its interactor, which its references (accepted
    // in Python and C++, and each way of failing) were judged against.
    let guess = sqlx::query!(
        r#"select judge_kind, interactor as "interactor!"
             from problems where slug = 'guess-the-number'"#,
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    let (kind, interactor) = (guess.judge_kind, guess.interactor);
    assert_eq!(kind, "interactive");
    assert_eq!(interactor["language"], "python3", "{interactor}");
}

#[tokio::test]
async fn a_problem_names_its_hints_and_editorial_and_shows_companies_to_premium_readers_only() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (status, two_sum) = farm.signed("GET", "/internal/problems/two-sum", None, None).await;
    assert_eq!(status, StatusCode::OK, "{two_sum}");
    // The anonymous answer is what the edge caches for everyone: no companies, and hint and
    // editorial texts only through their gated routes.
    assert!(two_sum.get("companies").is_none(), "{two_sum}");
    let hints = two_sum["hints"].as_array().unwrap();
    assert_eq!(hints.len(), 3, "{two_sum}");
    assert_eq!((hints[0]["tier"].as_u64(), hints[0]["premium"].as_bool()), (Some(1), Some(false)));
    assert!(hints.iter().all(|h| h.get("text").is_none()), "{two_sum}");
    assert_eq!(hints[2]["premium"].as_bool(), Some(true), "{two_sum}");
    assert_eq!(two_sum["editorial"], serde_json::json!({"premium": false}), "{two_sum}");
    let (_, kadane) = farm.signed("GET", "/internal/problems/maximum-subarray", None, None).await;
    assert_eq!(kadane["editorial"], serde_json::json!({"premium": true}), "{kadane}");
    // A Kattis package has both too: problem.yaml has no place for them, its algoarena.toml
    // and solution/solution.en.md do (see import::catalogue_facts).
    let (_, kattis) = farm.signed("GET", "/internal/problems/average-value", None, None).await;
    assert_eq!(kattis["editorial"], serde_json::json!({"premium": true}), "{kattis}");
    assert_eq!(kattis["hints"].as_array().map(Vec::len), Some(3), "{kattis}");
    assert_eq!(kattis["tags"], serde_json::json!(["Array", "Math"]), "{kattis}");
    assert!(kattis["starter_code"]["kotlin"].is_string(), "{kattis}");

    let premium = crate::my_work::user(&farm, "premium").await;
    let (_, two_sum) = farm.signed("GET", "/internal/problems/two-sum", Some(premium), None).await;
    assert_eq!(two_sum["companies"], serde_json::json!(["Amazon", "Google"]));
    // The seed catalogue shows premium problems: a teaser for everyone else.
    let (status, locked) = farm.signed("GET", "/internal/problems/edit-distance", None, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{locked}");
    assert_eq!(locked["teaser"]["title"], "Edit Distance", "{locked}");
}

/// A copy of the subarray-sums seed (scored, with an input validator) keeping only the given
/// reference solutions, so a test judges no more than it needs.
fn scored_package(dir: &std::path::Path, keep: &[&str]) -> std::path::PathBuf {
    let package = dir.join("subarray-sums");
    copy_dir(&repo_root().join("problems/subarray-sums"), &package);
    for folder in std::fs::read_dir(package.join("submissions")).unwrap() {
        for file in std::fs::read_dir(folder.unwrap().path()).unwrap() {
            let file = file.unwrap().path();
            if !keep.iter().any(|k| file.ends_with(k)) {
                std::fs::remove_file(file).unwrap();
            }
        }
    }
    package
}

#[tokio::test]
async fn a_scored_kattis_package_stores_its_groups_after_its_references_get_their_scores() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    // The accepted reference must score 100, the 32-bit counter its declared 30.
    let package =
        scored_package(dir.path(), &["accepted/prefix_counts.py", "wrong_answer/int_counter.cpp"]);
    let changed =
        algoarena_judge_farm::import::import_verified(&farm.db, &[package], &native_sandbox())
            .await
            .unwrap();
    assert_eq!(changed, ["subarray-sums"]);
    let scoring: serde_json::Value = sqlx::query_scalar!(
        r#"select scoring as "scoring!" from problems where slug = 'subarray-sums'"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(
        scoring,
        serde_json::json!({"groups": [{"name": "group1", "score": 30.0}, {"name": "group2", "score": 70.0}]})
    );
    let groups: Vec<(String, Option<String>)> = sqlx::query!(
        r#"select t.name as "name!", t.group_name from test_cases t join problems p on p.id = t.problem_id
            where p.slug = 'subarray-sums' and (t.is_sample or t.name in ('group1/01', 'group2/03'))
            order by t.order_index"#,
    )
    .fetch_all(&farm.db)
    .await
    .unwrap()
    .into_iter()
    .map(|t| (t.name, t.group_name))
    .collect();
    let expected =
        [("1", None), ("2", None), ("group1/01", Some("group1")), ("group2/03", Some("group2"))];
    let expected: Vec<(String, Option<String>)> =
        expected.iter().map(|(n, g)| (n.to_string(), g.map(String::from))).collect();
    assert_eq!(groups, expected, "samples have no group");
}

#[tokio::test]
async fn a_reference_that_does_not_get_its_declared_score_stops_the_import() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    let package = scored_package(dir.path(), &["wrong_answer/int_counter.cpp"]);
    let source = package.join("submissions/wrong_answer/int_counter.cpp");
    let code = std::fs::read_to_string(&source)
        .unwrap()
        .replace("@EXPECTED_SCORE@: 30", "@EXPECTED_SCORE@: 40");
    std::fs::write(&source, code).unwrap();
    let err =
        algoarena_judge_farm::import::import_verified(&farm.db, &[package], &native_sandbox())
            .await
            .unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains("wrong_answer/int_counter.cpp: expected score 40, got 30 of 100"),
        "{message}"
    );
    assert_eq!(farm.count("problems").await, 0, "nothing is stored");
}

#[tokio::test]
async fn an_input_its_validator_rejects_stops_the_import_naming_the_file_and_the_reason() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    let package = scored_package(dir.path(), &[]);
    // Valid for the whole problem, but group1's flags allow at most 100 numbers.
    let big: Vec<String> = (0..101).map(|i| (i % 7).to_string()).collect();
    std::fs::write(package.join("data/secret/group1/03.in"), format!("101 3\n{}\n", big.join(" ")))
        .unwrap();
    let err =
        algoarena_judge_farm::import::import_verified(&farm.db, &[package], &native_sandbox())
            .await
            .unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("data/secret/group1/03.in (problem 'subarray-sums')"), "{message}");
    assert!(message.contains("n = 101 is outside 1..100"), "the validator's own words: {message}");
    assert_eq!(farm.count("problems").await, 0, "nothing is stored");
}

#[tokio::test]
async fn a_native_package_declares_its_groups_and_validator_in_problem_toml() {
    let farm = TestFarm::start().await;
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("scored-sum");
    copy_dir(&repo_root().join("problems/a-plus-b"), &package);
    std::fs::remove_dir_all(package.join("submissions")).ok();
    // Every hidden test into one group worth 100.
    std::fs::create_dir_all(package.join("data/secret/all")).unwrap();
    for entry in std::fs::read_dir(package.join("data/secret")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::rename(&path, package.join("data/secret/all").join(path.file_name().unwrap()))
                .unwrap();
        }
    }
    std::fs::write(
        package.join("validator.py"),
        "import sys\na, b = map(int, sys.stdin.read().split())\nsys.exit(42 if abs(a) <= 10**9 >= abs(b) else 43)\n",
    )
    .unwrap();
    let manifest = std::fs::read_to_string(package.join("problem.toml"))
        .unwrap()
        .replace("a-plus-b", "scored-sum");
    // a-plus-b's manifest already names validator.py, which the test rewrote above.
    let manifest = manifest.replacen(
        "[starter_code]",
        "[groups.all]\nscore = 100\nvalidator_flags = \"--strict\"\n\n[starter_code]",
        1,
    );
    std::fs::write(package.join("problem.toml"), &manifest).unwrap();
    let changed = algoarena_judge_farm::import::import_verified(
        &farm.db,
        std::slice::from_ref(&package),
        &native_sandbox(),
    )
    .await
    .unwrap();
    assert_eq!(changed, ["scored-sum"]);
    let scoring: serde_json::Value = sqlx::query_scalar!(
        r#"select scoring as "scoring!" from problems where slug = 'scored-sum'"#
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(scoring, serde_json::json!({"groups": [{"name": "all", "score": 100.0}]}));

    // A group with no folder of tests is named.
    std::fs::write(package.join("problem.toml"), manifest.replace("[groups.all]", "[groups.al]"))
        .unwrap();
    let err = algoarena_judge_farm::import::import(&farm.db, &[package]).await.unwrap_err();
    assert!(format!("{err:#}").contains("data/secret/all are in no group"), "{err:#}");
}
