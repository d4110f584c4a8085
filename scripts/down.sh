#!/usr/bin/env bash
# Stops what scripts/up.sh started (the private Postgres and Redis too).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"
source "$here/scripts/lib/services.sh"
source "$here/scripts/lib/stack.sh"
stop_stack "$here/.local/dev"
stop_postgres "$here/.local/postgres"
stop_redis "$here/.local/redis" "${REDIS_PORT:-63799}"
