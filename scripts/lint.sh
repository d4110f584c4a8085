#!/usr/bin/env bash
# The static checks CI runs before any test: formatting, clippy (the farm and shared crates
# natively, the edge for wasm32 with Debian's toolchain, as it ships), the sqlx offline query
# data against the migrations, and eslint + tsc for the web app and the end-to-end tests.
# Needs what scripts/install-deps.sh installs; `--no-sql` skips the query check (no Postgres).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

log() { printf '\033[1;34m[lint]\033[0m %s\n' "$*" >&2; }

check_sql=1
[ "${1:-}" = "--no-sql" ] && check_sql=0

cd "$here"
log "cargo fmt --check"
cargo fmt --all --check

log "clippy: shared and judge-farm (native, all targets, warnings are errors)"
SQLX_OFFLINE=true cargo clippy --quiet -p algoarena-shared -p algoarena-judge-farm --all-targets -- -D warnings

log "clippy: edge for wasm32 (Debian's rustc-web and its clippy, std built from source)"
(
  export PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # A target dir of its own for Debian's compiler (never rustup's artifacts), kept outside the
  # checkout so std for wasm32 (built from source, ~8 CPU-minutes) is checked once per machine.
  export CARGO_TARGET_DIR="$ALGOARENA_CACHE/edge-clippy-target"
  unset RUSTFLAGS CARGO_BUILD_TARGET
  cd "$here/edge" && /usr/bin/cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
)

if [ "$check_sql" = 1 ]; then
  log "sqlx offline data matches the queries and the migrations"
  "$here/scripts/check-sql.sh"
fi

log "web app and end-to-end tests: eslint and tsc --noEmit"
"$here/scripts/lint-web.sh"
log "all static checks passed"
