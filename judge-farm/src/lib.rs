//! AlgoArena judge farm: the regional service that owns Postgres and Redis, serves the edge's
//! signed internal API, queues submissions and judges them in sandboxes.

pub mod accounts;
pub mod ai_hints;
pub mod app;
pub mod billing;
pub mod checkers;
pub mod config;
pub mod contests;
pub mod curated;
pub mod db;
pub mod difficulty;
pub mod edge_client;
pub mod error;
pub mod functions;
pub mod import;
pub mod judge;
pub mod languages;
pub mod metrics;
pub mod model;
pub mod practice;
pub mod profile;
pub mod progress;
pub mod public_profiles;
pub mod queue;
pub mod reviews;
pub mod routes;
pub mod sandbox;
pub mod solutions;
pub mod startup;
pub mod state;
pub mod worker;
