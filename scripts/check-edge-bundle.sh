#!/usr/bin/env bash
# The production edge bundle: `wrangler deploy --dry-run --env production` on the built Worker
# (scripts/build-edge.sh) and web app, and its size, which Cloudflare's script size limit applies
# to (gzip). scripts/test.sh runs it after the end-to-end stage, which builds both.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"
log() { printf '\033[1;34m[edge-bundle]\033[0m %s\n' "$*" >&2; }
[ -f "$here/edge/build/index.js" ] && [ -d "$here/edge/web/dist" ] \
  || { log "no edge build: run scripts/build-edge.sh and the web build first"; exit 1; }
wrangler="$here/edge/node_modules/.bin/wrangler"
export WRANGLER_SEND_METRICS=false
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$here" && PATH="$NODE22_DIR/bin:$PATH" "$wrangler" deploy --dry-run --env production --outdir "$out" >/dev/null)
raw=$(cat "$out"/*.js "$out"/*.wasm 2>/dev/null | wc -c)
gz=$(cat "$out"/*.js "$out"/*.wasm 2>/dev/null | gzip -9 | wc -c)
log "production bundle: $raw bytes, $gz bytes gzipped ($(ls "$out" | tr '\n' ' '))"
