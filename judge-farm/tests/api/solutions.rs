//! Community solutions through the internal API: sharing from an accepted submission only,
//! the list's pages, orders and language filter, one vote per reader kept consistent under
//! concurrent votes, the author's edits and deletion, and the problem's gates. Every refusal
//! is checked for its status and code in the one error shape.

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::my_work::{small_catalogue, user};

const LIST: &str = "/internal/problems/two-sum/solutions";

fn code(status: StatusCode, body: &Value) -> (StatusCode, &str) {
    (status, body["error"]["code"].as_str().unwrap_or("<none>"))
}

/// A submission of `slug` by `user`, written straight into the table with its verdict.
async fn submission(
    farm: &TestFarm,
    user: Uuid,
    slug: &str,
    language: &str,
    status: &str,
    kind: &str,
) -> Uuid {
    sqlx::query_scalar(
        "insert into submissions (user_id, problem_id, language, code, status, kind)
         select $1, id, $3, $4, $5, $6 from problems where slug = $2 returning id",
    )
    .bind(user)
    .bind(slug)
    .bind(language)
    .bind(format!("// {language} code by {user}\nprint(1)"))
    .bind(status)
    .bind(kind)
    .fetch_one(&farm.db)
    .await
    .unwrap()
}

async fn accepted(farm: &TestFarm, user: Uuid, language: &str) -> Uuid {
    submission(farm, user, "two-sum", language, "accepted", "submit").await
}

async fn post(farm: &TestFarm, user: Option<Uuid>, body: Value) -> (StatusCode, Value) {
    farm.signed("POST", LIST, user, Some(&body.to_string())).await
}

fn share(submission: Uuid, title: &str) -> Value {
    json!({
        "submission_id": submission,
        "title": title,
        "explanation": "## Idea\nKeep a map from value to index.\n\n<script>alert(1)</script>",
    })
}

/// Shares `user`'s new accepted `language` submission and returns the solution's id.
async fn shared(farm: &TestFarm, user: Uuid, language: &str, title: &str) -> String {
    let sub = accepted(farm, user, language).await;
    let (status, body) = post(farm, Some(user), share(sub, title)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_str().unwrap().to_string()
}

async fn vote(farm: &TestFarm, user: Uuid, id: &str, vote: &str) -> (StatusCode, Value) {
    let path = format!("{LIST}/{id}/vote");
    farm.signed("PUT", &path, Some(user), Some(&json!({ "vote": vote }).to_string())).await
}

#[tokio::test]
async fn a_solver_shares_an_accepted_submission_and_its_code_and_language_come_with_it() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;
    let sub = accepted(&farm, alice, "rust").await;

    let (status, body) = post(&farm, Some(alice), share(sub, "  One pass with a map  ")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["title"], "One pass with a map", "trimmed");
    assert_eq!(body["language"], "rust");
    assert_eq!(body["code"], format!("// rust code by {alice}\nprint(1)"));
    assert!(body["explanation"].as_str().unwrap().starts_with("## Idea"));
    assert_eq!((body["votes"].as_i64(), body["mine"].as_bool()), (Some(0), Some(true)));
    assert!(body["my_vote"].is_null());

    // The same submission twice is a conflict; another accepted one is a second solution.
    let (status, again) = post(&farm, Some(alice), share(sub, "Again")).await;
    assert_eq!(code(status, &again), (StatusCode::CONFLICT, "already_shared"));

    let id = body["id"].as_str().unwrap();
    let (status, one) = farm.signed("GET", &format!("{LIST}/{id}"), None, None).await;
    assert_eq!(status, StatusCode::OK, "{one}");
    assert_eq!((one["author"].as_str().is_some(), &one["mine"]), (true, &json!(false)));
    assert_eq!(one["code"], body["code"]);
}

#[tokio::test]
async fn sharing_refuses_non_solvers_others_work_wrong_verdicts_and_bad_bodies() {
    let farm = small_catalogue().await;
    let alice = user(&farm, "free").await;
    let bob = user(&farm, "free").await;
    let wrong = submission(&farm, bob, "two-sum", "python3", "wrong_answer", "submit").await;

    // Bob never solved it.
    let (status, body) = post(&farm, Some(bob), share(wrong, "My try")).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "not_solved"));
    assert!(body["error"]["message"].as_str().unwrap().contains("solved"), "{body}");

    // Once solved: someone else's submission, a wrong answer, a run, another problem.
    let bobs = accepted(&farm, bob, "python3").await;
    let alices = accepted(&farm, alice, "go").await;
    let run = submission(&farm, bob, "two-sum", "python3", "accepted", "run").await;
    let other = submission(&farm, bob, "coin-change", "python3", "accepted", "submit").await;
    let cases = [
        (alices, StatusCode::NOT_FOUND, "submission_not_found"),
        (Uuid::new_v4(), StatusCode::NOT_FOUND, "submission_not_found"),
        (wrong, StatusCode::UNPROCESSABLE_ENTITY, "not_accepted"),
        (run, StatusCode::UNPROCESSABLE_ENTITY, "not_accepted"),
        (other, StatusCode::UNPROCESSABLE_ENTITY, "wrong_problem"),
    ];
    for (sub, want_status, want_code) in cases {
        let (status, body) = post(&farm, Some(bob), share(sub, "Hash map")).await;
        assert_eq!(code(status, &body), (want_status, want_code), "{sub}");
    }

    // Bad bodies: title too short or long, explanation blank or over 16 KiB, no id, anonymous.
    let long = "x".repeat(16 * 1024 + 1);
    let bodies = [
        json!({"submission_id": bobs, "title": "ab", "explanation": "x"}),
        json!({"submission_id": bobs, "title": "t".repeat(121), "explanation": "x"}),
        json!({"submission_id": bobs, "title": "Fine title", "explanation": "  "}),
        json!({"submission_id": bobs, "title": "Fine title", "explanation": long}),
        json!({"title": "Fine title", "explanation": "x"}),
        json!({"submission_id": "nope", "title": "Fine title", "explanation": "x"}),
        json!({"submission_id": bobs, "title": "Fine title", "explanation": "x", "code": "x"}),
    ];
    for body in bodies {
        let (status, answer) = post(&farm, Some(bob), body.clone()).await;
        assert_eq!(code(status, &answer), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
    }
    let (status, body) = post(&farm, None, share(bobs, "Fine title")).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let (status, body) =
        farm.signed("POST", "/internal/problems/nope/solutions", Some(bob), Some("{}")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "the body is checked first: {body}");
    let nope = farm
        .signed(
            "POST",
            "/internal/problems/nope/solutions",
            Some(bob),
            Some(&share(bobs, "Fine title").to_string()),
        )
        .await;
    assert_eq!(code(nope.0, &nope.1), (StatusCode::NOT_FOUND, "problem_not_found"));
    assert_eq!(farm.count("solutions").await, 0, "no refusal stored anything");
}

#[tokio::test]
async fn the_list_pages_sorts_by_votes_or_newest_and_filters_by_language() {
    let farm = small_catalogue().await;
    let authors = [user(&farm, "free").await, user(&farm, "free").await, user(&farm, "free").await];
    let voters = [user(&farm, "free").await, user(&farm, "free").await];
    let old_go = shared(&farm, authors[0], "go", "Old Go").await;
    let mid_rust = shared(&farm, authors[1], "rust", "Mid Rust").await;
    let new_go = shared(&farm, authors[2], "go", "New Go").await;
    // Creation order is what "newest" reads; spread the times so it is unambiguous.
    sqlx::raw_sql(
        "update solutions set created_at = now() - interval '2 hours' where title = 'Old Go';
         update solutions set created_at = now() - interval '1 hour' where title = 'Mid Rust';",
    )
    .execute(&farm.db)
    .await
    .unwrap();
    vote(&farm, voters[0], &mid_rust, "up").await;
    vote(&farm, voters[1], &mid_rust, "up").await;
    vote(&farm, voters[0], &old_go, "up").await;
    vote(&farm, voters[1], &new_go, "down").await;

    let titles = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap().into())
            .collect()
    };
    let (status, page) = farm.signed("GET", LIST, Some(voters[0]), None).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(titles(&page), ["Mid Rust", "Old Go", "New Go"], "by votes by default");
    assert_eq!((page["total"].as_u64(), page["page"].as_u64()), (Some(3), Some(1)));
    assert_eq!(page["items"][0]["my_vote"], "up");
    assert_eq!(page["items"][0]["votes"], 2);
    assert!(page["items"][2]["my_vote"].is_null());
    assert!(page["items"][0].get("code").is_none(), "the list carries no code");

    let (_, page) = farm.signed("GET", &format!("{LIST}?sort=newest"), None, None).await;
    assert_eq!(titles(&page), ["New Go", "Mid Rust", "Old Go"]);
    let (_, page) = farm.signed("GET", &format!("{LIST}?language=go&sort=votes"), None, None).await;
    assert_eq!(
        (titles(&page), page["total"].as_u64()),
        (vec!["Old Go".to_string(), "New Go".to_string()], Some(2))
    );
    let (_, page) = farm.signed("GET", &format!("{LIST}?per_page=2&page=2"), None, None).await;
    assert_eq!((titles(&page), page["total"].as_u64()), (vec!["New Go".to_string()], Some(3)));
    let (_, page) = farm.signed("GET", &format!("{LIST}?page=9"), None, None).await;
    assert_eq!((page["items"].as_array().unwrap().len(), page["total"].as_u64()), (0, Some(3)));

    let bad = [
        ("sort=best", "invalid_input"),
        ("page=-1", "invalid_input"),
        ("page=0", "invalid_input"),
        ("per_page=101", "invalid_input"),
        ("language=cobol", "unknown_language"),
        ("order=votes", "invalid_input"),
    ];
    for (query, want) in bad {
        let (status, body) = farm.signed("GET", &format!("{LIST}?{query}"), None, None).await;
        assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, want), "{query}");
    }
    let (status, body) =
        farm.signed("GET", "/internal/problems/secret/solutions", None, None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"), "unpublished");
    let (status, body) =
        farm.signed("GET", &format!("{LIST}/{}", Uuid::new_v4()), None, None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "solution_not_found"));
    let (status, body) = farm.signed("GET", &format!("{LIST}/not-a-uuid"), None, None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "solution_not_found"));
    let other = format!("/internal/problems/coin-change/solutions/{old_go}");
    let (status, body) = farm.signed("GET", &other, None, None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "solution_not_found"), "wrong problem");
}

#[tokio::test]
async fn one_vote_per_reader_changeable_and_withdrawable_never_on_ones_own() {
    let farm = small_catalogue().await;
    let author = user(&farm, "free").await;
    let reader = user(&farm, "free").await;
    let id = shared(&farm, author, "python3", "Sorting").await;

    let (status, state) = vote(&farm, reader, &id, "up").await;
    assert_eq!((status, state), (StatusCode::OK, json!({"votes": 1, "my_vote": "up"})));
    let (_, state) = vote(&farm, reader, &id, "up").await;
    assert_eq!(state, json!({"votes": 1, "my_vote": "up"}), "a double vote counts once");
    let (_, state) = vote(&farm, reader, &id, "down").await;
    assert_eq!(state, json!({"votes": -1, "my_vote": "down"}), "changed in place");
    let (status, state) =
        farm.signed("DELETE", &format!("{LIST}/{id}/vote"), Some(reader), None).await;
    assert_eq!((status, state), (StatusCode::OK, json!({"votes": 0, "my_vote": null})));
    let (_, state) = farm.signed("DELETE", &format!("{LIST}/{id}/vote"), Some(reader), None).await;
    assert_eq!(state, json!({"votes": 0, "my_vote": null}), "withdrawing twice is harmless");
    assert_eq!(farm.count("solution_votes").await, 0);

    let (status, body) = vote(&farm, author, &id, "up").await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "own_solution"));
    let (status, body) = vote(&farm, reader, &id, "sideways").await;
    assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
    let path = format!("{LIST}/{id}/vote");
    let (status, body) = farm.signed("PUT", &path, None, Some(r#"{"vote":"up"}"#)).await;
    assert_eq!(code(status, &body), (StatusCode::UNAUTHORIZED, "unauthorized"));
    let (status, body) = vote(&farm, reader, &Uuid::new_v4().to_string(), "up").await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "solution_not_found"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_votes_keep_the_score_equal_to_the_sum_of_the_votes() {
    let farm = small_catalogue().await;
    let author = user(&farm, "free").await;
    let id = shared(&farm, author, "python3", "Race me").await;
    let mut voters = Vec::new();
    for _ in 0..24 {
        voters.push(user(&farm, "free").await);
    }
    // Every voter votes up, then down, then one more way, all at once with everyone else: a
    // third ends down, the rest up again.
    let farm = std::sync::Arc::new(farm);
    let mut tasks = Vec::new();
    for (i, voter) in voters.iter().copied().enumerate() {
        let farm = farm.clone();
        let id = id.clone();
        tasks.push(tokio::spawn(async move {
            for direction in ["up", "down", if i % 3 == 0 { "down" } else { "up" }] {
                let (status, body) = vote(&farm, voter, &id, direction).await;
                assert_eq!(status, StatusCode::OK, "{body}");
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let (score, sum, rows): (i32, i64, i64) = sqlx::query_as(
        "select s.votes, coalesce(sum(v.value), 0)::bigint, count(v.*)
           from solutions s left join solution_votes v on v.solution_id = s.id
          group by s.id",
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(rows, 24, "one row per voter");
    assert_eq!(i64::from(score), sum);
    assert_eq!(score, 24 - 2 * 8, "16 up, 8 down");
}

#[tokio::test]
async fn only_the_author_edits_and_the_author_or_an_admin_deletes() {
    let farm = small_catalogue().await;
    let author = user(&farm, "free").await;
    let other = user(&farm, "free").await;
    let admin = user(&farm, "admin").await;
    let id = shared(&farm, author, "python3", "First title").await;
    let one = format!("{LIST}/{id}");

    let edit = json!({"title": "Better title"}).to_string();
    let (status, body) = farm.signed("PATCH", &one, Some(other), Some(&edit)).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "not_author"));
    let (status, body) = farm.signed("PATCH", &one, Some(admin), Some(&edit)).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "not_author"), "admins do not edit");
    let (status, body) = farm.signed("PATCH", &one, Some(author), Some("{}")).await;
    assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));
    let long = json!({"explanation": "x".repeat(16 * 1024 + 1)}).to_string();
    let (status, body) = farm.signed("PATCH", &one, Some(author), Some(&long)).await;
    assert_eq!(code(status, &body), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"));

    let (status, body) = farm.signed("PATCH", &one, Some(author), Some(&edit)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["title"], "Better title");
    assert!(body["explanation"].as_str().unwrap().starts_with("## Idea"), "kept");
    let text = json!({"explanation": "Now with a proof."}).to_string();
    let (_, body) = farm.signed("PATCH", &one, Some(author), Some(&text)).await;
    assert_eq!(
        (&body["title"], &body["explanation"]),
        (&json!("Better title"), &json!("Now with a proof."))
    );
    assert_ne!(body["updated_at"], body["created_at"]);

    let (status, body) = farm.signed("DELETE", &one, Some(other), None).await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "not_author"));
    let (status, _) = farm.signed("DELETE", &one, Some(author), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, body) = farm.signed("GET", &one, None, None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "solution_not_found"));

    // An admin removes someone else's.
    let id = shared(&farm, author, "go", "Second").await;
    let (status, _) = farm.signed("DELETE", &format!("{LIST}/{id}"), Some(admin), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(farm.count("solutions").await, 0);
}

#[tokio::test]
async fn solutions_follow_the_problems_gates_premium_and_contest_visibility() {
    let farm = small_catalogue().await;
    let author = user(&farm, "premium").await;
    let id = shared(&farm, author, "python3", "Premium insight").await;
    sqlx::raw_sql("update problems set is_premium = true where slug = 'two-sum'")
        .execute(&farm.db)
        .await
        .unwrap();
    let free = user(&farm, "free").await;
    for (who, reader) in [("anonymous", None), ("free", Some(free))] {
        for path in [LIST.to_string(), format!("{LIST}/{id}")] {
            let (status, body) = farm.signed("GET", &path, reader, None).await;
            assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "premium_required"), "{who}");
        }
    }
    let (status, body) = vote(&farm, free, &id, "up").await;
    assert_eq!(code(status, &body), (StatusCode::FORBIDDEN, "premium_required"));
    let premium = user(&farm, "premium").await;
    let (status, body) = farm.signed("GET", &format!("{LIST}/{id}"), Some(premium), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // A problem in a contest that has not started is nobody's business yet.
    sqlx::raw_sql(
        "update problems set is_premium = false where slug = 'two-sum';
         insert into contests (slug, title, start_time, end_time)
           values ('soon', 'Soon', now() + interval '1 hour', now() + interval '2 hours');
         insert into contest_problems (contest_id, problem_id, order_index)
           select c.id, p.id, 0 from contests c, problems p where p.slug = 'two-sum';",
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let (status, body) = farm.signed("GET", LIST, Some(premium), None).await;
    assert_eq!(code(status, &body), (StatusCode::NOT_FOUND, "problem_not_found"));
}
