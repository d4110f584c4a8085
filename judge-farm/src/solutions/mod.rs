//! Community solutions (issue 13, TRD §4.2): write-ups shared from an accepted submission,
//! listed by votes or newest, one vote per reader. `db/` holds the queries (`list`, `rows` for
//! one solution, `votes` for the score kept with its votes), `routes/` the internal API. A
//! solution follows its problem's gates: hidden problems are 404, premium ones premium-only
//! (`practice::premium`).

pub mod db;
pub mod routes;

pub use routes::router;
