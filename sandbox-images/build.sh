#!/usr/bin/env bash
# Builds the sandbox images, one per language (sandbox-images/<language>/Dockerfile).
#
#   sandbox-images/build.sh [--local-base] [language ...]     # default: every language
#
# Without --local-base each image is built FROM its public base (TRD §5, the Dockerfile's
# `ARG BASE`), which needs a reachable registry. With --local-base they are built FROM
# `algoarena/base:bookworm`, made here when missing: `debootstrap --variant=minbase bookworm`
# into a scratch folder, then `docker import`; the toolchains then come from the machine's apt
# mirror (builds use the host network). Images are tagged `algoarena/<language>:<hash>`, the hash
# being of the Dockerfile and the base, and `algoarena/<language>:latest`; an image whose
# hash tag exists is not rebuilt. Honours DOCKER_HOST; MIRROR overrides the Debian mirror.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
docker=/usr/bin/docker; [ -x "$docker" ] || docker=docker
export DOCKER_BUILDKIT=0
log() { printf '\033[1;34m[sandbox-images]\033[0m %s\n' "$*" >&2; }

local_base=""
langs=()
for arg in "$@"; do
  case $arg in
    --local-base) local_base="algoarena/base:bookworm" ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) langs+=("$arg") ;;
  esac
done
if [ ${#langs[@]} -eq 0 ]; then
  for d in "$here"/*/; do [ -f "$d/Dockerfile" ] && langs+=("$(basename "$d")"); done
fi

exists() { "$docker" image inspect "$1" >/dev/null 2>&1; }

if [ -n "$local_base" ] && ! exists "$local_base"; then
  mirror="${MIRROR:-$(grep -hoE '^(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | head -1 | awk '{print $2}' || true)}"
  mirror="${mirror:-http://deb.debian.org/debian}"
  dir=$(mktemp -d /var/tmp/algoarena-base.XXXXXX)
  trap 'rm -rf "$dir"' EXIT
  log "debootstrap --variant=minbase bookworm from $mirror (about 1.5 min)"
  debootstrap --variant=minbase bookworm "$dir" "$mirror" >"$dir.log" 2>&1 || { tail -20 "$dir.log" >&2; exit 1; }
  rm -f "$dir.log"
  # No package caches in the base; the images run `apt-get update` themselves.
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
  tar -C "$dir" -c . | "$docker" import - "$local_base" >/dev/null
  rm -rf "$dir"
  trap - EXIT
  log "made $local_base"
fi

proxy_args=()
for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  [ -n "${!v:-}" ] && proxy_args+=(--build-arg "$v=${!v}")
done

# npm packages an image installs are fetched by the host's npm into the image's npm/ folder,
# so the build installs them offline (a build container may not trust a TLS-inspecting proxy
# the host trusts). Best effort: without a tarball the Dockerfile fetches the package itself.
prefetch_npm() { # language package ARG-holding-its-version
  local dir="$here/$1/npm" version
  version=$(sed -n "s/^ARG $3=//p" "$here/$1/Dockerfile")
  [ -f "$dir/$2-$version.tgz" ] && return 0
  command -v npm >/dev/null || return 0
  (cd "$dir" && npm pack --silent "$2@$version" >/dev/null 2>&1) || log "could not prefetch $2@$version"
}

for lang in "${langs[@]}"; do
  file="$here/$lang/Dockerfile"
  [ -f "$file" ] || { echo "no $file" >&2; exit 2; }
  [ "$lang" != kotlin ] || prefetch_npm kotlin kotlin-compiler KOTLIN_VERSION
  base_args=()
  base_key="public"
  if [ -n "$local_base" ]; then
    base_args=(--build-arg "BASE=$local_base")
    base_key=$("$docker" image inspect --format '{{.Id}}' "$local_base")
  fi
  hash=$( (cat "$file"; echo "$base_key") | sha256sum | cut -c1-16)
  tag="algoarena/$lang:$hash"
  if exists "$tag"; then
    log "$tag is built already"
  else
    log "building $tag"
    start=$(date +%s)
    "$docker" build --quiet --network host "${base_args[@]}" "${proxy_args[@]}" -t "$tag" "$here/$lang" >/dev/null
    log "built $tag in $(( $(date +%s) - start )) s"
  fi
  "$docker" tag "$tag" "algoarena/$lang:latest"
  # Older builds of this language would only grow the cached data-root.
  "$docker" image ls --format '{{.Repository}}:{{.Tag}}' "algoarena/$lang" | grep -vx -e "$tag" -e "algoarena/$lang:latest" \
    | xargs -r "$docker" rmi >/dev/null 2>&1 || true
done
