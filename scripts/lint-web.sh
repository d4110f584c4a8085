#!/usr/bin/env bash
# Lints and type-checks the project's JavaScript and TypeScript: the browser app (edge/web:
# eslint with typescript-eslint and the React hooks rules, then tsc --noEmit) and the end-to-end
# tests (tests/: eslint, then tsc --noEmit checking the JavaScript from its JSDoc). Runs every
# check even after one fails, then exits non-zero if any did.
#
# Node and npm come from PATH (eslint 10 needs Node 20.19 or newer). Each folder's packages are
# installed with `npm ci` when its node_modules lacks eslint or tsc (scripts/install-deps.sh
# normally did that already).
#
# Usage: scripts/lint-web.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

log() { printf '\033[1;34m[lint-web]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[lint-web]\033[0m %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null && command -v npm >/dev/null || die "node and npm must be on PATH: run scripts/install-deps.sh"

failed=()
for dir in edge/web tests; do
  if [ ! -x "$here/$dir/node_modules/.bin/eslint" ] || [ ! -x "$here/$dir/node_modules/.bin/tsc" ]; then
    log "npm ci in $dir"
    (cd "$here/$dir" && npm ci --silent --no-audit --no-fund)
  fi
  for check in lint typecheck; do
    log "$check: $dir"
    (cd "$here/$dir" && npm run --silent "$check") || failed+=("$dir: npm run $check")
  done
done

if [ "${#failed[@]}" -gt 0 ]; then
  printf '\033[1;31m[lint-web]\033[0m failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
log "lint and typecheck clean"
