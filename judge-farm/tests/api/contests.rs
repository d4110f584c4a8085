//! Contest packages: import and re-import, and the visibility of a contest's problems before
//! its start (hidden from all but its setters on every read, run and submit).

use std::path::{Path, PathBuf};

use algoarena_judge_farm::contests;
use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{repo_root, TestFarm};

/// Imports two seed problems (a-plus-b, reverse-words) without judging their references.
async fn import_two_problems(farm: &TestFarm) {
    let problems = repo_root().join("problems");
    algoarena_judge_farm::import::import(
        &farm.db,
        &[problems.join("a-plus-b"), problems.join("reverse-words")],
    )
    .await
    .unwrap();
}

/// A contest package folder `slug` under `root` starting `starts_in` from now.
fn write_contest(root: &Path, slug: &str, starts_in: chrono::Duration, extra: &str) -> PathBuf {
    let starts_at = (chrono::Utc::now() + starts_in).format("%Y-%m-%dT%H:%M:%SZ");
    let dir = root.join(slug);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("contest.toml"),
        format!(
            "slug = \"{slug}\"\ntitle = \"Weekly {slug}\"\nkind = \"weekly\"\nformat = \"leetcode\"\n\
             starts_at = {starts_at}\nduration_minutes = 90\n{extra}\n\
             [[problems]]\nslug = \"a-plus-b\"\npoints = 3\n"
        ),
    )
    .unwrap();
    dir
}

async fn username_of(farm: &TestFarm, id: Uuid) -> String {
    sqlx::query_scalar!("select username from users where id = $1", id)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

fn slugs(page: &Value) -> Vec<&str> {
    page["items"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect()
}

async fn start_now(farm: &TestFarm, slug: &str) {
    sqlx::query!(
        "update contests set start_time = now() - interval '1 second' where slug = $1",
        slug
    )
    .execute(&farm.db)
    .await
    .unwrap();
}

/// The status of a submit and of a run of a-plus-b by `user`.
async fn submit_and_run(farm: &TestFarm, user: Uuid) -> (StatusCode, StatusCode) {
    let body = json!({"problem_slug": "a-plus-b", "language": "python3",
                      "code": "a, b = map(int, input().split())\nprint(a + b)\n"})
    .to_string();
    let (submit, _) = farm.signed("POST", "/internal/submissions", Some(user), Some(&body)).await;
    let (run, _) = farm.signed("POST", "/internal/submissions/run", Some(user), Some(&body)).await;
    (submit, run)
}

#[tokio::test]
async fn a_contest_problem_is_hidden_before_the_start_from_everyone_but_its_setters() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (setter, _) = farm.register("setter@example.com").await;
    let (player, _) = farm.register("player@example.com").await;
    let root = tempfile::tempdir().unwrap();
    let setters = format!("setters = [\"{}\"]", username_of(&farm, setter).await);
    write_contest(root.path(), "weekly-1", chrono::Duration::days(1), &setters);
    contests::import::import(&farm.db, &[root.path().to_path_buf()], false).await.unwrap();

    for who in [None, Some(player)] {
        let (status, body) = farm.signed("GET", "/internal/problems/a-plus-b", who, None).await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (StatusCode::NOT_FOUND, Some("problem_not_found")),
            "{who:?}: {body}"
        );
        let (_, page) = farm.signed("GET", "/internal/problems", who, None).await;
        assert_eq!(slugs(&page), ["reverse-words"], "{who:?}");
        assert_eq!(page["total"], 1);
    }
    assert_eq!(submit_and_run(&farm, player).await, (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    assert_eq!(farm.count("submissions").await, 0, "nothing of a refused submit is stored");

    // The setter prepares it: reads it, lists it, and tries it out.
    let (status, _) = farm.signed("GET", "/internal/problems/a-plus-b", Some(setter), None).await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = farm.signed("GET", "/internal/problems", Some(setter), None).await;
    assert_eq!(slugs(&page), ["a-plus-b", "reverse-words"]);
    assert_eq!(submit_and_run(&farm, setter).await, (StatusCode::ACCEPTED, StatusCode::ACCEPTED));

    start_now(&farm, "weekly-1").await;
    let (status, _) = farm.signed("GET", "/internal/problems/a-plus-b", None, None).await;
    assert_eq!(status, StatusCode::OK, "visible to all once started");
    let (_, page) = farm.signed("GET", "/internal/problems", None, None).await;
    assert_eq!(slugs(&page), ["a-plus-b", "reverse-words"]);
    assert_eq!(submit_and_run(&farm, player).await, (StatusCode::ACCEPTED, StatusCode::ACCEPTED));
}

#[tokio::test]
async fn a_contest_is_updated_in_place_until_it_starts_then_only_with_force() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let root = tempfile::tempdir().unwrap();
    let dir = write_contest(root.path(), "weekly-2", chrono::Duration::hours(2), "");
    let touched =
        contests::import::import(&farm.db, std::slice::from_ref(&dir), false).await.unwrap();
    assert_eq!(touched, ["a-plus-b"], "the edge is told which problems changed visibility");

    // Before the start: a new title, a different problem, a freeze.
    let toml = std::fs::read_to_string(dir.join("contest.toml"))
        .unwrap()
        .replace("Weekly weekly-2", "Weekly Two")
        .replace("slug = \"a-plus-b\"", "slug = \"reverse-words\"")
        .replace(
            "duration_minutes = 90",
            "duration_minutes = 90\n[freeze]\nminutes_before_end = 15",
        );
    std::fs::write(dir.join("contest.toml"), &toml).unwrap();
    let touched =
        contests::import::import(&farm.db, std::slice::from_ref(&dir), false).await.unwrap();
    assert_eq!(touched, ["a-plus-b", "reverse-words"], "the dropped problem is visible again");
    let row = sqlx::query!(
        "select c.title, c.freeze_starts_secs, p.slug, cp.points from contests c
           join contest_problems cp on cp.contest_id = c.id join problems p on p.id = cp.problem_id"
    )
    .fetch_all(&farm.db)
    .await
    .unwrap();
    assert_eq!(row.len(), 1, "updated in place, not added");
    assert_eq!(
        (row[0].title.as_str(), row[0].freeze_starts_secs, row[0].slug.as_str(), row[0].points),
        ("Weekly Two", Some(75 * 60), "reverse-words", 3)
    );
    let (status, _) = farm.signed("GET", "/internal/problems/a-plus-b", None, None).await;
    assert_eq!(status, StatusCode::OK);

    // Started: refused, naming the file, unless forced.
    start_now(&farm, "weekly-2").await;
    std::fs::write(dir.join("contest.toml"), toml.replace("Weekly Two", "Fixed")).unwrap();
    let err =
        contests::import::import(&farm.db, std::slice::from_ref(&dir), false).await.unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("weekly-2/contest.toml"), "{message}");
    assert!(message.contains("--force"), "{message}");
    let title = sqlx::query_scalar!("select title from contests").fetch_one(&farm.db).await;
    assert_eq!(title.unwrap(), "Weekly Two");
    contests::import::import(&farm.db, &[dir], true).await.unwrap();
    let title = sqlx::query_scalar!("select title from contests").fetch_one(&farm.db).await;
    assert_eq!(title.unwrap(), "Fixed");
}

#[tokio::test]
async fn a_package_naming_an_unknown_problem_or_setter_stores_nothing_of_the_batch() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let root = tempfile::tempdir().unwrap();
    write_contest(root.path(), "a-good-one", chrono::Duration::days(1), "");
    let bad = write_contest(
        root.path(),
        "b-bad-one",
        chrono::Duration::days(1),
        "setters = [\"nobody\"]",
    );
    let toml = std::fs::read_to_string(bad.join("contest.toml")).unwrap();
    std::fs::write(bad.join("contest.toml"), toml.replace("\"a-plus-b\"", "\"no-such-problem\""))
        .unwrap();
    let err =
        contests::import::import(&farm.db, &[root.path().to_path_buf()], false).await.unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains(
            "b-bad-one/contest.toml: problems[0].slug: no imported problem 'no-such-problem'"
        ),
        "{message}"
    );
    assert_eq!(farm.count("contests").await, 0, "one transaction: the good package neither");

    std::fs::write(bad.join("contest.toml"), toml).unwrap();
    let err =
        contests::import::import(&farm.db, std::slice::from_ref(&bad), false).await.unwrap_err();
    assert!(format!("{err:#}").contains("b-bad-one/contest.toml: setters[0]: no user 'nobody'"));

    std::fs::write(bad.join("contest.toml"), "slug = \"x\"\n").unwrap();
    let err = contests::import::import(&farm.db, &[bad], false).await.unwrap_err();
    assert!(format!("{err:#}").contains("b-bad-one/contest.toml: "), "{err:#}");
    assert_eq!(farm.count("contests").await, 0);
}

#[tokio::test]
async fn a_started_contest_is_announced_once_and_again_after_its_start_moves_ahead() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let root = tempfile::tempdir().unwrap();
    let dir = write_contest(root.path(), "weekly-3", chrono::Duration::hours(1), "");
    contests::import::import(&farm.db, std::slice::from_ref(&dir), false).await.unwrap();
    let announce = || contests::announce::announce_started(&farm.state);
    assert_eq!(announce().await.unwrap(), 0, "not started yet");
    start_now(&farm, "weekly-3").await;
    assert_eq!(announce().await.unwrap(), 1);
    assert_eq!(announce().await.unwrap(), 0, "announced once");
    // A forced fix that postpones it hides it again, and announces it at the new start.
    contests::import::import(&farm.db, &[dir], true).await.unwrap();
    let (status, _) = farm.signed("GET", "/internal/problems/a-plus-b", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    start_now(&farm, "weekly-3").await;
    assert_eq!(announce().await.unwrap(), 1);
}

#[tokio::test]
async fn the_sample_contest_package_imports_over_the_seed_problems() {
    let farm = TestFarm::start().await;
    farm.import_seed_problems().await;
    let (_, before) = farm.signed("GET", "/internal/problems?per_page=100", None, None).await;
    contests::import::import(&farm.db, &[repo_root().join("contests")], false).await.unwrap();
    let (_, after) = farm.signed("GET", "/internal/problems?per_page=100", None, None).await;
    // Its start is in 2027: until then its four problems are out of the list.
    assert_eq!(after["total"].as_u64().unwrap() + 4, before["total"].as_u64().unwrap());
    assert!(!slugs(&after).contains(&"coin-change"), "{after}");
}

async fn set_times(farm: &TestFarm, slug: &str, start: &str, end: &str) {
    sqlx::query(&format!(
        "update contests set start_time = now() + interval '{start}',
                             end_time = now() + interval '{end}' where slug = $1"
    ))
    .bind(slug)
    .execute(&farm.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn contests_are_listed_and_show_their_problems_once_started() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (setter, _) = farm.register("setter@example.com").await;
    let root = tempfile::tempdir().unwrap();
    let setters = format!("setters = [\"{}\"]", username_of(&farm, setter).await);
    write_contest(root.path(), "weekly-4", chrono::Duration::days(1), &setters);
    let other = write_contest(root.path(), "weekly-5", chrono::Duration::days(2), "rated = false");
    // Its own problem: one in two upcoming contests is hidden until both have started, even
    // from the setter of only one of them.
    let toml = std::fs::read_to_string(other.join("contest.toml")).unwrap();
    std::fs::write(other.join("contest.toml"), toml.replace("a-plus-b", "reverse-words")).unwrap();
    contests::import::import(&farm.db, &[root.path().to_path_buf()], false).await.unwrap();

    let (status, page) = farm.signed("GET", "/internal/contests", None, None).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["total"], 2);
    assert_eq!(slugs(&page), ["weekly-5", "weekly-4"], "the latest start first");
    assert_eq!(page["items"][0]["rated"], false);
    assert_eq!(page["items"][1]["phase"], "upcoming");
    assert_eq!(page["items"][1]["format"], "leetcode");
    assert_eq!(page["items"][1]["kind"], "weekly");
    let (status, bad) = farm.signed("GET", "/internal/contests?per_page=0", None, None).await;
    assert_eq!(
        (status, bad["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid_input"))
    );

    let (status, detail) = farm.signed("GET", "/internal/contests/weekly-4", None, None).await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    assert_eq!(detail["title"], "Weekly weekly-4");
    assert_eq!(detail["problems"], json!([]), "no problems before the start");
    assert_eq!(detail["registered"], false);
    let (_, early) = farm.signed("GET", "/internal/contests/weekly-4", Some(setter), None).await;
    assert_eq!(
        early["problems"],
        json!([{"letter": "A", "slug": "a-plus-b", "title": "A + B", "points": 3}]),
        "its setter sees them"
    );
    start_now(&farm, "weekly-4").await;
    let (_, started) = farm.signed("GET", "/internal/contests/weekly-4", None, None).await;
    assert_eq!(started["phase"], "running");
    assert_eq!(started["problems"][0]["slug"], "a-plus-b");

    let (status, missing) = farm.signed("GET", "/internal/contests/nope", None, None).await;
    assert_eq!(
        (status, missing["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("contest_not_found"))
    );
}

#[tokio::test]
async fn one_registers_until_the_end_and_withdraws_only_before_the_start() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (user, _) = farm.register("player@example.com").await;
    let root = tempfile::tempdir().unwrap();
    write_contest(root.path(), "weekly-6", chrono::Duration::days(1), "");
    contests::import::import(&farm.db, &[root.path().to_path_buf()], false).await.unwrap();
    let register = "/internal/contests/weekly-6/register";
    let unregister = "/internal/contests/weekly-6/unregister";
    let registered = || async {
        farm.signed("GET", "/internal/contests/weekly-6", Some(user), None).await.1["registered"]
            .clone()
    };

    let (status, body) = farm.signed("POST", register, None, None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthorized"))
    );
    let (status, body) =
        farm.signed("POST", "/internal/contests/nope/register", Some(user), None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("contest_not_found"))
    );

    // Before the start: in, in again (once), out, in.
    for _ in 0..2 {
        assert_eq!(farm.signed("POST", register, Some(user), None).await.0, StatusCode::NO_CONTENT);
    }
    assert_eq!(farm.count("contest_registrations").await, 1);
    assert_eq!(registered().await, true);
    let (_, page) = farm.signed("GET", "/internal/contests", None, None).await;
    assert_eq!(page["items"][0]["registrants"], 1);
    assert_eq!(farm.signed("POST", unregister, Some(user), None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(registered().await, false);
    assert_eq!(farm.signed("POST", register, Some(user), None).await.0, StatusCode::NO_CONTENT);

    // Running: still open to newcomers, but nobody leaves.
    set_times(&farm, "weekly-6", "-10 minutes", "80 minutes").await;
    let (status, body) = farm.signed("POST", unregister, Some(user), None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("contest_started"))
    );
    assert_eq!(registered().await, true);
    let (late, _) = farm.register("late@example.com").await;
    assert_eq!(farm.signed("POST", register, Some(late), None).await.0, StatusCode::NO_CONTENT);

    // Ended: closed.
    set_times(&farm, "weekly-6", "-100 minutes", "-10 minutes").await;
    let (other, _) = farm.register("other@example.com").await;
    let (status, body) = farm.signed("POST", register, Some(other), None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("contest_ended"))
    );
    assert_eq!(farm.count("contest_registrations").await, 2);
}

/// The signed calls a fake edge received: each path, and whether its signature held.
type Calls = std::sync::Arc<std::sync::Mutex<Vec<(String, bool)>>>;

/// An edge that records the farm's calls and checks their signatures as the real one does.
async fn fake_edge() -> (String, Calls) {
    use algoarena_shared::signing::{self, SignedParts};
    use axum::body::Bytes;
    use axum::http::{HeaderMap, Uri};

    let calls = Calls::default();
    let recorded = calls.clone();
    let router = axum::Router::new().fallback(move |uri: Uri, headers: HeaderMap, body: Bytes| {
        let recorded = recorded.clone();
        async move {
            let header = |name: &str| {
                headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
            };
            let parts = SignedParts {
                method: "POST",
                path_and_query: uri.path(),
                timestamp: header(signing::HEADER_TIMESTAMP).parse().unwrap_or(0),
                nonce: &header(signing::HEADER_NONCE),
                user: "",
                body: &body,
            };
            let now = chrono::Utc::now().timestamp();
            let signed = signing::verify(
                crate::helpers::SECRET.as_bytes(),
                &parts,
                &header(signing::HEADER_SIGNATURE),
                now,
            )
            .is_ok();
            recorded.lock().unwrap().push((uri.path().to_string(), signed));
            axum::Json(json!({ "forgotten": true }))
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, calls)
}

#[tokio::test]
async fn registering_and_withdrawing_tell_the_contest_room_signed() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (edge, calls) = fake_edge().await;
    let mut settings = (*farm.state.settings).clone();
    settings.edge_url = Some(edge);
    let state = algoarena_judge_farm::state::AppState {
        settings: std::sync::Arc::new(settings),
        ..farm.state.clone()
    };
    let farm = TestFarm { app: algoarena_judge_farm::app::app(state.clone()), state, ..farm };
    let (user, _) = farm.register("roomie@example.com").await;
    let root = tempfile::tempdir().unwrap();
    write_contest(root.path(), "weekly-7", chrono::Duration::days(1), "");
    contests::import::import(&farm.db, &[root.path().to_path_buf()], false).await.unwrap();
    assert_eq!(contests::import::slugs(&[root.path().to_path_buf()]).unwrap(), ["weekly-7"]);

    let changed = ("/internal/contests/weekly-7/room/contest".to_string(), true);
    let register = "/internal/contests/weekly-7/register";
    assert_eq!(farm.signed("POST", register, Some(user), None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(calls.lock().unwrap().len(), 1, "told before the answer");
    assert_eq!(calls.lock().unwrap()[0], changed, "at the room's path, signed");
    let unregister = "/internal/contests/weekly-7/unregister";
    assert_eq!(farm.signed("POST", unregister, Some(user), None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(*calls.lock().unwrap(), [changed.clone(), changed.clone()]);

    // A refused registration changed nothing, so the room is not told.
    set_times(&farm, "weekly-7", "-2 hours", "-1 hour").await;
    assert_eq!(farm.signed("POST", register, Some(user), None).await.0, StatusCode::CONFLICT);
    assert_eq!(calls.lock().unwrap().len(), 2);
}
