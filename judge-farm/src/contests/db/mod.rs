//! Queries of the contest tables (`contests`, `contest_problems`, `contest_setters`), one
//! module per job. Which problems a user may see is `problem_visible()` in SQL (migration
//! 0020), applied by `crate::db::problems`.

pub mod packages;
pub mod starts;
