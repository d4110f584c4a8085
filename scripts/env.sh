# Shared settings for the scripts: pinned tool versions and where cached tools live.
# Sourced, not run.
export ALGOARENA_CACHE="${ALGOARENA_CACHE:-$HOME/.cache/algoarena}"
# Cargo builds into one directory per machine and compiler, outside the checkout, so a clean
# clone (CI's, say) reuses the dependencies an earlier clone compiled. Set CARGO_TARGET_DIR
# yourself to choose another place. A stack runs a copy of the farm binary (scripts/lib/stack.sh),
# so a build in another checkout cannot swap it under a running stack.
if [ -z "${CARGO_TARGET_DIR:-}" ]; then
  rustc_release=$(rustc -V 2>/dev/null | awk '{print $2}')
  export CARGO_TARGET_DIR="$ALGOARENA_CACHE/cargo-target/rustc-${rustc_release:-unknown}"
  unset rustc_release
fi
# Cargo names a workspace crate's artifacts without its absolute path and calls them fresh
# when no source file is newer than the last build, so a checkout whose files are older than
# another checkout's build would get that build. The first script of each new checkout to use
# the shared dirs (the native one, the wasm32 ones of scripts/build-edge.sh and lint.sh)
# touches its Rust sources, so they are newer than anything built there before.
aa_build_owner="$ALGOARENA_CACHE/build-owner"
aa_checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "$(cat "$aa_build_owner" 2>/dev/null)" != "$aa_checkout" ]; then
  (cd "$aa_checkout" && git ls-files -z -- Cargo.toml Cargo.lock .sqlx migrations shared judge-farm edge \
    ':!edge/web' | xargs -0 -r touch --no-create 2>/dev/null) || true
  mkdir -p "$ALGOARENA_CACHE" && printf '%s\n' "$aa_checkout" > "$aa_build_owner"
fi
unset aa_build_owner aa_checkout
export WASM_BINDGEN_VERSION=0.2.129
export WORKER_BUILD_VERSION=0.8.7
# sqlx-cli prepares and checks the farm's offline query data (.sqlx/); it must match the sqlx
# version in Cargo.lock (scripts/check-sql.sh checks that).
export SQLX_CLI_VERSION=0.8.6
export SQLX_CLI_DIR="$ALGOARENA_CACHE/sqlx-cli-$SQLX_CLI_VERSION"
# Node trusts only its own CA list unless told otherwise; point it at the system's, which is
# where a machine's own authorities (a registry proxy's, say) are installed. Set explicitly,
# the caller's choice stands.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
export NODE22_VERSION=22.23.3
export NODE22_DIR="$ALGOARENA_CACHE/node-$NODE22_VERSION"
export WASM_BINDGEN_BIN="$ALGOARENA_CACHE/wasm-bindgen-cli-$WASM_BINDGEN_VERSION/bin/wasm-bindgen"
export WORKER_BUILD_BIN="$ALGOARENA_CACHE/worker-build-$WORKER_BUILD_VERSION/bin/worker-build"
# Python with PyJWT and pyotp: the end-to-end tests check tokens and TOTP codes with them.
export PYJWT_VERSION=2.10.1
export PYOTP_VERSION=2.9.0
export PYCHECK_VENV="$ALGOARENA_CACHE/pyvenv-pyjwt-$PYJWT_VERSION-pyotp-$PYOTP_VERSION"
# Python with elommr: the independent oracle for shared's Elo-MMR (shared/tests/rating_oracle.rs).
export ELOMMR_VERSION=1.2.1
export ELOMMR_VENV="$ALGOARENA_CACHE/pyvenv-elommr-$ELOMMR_VERSION"
# Python venvs of scripts/check-infra.sh (offline checks of terraform/ and deploy/): python-hcl2
# and kubernetes-validate in one, checkov in another (checkov pins bc-python-hcl2, which installs
# the same `hcl2` module as python-hcl2, so they cannot share a venv).
export PYTHON_HCL2_VERSION=8.1.4
export KUBERNETES_VALIDATE_VERSION=1.37.0
export INFRA_VENV="$ALGOARENA_CACHE/pyvenv-hcl2-$PYTHON_HCL2_VERSION-k8sval-$KUBERNETES_VALIDATE_VERSION"
export CHECKOV_VERSION=3.3.30
export CHECKOV_VENV="$ALGOARENA_CACHE/pyvenv-checkov-$CHECKOV_VERSION"
