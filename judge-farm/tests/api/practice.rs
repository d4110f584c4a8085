//! The daily problem (scheduled ahead, never repeated while another is left, its streak from
//! accepted submissions made on the day) and problem sets (imported from files, listed with
//! counts, a user's progress), on a small catalogue written straight into a fresh database.

use algoarena_judge_farm::curated::daily::{schedule_ahead, today};
use algoarena_judge_farm::curated::db::daily as daily_db;
use algoarena_judge_farm::curated::set_files;
use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use uuid::Uuid;

use crate::helpers::TestFarm;

/// Four free published problems, a premium one and a draft.
async fn catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, is_published, is_premium,
                              order_index) values
          ('two-sum', 'Two Sum', 'Easy', 'Add up.', true, false, 1),
          ('reverse-words', 'Reverse Words', 'Easy', 'Reverse.', true, false, 2),
          ('maximum-subarray', 'Maximum Subarray', 'Medium', 'Largest sum.', true, false, 3),
          ('coin-change', 'Coin Change', 'Medium', 'Fewest coins.', true, false, 4),
          ('gold-only', 'Gold Only', 'Hard', 'Premium.', true, true, 5),
          ('secret-draft', 'Secret Draft', 'Easy', 'Not yet.', false, false, 6);
        insert into tags (name, slug) values ('Array', 'array');
        insert into problem_tags (problem_id, tag_id)
          select p.id, t.id from problems p, tags t where p.slug = 'two-sum';
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    farm
}

async fn daily_slug(farm: &TestFarm, day: NaiveDate) -> String {
    sqlx::query_scalar::<_, String>(
        "select p.slug from daily_problems d join problems p on p.id = d.problem_id where d.day = $1",
    )
    .bind(day)
    .fetch_one(&farm.db)
    .await
    .unwrap()
}

async fn problem_id(farm: &TestFarm, slug: &str) -> Uuid {
    sqlx::query_scalar("select id from problems where slug = $1")
        .bind(slug)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

/// An accepted submission (or run) of `slug` by `user`, made at `at`.
async fn accepted(
    farm: &TestFarm,
    user: Uuid,
    slug: &str,
    at: chrono::DateTime<chrono::Utc>,
    kind: &str,
) {
    sqlx::query(
        "insert into submissions (user_id, problem_id, kind, language, code, status, created_at)
         select $1, id, $3, 'python3', 'print(1)', 'accepted', $4 from problems where slug = $2",
    )
    .bind(user)
    .bind(slug)
    .bind(kind)
    .bind(at)
    .execute(&farm.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn the_schedule_picks_each_free_problem_once_before_any_repeats() {
    let farm = catalogue().await;
    let start = NaiveDate::from_ymd_opt(2031, 5, 1).unwrap();
    assert_eq!(schedule_ahead(&farm.db, start).await.unwrap(), 7);
    assert_eq!(schedule_ahead(&farm.db, start).await.unwrap(), 0, "a scheduled day keeps its pick");
    let mut first_four = Vec::new();
    for day in start.iter_days().take(4) {
        first_four.push(daily_slug(&farm, day).await);
    }
    first_four.sort();
    assert_eq!(first_four, ["coin-change", "maximum-subarray", "reverse-words", "two-sum"]);
    // With every problem used, the one used longest ago comes back first.
    assert_eq!(daily_slug(&farm, start + Duration::days(4)).await, daily_slug(&farm, start).await);
}

#[tokio::test]
async fn the_daily_problem_is_the_same_all_day_and_names_its_day() {
    let farm = catalogue().await;
    let day = today();
    let (status, first) =
        farm.signed("GET", &format!("/internal/problems/daily?day={day}"), None, None).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(first["date"], day.to_string());
    assert!(first.get("daily_streak").is_none(), "the shared answer has no streak: {first}");
    let (_, again) = farm.signed("GET", "/internal/problems/daily", None, None).await;
    assert_eq!(again["problem"]["slug"], first["problem"]["slug"]);
    assert_ne!(first["problem"]["slug"], "gold-only");
    assert_ne!(first["problem"]["slug"], "secret-draft");
    // Reading today also scheduled the week ahead.
    let ahead: i64 = sqlx::query_scalar("select count(*) from daily_problems where day >= $1")
        .bind(day)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(ahead, 7);
}

#[tokio::test]
async fn bad_days_and_an_empty_catalogue_are_refused_in_the_error_shape() {
    let farm = catalogue().await;
    for day in ["2026-13-01", "yesterday", "2026-02-30"] {
        let (status, body) =
            farm.signed("GET", &format!("/internal/problems/daily?day={day}"), None, None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{day}: {body}");
        assert_eq!(body["error"]["code"], "invalid_input");
        assert!(body["error"]["message"].as_str().unwrap().starts_with("day"), "{body}");
    }
    let far = today() + Duration::days(30);
    let (status, body) =
        farm.signed("GET", &format!("/internal/problems/daily?day={far}"), None, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    let empty = TestFarm::start().await;
    let (status, body) = empty.signed("GET", "/internal/problems/daily", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(body["error"]["code"], "daily_not_found");
}

#[tokio::test]
async fn solving_the_daily_problem_on_its_day_builds_the_daily_streak() {
    let farm = catalogue().await;
    let (user, _) = farm.register("daily@example.com").await;
    let today = today();
    let yesterday = today.pred_opt().unwrap();
    schedule_ahead(&farm.db, yesterday - Duration::days(1)).await.unwrap();
    let (status, body) = progress(&farm, user, today).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, serde_json::json!({"daily_streak": 0, "solved": false}));

    let noon = |day: NaiveDate| day.and_hms_opt(12, 0, 0).unwrap().and_utc();
    // Yesterday's problem solved yesterday; today's problem solved yesterday does not count for
    // today, nor does a run of it today.
    let (today_slug, yesterday_slug) =
        (daily_slug(&farm, today).await, daily_slug(&farm, yesterday).await);
    accepted(&farm, user, &yesterday_slug, noon(yesterday), "submit").await;
    accepted(&farm, user, &today_slug, noon(yesterday), "submit").await;
    accepted(&farm, user, &today_slug, chrono::Utc::now(), "run").await;
    assert_eq!(
        progress(&farm, user, today).await.1,
        serde_json::json!({"daily_streak": 1, "solved": false})
    );

    // A submission judged accepted after it was stored (the worker's path) counts too.
    sqlx::query(
        "insert into submissions (user_id, problem_id, language, code, status)
         select $1, id, 'python3', 'print(1)', 'queued' from problems where slug = $2",
    )
    .bind(user)
    .bind(&today_slug)
    .execute(&farm.db)
    .await
    .unwrap();
    sqlx::query(
        "update submissions set status = 'accepted' where user_id = $1 and status = 'queued'",
    )
    .bind(user)
    .execute(&farm.db)
    .await
    .unwrap();
    assert_eq!(
        progress(&farm, user, today).await.1,
        serde_json::json!({"daily_streak": 2, "solved": true})
    );

    // Recording again changes nothing; another user has no streak.
    let id = problem_id(&farm, &today_slug).await;
    assert!(!daily_db::record_solve(&farm.db, user, id, chrono::Utc::now()).await.unwrap());
    let (other, _) = farm.register("other-daily@example.com").await;
    let path = format!("/internal/problems/daily/progress?day={today}");
    assert_eq!(farm.signed("GET", &path, Some(other), None).await.1["daily_streak"], 0);
    let (status, body) = farm.signed("GET", &path, None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
}

async fn progress(farm: &TestFarm, user: Uuid, day: NaiveDate) -> (StatusCode, serde_json::Value) {
    farm.signed("GET", &format!("/internal/problems/daily/progress?day={day}"), Some(user), None)
        .await
}

fn write_sets(files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("algoarena-sets-{}", Uuid::new_v4().simple()));
    let sets = dir.join(set_files::FOLDER);
    std::fs::create_dir_all(&sets).unwrap();
    for (name, text) in files {
        std::fs::write(sets.join(name), text).unwrap();
    }
    dir
}

#[tokio::test]
async fn problem_sets_come_from_files_with_counts_order_and_progress() {
    let farm = catalogue().await;
    let dir = write_sets(&[
        (
            "b.toml",
            "slug = \"basics\"\ntitle = \"Basics\"\ndescription = \"Start here.\"\norder = 1\n\
             problems = [\"reverse-words\", \"two-sum\", \"secret-draft\"]\n",
        ),
        ("a.toml", "slug = \"dp\"\ntitle = \"DP\"\norder = 2\nproblems = [\"coin-change\"]\n"),
    ]);
    let files = set_files::find_files(std::slice::from_ref(&dir)).unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(set_files::import(&farm.db, &files).await.unwrap(), 2);

    let (status, sets) = farm.signed("GET", "/internal/problems/sets", None, None).await;
    assert_eq!(status, StatusCode::OK, "{sets}");
    assert_eq!(
        sets,
        serde_json::json!([
            {"slug": "basics", "title": "Basics", "description": "Start here.", "problems": 2,
             "is_premium": false},
            {"slug": "dp", "title": "DP", "description": "", "problems": 1, "is_premium": false},
        ]),
        "in the files' order; the draft is not counted"
    );
    let (status, basics) = farm.signed("GET", "/internal/problems/sets/basics", None, None).await;
    assert_eq!(status, StatusCode::OK, "{basics}");
    let slugs: Vec<&str> =
        basics["items"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["reverse-words", "two-sum"], "in the set's order");
    assert_eq!(basics["items"][1]["tags"], serde_json::json!(["Array"]));

    let (user, _) = farm.register("sets@example.com").await;
    sqlx::query(
        "insert into user_problem_state (user_id, problem_id, status)
           select $1, id, case slug when 'two-sum' then 'solved' else 'attempted' end
             from problems where slug in ('two-sum', 'coin-change')",
    )
    .bind(user)
    .execute(&farm.db)
    .await
    .unwrap();
    let (status, progress) =
        farm.signed("GET", "/internal/problems/sets/progress", Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{progress}");
    assert_eq!(progress, serde_json::json!({"sets": [{"slug": "basics", "solved": 1}]}));
    let (status, _) = farm.signed("GET", "/internal/problems/sets/progress", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A re-import replaces a set's list in place.
    let dir = write_sets(&[(
        "b.toml",
        "slug = \"basics\"\ntitle = \"Basics 2\"\nproblems = [\"two-sum\"]\n",
    )]);
    set_files::import(&farm.db, &set_files::find_files(&[dir]).unwrap()).await.unwrap();
    let (_, basics) = farm.signed("GET", "/internal/problems/sets/basics", None, None).await;
    assert_eq!(basics["title"], "Basics 2");
    assert_eq!(basics["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn unknown_sets_and_bad_set_files_are_refused() {
    let farm = catalogue().await;
    let (status, body) =
        farm.signed("GET", "/internal/problems/sets/no-such-set", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(body["error"]["code"], "set_not_found");
    assert!(body["error"]["message"].as_str().unwrap().contains("no-such-set"));

    let dir = write_sets(&[
        ("good.toml", "slug = \"good\"\ntitle = \"Good\"\nproblems = [\"two-sum\"]\n"),
        ("bad.toml", "slug = \"bad\"\ntitle = \"Bad\"\nproblems = [\"two-sum\", \"nowhere\"]\n"),
    ]);
    let err =
        set_files::import(&farm.db, &set_files::find_files(&[dir]).unwrap()).await.unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("bad.toml") && message.contains("'nowhere'"), "{message}");
    let stored: i64 =
        sqlx::query_scalar("select count(*) from problem_sets").fetch_one(&farm.db).await.unwrap();
    assert_eq!(stored, 0, "nothing of a failed batch is stored");

    let dir = write_sets(&[
        ("one.toml", "slug = \"twin\"\ntitle = \"One\"\nproblems = [\"two-sum\"]\n"),
        ("two.toml", "slug = \"twin\"\ntitle = \"Two\"\nproblems = [\"two-sum\"]\n"),
    ]);
    let err =
        set_files::import(&farm.db, &set_files::find_files(&[dir]).unwrap()).await.unwrap_err();
    assert!(format!("{err:#}").contains("another set file"), "{err:#}");
}

#[tokio::test]
async fn the_seed_set_files_name_seed_problems() {
    // Every set file in problems/sets parses and names only problems that exist there.
    let root = crate::helpers::repo_root().join("problems");
    let files = set_files::find_files(std::slice::from_ref(&root)).unwrap();
    assert!(files.len() >= 2, "{files:?}");
    for file in files {
        let set = set_files::SetFile::parse(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for slug in &set.problems {
            assert!(root.join(slug).join("problem.toml").is_file(), "{}: {slug}", file.display());
        }
    }
}
