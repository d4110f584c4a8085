//! API tests of the judge farm against real Postgres and Redis, one fresh database per test.

mod auth;
mod helpers;
mod problems;
mod signature;
mod submissions;
