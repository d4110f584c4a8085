#!/usr/bin/env bash
# Checks the farm's compile-checked queries against the schema the migrations make: applies
# them to a scratch database, then `cargo sqlx prepare --check` fails when a query no longer
# matches the schema or the committed offline data (.sqlx/) is stale. Drops the database after.
# Usage: scripts/check-sql.sh [--write]   (--write refreshes .sqlx/ instead of checking it)
# Postgres: $PG_ADMIN_URL, else $DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

mode=(--check)
[ "${1:-}" = "--write" ] && mode=()

locked=$(grep -A1 '^name = "sqlx"$' "$here/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$locked" != "$SQLX_CLI_VERSION" ]; then
  echo "check-sql: Cargo.lock has sqlx $locked but SQLX_CLI_VERSION is $SQLX_CLI_VERSION (scripts/env.sh)" >&2
  exit 1
fi
[ -x "$SQLX_CLI_DIR/bin/cargo-sqlx" ] || "$here/scripts/install-deps.sh"
export PATH="$SQLX_CLI_DIR/bin:$PATH"

admin=${PG_ADMIN_URL:-${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}
server=${admin%%\?*}
server=${server%/*}
export DATABASE_URL="$server/sqlx_check_$$_$(date +%s)"
drop() { sqlx database drop -y --database-url "$DATABASE_URL" >/dev/null 2>&1 || true; }
trap drop EXIT

sqlx database create --database-url "$DATABASE_URL"
sqlx migrate run --source "$here/migrations" --database-url "$DATABASE_URL" >/dev/null
# prepare builds with SQLX_OFFLINE=false itself (.cargo/config.toml turns it on for builds).
(cd "$here" && cargo sqlx prepare --workspace "${mode[@]}" -- --all-targets)
