//! Contest scoring, pure: the three formats (LeetCode, ICPC, IOI) and their tie-breaks, the
//! board with ranks and ties, the freeze, and the replay of a contest at an elapsed time for
//! virtual participants. The farm draws standings with it and the edge its live view, so both
//! always agree. Times are seconds since the start, points and penalties integers.

mod board;
mod format;
mod freeze;
mod types;

pub use board::{board, virtual_board, Board, Row, Rules};
pub use format::{Cell, Format, ICPC_REJECTION_MINUTES, LEETCODE_REJECTION};
pub use freeze::{shows, Freeze, Viewer};
pub use types::{
    ContestTime, Entry, Outcome, Participant, Penalty, Points, ProblemIndex, RankKey, Submission,
    Total,
};
