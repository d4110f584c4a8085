//! Queries of the daily-problem tables (`daily_problems`, `daily_solves`) and the problem-set
//! tables (`problem_sets`, `problem_set_items`). Problems are read as everyone may see them
//! (`problem_visible(id, null)`): these answers are cached at the edge for everyone.

pub mod daily;
pub mod sets;

/// A problem's list fields as selected by these queries (the problem list's own row).
pub(crate) use crate::db::problems::SummaryRow;
