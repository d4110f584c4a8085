//! A contest after its end: ratings applied without the command line (once, with several
//! farms at it, held back while a verdict is outstanding), the result page's board with the
//! rating changes, virtual runs replayed against the real board, and the admins' rejudge.

use std::time::Duration;

use algoarena_judge_farm::contests::finalise_watch::finalise_due;
use algoarena_judge_farm::db::submissions::{self, Claim};
use algoarena_judge_farm::model::{Status, SubmissionId, SubmissionKind, Verdict};
use algoarena_shared::ids::UserId;
use algoarena_shared::language::Language;
use algoarena_shared::rating::{rate, EloMmr, PlayerState, Round, Standing};
use algoarena_shared::scoring::{
    virtual_board, ContestTime, Format, Participant, Points, ProblemIndex, Rules, Submission,
};
use axum::http::StatusCode;
use serde_json::Value;
use uuid::Uuid;

use crate::contest_standings::{
    contest, import_two_problems, judge, problem_id, register, submit_at, username,
};
use crate::helpers::TestFarm;

/// Moves a contest (and its submissions with it) `minutes` into the past.
async fn shift_back(farm: &TestFarm, id: Uuid, minutes: i32) {
    sqlx::query(
        "update contests set start_time = start_time - make_interval(mins => $2),
                end_time = end_time - make_interval(mins => $2) where id = $1",
    )
    .bind(id)
    .bind(minutes)
    .execute(&farm.db)
    .await
    .unwrap();
    sqlx::query(
        "update submissions set created_at = created_at - make_interval(mins => $2)
          where contest_id = $1",
    )
    .bind(id)
    .bind(minutes)
    .execute(&farm.db)
    .await
    .unwrap();
}

async fn rating_of(farm: &TestFarm, user: Uuid) -> i32 {
    sqlx::query_scalar("select rating from users where id = $1")
        .bind(user)
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

/// A rated contest of three players (ranks 1, 2, 3) that is still running.
async fn three_player_contest(farm: &TestFarm, slug: &str) -> (Uuid, Vec<Uuid>) {
    let id = contest(farm, slug, "leetcode", true, 80, None).await;
    let users = register(farm, slug, 3).await;
    for (i, user) in users.iter().enumerate() {
        for letter in 0..(2 - i.min(2)) {
            let sub = submit_at(farm, id, *user, letter, 10 + i as i32, 0).await;
            judge(farm, sub, Status::Accepted, None).await;
        }
        if i == 2 {
            let sub = submit_at(farm, id, *user, 0, 30, 0).await;
            judge(farm, sub, Status::WrongAnswer, None).await;
        }
    }
    (id, users)
}

#[tokio::test]
async fn an_ended_rated_contest_is_finalised_once_by_the_watch_after_its_grace_period() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (id, users) = three_player_contest(&farm, "auto").await;
    let grace = Duration::from_secs(15 * 60);

    // Running: nothing to finalise.
    assert!(finalise_due(&farm.db, Duration::ZERO).await.unwrap().is_empty());
    // Ended 10 minutes ago (the contest ran 90): still within a 15-minute grace period.
    shift_back(&farm, id, 20).await;
    assert!(finalise_due(&farm.db, grace).await.unwrap().is_empty());
    // A verdict outstanding (a rejudge in progress) holds it back whatever the grace.
    let pending = submit_pending(&farm, id, users[0]).await;
    assert!(finalise_due(&farm.db, Duration::ZERO).await.unwrap().is_empty());
    assert_eq!(rating_of(&farm, users[0]).await, 1500);
    judge(&farm, pending, Status::WrongAnswer, None).await;

    // Past the grace period: three farms look at once; the round is applied exactly once.
    shift_back(&farm, id, 10).await;
    let (a, b, c) = tokio::join!(
        finalise_due(&farm.db, grace),
        finalise_due(&farm.db, grace),
        finalise_due(&farm.db, grace)
    );
    let done: Vec<(String, usize)> = [a, b, c].into_iter().flat_map(Result::unwrap).collect();
    assert_eq!(done, vec![("auto".to_string(), 3)]);
    assert!(finalise_due(&farm.db, Duration::ZERO).await.unwrap().is_empty(), "never again");

    // The stored ratings are shared::rating's round on the final board.
    let end: chrono::DateTime<chrono::Utc> =
        sqlx::query_scalar("select end_time from contests where id = $1")
            .bind(id)
            .fetch_one(&farm.db)
            .await
            .unwrap();
    let standings = (1..=3).map(|rank| Standing { state: PlayerState::new(), rank }).collect();
    let expected = rate(&EloMmr::default(), &Round::at(end.timestamp()), standings);
    for (user, change) in users.iter().zip(&expected) {
        assert_eq!(i64::from(rating_of(&farm, *user).await), change.after.display());
    }
    assert_eq!(farm.count("rating_history").await, 3);

    // Each player's history has the contest.
    let name = username(&farm, users[2]).await;
    let (status, history) =
        farm.signed("GET", &format!("/internal/users/{name}/rating-history"), None, None).await;
    assert_eq!(status, StatusCode::OK, "{history}");
    assert_eq!(history["entries"].as_array().unwrap().len(), 1);
    assert_eq!(history["entries"][0]["rank"], 3);
    assert_eq!(history["entries"][0]["new_rating"], expected[2].after.display());
}

/// A contest submit of `user` to problem A left queued (a verdict outstanding).
async fn submit_pending(farm: &TestFarm, contest: Uuid, user: Uuid) -> SubmissionId {
    let problem = problem_id(farm, 0).await;
    let id: Uuid = sqlx::query_scalar(
        "insert into submissions (user_id, problem_id, language, code, status, kind, contest_id,
                                  created_at)
         select $1, $2, 'python3', 'print(1)', 'queued', 'submit', $3, start_time + interval '1 hour'
           from contests where id = $3 returning id",
    )
    .bind(user)
    .bind(problem)
    .bind(contest)
    .fetch_one(&farm.db)
    .await
    .unwrap();
    SubmissionId::from(id)
}

#[tokio::test]
async fn the_results_show_the_final_board_with_rating_changes_once_the_contest_is_over() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (id, users) = three_player_contest(&farm, "res").await;
    let (status, body) = farm.signed("GET", "/internal/contests/res/results", None, None).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"]["code"], "contest_not_over");

    shift_back(&farm, id, 60).await;
    let (status, before) =
        farm.signed("GET", "/internal/contests/res/results?per_page=2", None, None).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    assert_eq!(before["finalised"], false);
    assert_eq!(before["total"], 3);
    assert_eq!(before["rows"].as_array().unwrap().len(), 2, "one page of two");
    assert_eq!(before["rows"][0]["username"], username(&farm, users[0]).await);
    assert_eq!(before["rows"][0]["rank"], 1);
    assert_eq!(before["rows"][0]["total"]["points"], 8);
    assert_eq!(before["rows"][0]["old_rating"], Value::Null);
    assert_eq!(before["problems"].as_array().unwrap().len(), 2);

    finalise_due(&farm.db, Duration::ZERO).await.unwrap();
    let (status, after) =
        farm.signed("GET", "/internal/contests/res/results?page=2&per_page=2", None, None).await;
    assert_eq!(status, StatusCode::OK, "{after}");
    assert_eq!(after["finalised"], true);
    let last = &after["rows"][0];
    assert_eq!(last["username"], username(&farm, users[2]).await);
    assert_eq!(last["rank"], 3);
    assert_eq!(last["old_rating"], 1500);
    assert_eq!(last["new_rating"], i64::from(rating_of(&farm, users[2]).await));
    assert!(last["new_rating"].as_i64().unwrap() < 1500, "last place loses rating");

    let (status, _) = farm.signed("GET", "/internal/contests/nope/results", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Judges a submission through the verdict commit (a virtual one touches no standings).
async fn judge_plain(farm: &TestFarm, id: SubmissionId, status: Status) {
    let Claim::Claimed(job) =
        submissions::claim(&farm.db, id, "test", Duration::from_secs(30)).await.unwrap()
    else {
        panic!("the submission is claimed");
    };
    let verdict = Verdict {
        status,
        passed: if status == Status::Accepted { 3 } else { 1 },
        total: 3,
        ..Verdict::before_tests(3)
    };
    let stored = submissions::finish_scored(&farm.db, &job, &verdict, None).await.unwrap();
    assert!(stored.expect("stored").contest.is_none(), "a virtual submit has no contest row");
}

/// A submit of `user` for the virtual run of `slug`, dated `minute` minutes into the run.
async fn virtual_submit(
    farm: &TestFarm,
    slug: &str,
    user: Uuid,
    letter: usize,
    minute: i32,
) -> Option<SubmissionId> {
    let problem = problem_id(farm, letter).await;
    let (id, shown) = submissions::insert_entry(
        &farm.db,
        user,
        problem,
        Language::Python3,
        "print(1)",
        &SubmissionKind::Submit,
        Some(slug),
    )
    .await
    .unwrap()?;
    assert_eq!(shown.status, Status::Queued);
    sqlx::query(
        "update submissions s set created_at = v.started_at + make_interval(mins => $2)
           from virtual_runs v where s.id = $1 and v.id = s.virtual_run_id",
    )
    .bind(id.as_uuid())
    .bind(minute)
    .execute(&farm.db)
    .await
    .unwrap();
    Some(id)
}

#[tokio::test]
async fn a_virtual_run_sees_the_real_board_at_its_own_elapsed_time_and_is_not_rated() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (id, users) = three_player_contest(&farm, "virt").await;
    let (runner, _) = farm.register("runner@example.com").await;
    let path = "/internal/contests/virt/virtual";

    // Not while the contest runs.
    let (status, body) = farm.signed("POST", path, Some(runner), Some("{}")).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"]["code"], "contest_not_over");
    shift_back(&farm, id, 60).await;
    finalise_due(&farm.db, Duration::ZERO).await.unwrap();
    let ratings_before = farm.count("rating_history").await;
    let scores_before = farm.count("contest_scores").await;

    // No run yet, then one, and only one.
    let (status, body) = farm.signed("GET", path, Some(runner), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(body["error"]["code"], "virtual_run_not_found");
    let (status, run) = farm.signed("POST", path, Some(runner), Some("{}")).await;
    assert_eq!(status, StatusCode::CREATED, "{run}");
    assert_eq!(run["finished"], false);
    let (status, body) = farm.signed("POST", path, Some(runner), Some("{}")).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"]["code"], "virtual_run_exists");

    // The run is 11 minutes old.
    sqlx::query(
        "update virtual_runs set started_at = now() - interval '11 minutes',
                ends_at = now() - interval '11 minutes' + interval '90 minutes'
          where user_id = $1",
    )
    .bind(runner)
    .execute(&farm.db)
    .await
    .unwrap();
    // The runner solves A at minute 5 and B at minute 12 of their own clock; the real
    // participants solved theirs at minutes 10-11 of the contest (three_player_contest).
    let a = virtual_submit(&farm, "virt", runner, 0, 5).await.expect("taken into the run");
    judge_plain(&farm, a, Status::Accepted).await;
    let b = virtual_submit(&farm, "virt", runner, 1, 12).await.expect("taken into the run");
    judge_plain(&farm, b, Status::Accepted).await;
    // Someone without a run is refused for the past contest (nothing stored).
    let (other, _) = farm.register("other@example.com").await;
    assert!(virtual_submit(&farm, "virt", other, 0, 1).await.is_none());

    // The board replays the contest to the run's minute 11 beside the runner's own
    // submissions, as shared::scoring::virtual_board draws it.
    let (status, standing) = farm.signed("GET", path, Some(runner), None).await;
    assert_eq!(status, StatusCode::OK, "{standing}");
    assert_eq!(standing["run"]["elapsed_secs"].as_u64().unwrap() / 60, 11);
    let rows = standing["rows"].as_array().unwrap();
    let names: Vec<(String, u64, bool)> = rows
        .iter()
        .map(|r| {
            (
                r["username"].as_str().unwrap().to_string(),
                r["total"]["points"].as_u64().unwrap(),
                r["virtual_entry"].as_bool().unwrap(),
            )
        })
        .collect();

    // The oracle: the same replay from the submissions as the test itself made them.
    let rules = Rules {
        format: Format::LeetCode,
        points: vec![Points(3), Points(5)],
        duration: ContestTime::from_minutes(90),
        freeze: None,
    };
    let sub = |user: Uuid, virtual_: bool, problem: u16, minute: u32, status: Status| Submission {
        participant: if virtual_ {
            Participant::virtual_(UserId(user))
        } else {
            Participant::live(UserId(user))
        },
        problem: ProblemIndex(problem),
        inserted_at: ContestTime::from_minutes(minute),
        status,
        score: Points(0),
    };
    let original = vec![
        sub(users[0], false, 0, 10, Status::Accepted),
        sub(users[0], false, 1, 10, Status::Accepted),
        sub(users[1], false, 0, 11, Status::Accepted),
        sub(users[2], false, 0, 30, Status::WrongAnswer),
    ];
    let own =
        vec![sub(runner, true, 0, 5, Status::Accepted), sub(runner, true, 1, 12, Status::Accepted)];
    let expected = virtual_board(&rules, &original, &own, ContestTime::from_minutes(11));
    let mut expected_names = Vec::new();
    for row in &expected.rows {
        let name = username(&farm, row.participant.user.0).await;
        let virtual_ = row.participant == Participant::virtual_(UserId(runner));
        expected_names.push((name, row.total.points.0, virtual_));
    }
    assert_eq!(names, expected_names);
    // At minute 11: user 0 has 8 points; the runner 3 (their B at minute 12 is still to
    // come) ahead of user 1's 3 (A at minute 11: a later accept); user 2 nothing yet.
    assert_eq!(standing["me"]["total"]["points"], 3);
    assert_eq!(standing["me"]["rank"], 2);
    assert_eq!(standing["me"]["virtual_entry"], true);
    assert_eq!(standing["total"], 3);
    assert_eq!(names[2].0, username(&farm, users[1]).await);

    // Not rated, and the real board untouched.
    assert_eq!(farm.count("rating_history").await, ratings_before);
    assert_eq!(farm.count("contest_scores").await, scores_before);
    assert_eq!(rating_of(&farm, runner).await, 1500);
}

async fn queued(farm: &TestFarm) -> i64 {
    sqlx::query_scalar("select count(*) from submissions where status = 'queued'")
        .fetch_one(&farm.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn only_an_admin_may_rejudge_a_contest_problem_through_the_api() {
    let farm = TestFarm::start().await;
    import_two_problems(&farm).await;
    let (_, users) = three_player_contest(&farm, "rj").await;
    let path = "/internal/contests/rj/rejudge";
    let (status, body) =
        farm.signed("POST", path, Some(users[0]), Some(r#"{"problem":"A"}"#)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(queued(&farm).await, 0);

    sqlx::query("update users set role = 'admin' where id = $1")
        .bind(users[0])
        .execute(&farm.db)
        .await
        .unwrap();
    let (status, body) =
        farm.signed("POST", path, Some(users[0]), Some(r#"{"problem":"C"}"#)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) =
        farm.signed("POST", path, Some(users[0]), Some(r#"{"problem":"a"}"#)).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    assert_eq!(body["problem"], "A");
    // A was submitted three times (users 0 and 1 accepted, user 2 wrong): all queued again.
    assert_eq!(body["queued"], 3);
    assert_eq!(queued(&farm).await, 3);
    let (status, _) = farm
        .signed(
            "POST",
            "/internal/contests/nope/rejudge",
            Some(users[0]),
            Some(r#"{"problem":"A"}"#),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
