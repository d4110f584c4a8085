#!/usr/bin/env bash
# The end-to-end stage of scripts/test.sh on its own: builds the farm, the wasm edge and the web
# app, starts the whole stack on test ports and runs the tests under tests/ through workerd (API
# and browser). Arguments, when given, are test files relative to tests/ (e.g. api/auth.test.js).
# TEST_PORT_BASE (default 18000) moves every port the stack listens on, so several checkouts can
# run this at once: farm base+80, edge base+787, OAuth mock base+99, Stripe mock base+98,
# worker metrics base+464, and the private Postgres base+432 and Redis base+379.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"
source "$here/scripts/lib/services.sh"
source "$here/scripts/lib/stack.sh"

state="$here/.local/test"
base=${TEST_PORT_BASE:-18000}
started_services=()
cleanup() {
  stop_stack "$state"
  for s in "${started_services[@]}"; do
    case $s in
      postgres) stop_postgres "$state/postgres" ;;
      redis) stop_redis "$state/redis" "$(test_redis_port)" ;;
    esac
  done
}
trap cleanup EXIT

# scripts/test.sh has installed and started everything already; run alone, this does it.
if [ -z "${ALGOARENA_DEPS_READY:-}" ]; then "$here/scripts/install-deps.sh"; fi
[ -n "${DATABASE_URL:-}" ] || started_services+=(postgres)
[ -n "${REDIS_URL:-}" ] || started_services+=(redis)
ensure_postgres "$state/postgres" "$(test_postgres_port)"
ensure_redis "$state/redis" "$(test_redis_port)"
ensure_secrets

build_all
# Short rate-limit windows and magic-link lifetime, so window boundaries and expiry are tested
# in seconds; mail goes to an outbox the tests read (the exports reach the tests, too).
export RATE_LIMIT_WINDOW_SECS=3 API_RATE_LIMIT=60 MAGIC_LINK_TTL=5 MAIL_OUTBOX_DIR="$state/outbox"
# Rated contests are finalised as soon as they end (no grace period for rejudges).
export CONTEST_FINALISE_DELAY_SECS=0
export METRICS_BIND="127.0.0.1:$((base + 464))"
# The edge's console (wrangler dev's output): the metrics test reads its edge_metric lines.
export EDGE_LOG="$state/logs/edge.log"
# The OAuth tests start oauth2-mock-server here; the edge's provider endpoints point at it.
export OAUTH_MOCK_URL="http://127.0.0.1:$((base + 99))"
# The billing tests start the local Stripe server (tests/support/stripe-server.js) here; the farm
# calls it as Stripe's API, and it delivers signed webhooks to the edge. FARM_PID_FILE lets the
# outage test stop the real farm and start it again.
export STRIPE_MOCK_URL="http://127.0.0.1:$((base + 98))" FARM_PID_FILE="$state/pids/farm.pid"
start_stack "$state" $((base + 80)) $((base + 787))
stack_log "end-to-end tests through workerd (API and browser)"
run_tests() {
  (cd "$here/tests" && BASE_URL="http://127.0.0.1:$((base + 787))" \
    ALGOARENA_PYTHON="$PYCHECK_VENV/bin/python" JWT_PRIVATE_KEY_FILE="$here/.local/secrets/jwt-private.pem" \
    PATH="$NODE22_DIR/bin:$PATH" node --test "$@")
}
if [ $# -gt 0 ]; then
  run_tests "$@"
else
  (cd "$here/tests" && run_tests api/*.test.js browser/*.test.js)
  # Files named *.serial.js take the shared stack down (e.g. stop the farm to test an outage),
  # so they run after the rest, one at a time.
  stack_log "tests that need the stack to themselves"
  (cd "$here/tests" && run_tests --test-concurrency=1 api/*.serial.js)
fi
