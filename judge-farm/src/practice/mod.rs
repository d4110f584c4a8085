//! "Keep your work" on a problem (issue 13): code drafts, bookmarks, private notes, hints and
//! the editorial behind their gates, and the user's own submission list. `db/` holds the
//! queries, `routes/` the internal API, `premium` the one premium predicate.

pub mod db;
pub mod premium;
pub mod routes;
