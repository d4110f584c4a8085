# Postgres and Redis for the scripts: reuse DATABASE_URL / REDIS_URL when set, otherwise start
# private instances from the system binaries under a data folder. Sourced, not run.
#   ensure_postgres <data dir> <port>   exports DATABASE_URL (database "algoarena") and PG_ADMIN_URL
#   ensure_redis <data dir> <port>      exports REDIS_URL

# The private instances of the test and bench scripts listen beside the stack's other ports
# (TEST_PORT_BASE, default 18000: Postgres base+432, Redis base+379), so checkouts that run
# tests at once do not meet on one port.
test_postgres_port() { echo $((${TEST_PORT_BASE:-18000} + 432)); }
test_redis_port() { echo $((${TEST_PORT_BASE:-18000} + 379)); }

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return; }; done
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1
}

# Runs a command as the postgres system user when we are root (initdb refuses to run as root).
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_postgres() {
  local data=$1 port=$2
  if [ -n "${DATABASE_URL:-}" ]; then
    export PG_ADMIN_URL="${PG_ADMIN_URL:-${DATABASE_URL%/*}/postgres}"
    return
  fi
  local bin; bin=$(pg_bin)
  local socket="$data/run"
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  if [ ! -f "$data/db/PG_VERSION" ]; then
    as_pg_owner "$bin/initdb" -D "$data/db" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_pg_owner mkdir -p "$socket"
  if ! as_pg_owner "$bin/pg_ctl" -D "$data/db" status >/dev/null 2>&1; then
    as_pg_owner "$bin/pg_ctl" -D "$data/db" -l "$data/postgres.log" -w \
      -o "-p $port -k $socket -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  fi
  export PG_ADMIN_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/algoarena"
  "$bin/psql" "$PG_ADMIN_URL" -tAc "select 1 from pg_database where datname = 'algoarena'" | grep -q 1 \
    || "$bin/psql" "$PG_ADMIN_URL" -qc "create database algoarena"
}

stop_postgres() {
  local data=$1
  [ -f "$data/db/PG_VERSION" ] || return 0
  as_pg_owner "$(pg_bin)/pg_ctl" -D "$data/db" -m fast stop >/dev/null 2>&1 || true
}

ensure_redis() {
  local data=$1 port=$2
  if [ -n "${REDIS_URL:-}" ]; then return; fi
  mkdir -p "$data"
  if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
      --dir "$data" --logfile "$data/redis.log" --pidfile "$data/redis.pid"
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  export REDIS_URL="redis://127.0.0.1:$port"
}

stop_redis() {
  local data=$1 port=$2
  [ -f "$data/redis.pid" ] && redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
}
