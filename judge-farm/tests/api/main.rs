//! API tests of the judge farm against real Postgres and Redis, one fresh database per test.

mod account;
mod account_security;
mod active_sessions;
mod auth;
mod contests;
mod events;
mod helpers;
mod metrics;
mod password_rule;
mod problem_list;
mod problems;
mod runs;
mod signature;
mod submission_lists;
mod submissions;
mod verdicts;
