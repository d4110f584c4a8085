//! Fault injection against real Redis and Postgres and real `judge-farm worker` processes:
//! workers killed, stalled and stopped, Redis flushed and restarted, Postgres restarted, jobs
//! delivered twice or garbled. Every test ends with every submission holding exactly one final
//! verdict, counted once. Needs root (the sandbox), `redis-server` and the Postgres binaries.

#[path = "faults/farm.rs"]
mod farm;
// Shared with the soak benchmark, which uses parts these tests do not.
#[allow(dead_code)]
#[path = "faults/services.rs"]
mod services;
#[path = "faults/workers.rs"]
mod workers;

#[path = "faults/admission_tests.rs"]
mod admission_tests;
#[path = "faults/delivery_tests.rs"]
mod delivery_tests;
#[path = "faults/kill_tests.rs"]
mod kill_tests;
#[path = "faults/store_tests.rs"]
mod store_tests;
