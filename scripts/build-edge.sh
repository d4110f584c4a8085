#!/usr/bin/env bash
# Builds the edge Worker (edge/, Rust -> wasm32) in release mode into edge/build/, where
# wrangler.toml's `main` points. Idempotent: cargo rebuilds only what changed.
#
# Needs what scripts/install-deps.sh installs: Debian's rustc-web (its std source is rebuilt
# for wasm32 with build-std, since rustup cannot add targets here), wasm-ld, the cached
# wasm-bindgen and worker-build binaries, and edge/node_modules (esbuild from wrangler).
# See /work/shared/notes/wasm-build.md for why each piece is needed.
#
# Usage: scripts/build-edge.sh [--dev] [crate dir]
#   --dev: unoptimised, ~7 MB, faster to rebuild. crate dir [edge]: another Worker crate built
#   the same way into its own build/ (scripts/bench.sh builds tests/bench/bare-worker so).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

log() { printf '\033[1;34m[build-edge]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[build-edge]\033[0m %s\n' "$*" >&2; exit 1; }

profile=--release
[ "${1:-}" = "--dev" ] && { profile=--dev; shift; }
crate=$(cd "${1:-$here/edge}" && pwd)

wasm_ld=/usr/lib/llvm-22/bin/wasm-ld
esbuild="$here/edge/node_modules/@esbuild/linux-x64/bin/esbuild"
for tool in /usr/bin/cargo /usr/bin/rustc "$wasm_ld" "$WASM_BINDGEN_BIN" "$WORKER_BUILD_BIN" "$esbuild"; do
  [ -x "$tool" ] || die "missing $tool: run scripts/install-deps.sh first"
done
[ -d /usr/lib/rustlib/src/rust/library ] || die "missing Rust std source (rust-web-src): run scripts/install-deps.sh"

# Debian's toolchain for this build only; the native build and tests keep rustup's.
export PATH="/usr/bin:$PATH"
export RUSTC=/usr/bin/rustc
# Lets Debian's stable cargo accept build-std (the target's std is compiled from source).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$wasm_ld"
# A target dir of its own, so Debian's rustc and rustup's never share artifacts, kept outside
# the checkout per compiler release: every Worker crate and every clone on this machine share
# it, so std for wasm32 (built from source) and the worker crate are compiled once.
rustc_web_release=$(/usr/bin/rustc -V | awk '{print $2}')
export CARGO_TARGET_DIR="$ALGOARENA_CACHE/edge-target/rustc-$rustc_web_release"
# worker-build would download these otherwise.
export WASM_BINDGEN_BIN ESBUILD_BIN="$esbuild"
unset RUSTFLAGS CARGO_BUILD_TARGET

start=$(date +%s)
log "worker-build $profile (rustc $rustc_web_release, target dir $CARGO_TARGET_DIR)"
(cd "$crate" && "$WORKER_BUILD_BIN" "$profile")

wasm=$(ls "$crate"/build/*.wasm 2>/dev/null | head -1)
[ -n "$wasm" ] && [ -f "$crate/build/index.js" ] || die "worker-build produced no $crate/build/index.js and .wasm"
log "done in $(( $(date +%s) - start )) s: $(basename "$wasm") $(du -h "$wasm" | cut -f1) ($(stat -c %s "$wasm") bytes)"
