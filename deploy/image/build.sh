#!/usr/bin/env bash
# Builds the judge farm's image from judge-farm/Dockerfile (context: the repository root).
#
#   deploy/image/build.sh [--ci] [--target api|worker] [--tag NAME]
#
# --ci builds the api image with the `image-smoke` cargo profile (Cargo.toml) as
# `algoarena/judge-farm:ci` for deploy/image/smoke.sh: it proves the Dockerfile and the image
# in CI without a release build. Without it: PROFILE=release, as shipped.
# The base is the local `algoarena/base:bookworm` when the daemon has it (sandbox-images/build.sh
# --local-base makes it; no registry needed), else debian:bookworm-slim. The machine's extra CA
# certificates (a TLS-inspecting proxy's) are passed to the build stages only. Honours DOCKER_HOST.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
docker=/usr/bin/docker; [ -x "$docker" ] || docker=docker
# The classic builder, as sandbox-images/build.sh: layers cached in the daemon's data-root.
export DOCKER_BUILDKIT=0

profile=release target=api tag=""
while [ $# -gt 0 ]; do
  case $1 in
    --ci) profile=image-smoke; tag=${tag:-algoarena/judge-farm:ci} ;;
    --target) target=$2; shift ;;
    --tag) tag=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
tag=${tag:-algoarena/judge-farm:$target}
base=debian:bookworm-slim
"$docker" image inspect algoarena/base:bookworm >/dev/null 2>&1 && base=algoarena/base:bookworm
extra_ca=$(cat /usr/local/share/ca-certificates/*.crt 2>/dev/null || true)
# The daemon has no bridge network (scripts/docker-sandbox-setup.sh): builds use the host's, and
# its proxy settings when it has them.
proxy_args=()
for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  [ -n "${!v:-}" ] && proxy_args+=(--build-arg "$v=${!v}")
done

printf '\033[1;34m[farm-image]\033[0m building %s (target %s, profile %s, base %s)\n' "$tag" "$target" "$profile" "$base" >&2
log="$here/.local/farm-image.log"
mkdir -p "$here/.local"
if ! "$docker" build --network host "${proxy_args[@]}" -f "$here/judge-farm/Dockerfile" --target "$target" \
    --build-arg BASE="$base" --build-arg PROFILE="$profile" --build-arg EXTRA_CA_CERTS="$extra_ca" \
    -t "$tag" "$here" >"$log" 2>&1; then
  echo "[farm-image] the build failed; the last lines of $log:" >&2
  tail -40 "$log" >&2
  exit 1
fi
"$docker" image inspect -f '{{.Size}}' "$tag" | awk -v t="$tag" '{ printf "[farm-image] %s: %.1f MB\n", t, $1 / 1e6 }' >&2
