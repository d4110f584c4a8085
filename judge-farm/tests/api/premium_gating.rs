//! The premium gating table on the farm (issue 14): anonymous, free, premium and expired
//! readers against a premium problem's detail, run and submit, hint tiers, the editorial, the
//! companies list, the company filter and the list's lock. Roles and expiry are written
//! straight into `users`, as billing would leave them.

use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::TestFarm;
use crate::my_work::user;

/// A free problem and a premium one, each with a free and a premium hint tier, editorials, and
/// companies.
async fn catalogue() -> TestFarm {
    let farm = TestFarm::start().await;
    sqlx::raw_sql(
        r#"
        insert into problems (slug, title, difficulty, description, is_published, is_premium,
                              order_index, editorial, editorial_is_premium) values
          ('two-sum', 'Two Sum', 'Easy', 'Add two numbers.', true, false, 1,
           'PREMIUM EDITORIAL of two-sum', true),
          ('edit-distance', 'Edit Distance', 'Hard',
           E'Turn one word into another.\n\nSECRET STATEMENT second paragraph.', true, true, 2,
           'OPEN EDITORIAL of edit-distance', false);
        insert into test_cases (problem_id, input, expected_output, is_sample, order_index)
          select id, E'1\n', E'1\n', true, 0 from problems;
        insert into problem_hints (problem_id, tier, body, is_premium)
          select id, 1, 'FREE HINT of ' || slug, false from problems
          union all
          select id, 2, 'PREMIUM HINT of ' || slug, true from problems;
        insert into companies (name, slug) values ('Acme', 'acme'), ('Globex', 'globex');
        insert into problem_companies (problem_id, company_id)
          select p.id, c.id from problems p, companies c
           where (p.slug, c.slug) in (('two-sum', 'acme'), ('edit-distance', 'acme'),
                                      ('edit-distance', 'globex'));
        "#,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    farm
}

/// The four kinds of reader; `None` is anonymous.
struct Readers {
    free: Uuid,
    premium: Uuid,
    expired: Uuid,
}

async fn readers(farm: &TestFarm) -> Readers {
    let free = user(farm, "free").await;
    let premium = user(farm, "premium").await;
    let expired = user(farm, "premium").await;
    sqlx::query("update users set plan_expires_at = now() + interval '30 days' where id = $1")
        .bind(premium)
        .execute(&farm.db)
        .await
        .unwrap();
    sqlx::query("update users set plan_expires_at = now() - interval '1 minute' where id = $1")
        .bind(expired)
        .execute(&farm.db)
        .await
        .unwrap();
    Readers { free, premium, expired }
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("<none>")
}

/// Every reader but the premium one: all are refused alike.
fn not_premium(r: &Readers) -> [(&'static str, Option<Uuid>); 3] {
    [("anonymous", None), ("free", Some(r.free)), ("expired", Some(r.expired))]
}

#[tokio::test]
async fn a_premium_problem_is_a_teaser_for_every_reader_but_a_premium_one() {
    let farm = catalogue().await;
    let r = readers(&farm).await;
    let path = "/internal/problems/edit-distance";
    for (who, reader) in not_premium(&r) {
        let (status, body) = farm.signed("GET", path, reader, None).await;
        assert_eq!((status, code(&body)), (StatusCode::FORBIDDEN, "premium_required"), "{who}");
        let teaser = &body["teaser"];
        assert_eq!(
            (&teaser["title"], &teaser["difficulty"], &teaser["is_premium"]),
            (&json!("Edit Distance"), &json!("Hard"), &json!(true)),
            "{who}: {body}"
        );
        assert_eq!(teaser["excerpt"], "Turn one word into another.", "{who}");
        for secret in ["SECRET", "samples", "Acme", "HINT", "EDITORIAL"] {
            assert!(!body.to_string().contains(secret), "{who} sees {secret}: {body}");
        }
    }
    let (status, body) = farm.signed("GET", path, Some(r.premium), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["description"].as_str().unwrap().contains("SECRET STATEMENT"));
    assert_eq!(body["companies"], json!(["Acme", "Globex"]));
    assert!(!body.to_string().contains("HINT"), "hint text only through the hints route");

    // A free problem is open to all; its companies only to the premium reader.
    for (who, reader) in not_premium(&r) {
        let (status, body) = farm.signed("GET", "/internal/problems/two-sum", reader, None).await;
        assert_eq!(status, StatusCode::OK, "{who}");
        assert!(body.get("companies").is_none(), "{who}: {body}");
    }
    let (_, body) = farm.signed("GET", "/internal/problems/two-sum", Some(r.premium), None).await;
    assert_eq!(body["companies"], json!(["Acme"]));
}

#[tokio::test]
async fn run_and_submit_of_a_premium_problem_are_refused_unless_premium_and_nothing_is_stored() {
    let farm = catalogue().await;
    let r = readers(&farm).await;
    let body = json!({"problem_slug": "edit-distance", "language": "python3", "code": "print(1)"});
    let body = body.to_string();
    for path in ["/internal/submissions", "/internal/submissions/run"] {
        let (status, refused) = farm.signed("POST", path, None, Some(&body)).await;
        assert_eq!((status, code(&refused)), (StatusCode::UNAUTHORIZED, "unauthorized"), "{path}");
        for reader in [r.free, r.expired] {
            let (status, refused) = farm.signed("POST", path, Some(reader), Some(&body)).await;
            assert_eq!(
                (status, code(&refused)),
                (StatusCode::FORBIDDEN, "premium_required"),
                "{path}: {refused}"
            );
        }
        assert_eq!(farm.count("submissions").await, 0, "{path}: a refusal stores nothing");
    }
    for path in ["/internal/submissions", "/internal/submissions/run"] {
        let (status, queued) = farm.signed("POST", path, Some(r.premium), Some(&body)).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{path}: {queued}");
    }
    // A free problem stays open to a free reader.
    let free_problem =
        json!({"problem_slug": "two-sum", "language": "python3", "code": "print(1)"}).to_string();
    let (status, queued) =
        farm.signed("POST", "/internal/submissions", Some(r.free), Some(&free_problem)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{queued}");
}

#[tokio::test]
async fn hint_tiers_and_editorials_follow_the_same_table() {
    let farm = catalogue().await;
    let r = readers(&farm).await;
    let hints = "/internal/problems/two-sum/hints";
    for reader in [r.free, r.expired] {
        let (status, list) = farm.signed("GET", hints, Some(reader), None).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        assert_eq!(list["items"][0]["body"], "FREE HINT of two-sum");
        assert_eq!(
            (&list["items"][1]["locked"], &list["items"][1]["body"]),
            (&json!(true), &Value::Null)
        );
        let (status, refused) =
            farm.signed("GET", &format!("{hints}?tier=2"), Some(reader), None).await;
        assert_eq!((status, code(&refused)), (StatusCode::FORBIDDEN, "premium_required"));
    }
    let (_, list) = farm.signed("GET", hints, Some(r.premium), None).await;
    assert_eq!(list["items"][1]["body"], "PREMIUM HINT of two-sum");
    let (status, body) = farm.signed("GET", hints, None, None).await;
    assert_eq!((status, code(&body)), (StatusCode::UNAUTHORIZED, "unauthorized"));

    // A premium problem's tiers are all premium, as its statement is; so is its editorial,
    // even one the package left open.
    for path in [
        "/internal/problems/edit-distance/hints",
        "/internal/problems/edit-distance/editorial?confirm_unsolved=true",
    ] {
        for reader in [r.free, r.expired] {
            let (status, refused) = farm.signed("GET", path, Some(reader), None).await;
            assert_eq!(
                (status, code(&refused)),
                (StatusCode::FORBIDDEN, "premium_required"),
                "{path}"
            );
            assert!(
                !refused.to_string().contains("HINT") && !refused.to_string().contains("EDITORIAL")
            );
        }
        let (status, open) = farm.signed("GET", path, Some(r.premium), None).await;
        assert_eq!(status, StatusCode::OK, "{path}: {open}");
    }

    let editorial = "/internal/problems/two-sum/editorial?confirm_unsolved=true";
    for reader in [r.free, r.expired] {
        let (status, refused) = farm.signed("GET", editorial, Some(reader), None).await;
        assert_eq!((status, code(&refused)), (StatusCode::FORBIDDEN, "premium_required"));
    }
    let (status, open) = farm.signed("GET", editorial, Some(r.premium), None).await;
    assert_eq!(
        (status, open["body"].as_str()),
        (StatusCode::OK, Some("PREMIUM EDITORIAL of two-sum"))
    );
}

#[tokio::test]
async fn companies_and_the_company_filter_are_for_premium_readers_and_the_list_shows_the_lock() {
    let farm = catalogue().await;
    let r = readers(&farm).await;
    for (who, reader) in not_premium(&r) {
        for path in ["/internal/problems/companies", "/internal/problems?companies=acme"] {
            let (status, refused) = farm.signed("GET", path, reader, None).await;
            assert_eq!(
                (status, code(&refused)),
                (StatusCode::FORBIDDEN, "premium_required"),
                "{who} {path}"
            );
        }
        // The list itself is everyone's, with the premium problem marked, and no company.
        let (status, page) = farm.signed("GET", "/internal/problems", reader, None).await;
        assert_eq!(status, StatusCode::OK);
        let locks: Vec<(&str, bool)> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["slug"].as_str().unwrap(), p["is_premium"].as_bool().unwrap()))
            .collect();
        assert_eq!(locks, [("two-sum", false), ("edit-distance", true)], "{who}");
        assert!(!page.to_string().contains("acme") && !page.to_string().contains("Acme"));
    }
    let (status, companies) =
        farm.signed("GET", "/internal/problems/companies", Some(r.premium), None).await;
    assert_eq!(status, StatusCode::OK, "{companies}");
    assert_eq!(
        companies,
        json!([{"slug": "acme", "name": "Acme", "problems": 2},
               {"slug": "globex", "name": "Globex", "problems": 1}])
    );
    let (status, page) =
        farm.signed("GET", "/internal/problems?companies=globex", Some(r.premium), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["items"][0]["slug"], "edit-distance");
    assert_eq!(page["total"], 1);
}

#[tokio::test]
async fn an_admin_reads_as_premium_and_a_plan_without_an_end_does_not_expire() {
    let farm = catalogue().await;
    let admin = user(&farm, "admin").await;
    let lifetime = user(&farm, "premium").await; // plan_expires_at stays null
    for reader in [admin, lifetime] {
        let (status, _) =
            farm.signed("GET", "/internal/problems/edit-distance", Some(reader), None).await;
        assert_eq!(status, StatusCode::OK);
    }
}
