//! A contest participant's standings row (`contest_scores`), recomputed from their contest
//! submissions with `shared::scoring` inside the transaction that stores a verdict, so the row
//! and the verdict commit together. It lives beside `submissions` (not in `contests/`) because
//! the verdict commit calls it, and `contests` already depends on `db`.

use algoarena_shared::scoring::{
    self, Cell, ContestTime, Format, Freeze, Participant, Points, ProblemIndex, Rules, Submission,
    Total, Viewer,
};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::{PgExecutor, Postgres, Transaction};
use uuid::Uuid;

use super::Result;
use crate::model::{Status, SubmissionId};

/// A contest's scoring rules with its clock.
#[derive(Debug, Clone)]
pub struct ContestRules {
    pub id: Uuid,
    pub slug: String,
    pub start_time: DateTime<Utc>,
    pub end_time: DateTime<Utc>,
    pub rated: bool,
    pub rules: Rules,
}

impl ContestRules {
    /// Seconds since the start at `now`, clamped to the contest's time type.
    pub fn elapsed(&self, now: DateTime<Utc>) -> ContestTime {
        let secs = (now - self.start_time).num_seconds().clamp(0, i64::from(u32::MAX));
        ContestTime(secs as u32)
    }

    /// Whether the public board is frozen at `now`.
    pub fn frozen_at(&self, now: DateTime<Utc>) -> bool {
        let t = self.elapsed(now);
        self.rules.freeze.is_some_and(|f| t >= f.starts_at && t < f.lifts_at)
    }

    /// When the public board shows everything for good: the end, or the freeze's lifting.
    pub fn final_at(&self) -> DateTime<Utc> {
        let lifts = self.rules.freeze.map_or(0, |f| f.lifts_at.0);
        self.end_time.max(self.at(ContestTime(lifts)))
    }

    /// The first moment after `now` at which the public board changes on its own, with no
    /// verdict: the freeze starting or lifting, or the board becoming final. `None` once final.
    pub fn next_change_after(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let freeze =
            self.rules.freeze.into_iter().flat_map(|f| [self.at(f.starts_at), self.at(f.lifts_at)]);
        freeze.chain([self.final_at()]).filter(|&moment| moment > now).min()
    }

    /// The wall-clock moment of a contest time.
    fn at(&self, time: ContestTime) -> DateTime<Utc> {
        self.start_time + chrono::Duration::seconds(i64::from(time.0))
    }
}

/// The contest's rules: format, problem worths in contest order, length and freeze.
pub async fn rules<'e>(db: impl PgExecutor<'e>, contest_id: Uuid) -> Result<Option<ContestRules>> {
    let row = sqlx::query!(
        r#"select c.id, c.slug, c.start_time, c.end_time, c.is_rated, c.format,
                  c.freeze_starts_secs, c.freeze_lifts_secs,
                  coalesce((select array_agg(cp.points order by cp.order_index)
                              from contest_problems cp where cp.contest_id = c.id), '{}')
                    as "points!"
             from contests c where c.id = $1"#,
        contest_id,
    )
    .fetch_optional(db)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let format = match r.format.as_str() {
        "icpc" => Format::Icpc,
        "ioi" => Format::Ioi,
        _ => Format::LeetCode,
    };
    let freeze = match (r.freeze_starts_secs, r.freeze_lifts_secs) {
        (Some(s), Some(l)) => Some(Freeze {
            starts_at: ContestTime(s.max(0) as u32),
            lifts_at: ContestTime(l.max(0) as u32),
        }),
        _ => None,
    };
    let duration = (r.end_time - r.start_time).num_seconds().clamp(0, i64::from(u32::MAX)) as u32;
    Ok(Some(ContestRules {
        id: r.id,
        slug: r.slug,
        start_time: r.start_time,
        end_time: r.end_time,
        rated: r.is_rated,
        rules: Rules {
            format,
            points: r.points.iter().map(|p| Points((*p).max(0) as u64)).collect(),
            duration: ContestTime(duration),
            freeze,
        },
    }))
}

/// A participant's contest submissions as the board sees them, in insertion order.
pub async fn participant_submissions<'e>(
    db: impl PgExecutor<'e>,
    contest: &ContestRules,
    user_id: Uuid,
) -> Result<Vec<Submission>> {
    let rows = sqlx::query!(
        r#"select cp.order_index, s.status as "status: Status", s.score,
                  floor(extract(epoch from (s.created_at - $3::timestamptz)))::bigint as "secs!"
             from submissions s
             join contest_problems cp on cp.contest_id = s.contest_id
                                     and cp.problem_id = s.problem_id
            where s.contest_id = $1 and s.user_id = $2 and s.kind = 'submit'
            order by s.created_at, s.id"#,
        contest.id,
        user_id,
        contest.start_time,
    )
    .fetch_all(db)
    .await?;
    let participant = Participant::live(algoarena_shared::ids::UserId(user_id));
    Ok(rows
        .into_iter()
        .map(|r| Submission {
            participant,
            problem: ProblemIndex(r.order_index.clamp(0, i32::from(u16::MAX)) as u16),
            inserted_at: ContestTime(r.secs.clamp(0, i64::from(u32::MAX)) as u32),
            status: r.status,
            score: Points(r.score.unwrap_or(0.0).max(0.0).round() as u64),
        })
        .collect())
}

/// A participant's total and cells, as one board shows them.
pub type RowData = (Total, Vec<Cell>);

/// One participant's full and frozen rows, drawn by `shared::scoring::board` from their own
/// submissions (a row depends on nothing else). The frozen row is None when nothing of theirs
/// was inserted before the freeze.
pub fn participant_rows(rules: &Rules, subs: &[Submission]) -> (Option<RowData>, Option<RowData>) {
    let row = |now: ContestTime, viewer: Viewer| {
        scoring::board(rules, subs, now, viewer).rows.into_iter().next().map(|r| (r.total, r.cells))
    };
    let full = row(ContestTime(u32::MAX), Viewer::Staff);
    let frozen = match rules.freeze {
        // Drawn at the freeze's start by the public: what was sent before it.
        Some(freeze) => row(freeze.starts_at, Viewer::Public),
        None => full.clone(),
    };
    (full, frozen)
}

/// Which contest participant a stored verdict touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContestVerdict {
    pub contest_id: Uuid,
    pub user_id: Uuid,
    pub submission_id: Uuid,
}

/// After a verdict on `submission` was written in `tx`: if it is a contest submission,
/// recomputes its author's row. The row is locked first, so two verdicts of one participant
/// cannot interleave their recomputations.
pub async fn record_verdict(
    tx: &mut Transaction<'_, Postgres>,
    submission: SubmissionId,
) -> Result<Option<ContestVerdict>> {
    let found = sqlx::query!(
        r#"select contest_id as "contest_id!", user_id from submissions
            where id = $1 and contest_id is not null and kind = 'submit'"#,
        submission as SubmissionId,
    )
    .fetch_optional(&mut **tx)
    .await?;
    let Some(found) = found else { return Ok(None) };
    recompute(tx, found.contest_id, found.user_id).await?;
    Ok(Some(ContestVerdict {
        contest_id: found.contest_id,
        user_id: found.user_id,
        submission_id: submission.as_uuid(),
    }))
}

/// Recomputes one participant's row from their submissions (a verdict, or a rejudge).
pub async fn recompute(
    tx: &mut Transaction<'_, Postgres>,
    contest_id: Uuid,
    user_id: Uuid,
) -> Result<()> {
    sqlx::query!(
        "insert into contest_scores (contest_id, user_id) values ($1, $2) on conflict do nothing",
        contest_id,
        user_id,
    )
    .execute(&mut **tx)
    .await?;
    sqlx::query!(
        "select 1 as one from contest_scores where contest_id = $1 and user_id = $2 for update",
        contest_id,
        user_id,
    )
    .fetch_one(&mut **tx)
    .await?;
    let Some(contest) = rules(&mut **tx, contest_id).await? else { return Ok(()) };
    let subs = participant_submissions(&mut **tx, &contest, user_id).await?;
    let (full, frozen) = participant_rows(&contest.rules, &subs);
    let (total, cells) = full.unwrap_or_default();
    let solved = cells.iter().filter(|c| c.solved_at.is_some()).count() as i32;
    sqlx::query!(
        "update contest_scores set score = $3, penalty_seconds = $4, solved = $5, cells = $6,
                frozen_score = $7, frozen_penalty_seconds = $8, frozen_cells = $9
          where contest_id = $1 and user_id = $2",
        contest_id,
        user_id,
        clamp_i32(total.points.0),
        clamp_i32(total.penalty.0),
        solved,
        Json(&cells) as Json<&Vec<Cell>>,
        frozen.as_ref().map(|(t, _)| clamp_i32(t.points.0)),
        frozen.as_ref().map(|(t, _)| clamp_i32(t.penalty.0)),
        frozen.as_ref().map(|(_, c)| Json(c)) as Option<Json<&Vec<Cell>>>,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn clamp_i32(v: u64) -> i32 {
    v.min(i32::MAX as u64) as i32
}

/// Why a submit that named a contest was not accepted for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NoSuchContest,
    NotStarted,
    Ended,
    NotInContest,
    NotRegistered,
}

/// Explains a refused contest submit (asked after the refusal; only the message depends on it).
pub async fn refusal(
    db: &sqlx::PgPool,
    slug: &str,
    user_id: Uuid,
    problem_id: Uuid,
) -> Result<Refusal> {
    let row = sqlx::query!(
        r#"select now() < c.start_time as "upcoming!", now() >= c.end_time as "ended!",
                  exists (select 1 from contest_problems cp
                           where cp.contest_id = c.id and cp.problem_id = $3) as "has_problem!",
                  exists (select 1 from contest_registrations r
                           where r.contest_id = c.id and r.user_id = $2) as "registered!"
             from contests c where c.slug = $1"#,
        slug,
        user_id,
        problem_id,
    )
    .fetch_optional(db)
    .await?;
    Ok(match row {
        None => Refusal::NoSuchContest,
        Some(r) if r.ended => Refusal::Ended,
        Some(r) if r.upcoming => Refusal::NotStarted,
        Some(r) if !r.has_problem => Refusal::NotInContest,
        Some(_) => Refusal::NotRegistered,
    })
}

/// Everyone with a contest submission in the contest.
pub async fn participants<'e>(db: impl PgExecutor<'e>, contest_id: Uuid) -> Result<Vec<Uuid>> {
    Ok(sqlx::query_scalar!(
        "select distinct user_id from submissions
          where contest_id = $1 and kind = 'submit' order by user_id",
        contest_id,
    )
    .fetch_all(db)
    .await?)
}

/// A rejudge of one contest problem: its contest submissions go back to the queue with their
/// verdicts cleared (each new verdict then recomputes its author's row). Returns their ids.
pub async fn requeue_problem(
    tx: &mut Transaction<'_, Postgres>,
    contest_id: Uuid,
    order_index: i32,
) -> Result<Vec<SubmissionId>> {
    Ok(sqlx::query_scalar!(
        r#"update submissions s set status = 'queued', runtime_ms = null, memory_kb = null,
                  test_cases_passed = null, test_cases_total = null, error_message = null,
                  failed_test = null, score = null, max_score = null, judged_at = null,
                  lease_token = null, lease_expires_at = null, leased_by = null,
                  attempts = 0, enqueued_at = now()
             from contest_problems cp
            where cp.contest_id = $1 and cp.order_index = $2
              and s.contest_id = cp.contest_id and s.problem_id = cp.problem_id
              and s.kind = 'submit' and s.status not in ('queued', 'judging')
            returning s.id as "id: SubmissionId""#,
        contest_id,
        order_index,
    )
    .fetch_all(&mut **tx)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ninety_minutes(freeze: Option<(u32, u32)>) -> ContestRules {
        let start_time = "2026-12-05T10:00:00Z".parse::<DateTime<Utc>>().unwrap();
        ContestRules {
            id: Uuid::nil(),
            slug: "c".into(),
            start_time,
            end_time: start_time + chrono::Duration::minutes(90),
            rated: false,
            rules: Rules {
                format: Format::Icpc,
                points: vec![],
                duration: ContestTime(90 * 60),
                freeze: freeze.map(|(s, l)| Freeze {
                    starts_at: ContestTime(s * 60),
                    lifts_at: ContestTime(l * 60),
                }),
            },
        }
    }

    #[test]
    fn the_board_changes_on_its_own_when_the_freeze_starts_and_lifts_and_when_it_is_final() {
        let contest = ninety_minutes(Some((60, 100)));
        let minute = |m: i64| contest.start_time + chrono::Duration::minutes(m);
        assert_eq!(contest.next_change_after(minute(0)), Some(minute(60)));
        assert!(contest.frozen_at(minute(60)), "frozen from the change's very second");
        assert_eq!(
            contest.next_change_after(minute(60)),
            Some(minute(100)),
            "the lifting, after the end"
        );
        assert_eq!(contest.next_change_after(minute(100)), None);

        let unfrozen = ninety_minutes(None);
        assert_eq!(unfrozen.next_change_after(minute(5)), Some(minute(90)), "the end");
        assert_eq!(unfrozen.next_change_after(minute(90)), None);
    }
}
