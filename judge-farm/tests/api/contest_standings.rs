//! Contest standings: which submits belong to a contest (by the farm's insert time), the rows
//! recomputed in the verdict's transaction, the Redis rank set against the Postgres board and
//! `shared::scoring`, ties per format, the freeze, a rejudge, and rating finalisation against
//! `shared::rating`.

use std::time::Duration;

use algoarena_judge_farm::config::QueueSettings;
use algoarena_judge_farm::contests::live;
use algoarena_judge_farm::contests::rating::{self, Finalised};
use algoarena_judge_farm::contests::room::{self, Live};
use algoarena_judge_farm::db::standings::{self as rows_db, ContestVerdict};
use algoarena_judge_farm::db::submissions::{self, Claim};
use algoarena_judge_farm::model::{Score, Status, SubmissionId, SubmissionKind, Verdict};
use algoarena_shared::api::FailedTest;
use algoarena_shared::language::Language;
use algoarena_shared::rating::{rate, EloMmr, PlayerState, Standing};
use algoarena_shared::scoring::{self, ContestTime, Viewer};
use axum::http::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{repo_root, TestFarm};

const A_PLUS_B: &str = "a, b = map(int, input().split())\nprint(a + b)\n";

pub(crate) async fn import_two_problems(farm: &TestFarm) {
    let problems = repo_root().join("problems");
    algoarena_judge_farm::import::import(
        &farm.db,
        &[problems.join("a-plus-b"), problems.join("reverse-words")],
    )
    .await
    .unwrap();
}

/// A contest of a-plus-b (A, 3 points) and reverse-words (B, 5 points) that started
/// `started_minutes_ago` and lasts 90 minutes, optionally frozen from minute `freeze.0` to
/// `freeze.1`.
pub(crate) async fn contest(
    farm: &TestFarm,
    slug: &str,
    format: &str,
    rated: bool,
    started_minutes_ago: i32,
    freeze: Option<(i32, i32)>,
) -> Uuid {
    let id = sqlx::query_scalar!(
        "insert into contests (slug, title, start_time, end_time, type, is_rated, format,
                               freeze_starts_secs, freeze_lifts_secs)
         values ($1, $1, now() - make_interval(mins => $2),
                 now() - make_interval(mins => $2) + interval '90 minutes', 'weekly', $3, $4,
                 $5, $6)
         returning id",
        slug,
        started_minutes_ago,
        rated,
        format,
        freeze.map(|f| f.0 * 60),
        freeze.map(|f| f.1 * 60),
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    sqlx::query!(
        "insert into contest_problems (contest_id, problem_id, points, order_index)
         select $1, p.id, case p.slug when 'a-plus-b' then 3 else 5 end,
                case p.slug when 'a-plus-b' then 0 else 1 end
           from problems p where p.slug in ('a-plus-b', 'reverse-words')",
        id,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    id
}

pub(crate) async fn register(farm: &TestFarm, slug: &str, n: usize) -> Vec<Uuid> {
    let mut users = Vec::new();
    for i in 0..n {
        let (user, _) = farm.register(&format!("p{i}-{slug}@example.com")).await;
        let path = format!("/internal/contests/{slug}/register");
        let (status, body) = farm.signed("POST", &path, Some(user), Some("{}")).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
        users.push(user);
    }
    users
}

pub(crate) async fn problem_id(farm: &TestFarm, letter: usize) -> Uuid {
    let slug = ["a-plus-b", "reverse-words"][letter];
    sqlx::query_scalar!("select id from problems where slug = $1", slug)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

/// A contest submit by `user` to problem `letter` (0 = A), stored through the submit path's
/// insert and then dated `minute` minutes (and `second` seconds) into the contest.
pub(crate) async fn submit_at(
    farm: &TestFarm,
    contest: Uuid,
    user: Uuid,
    letter: usize,
    minute: i32,
    second: i32,
) -> SubmissionId {
    let problem = problem_id(farm, letter).await;
    let (id, _) = submissions::insert_entry(
        &farm.db,
        user,
        problem,
        Language::Python3,
        "print(1)",
        &SubmissionKind::Submit,
        None,
    )
    .await
    .unwrap()
    .unwrap();
    let start = sqlx::query_scalar!("select start_time from contests where id = $1", contest)
        .fetch_one(&farm.db)
        .await
        .unwrap();
    let at = start + chrono::Duration::seconds(i64::from(minute * 60 + second));
    sqlx::query!(
        "update submissions set created_at = $2 where id = $1 and contest_id = $3",
        id as SubmissionId,
        at,
        contest,
    )
    .execute(&farm.db)
    .await
    .unwrap();
    id
}

/// Judges `id` through the worker's verdict commit, then does what the worker does after it
/// (the rank set and the room push). Returns the contest participant it touched.
pub(crate) async fn judge(farm: &TestFarm, id: SubmissionId, status: Status, score: Option<f64>) {
    let Claim::Claimed(job) =
        submissions::claim(&farm.db, id, "test", Duration::from_secs(30)).await.unwrap()
    else {
        panic!("the submission is claimed");
    };
    let verdict = Verdict {
        status,
        passed: if status == Status::Accepted { 3 } else { 1 },
        total: 3,
        failed_test: (status == Status::WrongAnswer).then(|| FailedTest {
            number: 2,
            input: "1 2".into(),
            expected: "3".into(),
            actual: "4".into(),
            stdout: String::new(),
            conversation: false,
        }),
        ..Verdict::before_tests(3)
    };
    let score = score.map(|score| Score { score, max_score: 100.0 });
    let stored = submissions::finish_scored(&farm.db, &job, &verdict, score.as_ref())
        .await
        .unwrap()
        .expect("stored");
    let contest: ContestVerdict = stored.contest.expect("a contest submission");
    room::after_verdict(&Live::from_state(&farm.state), contest).await.unwrap();
}

async fn leaderboard(farm: &TestFarm, slug: &str, page: u32, per_page: u32) -> Value {
    let path = format!("/internal/contests/{slug}/leaderboard?page={page}&per_page={per_page}");
    let (status, body) = farm.signed("GET", &path, None, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn my_rank(farm: &TestFarm, slug: &str, user: Uuid) -> Value {
    let path = format!("/internal/contests/{slug}/my-rank");
    let (status, body) = farm.signed("GET", &path, Some(user), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

pub(crate) async fn username(farm: &TestFarm, id: Uuid) -> String {
    sqlx::query_scalar!("select username from users where id = $1", id)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

/// (username, rank) of a leaderboard page.
fn ranks(page: &Value) -> Vec<(String, u64)> {
    page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["username"].as_str().unwrap().to_string(), r["rank"].as_u64().unwrap()))
        .collect()
}

#[tokio::test]
async fn a_submit_accepted_before_the_end_counts_when_judged_after_it_and_one_after_is_refused() {
    let farm =
        TestFarm::start_with_queue(QueueSettings { self_test: false, ..QueueSettings::default() })
            .await;
    import_two_problems(&farm).await;
    contest(&farm, "weekly-end", "leetcode", false, 30, None).await;
    let users = register(&farm, "weekly-end", 1).await;
    let user = users[0];
    let body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": A_PLUS_B,
                      "contest_slug": "weekly-end"})
    .to_string();
    let (status, queued) =
        farm.signed("POST", "/internal/submissions", Some(user), Some(&body)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{queued}");

    // The contest ends before the judge gets to it.
    sqlx::query!(
        "update contests set start_time = now() - interval '2 hours',
                end_time = now() - interval '1 second' where slug = 'weekly-end'"
    )
    .execute(&farm.db)
    .await
    .unwrap();
    sqlx::query!(
        "update submissions set created_at = now() - interval '2 seconds' where id::text = $1",
        queued["id"].as_str().unwrap()
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let worker = farm.spawn_worker();
    let judged = farm.wait_finished(user, queued["id"].as_str().unwrap()).await;
    assert_eq!(judged["status"], "accepted", "{judged}");
    assert_eq!(judged["runtime_ms"], Value::Null, "a contest submission shows its verdict only");
    assert_eq!(judged["test_cases_total"], Value::Null);

    // The worker recomputed the row in the verdict's transaction and moved the rank set.
    let mut page = Value::Null;
    for _ in 0..50 {
        page = leaderboard(&farm, "weekly-end", 1, 10).await;
        if page["total"] == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(ranks(&page), [(username(&farm, user).await, 1)], "{page}");
    assert_eq!(page["rows"][0]["total"]["points"], 3);

    // After the end: refused for the contest (nothing stored), fine as practice.
    let before = farm.count("submissions").await;
    let (status, refused) =
        farm.signed("POST", "/internal/submissions", Some(user), Some(&body)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["error"]["code"], "contest_ended");
    assert_eq!(farm.count("submissions").await, before);
    let practice =
        json!({"problem_slug": "a-plus-b", "language": "python3", "code": A_PLUS_B}).to_string();
    let (status, queued) =
        farm.signed("POST", "/internal/submissions", Some(user), Some(&practice)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{queued}");
    let contest_id = sqlx::query_scalar!(
        "select contest_id from submissions where id::text = $1",
        queued["id"].as_str().unwrap()
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(contest_id, None, "a practice submission");
    worker.abort();
}

#[tokio::test]
async fn a_registered_users_submit_joins_the_running_contest_and_others_are_refused_clearly() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let id = contest(&farm, "weekly-join", "icpc", false, 10, None).await;
    let users = register(&farm, "weekly-join", 1).await;
    let (outsider, _) = farm.register("outsider@example.com").await;

    let submit = |contest: Option<&str>| {
        let mut body = json!({"problem_slug": "a-plus-b", "language": "python3", "code": A_PLUS_B});
        if let Some(slug) = contest {
            body["contest_slug"] = json!(slug);
        }
        body.to_string()
    };
    let (status, mine) =
        farm.signed("POST", "/internal/submissions", Some(users[0]), Some(&submit(None))).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let joined = sqlx::query_scalar!(
        "select contest_id from submissions where id::text = $1",
        mine["id"].as_str().unwrap()
    )
    .fetch_one(&farm.db)
    .await
    .unwrap();
    assert_eq!(joined, Some(id), "registered and running: a contest submission");

    let (status, body) = farm
        .signed("POST", "/internal/submissions", Some(outsider), Some(&submit(Some("weekly-join"))))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("not_registered"))
    );
    let (status, body) = farm
        .signed("POST", "/internal/submissions", Some(users[0]), Some(&submit(Some("nope"))))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("contest_not_found"))
    );
    let (status, _) =
        farm.signed("POST", "/internal/submissions", Some(outsider), Some(&submit(None))).await;
    assert_eq!(status, StatusCode::ACCEPTED, "an outsider practises");
}

#[tokio::test]
async fn ties_share_a_rank_in_every_format() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    use Status::{Accepted as Ac, WrongAnswer as Wa};
    // (format, per user: (letter, minute, second, status, score)); users 0 and 1 tie, 2 trails.
    type Plan = Vec<Vec<(usize, i32, i32, Status, Option<f64>)>>;
    let plans: Vec<(&str, Plan)> = vec![
        (
            "leetcode",
            vec![
                vec![(0, 10, 0, Ac, None)],
                vec![(0, 3, 0, Wa, None), (0, 5, 0, Ac, None)], // 5:00 + 5 min = 10:00
                vec![(0, 20, 0, Ac, None)],
            ],
        ),
        (
            "icpc",
            vec![
                vec![(0, 10, 0, Ac, None)],
                vec![(0, 10, 59, Ac, None)], // whole minutes: 10 as well
                vec![(0, 11, 0, Ac, None)],
            ],
        ),
        (
            "ioi",
            vec![
                vec![(0, 1, 0, Wa, Some(40.0))],
                vec![(0, 80, 0, Wa, Some(40.0))], // no tie-breaker in IOI
                vec![(0, 2, 0, Wa, Some(30.0))],
            ],
        ),
    ];
    for (format, plan) in plans {
        let slug = format!("ties-{format}");
        let id = contest(&farm, &slug, format, false, 85, None).await;
        let users = register(&farm, &slug, 3).await;
        for (user, subs) in users.iter().zip(&plan) {
            for &(letter, minute, second, status, score) in subs {
                let sub = submit_at(&farm, id, *user, letter, minute, second).await;
                judge(&farm, sub, status, score).await;
            }
        }
        let page = leaderboard(&farm, &slug, 1, 10).await;
        let got: Vec<u64> = ranks(&page).iter().map(|(_, r)| *r).collect();
        assert_eq!(got, [1, 1, 3], "{format}: {page}");
        assert_eq!(ranks(&page)[2].0, username(&farm, users[2]).await, "{format}");
        let mine = my_rank(&farm, &slug, users[1]).await;
        assert_eq!(mine["row"]["rank"], 1, "{format}: {mine}");
        assert_eq!(mine["participants"], 3);
    }
}

#[tokio::test]
async fn the_frozen_board_hides_others_changes_while_each_sees_their_own() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    // ICPC, frozen from minute 60 to the end (90); now is minute 70.
    let id = contest(&farm, "frozen", "icpc", false, 70, Some((60, 90))).await;
    let users = register(&farm, "frozen", 2).await;
    let (early, late) = (users[0], users[1]);
    let sub = submit_at(&farm, id, early, 0, 10, 0).await;
    judge(&farm, sub, Status::Accepted, None).await;
    for letter in [0, 1] {
        let sub = submit_at(&farm, id, late, letter, 62 + letter as i32, 0).await;
        judge(&farm, sub, Status::Accepted, None).await;
    }
    let early_name = username(&farm, early).await;

    let page = leaderboard(&farm, "frozen", 1, 10).await;
    assert_eq!(page["frozen"], true);
    assert_eq!(ranks(&page), [(early_name.clone(), 1)], "the late solves are hidden: {page}");
    let theirs = my_rank(&farm, "frozen", late).await;
    assert_eq!(theirs["row"]["total"]["points"], 2, "they see their own verdicts: {theirs}");
    assert_eq!(theirs["row"]["rank"], 1, "and themselves ahead of the frozen board");
    let mine = my_rank(&farm, "frozen", early).await;
    assert_eq!(mine["row"]["rank"], 1, "the early one does not see the late solves: {mine}");

    // The end lifts the freeze: everything shows.
    sqlx::query!(
        "update contests set start_time = start_time - interval '30 minutes',
                end_time = end_time - interval '30 minutes' where id = $1",
        id
    )
    .execute(&farm.db)
    .await
    .unwrap();
    let page = leaderboard(&farm, "frozen", 1, 10).await;
    assert_eq!(page["frozen"], false);
    assert_eq!(ranks(&page), [(username(&farm, late).await, 1), (early_name, 2)], "{page}");
}

/// The rooms' clock looks again at the moment a board changes on its own or a room opens, so
/// a room says "frozen" from the freeze's first second, not a 5 s tick later.
#[tokio::test]
async fn the_rooms_clock_wakes_at_a_freeze_and_at_a_contest_start() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let start_of = |id: Uuid| {
        let db = farm.db.clone();
        async move {
            sqlx::query_scalar!("select start_time from contests where id = $1", id)
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    let live = Live::from_state(&farm.state);
    let mut sent = live::Sent::new();

    // Minute 10 of 90, frozen from minute 60: the next look is at minute 60, not a tick later.
    let running = contest(&farm, "clock", "icpc", false, 10, Some((60, 90))).await;
    let freeze = start_of(running).await + chrono::Duration::minutes(60);
    assert_eq!(live::tick(&live, &mut sent).await.unwrap(), Some(freeze));
    assert!(sent.contains_key(&running), "the running room got its snapshot");

    // A contest starting in three minutes opens its room before that freeze.
    let upcoming = contest(&farm, "upcoming", "icpc", false, -3, None).await;
    let opens = start_of(upcoming).await;
    assert_eq!(live::tick(&live, &mut sent).await.unwrap(), Some(opens));
    assert!(!sent.contains_key(&upcoming), "no snapshot before the start");
}

#[tokio::test]
async fn a_rejudge_moves_ranks() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let id = contest(&farm, "rejudged", "leetcode", false, 60, None).await;
    let users = register(&farm, "rejudged", 2).await;
    let first = submit_at(&farm, id, users[0], 0, 10, 0).await;
    judge(&farm, first, Status::Accepted, None).await;
    let second = submit_at(&farm, id, users[1], 0, 20, 0).await;
    judge(&farm, second, Status::WrongAnswer, None).await;
    let names = [username(&farm, users[0]).await, username(&farm, users[1]).await];
    let page = leaderboard(&farm, "rejudged", 1, 10).await;
    assert_eq!(ranks(&page), [(names[0].clone(), 1), (names[1].clone(), 2)]);

    // Problem A's tests were wrong: rejudged, the first answer fails and the second passes.
    let live = Live::from_state(&farm.state);
    assert_eq!(room::rejudge(&live, "rejudged", 'A').await.unwrap(), 2);
    let pending = leaderboard(&farm, "rejudged", 1, 10).await;
    assert_eq!(pending["rows"][0]["cells"][0]["pending"], 1, "{pending}");
    judge(&farm, first, Status::WrongAnswer, None).await;
    judge(&farm, second, Status::Accepted, None).await;
    let page = leaderboard(&farm, "rejudged", 1, 10).await;
    assert_eq!(ranks(&page), [(names[1].clone(), 1), (names[0].clone(), 2)], "{page}");
    assert_eq!(room::recompute(&live, "rejudged").await.unwrap(), 2);
    assert_eq!(leaderboard(&farm, "rejudged", 1, 10).await["rows"], page["rows"]);
}

#[tokio::test]
async fn the_redis_ranks_equal_the_postgres_board_and_shared_scoring() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let id = contest(&farm, "big", "icpc", false, 89, None).await;
    let users = register(&farm, "big", 24).await;
    let statuses = [Status::Accepted, Status::WrongAnswer, Status::CompileError, Status::Accepted];
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for _ in 0..60 {
        let user = users[next(users.len() as u64) as usize];
        // Few distinct minutes, so there are ties.
        let sub = submit_at(&farm, id, user, next(2) as usize, 5 * next(4) as i32, 0).await;
        judge(&farm, sub, statuses[next(4) as usize], None).await;
    }

    // The pages (drawn through the Redis set) ...
    let mut paged = Vec::new();
    for page in 1..=4 {
        paged.extend(ranks(&leaderboard(&farm, "big", page, 7).await));
    }
    // ... equal the board shared::scoring draws from every submission.
    let contest = rows_db::rules(&farm.db, id).await.unwrap().unwrap();
    let mut all = Vec::new();
    for user in &users {
        all.extend(rows_db::participant_submissions(&farm.db, &contest, *user).await.unwrap());
    }
    let board = scoring::board(&contest.rules, &all, ContestTime(u32::MAX), Viewer::Public);
    let mut expected = Vec::new();
    for row in &board.rows {
        expected.push((username(&farm, row.participant.user.0).await, u64::from(row.rank)));
    }
    assert!(expected.len() > 10);
    assert_eq!(paged, expected);
    for user in &users {
        let mine = my_rank(&farm, "big", *user).await;
        let row = board.rows.iter().find(|r| r.participant.user.0 == *user);
        assert_eq!(mine["row"]["rank"].as_u64(), row.map(|r| u64::from(r.rank)), "{mine}");
    }
}

#[tokio::test]
async fn finalising_applies_shared_ratings_once() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let id = contest(&farm, "rated", "leetcode", true, 80, None).await;
    let users = register(&farm, "rated", 5).await; // the last one never submits
    let plan = [(0, 5, Status::Accepted), (1, 10, Status::Accepted), (0, 30, Status::Accepted)];
    for (i, user) in users[..4].iter().enumerate() {
        for &(letter, minute, status) in &plan[..3 - i.min(3)] {
            let sub = submit_at(&farm, id, *user, letter, minute + i as i32, 0).await;
            judge(&farm, sub, status, None).await;
        }
        if i == 3 {
            let sub = submit_at(&farm, id, *user, 0, 40, 0).await;
            judge(&farm, sub, Status::WrongAnswer, None).await;
        }
    }
    let err = rating::finalise(&farm.db, "rated").await.unwrap_err();
    assert!(err.to_string().contains("has not ended"), "{err}");
    sqlx::query!(
        "update contests set start_time = start_time - interval '1 hour',
                end_time = end_time - interval '1 hour' where id = $1",
        id
    )
    .execute(&farm.db)
    .await
    .unwrap();
    // The live prediction with the final board ...
    let mut predicted = Vec::new();
    for user in &users {
        predicted.push(my_rank(&farm, "rated", *user).await["predicted_rating_change"].as_i64());
    }

    assert_eq!(rating::finalise(&farm.db, "rated").await.unwrap(), Finalised::Applied { rated: 4 });
    let contest = rows_db::rules(&farm.db, id).await.unwrap().unwrap();
    // ... and the round shared::rating gives on the same input: everyone new, ranks 1..4.
    let standings = (1..=4).map(|rank| Standing { state: PlayerState::new(), rank }).collect();
    let expected = rate(&EloMmr::default(), &rating::round_of(contest.end_time), standings);
    for (i, user) in users.iter().enumerate() {
        let stored = sqlx::query_scalar!("select rating from users where id = $1", user)
            .fetch_one(&farm.db)
            .await
            .unwrap();
        match expected.get(i) {
            Some(change) => {
                assert_eq!(i64::from(stored), change.after.display(), "user {i}");
                assert_eq!(predicted[i], Some(change.delta()), "user {i}: the prediction");
            }
            None => {
                assert_eq!(stored, 1500, "no submission: not rated");
                assert_eq!(predicted[i], None);
            }
        }
    }
    assert_eq!(farm.count("rating_history").await, 4);

    assert_eq!(rating::finalise(&farm.db, "rated").await.unwrap(), Finalised::AlreadyDone);
    assert_eq!(farm.count("rating_history").await, 4);
    let name = username(&farm, users[0]).await;
    let path = format!("/internal/users/{name}/rating-history");
    let (status, history) = farm.signed("GET", &path, None, None).await;
    assert_eq!(status, StatusCode::OK, "{history}");
    assert_eq!(history["entries"][0]["contest_slug"], "rated");
    assert_eq!(history["entries"][0]["rank"], 1);
    assert_eq!(history["rating"], expected[0].after.display());
    let again = sqlx::query_scalar!("select rating from users where id = $1", users[0])
        .fetch_one(&farm.db)
        .await
        .unwrap();
    assert_eq!(i64::from(again), expected[0].after.display(), "applied once");
}
