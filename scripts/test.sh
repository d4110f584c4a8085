#!/usr/bin/env bash
# Runs every test: unit and API tests (real Postgres and Redis), then the end-to-end API and
# browser tests against the whole stack (farm, worker, workerd) started on test ports.
# Reuses DATABASE_URL/REDIS_URL when set; otherwise starts private instances under .local/test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"
source "$here/scripts/lib/services.sh"
source "$here/scripts/lib/stack.sh"

state="$here/.local/test"
started_services=()
cleanup() {
  stop_stack "$state"
  [ -z "${docker_host:-}" ] || "$here/scripts/docker-sandbox-setup.sh" --stop || true
  for s in "${started_services[@]}"; do
    case $s in
      postgres) stop_postgres "$state/postgres" ;;
      redis) stop_redis "$state/redis" "$(test_redis_port)" ;;
    esac
  done
}
trap cleanup EXIT

"$here/scripts/install-deps.sh"
[ -n "${DATABASE_URL:-}" ] || started_services+=(postgres)
[ -n "${REDIS_URL:-}" ] || started_services+=(redis)
ensure_postgres "$state/postgres" "$(test_postgres_port)"
ensure_redis "$state/redis" "$(test_redis_port)"
ensure_secrets
# Each API test makes its own database; drop the ones earlier runs left behind.
"$(pg_bin)/psql" "$PG_ADMIN_URL" -tAc "select datname from pg_database where datname like 'farm_test_%'" \
  | while read -r db; do "$(pg_bin)/psql" "$PG_ADMIN_URL" -qc "drop database if exists $db" >/dev/null; done

stack_log "static checks: rustfmt, clippy (farm and shared; the edge for wasm32), sqlx offline data, eslint and tsc"
"$here/scripts/lint.sh"
stack_log "alert rules (promtool)"
"$here/scripts/check-alerts.sh"
stack_log "infrastructure: terraform, Kubernetes manifests, dashboards, Alertmanager, wrangler environments (offline)"
"$here/scripts/check-infra.sh"
stack_log "disaster recovery: base backup, WAL archive, point-in-time restore into a new Postgres"
"$here/scripts/backup/pitr-test.sh"
stack_log "submission archive: versioned store, damaged row, restore"
"$here/scripts/backup/archive-test.sh"
# Problem packages without judging (the import proves the references): each generator rewrites
# its data/ byte for byte, each validator accepts every test, the catalogue's rules hold and
# the shared code matches problems/tools/lib. Unchanged packages are remembered by content
# under $ALGOARENA_CACHE/package-checks, so this costs seconds unless packages changed.
stack_log "problem packages (problems/tools/package.py lint, cached by content) and the tool's tests"
python3 "$here/problems/tools/package.py" lint "$here/problems"
python3 -m unittest discover -s "$here/problems/tools"
# The docker sandbox's tests (tests/sandbox_docker.rs on runc and runsc, the hostile suite on
# both, a stack on runsc) need a Docker daemon and the nine images: a private dockerd whose data-root (with the
# images, rebuilt only when a Dockerfile changes) is cached under $ALGOARENA_CACHE.
stack_log "docker sandbox: docker.io, runsc, a private dockerd and the sandbox images (cached)"
docker_host=$("$here/scripts/docker-sandbox-setup.sh" | sed -n 's/^DOCKER_HOST=//p')
stack_log "unit and API tests (cargo; sandbox tests on native, docker/runc and docker/runsc)"
(cd "$here" && DOCKER_HOST="$docker_host" ALGOARENA_REQUIRE_DOCKER=1 TEST_DATABASE_URL="$PG_ADMIN_URL" \
  cargo test --quiet --workspace --exclude algoarena-edge)
# The hostile suite once more, on docker/runc, after the parallel tests (it is timing-sensitive
# under load), warmed by the language self-tests as a worker is.
stack_log "hostile suite on docker/runc"
(cd "$here" && DOCKER_HOST="$docker_host" cargo test --quiet -p algoarena-judge-farm --test hostile_docker -- \
  --ignored --exact every_hostile_case_gets_its_verdict_on_docker_with_runc)
# And on docker/runsc, the runtime production uses: cases where gVisor genuinely differs say so
# in their expected.toml ([differs.runsc], with the reason).
stack_log "hostile suite on docker/runsc"
(cd "$here" && DOCKER_HOST="$docker_host" cargo test --quiet -p algoarena-judge-farm --test hostile_docker -- \
  --ignored --exact every_hostile_case_gets_its_verdict_on_docker_with_runsc)
# The README's two commands on docker/runsc as well: the stack as scripts/up.sh starts it (the
# seed import judging every reference, interactive ones included, and the worker's self-tests
# of every language), then the end-to-end tests that judge submissions through it.
stack_log "the stack on docker/runsc: seed import, worker self-tests, judging end to end"
# Only the packages those tests judge are imported: every reference of the whole catalogue
# proven afresh under runsc (proofs are keyed by the sandbox) would take the better part of CI.
STACK_PROBLEMS="$here/problems/a-plus-b $here/problems/guess-the-number" \
SANDBOX_BACKEND=docker DOCKER_RUNTIME=runsc DOCKER_HOST="$docker_host" ALGOARENA_DEPS_READY=1 \
  "$here/scripts/e2e.sh" api/solve.test.js api/run.test.js
# The farm's own image (judge-farm/Dockerfile, the api target, on the local Debian base): built
# with the quick `image-smoke` profile and started against this Postgres and Redis until
# /readyz says both are reachable, as a non-root user.
stack_log "the farm's container image: build and smoke test"
DOCKER_HOST="$docker_host" "$here/deploy/image/build.sh" --ci
DOCKER_HOST="$docker_host" "$here/deploy/image/smoke.sh" algoarena/judge-farm:ci
# Only these tests use Docker: stop it (and any container a test left) before the rest.
"$here/scripts/docker-sandbox-setup.sh" --stop
stack_log "edge unit tests (native)"
(cd "$here" && cargo test --quiet -p algoarena-edge --lib)

# The end-to-end stage (its own script, so it can also be run alone or on a subset).
ALGOARENA_DEPS_READY=1 "$here/scripts/e2e.sh"
stack_log "production edge bundle (wrangler dry run) and its size"
"$here/scripts/check-edge-bundle.sh"
stack_log "all tests passed"
