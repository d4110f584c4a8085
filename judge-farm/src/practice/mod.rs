//! "Keep your work" on a problem (issue 13): code drafts, bookmarks, private notes, hints and
//! the editorial behind their gates, and the user's own submission list. `db/` holds the
//! queries, `routes/` the internal API, `premium` the one premium predicate and `detail_view`
//! what each reader gets of a problem.

pub mod db;
pub mod detail_view;
pub mod premium;
pub mod routes;
