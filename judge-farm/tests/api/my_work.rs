//! "Keep your work": drafts, bookmarks and notes through the internal API, with their bad
//! inputs (unknown problem, unknown language, a draft over the limit, anonymous callers).

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;

/// Two published problems, one unpublished, and a tag.
pub async fn small_catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, is_published, order_index)
        values ('two-sum', 'Two Sum', 'Easy', 'Add.', true, 1),
               ('coin-change', 'Coin Change', 'Medium', 'Coins.', true, 2),
               ('secret', 'Secret', 'Hard', 'Not yet.', false, 3);
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

/// A user written straight into the table (no password: these tests never log in).
pub async fn user(farm: &TestFarm, role: &str) -> Uuid {
    let name = format!("u{}", &Uuid::new_v4().simple().to_string()[..12]);
    sqlx::query_scalar("insert into users (email, username, role) values ($1, $2, $3) returning id")
        .bind(format!("{name}@example.com"))
        .bind(&name)
        .bind(role)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

fn code(status: StatusCode, body: &Value) -> (StatusCode, &str) {
    (status, body["error"]["code"].as_str().unwrap_or("<none>"))
}

async fn put(farm: &TestFarm, path: &str, user: Option<Uuid>, body: Value) -> (StatusCode, Value) {
    farm.signed("PUT", path, user, Some(&body.to_string())).await
}

#[tokio::test]
async fn a_saved_draft_comes_back_per_language_and_the_last_write_wins() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;
    let path = "/internal/problems/two-sum/drafts/python3";

    let (status, first) = put(&farm, path, Some(alice), json!({"code": "print(1)"})).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(first["language"], "python3");
    assert!(first["updated_at"].is_string());

    let (status, second) = put(&farm, path, Some(alice), json!({"code": "print(2)\n"})).await;
    assert_eq!(status, StatusCode::OK);
    assert!(second["updated_at"].as_str() >= first["updated_at"].as_str());
    put(
        &farm,
        "/internal/problems/two-sum/drafts/rust",
        Some(alice),
        json!({"code": "fn main(){}"}),
    )
    .await;

    let (status, draft) = farm.signed("GET", path, Some(alice), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(draft["code"], "print(2)\n");
    assert_eq!(draft["updated_at"], second["updated_at"]);

    let (status, list) =
        farm.signed("GET", "/internal/problems/two-sum/drafts", Some(alice), None).await;
    assert_eq!(status, StatusCode::OK);
    let languages: Vec<&str> =
        list["items"].as_array().unwrap().iter().map(|d| d["language"].as_str().unwrap()).collect();
    assert_eq!(languages, ["rust", "python3"], "newest first");

    // Someone else sees none of it.
    let bob = user(&farm, "free").await;
    let (status, body) = farm.signed("GET", path, Some(bob), None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "draft_not_found"));
    assert_eq!(farm.count("code_drafts").await, 2);
}

#[tokio::test]
async fn drafts_refuse_an_unknown_problem_an_unknown_language_a_huge_draft_and_anonymous_callers() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;

    let (status, body) =
        put(&farm, "/internal/problems/nope/drafts/python3", Some(alice), json!({"code": "x"}))
            .await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"));
    let (status, body) =
        put(&farm, "/internal/problems/secret/drafts/python3", Some(alice), json!({"code": "x"}))
            .await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"), "unpublished");

    let (status, body) =
        put(&farm, "/internal/problems/two-sum/drafts/cobol", Some(alice), json!({"code": "x"}))
            .await;
    assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, "unknown_language"));
    assert!(body["error"]["message"].as_str().unwrap().contains("python3"));

    let huge = "x".repeat(64 * 1024 + 1);
    let (status, body) =
        put(&farm, "/internal/problems/two-sum/drafts/go", Some(alice), json!({"code": huge}))
            .await;
    assert_eq!(code(status, &body), (StatusCode::PAYLOAD_TOO_LARGE, "draft_too_large"));
    assert!(body["error"]["message"].as_str().unwrap().contains("64 KiB"));

    let (status, body) =
        put(&farm, "/internal/problems/two-sum/drafts/go", Some(alice), json!({"text": "x"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    let (status, body) =
        put(&farm, "/internal/problems/two-sum/drafts/go", None, json!({"code": "x"})).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
    assert_eq!(farm.count("code_drafts").await, 0, "no refusal stored anything");
}

#[tokio::test]
async fn a_bookmark_toggles_and_the_list_pages_newest_first_with_summaries() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;
    let toggle = |slug: &'static str| {
        let farm = &farm;
        async move {
            farm.signed(
                "POST",
                &format!("/internal/problems/{slug}/bookmark"),
                Some(alice),
                Some("{}"),
            )
            .await
        }
    };
    let (status, state) = toggle("two-sum").await;
    assert_eq!((status, state["bookmarked"].as_bool()), (StatusCode::OK, Some(true)));
    let (_, state) = toggle("coin-change").await;
    assert_eq!(state["bookmarked"], true);

    let (status, page) =
        farm.signed("GET", "/internal/users/me/bookmarks?per_page=1", Some(alice), None).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["total"], 2);
    assert_eq!(page["items"][0]["problem"]["slug"], "coin-change");
    assert_eq!(page["items"][0]["problem"]["difficulty"], "Medium");
    let (_, page2) = farm
        .signed("GET", "/internal/users/me/bookmarks?per_page=1&page=2", Some(alice), None)
        .await;
    assert_eq!(page2["items"][0]["problem"]["tags"], json!(["Array"]));

    let (_, state) = toggle("two-sum").await;
    assert_eq!(state["bookmarked"], false);
    let (_, state) =
        farm.signed("GET", "/internal/problems/two-sum/bookmark", Some(alice), None).await;
    assert_eq!(state["bookmarked"], false);
    let (_, page) = farm.signed("GET", "/internal/users/me/bookmarks", Some(alice), None).await;
    assert_eq!(page["total"], 1);

    let (status, body) = toggle("nope").await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"));
    let (status, body) =
        farm.signed("GET", "/internal/users/me/bookmarks?page=0", Some(alice), None).await;
    assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
    let (status, body) = farm.signed("GET", "/internal/users/me/bookmarks", None, None).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
}

#[tokio::test]
async fn a_note_is_private_kept_and_limited_in_size() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;
    let path = "/internal/problems/two-sum/note";

    let (status, empty) = farm.signed("GET", path, Some(alice), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((empty["text"].as_str(), empty["updated_at"].is_null()), (Some(""), true));

    let text = "# Idea\n\nUse a **hash map**. <script>alert(1)</script>";
    let (status, saved) = put(&farm, path, Some(alice), json!({"text": text})).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (_, read) = farm.signed("GET", path, Some(alice), None).await;
    assert_eq!(read["text"], text, "stored as written; the page renders it safely");
    assert_eq!(read["updated_at"], saved["updated_at"]);

    let bob = user(&farm, "free").await;
    let (_, theirs) = farm.signed("GET", path, Some(bob), None).await;
    assert_eq!(theirs["text"], "");

    let (status, body) =
        put(&farm, path, Some(alice), json!({"text": "y".repeat(16 * 1024 + 1)})).await;
    assert_eq!(code(status, &body), (StatusCode::PAYLOAD_TOO_LARGE, "note_too_large"));
    let (status, body) =
        put(&farm, "/internal/problems/nope/note", Some(alice), json!({"text": "x"})).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"));
    let (status, body) = farm.signed("GET", path, None, None).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let (_, read) = farm.signed("GET", path, Some(alice), None).await;
    assert_eq!(read["text"], text, "a refused write changed nothing");
}
