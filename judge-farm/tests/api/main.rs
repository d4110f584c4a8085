//! API tests of the judge farm against real Postgres and Redis, one fresh database per test.

mod account;
mod account_security;
mod active_sessions;
mod auth;
mod avatar;
mod contest_standings;
mod contests;
mod events;
mod helpers;
mod hints_editorial;
mod import_proofs;
mod metrics;
mod my_submissions;
mod my_work;
mod password_rule;
mod practice;
mod problem_list;
mod problems;
mod profile;
mod profile_fixtures;
mod progress;
mod runs;
mod signature;
mod submission_lists;
mod submissions;
mod verdicts;
