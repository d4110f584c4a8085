//! API tests of the judge farm against real Postgres and Redis, one fresh database per test.

mod account;
mod account_security;
mod auth;
mod contest_standings;
mod contests;
mod events;
mod helpers;
mod metrics;
mod problem_list;
mod problems;
mod runs;
mod signature;
mod submission_lists;
mod submissions;
mod verdicts;
