#!/usr/bin/env bash
# Brings the whole platform up locally: installs what is missing, reuses DATABASE_URL/REDIS_URL
# when set (otherwise starts private Postgres and Redis under .local/), builds the farm, the
# wasm edge and the web app, starts farm, worker and workerd, seeds problems, prints the URL.
#   scripts/up.sh            run in the foreground; Ctrl-C stops everything
#   scripts/up.sh --detach   leave it running; scripts/down.sh stops it
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"
source "$here/scripts/lib/services.sh"
source "$here/scripts/lib/stack.sh"

state="$here/.local/dev"
edge_port=${EDGE_PORT:-8787}
farm_port=${FARM_PORT:-8080}

"$here/scripts/install-deps.sh"
ensure_postgres "$here/.local/postgres" "${PG_PORT:-54329}"
ensure_redis "$here/.local/redis" "${REDIS_PORT:-63799}"
ensure_secrets
build_all
start_stack "$state" "$farm_port" "$edge_port"

stack_log "AlgoArena is up: http://127.0.0.1:$edge_port  (logs in $state/logs)"
if [ "${1:-}" = "--detach" ]; then exit 0; fi
trap 'stop_stack "$state"; exit 0' INT TERM
stack_log "press Ctrl-C to stop"
while sleep 3600; do :; done
