#!/usr/bin/env bash
# Smoke test of a built farm image: starts it (`serve`) against a real Postgres and Redis and
# waits until GET /readyz answers 200 with both reachable, then checks it runs as a non-root
# user. Needs a Docker daemon (DOCKER_HOST, e.g. scripts/docker-sandbox-setup.sh's) and
# DATABASE_URL / REDIS_URL reachable from the host network (the container uses it).
#
# Usage: deploy/image/smoke.sh <image>        e.g. deploy/image/smoke.sh algoarena/judge-farm:dev
set -euo pipefail
image=${1:?image}
port=${SMOKE_PORT:-$(( ${TEST_PORT_BASE:-55400} + 80 ))}
: "${DATABASE_URL:?DATABASE_URL}" "${REDIS_URL:?REDIS_URL}"
docker=/usr/bin/docker; [ -x "$docker" ] || docker=docker
name="algoarena-smoke-$$"
cleanup() { "$docker" rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT

uid=$("$docker" run --rm --entrypoint /usr/bin/id "$image" -u)
[ "$uid" != 0 ] || { echo "smoke: the image runs as root" >&2; exit 1; }
"$docker" run -d --name "$name" --network host \
  -e DATABASE_URL -e REDIS_URL -e FARM_BIND="127.0.0.1:$port" \
  -e FARM_SHARED_SECRET="$(openssl rand -hex 32)" -e TOTP_ENCRYPTION_KEY="$(openssl rand -hex 32)" \
  "$image" serve >/dev/null
for _ in $(seq 120); do
  body=$(curl -fsS "http://127.0.0.1:$port/readyz" 2>/dev/null) && break
  "$docker" inspect -f '{{.State.Running}}' "$name" 2>/dev/null | grep -q true || break
  sleep 1
done
if [ "${body:-}" != '{"postgres":true,"redis":true}' ]; then
  echo "smoke: /readyz did not answer ready (got '${body:-nothing}'); container log:" >&2
  "$docker" logs "$name" 2>&1 | tail -30 >&2
  exit 1
fi
echo "smoke: $image (uid $uid) serves /readyz: $body"
