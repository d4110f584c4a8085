//! Queries of the contest tables (`contests`, `contest_problems`, `contest_setters`,
//! `contest_registrations`), one module per job. Which problems a user may see is
//! `problem_visible()` in SQL (migration 0020), applied by `crate::db::problems` and `reads`.

pub mod board;
mod names;
pub mod packages;
pub mod ratings;
pub mod reads;
pub mod registrations;
pub mod results;
pub mod staff;
pub mod starts;
pub mod virtual_runs;
