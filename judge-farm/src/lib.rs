//! AlgoArena judge farm: the regional service that owns Postgres and Redis, serves the edge's
//! signed internal API, queues submissions and judges them in sandboxes.
