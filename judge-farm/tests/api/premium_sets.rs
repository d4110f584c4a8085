//! Premium problem sets (issue 14): a set file with `premium = true` is listed with its lock
//! for everyone, and its list of problems is for premium members; anonymous, free and expired
//! readers get 403 `premium_required` with a teaser (title, description, count).

use algoarena_judge_farm::curated::set_files;
use axum::http::StatusCode;
use serde_json::json;
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::my_work::user;

/// Three free problems, a free set and a premium one, imported from files.
async fn catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, is_published, is_premium,
                              order_index) values
          ('two-sum', 'Two Sum', 'Easy', 'Add up.', true, false, 1),
          ('lru-cache', 'LRU Cache', 'Medium', 'Evict.', true, false, 2),
          ('edit-distance', 'Edit Distance', 'Hard', 'Edit.', true, false, 3);
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let dir = std::env::temp_dir().join(format!("algoarena-sets-{}", Uuid::new_v4().simple()));
    let sets = dir.join(set_files::FOLDER);
    std::fs::create_dir_all(&sets).unwrap();
    std::fs::write(
        sets.join("free.toml"),
        "slug = \"basics\"\ntitle = \"Basics\"\norder = 1\nproblems = [\"two-sum\"]\n",
    )
    .unwrap();
    std::fs::write(
        sets.join("picks.toml"),
        "slug = \"top-picks\"\ntitle = \"Top Picks\"\ndescription = \"Asked often.\"\n\
         order = 2\npremium = true\nproblems = [\"lru-cache\", \"edit-distance\", \"two-sum\"]\n",
    )
    .unwrap();
    let files = set_files::find_files(&[dir]).unwrap();
    assert_eq!(set_files::import(&farm.db, &files).await.unwrap(), 2);
    farm
}

/// A member with `role` whose plan ends `ends` from now (SQL interval; `None`: no end).
async fn member(farm: &TestFarm, role: &str, ends: Option<&str>) -> Uuid {
    let id = user(farm, role).await;
    if let Some(ends) = ends {
        sqlx::query("update users set plan_expires_at = now() + $2::interval where id = $1")
            .bind(id)
            .bind(ends)
            .execute(&farm.db)
            .await
            .unwrap();
    }
    id
}

#[tokio::test]
async fn the_list_shows_which_sets_are_premium_to_everyone() {
    let farm = catalogue().await;
    let (status, sets) = farm.signed("GET", "/internal/problems/sets", None, None).await;
    assert_eq!(status, StatusCode::OK, "{sets}");
    let flags: Vec<(&str, bool, u64)> = sets
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let slug = s["slug"].as_str().unwrap();
            (slug, s["is_premium"].as_bool().unwrap(), s["problems"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(flags, [("basics", false, 1), ("top-picks", true, 3)]);
}

#[tokio::test]
async fn a_premium_sets_list_is_a_teaser_for_every_reader_but_a_premium_one() {
    let farm = catalogue().await;
    let free = member(&farm, "free", None).await;
    let expired = member(&farm, "premium", Some("-1 minute")).await;
    let premium = member(&farm, "premium", Some("30 days")).await;
    let lifetime = member(&farm, "premium", None).await;
    let admin = member(&farm, "admin", None).await;
    let path = "/internal/problems/sets/top-picks";

    for (who, reader) in [("anonymous", None), ("free", Some(free)), ("expired", Some(expired))] {
        let (status, body) = farm.signed("GET", path, reader, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}: {body}");
        assert_eq!(body["error"]["code"], "premium_required", "{who}");
        assert!(body["error"]["message"].as_str().unwrap().contains("Top Picks"), "{who}");
        assert_eq!(
            body["teaser"],
            json!({"slug": "top-picks", "title": "Top Picks", "description": "Asked often.",
                   "problems": 3}),
            "{who}"
        );
        for secret in ["items", "lru-cache", "Edit Distance"] {
            assert!(!body.to_string().contains(secret), "{who} sees {secret}: {body}");
        }
    }
    for (who, reader) in [("premium", premium), ("lifetime", lifetime), ("admin", admin)] {
        let (status, body) = farm.signed("GET", path, Some(reader), None).await;
        assert_eq!(status, StatusCode::OK, "{who}: {body}");
        assert_eq!(body["is_premium"], true);
        let slugs: Vec<&str> =
            body["items"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect();
        assert_eq!(slugs, ["lru-cache", "edit-distance", "two-sum"], "{who}: in the set's order");
    }

    // A free set stays open to everyone.
    let (status, body) =
        farm.signed("GET", "/internal/problems/sets/basics", Some(free), None).await;
    assert_eq!((status, &body["is_premium"]), (StatusCode::OK, &json!(false)), "{body}");
}

#[tokio::test]
async fn a_re_import_can_make_a_set_free_again() {
    let farm = catalogue().await;
    let dir = std::env::temp_dir().join(format!("algoarena-sets-{}", Uuid::new_v4().simple()));
    let sets = dir.join(set_files::FOLDER);
    std::fs::create_dir_all(&sets).unwrap();
    std::fs::write(
        sets.join("picks.toml"),
        "slug = \"top-picks\"\ntitle = \"Top Picks\"\nproblems = [\"two-sum\"]\n",
    )
    .unwrap();
    set_files::import(&farm.db, &set_files::find_files(&[dir]).unwrap()).await.unwrap();
    let (status, body) = farm.signed("GET", "/internal/problems/sets/top-picks", None, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["is_premium"], false);
}
