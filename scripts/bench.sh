#!/usr/bin/env bash
# The one benchmark entry point (README "Performance"). Never a test and never part of
# scripts/test.sh: it only measures, and prints each figure against a baseline measured in the
# same run. Each suite writes .local/bench/<suite>.json (or .log); all of them are gathered
# into .local/bench/summary.json with the load average and the commit.
#
#   scripts/bench.sh                 # the read path: edge and farm
#   scripts/bench.sh edge farm judge cold-start standings soak room-fanout
#
# Suites:
#   edge         cached problem read, cached list page and an authenticated read, in workerd,
#                against a bare Rust Worker (tests/bench/bare-worker) at 1, 16 and 64
#                connections, with wrk (tests/bench/edge-reads.mjs)
#   farm         internal problem read and submission poll against bare axum + sqlx
#                (judge-farm/benches/farm_reads.rs), signed as the edge signs
#   judge        sandbox overhead against bare fork+exec (root; judge-farm/benches/judge.rs)
#   cold-start   a fresh worker's first verdict, self-tests first or beside the work, against
#                no self-test (root; judge-farm/benches/cold_start.rs)
#   standings    standings update per verdict (judge-farm/benches/standings.rs)
#   soak         3000 submissions with workers killed (root; judge-farm/benches/soak.rs)
#   room-fanout  contest room pushes against a bare workerd fan-out (tests/bench/)
#
# Knobs: BENCH_CONNECTIONS [1,16,64], BENCH_DURATION [5] s per run, BENCH_ROUNDS [3],
# FARM_BENCH_PROFILE [dev: the profile of the stack's farm, so both sides of the farm
# ratio are built alike], BENCH_EDGE_BUILD [unset: a saved edge/build/ to serve instead]. Ports: TEST_PORT_BASE (default 18000) + 180 farm, + 887 edge,
# + 888 bare Worker, + 181 bare farm server, + 564 worker metrics: apart from scripts/e2e.sh's.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"
source "$here/scripts/lib/services.sh"
source "$here/scripts/lib/stack.sh"

out="$here/.local/bench"
state="$out/stack"
base=${TEST_PORT_BASE:-18000}
farm_port=$((base + 180)) edge_port=$((base + 887)) bare_port=$((base + 888))
mkdir -p "$out"
[ $# -gt 0 ] || set -- edge farm
for suite in "$@"; do
  case $suite in edge | farm | judge | standings | soak | room-fanout) ;;
    *) echo "unknown suite '$suite' (edge farm judge standings soak room-fanout)" >&2; exit 2 ;;
  esac
done
wants() { local s; for s in "${suites[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
suites=("$@")

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

if [ -z "${ALGOARENA_DEPS_READY:-}" ]; then "$here/scripts/install-deps.sh"; fi
# wrk drives the edge suite: a small C load generator that leaves the cores to workerd.
if wants edge && ! command -v wrk >/dev/null; then
  stack_log "apt-get install wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

if wants edge || wants farm; then
  [ -n "${DATABASE_URL:-}" ] || started_services+=(postgres)
  [ -n "${REDIS_URL:-}" ] || started_services+=(redis)
  ensure_postgres "$state/postgres" "$(test_postgres_port)"
  ensure_redis "$state/redis" "$(test_redis_port)"
  ensure_secrets
  build_all
  # BENCH_EDGE_BUILD: a saved edge/build/ of another commit (e.g. the one before a change),
  # served instead of the fresh build, to measure before and after on the same machine.
  if [ -n "${BENCH_EDGE_BUILD:-}" ]; then
    stack_log "serving the edge build in $BENCH_EDGE_BUILD"
    rm -rf "$here/edge/build" && cp -a "$BENCH_EDGE_BUILD" "$here/edge/build"
  fi
  # The per-user API limit stays on (the authenticated read pays its Durable Object), but high
  # enough that the bench's members never reach it.
  export API_RATE_LIMIT=100000000 METRICS_BIND="127.0.0.1:$((base + 564))"
  export MAIL_OUTBOX_DIR="$state/outbox" WORKER_SELF_TEST=false
  # Three problems are enough to read (importing all of them judges every reference solution).
  export STACK_PROBLEMS="${STACK_PROBLEMS:-$here/problems/a-plus-b $here/problems/coin-change $here/problems/two-sum}"
  start_stack "$state" "$farm_port" "$edge_port"
fi

run_suite() { # name command...: output to .local/bench/<name>.log, status remembered
  local name=$1; shift
  stack_log "suite $name"
  if "$@" 2>&1 | tee "$out/$name.log"; then echo 0 >"$out/$name.status"; else echo 1 >"$out/$name.status"; fi
}

edge_suite() {
  stack_log "building the bare Worker (tests/bench/bare-worker)"
  "$here/scripts/build-edge.sh" "$here/tests/bench/bare-worker"
  start_detached bare-worker "$state" env PATH="$NODE22_DIR/bin:$PATH" WRANGLER_SEND_METRICS=false \
    WRANGLER_SEND_ERROR_REPORTS=false CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_HIDE_BANNER=true \
    "$here/edge/node_modules/.bin/wrangler" dev --config "$here/tests/bench/bare-worker/wrangler.toml" \
    --ip 127.0.0.1 --port "$bare_port" --persist-to "$state/bare-wrangler-state" \
    --show-interactive-dev-session=false
  wait_for_url "http://127.0.0.1:$bare_port/" 90 "the bare Worker" "$state/logs/bare-worker.log"
  # start_detached runs each under setsid: its pid is the session id of wrangler and workerd.
  EDGE_URL="http://127.0.0.1:$edge_port" BARE_URL="http://127.0.0.1:$bare_port" \
    EDGE_SID=$(cat "$state/pids/edge.pid") BARE_SID=$(cat "$state/pids/bare-worker.pid") \
    JWT_PRIVATE_KEY_FILE="$here/.local/secrets/jwt-private.pem" BENCH_OUT="$out/edge.json" \
    "$NODE22_DIR/bin/node" "$here/tests/bench/edge-reads.mjs"
}

farm_suite() {
  FARM_URL="http://127.0.0.1:$farm_port" FARM_PID=$(cat "$state/pids/farm.pid") \
    BENCH_BARE_ADDR="127.0.0.1:$((base + 181))" BENCH_OUT="$out/farm.json" \
    cargo bench --quiet -p algoarena-judge-farm --bench farm_reads --profile "${FARM_BENCH_PROFILE:-dev}"
}

for suite in "${suites[@]}"; do
  rm -f "$out/$suite.json" "$out/$suite.status"
  case $suite in
    edge) run_suite edge edge_suite ;;
    farm) run_suite farm farm_suite ;;
  esac
done
# The other suites start what they need themselves: the read path's stack would only add load.
stop_stack "$state"
for suite in "${suites[@]}"; do
  case $suite in
    judge) run_suite judge cargo bench -p algoarena-judge-farm --bench judge ;;
    cold-start) BENCH_OUT="$out/cold-start.json" run_suite cold-start \
      cargo bench -p algoarena-judge-farm --bench cold_start --profile dev ;;
    standings) run_suite standings cargo bench -p algoarena-judge-farm --bench standings --profile dev ;;
    soak) run_suite soak cargo bench -p algoarena-judge-farm --bench soak --profile dev ;;
    room-fanout) run_suite room-fanout "$here/scripts/e2e.sh" bench/room-fanout.bench.js ;;
  esac
done

# One summary: each suite's JSON when it writes one, otherwise its log's last lines.
"$NODE22_DIR/bin/node" - "$out" "${suites[@]}" <<'EOF'
const fs = require('node:fs');
const { execSync } = require('node:child_process');
const [dir, ...suites] = process.argv.slice(2);
const read = (f) => (fs.existsSync(`${dir}/${f}`) ? fs.readFileSync(`${dir}/${f}`, 'utf8') : null);
const summary = {
  when: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD', { cwd: dir }).toString().trim(),
  load_average: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
  suites: {},
};
for (const s of suites) {
  const json = read(`${s}.json`);
  summary.suites[s] = {
    ok: read(`${s}.status`)?.trim() === '0',
    ...(json ? { result: JSON.parse(json) } : { log_tail: (read(`${s}.log`) ?? '').split('\n').slice(-40) }),
  };
}
fs.writeFileSync(`${dir}/summary.json`, JSON.stringify(summary, null, 2));
console.log(`summary: ${dir}/summary.json`);
process.exitCode = Object.values(summary.suites).every((s) => s.ok) ? 0 : 1;
EOF
