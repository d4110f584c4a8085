//! The caller's own submissions across problems: filters by problem, status and language,
//! paging, and the bad inputs.

use axum::http::StatusCode;
use serde_json::Value;

use crate::my_work::{small_catalogue, user};

fn code(status: StatusCode, body: &Value) -> (StatusCode, &str) {
    (status, body["error"]["code"].as_str().unwrap_or("<none>"))
}

#[tokio::test]
async fn my_submissions_filter_by_problem_status_and_language_and_leave_out_runs_and_others() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;
    let bob = user(&farm, "free").await;
    sqlx::query(
        "insert into submissions (user_id, problem_id, language, code, status, kind, created_at)
         select $1, p.id, v.language, 'x', v.status, v.kind, now() - v.age * interval '1 minute'
           from problems p, (values
             ('two-sum', 'python3', 'accepted', 'submit', 1),
             ('two-sum', 'rust', 'wrong_answer', 'submit', 2),
             ('coin-change', 'python3', 'wrong_answer', 'submit', 3),
             ('two-sum', 'python3', 'accepted', 'run', 4)
           ) as v(slug, language, status, kind, age)
          where p.slug = v.slug",
    )
    .bind(alice)
    .execute(&farm.db)
    .await
    .unwrap();
    sqlx::query(
        "insert into submissions (user_id, problem_id, language, code, status, kind)
         select $1, id, 'go', 'x', 'accepted', 'submit' from problems where slug = 'two-sum'",
    )
    .bind(bob)
    .execute(&farm.db)
    .await
    .unwrap();

    let list = |query: &'static str| {
        let farm = &farm;
        async move {
            let (status, page) = farm
                .signed(
                    "GET",
                    &format!("/internal/users/me/submissions?{query}"),
                    Some(alice),
                    None,
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{query}: {page}");
            let slugs: Vec<String> = page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| format!("{}/{}/{}", s["problem_slug"], s["language"], s["status"]))
                .map(|s| s.replace('"', ""))
                .collect();
            (slugs, page["total"].as_u64().unwrap(), page)
        }
    };
    let (all, total, page) = list("").await;
    assert_eq!(total, 3);
    assert_eq!(
        all,
        [
            "two-sum/python3/accepted",
            "two-sum/rust/wrong_answer",
            "coin-change/python3/wrong_answer"
        ]
    );
    assert_eq!(page["items"][0]["problem_title"], "Two Sum");
    assert!(page["items"][0]["id"].is_string());

    assert_eq!(list("problem=two-sum").await.1, 2);
    assert_eq!(list("status=wrong_answer").await.0.len(), 2);
    assert_eq!(
        list("language=python3&status=wrong_answer").await.0,
        ["coin-change/python3/wrong_answer"]
    );
    let (items, total, _) = list("per_page=1&page=3").await;
    assert_eq!((items.len(), total), (1, 3));
    let (items, total, _) = list("page=9").await;
    assert_eq!((items.len(), total), (0, 3), "past the end still counts");

    for (query, expected) in [
        ("status=great", (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input")),
        ("language=cobol", (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input")),
        ("page=-1", (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input")),
        ("per_page=500", (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input")),
        ("problem=nope", (StatusCode::NOT_FOUND, "problem_not_found")),
    ] {
        let (status, body) = farm
            .signed("GET", &format!("/internal/users/me/submissions?{query}"), Some(alice), None)
            .await;
        assert_eq!(code(status, &body), expected, "{query}");
    }
    let (status, body) = farm.signed("GET", "/internal/users/me/submissions", None, None).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
}
