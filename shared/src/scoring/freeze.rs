//! Which submissions a board shows: the end of the contest, the moment the board is drawn
//! (a live board now, a virtual replay at an elapsed time) and the freeze.
//!
//! During a frozen period the public board stops changing: submissions inserted from the
//! freeze's start on are hidden from everyone but their author (and staff) until the freeze
//! lifts. Each participant keeps seeing their own verdicts, and their own rank among the
//! others' frozen results.

use serde::{Deserialize, Serialize};

use super::types::{ContestTime, Participant, Submission};

/// The last stretch of a contest whose results stay hidden until `lifts_at` (at or after the
/// end; staff lift it early by passing the current time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Freeze {
    pub starts_at: ContestTime,
    pub lifts_at: ContestTime,
}

/// Who is looking at the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Anyone: the frozen board.
    Public,
    /// A participant: the frozen board plus all of their own submissions.
    Participant(Participant),
    /// Staff: everything, frozen or not.
    Staff,
}

/// Whether a board drawn at `now` for `viewer` counts `submission`.
///
/// A submission counts when it was inserted before the contest's end (`duration`; judged
/// later is fine), by `now` (a replay at an elapsed time sees only what had been sent by
/// then), and is not hidden from the viewer by an active freeze.
pub fn shows(
    submission: &Submission,
    duration: ContestTime,
    freeze: Option<Freeze>,
    now: ContestTime,
    viewer: Viewer,
) -> bool {
    let at = submission.inserted_at;
    if at >= duration || at > now {
        return false;
    }
    match freeze {
        Some(freeze) if now >= freeze.starts_at && now < freeze.lifts_at => {
            at < freeze.starts_at
                || match viewer {
                    Viewer::Public => false,
                    Viewer::Participant(me) => submission.participant == me,
                    Viewer::Staff => true,
                }
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::ids::UserId;
    use crate::scoring::types::{Points, ProblemIndex};
    use crate::verdict::Status;

    const END: ContestTime = ContestTime(90 * 60);
    const FREEZE: Freeze =
        Freeze { starts_at: ContestTime(60 * 60), lifts_at: ContestTime(120 * 60) };

    fn by(user: u128, at: u32) -> Submission {
        Submission {
            participant: Participant::live(UserId(Uuid::from_u128(user))),
            problem: ProblemIndex(0),
            inserted_at: ContestTime(at),
            status: Status::Accepted,
            score: Points(0),
        }
    }

    #[test]
    fn a_submission_inserted_at_or_after_the_end_never_counts() {
        for viewer in [Viewer::Public, Viewer::Staff] {
            assert!(shows(&by(1, END.0 - 1), END, None, ContestTime(10_000), viewer));
            assert!(!shows(&by(1, END.0), END, None, ContestTime(10_000), viewer));
            assert!(!shows(&by(1, END.0 + 1), END, None, ContestTime(10_000), viewer));
        }
    }

    #[test]
    fn a_board_drawn_at_an_elapsed_time_sees_only_what_was_sent_by_then() {
        assert!(shows(&by(1, 600), END, None, ContestTime(600), Viewer::Public));
        assert!(!shows(&by(1, 601), END, None, ContestTime(600), Viewer::Public));
    }

    #[test]
    fn while_frozen_the_public_sees_nothing_new_but_the_author_sees_their_own() {
        let now = ContestTime(80 * 60);
        let before = by(1, FREEZE.starts_at.0 - 1);
        let during = by(1, FREEZE.starts_at.0);
        let me = Viewer::Participant(before.participant);
        let other = Viewer::Participant(Participant::live(UserId(Uuid::from_u128(2))));
        assert!(shows(&before, END, Some(FREEZE), now, Viewer::Public));
        assert!(!shows(&during, END, Some(FREEZE), now, Viewer::Public));
        assert!(!shows(&during, END, Some(FREEZE), now, other));
        assert!(shows(&during, END, Some(FREEZE), now, me));
        assert!(shows(&during, END, Some(FREEZE), now, Viewer::Staff));
        // The same user's virtual entry is another participant.
        let virtual_me = Viewer::Participant(Participant::virtual_(before.participant.user));
        assert!(!shows(&during, END, Some(FREEZE), now, virtual_me));
    }

    #[test]
    fn once_the_freeze_lifts_everyone_sees_everything_sent_before_the_end() {
        let during = by(1, FREEZE.starts_at.0 + 5);
        assert!(!shows(
            &during,
            END,
            Some(FREEZE),
            ContestTime(FREEZE.lifts_at.0 - 1),
            Viewer::Public
        ));
        assert!(shows(&during, END, Some(FREEZE), FREEZE.lifts_at, Viewer::Public));
    }
}
