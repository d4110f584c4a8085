//! Practice beyond the list, as a vertical slice: the daily problem (scheduled ahead, its
//! streak) and curated problem sets (defined in files, imported with the problems), with their
//! queries (`db`), the internal API (`routes`), the daily schedule (`daily`) and the import of
//! set files (`set_files`).

pub mod daily;
pub mod db;
pub mod routes;
pub mod set_files;
pub mod streak;
