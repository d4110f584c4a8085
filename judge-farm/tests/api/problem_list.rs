//! The problem list's filters, sorts, search and paging, the tag catalogue and a user's marks,
//! on a small catalogue written straight into a fresh database.

use axum::http::StatusCode;
use serde_json::Value;
use uuid::Uuid;

use crate::helpers::TestFarm;

/// Five published problems and one unpublished, with tags, a company and a problem set.
async fn catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, is_published, is_premium,
                              order_index, acceptance_rate, created_at) values
          ('two-sum', 'Two Sum', 'Easy', 'Find two numbers that add up to the target.',
           true, false, 1, 0.5, now() - interval '5 days'),
          ('reverse-words', 'Reverse Words', 'Easy', 'Print the words in the opposite order.',
           true, false, 2, 0.7, now() - interval '4 days'),
          ('maximum-subarray', 'Maximum Subarray', 'Medium', 'Find the largest sum.',
           true, false, 3, 0.4, now() - interval '1 day'),
          ('coin-change', 'Coin Change', 'Easy', 'The fewest coins that make the amount.',
           true, true, 4, 0.9, now() - interval '3 days'),
          ('subarray-sums', 'Subarray Sums', 'Hard', 'Count the sums equal to the maximum.',
           true, false, 5, 0.2, now() - interval '2 days'),
          ('secret-draft', 'Secret Subarray Draft', 'Easy', 'Not yet.',
           false, false, 6, 0.1, now());
        insert into tags (name, slug) values ('Array', 'array'), ('String', 'string'),
          ('Dynamic Programming', 'dynamic-programming'), ('Hash Table', 'hash-table');
        insert into problem_tags (problem_id, tag_id)
          select p.id, t.id from problems p, tags t where (p.slug, t.slug) in (
            ('two-sum', 'array'), ('two-sum', 'hash-table'), ('reverse-words', 'string'),
            ('maximum-subarray', 'array'), ('maximum-subarray', 'dynamic-programming'),
            ('coin-change', 'dynamic-programming'), ('subarray-sums', 'array'),
            ('secret-draft', 'array'));
        insert into companies (name, slug) values ('Acme', 'acme');
        insert into problem_companies (problem_id, company_id)
          select p.id, c.id from problems p, companies c where p.slug = 'two-sum';
        insert into problem_sets (slug, title) values ('starter', 'Starter');
        insert into problem_set_items (set_id, problem_id, order_index)
          select s.id, p.id, p.order_index from problem_sets s, problems p
           where p.slug in ('reverse-words', 'maximum-subarray');
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    farm
}

/// The slugs and total of `/internal/problems?<query>`, asserting a 200.
async fn list(farm: &TestFarm, query: &str, user: Option<Uuid>) -> (Vec<String>, u64) {
    let (status, page) =
        farm.signed("GET", &format!("/internal/problems?{query}"), user, None).await;
    assert_eq!(status, StatusCode::OK, "{query}: {page}");
    (slugs(&page["items"]), page["total"].as_u64().unwrap())
}

fn slugs(items: &Value) -> Vec<String> {
    items.as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn each_filter_narrows_the_published_list() {
    let farm = catalogue().await;
    let (all, total) = list(&farm, "", None).await;
    assert_eq!(
        all,
        ["two-sum", "reverse-words", "maximum-subarray", "coin-change", "subarray-sums"]
    );
    assert_eq!(total, 5, "the unpublished draft is never counted");

    assert_eq!(list(&farm, "difficulty=Medium", None).await.0, ["maximum-subarray"]);
    assert_eq!(
        list(&farm, "tags=array,string", None).await.0,
        ["two-sum", "reverse-words", "maximum-subarray", "subarray-sums"],
        "any of the tags"
    );
    assert_eq!(
        list(&farm, "tags=array,dynamic-programming&tag_match=all", None).await.0,
        ["maximum-subarray"],
        "all of the tags"
    );
    assert_eq!(list(&farm, "premium=true", None).await.0, ["coin-change"]);
    assert_eq!(list(&farm, "premium=false", None).await.1, 4);
    assert_eq!(list(&farm, "set=starter", None).await.0, ["reverse-words", "maximum-subarray"]);
    assert_eq!(
        list(&farm, "difficulty=Easy&tags=array", None).await.0,
        ["two-sum"],
        "filters combine"
    );

    // Companies are a premium filter: the farm asks its own predicate about the signed caller,
    // and a claim in the query vouches for nobody.
    let (status, refused) = farm
        .signed("GET", "/internal/problems?companies=acme&viewer_premium=true", None, None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    assert_eq!(refused["error"]["code"], "premium_required");
    let premium = crate::my_work::user(&farm, "premium").await;
    assert_eq!(list(&farm, "companies=acme", Some(premium)).await.0, ["two-sum"]);
}

/// A filter naming no tag, company or set is refused with a 404 naming the value, not
/// answered with an empty list that reads as "no such problems"; known ones still combine.
#[tokio::test]
async fn unknown_tags_companies_and_sets_are_refused_by_name() {
    let farm = catalogue().await;
    let premium = crate::my_work::user(&farm, "premium").await;
    for (query, user, code, named) in [
        ("tags=array,dynamc-programming", None, "tag_not_found", "\"dynamc-programming\""),
        ("tags=nope&tag_match=all", None, "tag_not_found", "\"nope\""),
        ("companies=acme,globex", Some(premium), "company_not_found", "\"globex\""),
        ("set=no-such-set", None, "set_not_found", "\"no-such-set\""),
    ] {
        let (status, body) =
            farm.signed("GET", &format!("/internal/problems?{query}"), user, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{query}: {body}");
        assert_eq!(body["error"]["code"], code, "{query}: {body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains(named), "{query}: the message names the value: {message}");
        assert!(!message.contains("\"array\""), "{query}: a known tag is not blamed: {message}");
    }
    // A known tag with no visible problem is no mistake: an empty page.
    sqlx::query!("insert into tags (name, slug) values ('Graph', 'graph')")
        .execute(&farm.db)
        .await
        .unwrap();
    assert_eq!(list(&farm, "tags=graph", None).await, (vec![], 0));
}

#[tokio::test]
async fn every_sort_orders_the_list() {
    let farm = catalogue().await;
    for (sort, expected) in [
        (
            "number",
            ["two-sum", "reverse-words", "maximum-subarray", "coin-change", "subarray-sums"],
        ),
        ("title", ["coin-change", "maximum-subarray", "reverse-words", "subarray-sums", "two-sum"]),
        (
            "difficulty",
            ["two-sum", "reverse-words", "coin-change", "maximum-subarray", "subarray-sums"],
        ),
        (
            "acceptance",
            ["coin-change", "reverse-words", "two-sum", "maximum-subarray", "subarray-sums"],
        ),
        (
            "newest",
            ["maximum-subarray", "subarray-sums", "coin-change", "reverse-words", "two-sum"],
        ),
    ] {
        assert_eq!(list(&farm, &format!("sort={sort}"), None).await.0, expected, "{sort}");
    }
    let (status, bad) = farm.signed("GET", "/internal/problems?sort=popular", None, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    assert!(bad["error"]["message"].as_str().unwrap().starts_with("sort"), "{bad}");
}

#[tokio::test]
async fn search_finds_words_typos_and_prefixes_best_match_first() {
    let farm = catalogue().await;
    // A title word outweighs the same word in a statement; drafts stay hidden.
    assert_eq!(list(&farm, "q=maximum", None).await.0, ["maximum-subarray", "subarray-sums"]);
    // A statement-only word still finds its problem.
    assert_eq!(list(&farm, "q=target", None).await.0, ["two-sum"]);
    // Typos, by trigram similarity.
    assert_eq!(list(&farm, "q=revrse%20words", None).await.0, ["reverse-words"]);
    assert_eq!(list(&farm, "q=maximum%20subary", None).await.0[0], "maximum-subarray");
    // Prefixes: a title's start and a word's start.
    assert_eq!(list(&farm, "q=rev", None).await.0, ["reverse-words"]);
    let (found, total) = list(&farm, "q=subar&sort=number", None).await;
    assert_eq!((found, total), (vec!["maximum-subarray".into(), "subarray-sums".into()], 2));
    // Search combines with filters; tsquery syntax in the text is just text.
    assert_eq!(list(&farm, "q=subar&difficulty=Hard", None).await.0, ["subarray-sums"]);
    assert_eq!(list(&farm, "q=%21%26%7C%3A*%28", None).await.1, 0);
    assert_eq!(list(&farm, "q=zzzzqqq", None).await, (vec![], 0));
}

#[tokio::test]
async fn pages_split_the_list_and_keep_the_total() {
    let farm = catalogue().await;
    assert_eq!(
        list(&farm, "per_page=2&page=1", None).await,
        (vec!["two-sum".into(), "reverse-words".into()], 5)
    );
    assert_eq!(
        list(&farm, "per_page=2&page=2", None).await,
        (vec!["maximum-subarray".into(), "coin-change".into()], 5)
    );
    assert_eq!(list(&farm, "per_page=2&page=3", None).await, (vec!["subarray-sums".into()], 5));
    assert_eq!(list(&farm, "per_page=2&page=9", None).await, (vec![], 5), "past the end");
    assert_eq!(list(&farm, "per_page=1&page=2&tags=array", None).await.1, 3);
    let (status, _) = farm.signed("GET", "/internal/problems?per_page=101", None, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_status_filter_and_marks_follow_the_signed_in_user() {
    let farm = catalogue().await;
    let (user, _) = farm.register("lister@example.com").await;
    let (other, _) = farm.register("other@example.com").await;
    sqlx::query(
        "insert into user_problem_state (user_id, problem_id, status)
           select $1, id, case slug when 'two-sum' then 'solved' when 'maximum-subarray'
                                    then 'attempted' else 'unseen' end
             from problems where slug in ('two-sum', 'maximum-subarray', 'coin-change')",
    )
    .bind(user)
    .execute(&farm.db)
    .await
    .unwrap();

    assert_eq!(list(&farm, "status=solved", Some(user)).await.0, ["two-sum"]);
    assert_eq!(list(&farm, "status=attempted", Some(user)).await.0, ["maximum-subarray"]);
    assert_eq!(
        list(&farm, "status=todo", Some(user)).await.0,
        ["reverse-words", "coin-change", "subarray-sums"]
    );
    assert_eq!(list(&farm, "status=solved", Some(other)).await, (vec![], 0));
    let (status, anonymous) =
        farm.signed("GET", "/internal/problems?status=todo", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{anonymous}");

    let (status, marks) = farm
        .signed("GET", "/internal/problem-marks?slugs=two-sum,reverse-words", Some(user), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{marks}");
    assert_eq!(marks, serde_json::json!({"marks": [{"slug": "two-sum", "status": "solved"}]}));
    let (_, all) = farm.signed("GET", "/internal/problem-marks", Some(user), None).await;
    assert_eq!(
        all,
        serde_json::json!({"marks": [
            {"slug": "maximum-subarray", "status": "attempted"},
            {"slug": "two-sum", "status": "solved"}
        ]})
    );
    let (status, _) = farm.signed("GET", "/internal/problem-marks", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn tags_are_listed_with_their_published_problem_counts() {
    let farm = catalogue().await;
    let (status, tags) = farm.signed("GET", "/internal/problems/tags", None, None).await;
    assert_eq!(status, StatusCode::OK, "{tags}");
    assert_eq!(
        tags,
        serde_json::json!([
            {"slug": "array", "name": "Array", "problems": 3},
            {"slug": "dynamic-programming", "name": "Dynamic Programming", "problems": 2},
            {"slug": "hash-table", "name": "Hash Table", "problems": 1},
            {"slug": "string", "name": "String", "problems": 1}
        ])
    );
}
