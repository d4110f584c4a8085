#!/usr/bin/env bash
# Prepares the docker sandbox backend's tests: installs Debian's docker.io and runsc (gVisor),
# starts a private dockerd (runtimes runc and runsc --platform=ptrace) and builds the sandbox
# images (every language: the hostile suite runs on docker too) from a locally made Debian base.
#
# The daemon's data-root is $ALGOARENA_CACHE/docker-<docker.io version>, outside the checkout,
# so the base and the images survive between CI runs; images are tagged by a hash of their
# Dockerfile (sandbox-images/build.sh) and are rebuilt only when it changes.
#
#   scripts/docker-sandbox-setup.sh            # install, start, build; prints DOCKER_HOST=...
#   scripts/docker-sandbox-setup.sh --stop     # stops the private dockerd
#
# The socket is $ALGOARENA_DOCKER_RUN/docker.sock [/run/algoarena-docker/docker.sock]; the daemon
# uses no bridge and no iptables rules (sandboxes run with network none; builds use the host's).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

log() { printf '\033[1;34m[docker-sandbox]\033[0m %s\n' "$*" >&2; }
run_dir="${ALGOARENA_DOCKER_RUN:-/run/algoarena-docker}"
socket="$run_dir/docker.sock"
export DOCKER_HOST="unix://$socket"
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$run_dir/dockerd.pid" ] && kill -0 "$(cat "$run_dir/dockerd.pid")" 2>/dev/null; then
    pid=$(cat "$run_dir/dockerd.pid")
    # Containers whose test process ended before removing them would keep running (a runsc
    # sandbox under ptrace can spin a CPU): remove every sandbox container first.
    leftovers=$(docker ps -aq --filter label=io.algoarena.sandbox 2>/dev/null || true)
    [ -z "$leftovers" ] || { log "removing $(echo "$leftovers" | wc -l) leftover sandbox containers"; docker rm -f $leftovers >/dev/null 2>&1 || true; }
    log "stopping dockerd ($pid)"
    $sudo_cmd kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  exit 0
fi

# --- packages ------------------------------------------------------------------------------
missing=()
for p in docker.io runsc debootstrap tini; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
docker_version=$(dpkg-query -W -f='${Version}' docker.io)
data_root="$ALGOARENA_CACHE/docker-$docker_version"

# --- the private daemon --------------------------------------------------------------------
docker_ok() { /usr/bin/docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }
$sudo_cmd mkdir -p "$run_dir" "$data_root"
# runsc: ptrace works here (kvm hung); no network stack at all (the containers get none
# anyway); the container's seccomp profile is applied inside gVisor as well.
config='{
  "runtimes": {
    "runsc": { "path": "RUNSC", "runtimeArgs": ["--platform=ptrace", "--network=none", "--oci-seccomp"] }
  },
  "bridge": "none",
  "iptables": false,
  "ip-masq": false,
  "ip-forward": false,
  "userland-proxy": false
}'
config=${config/RUNSC/$(command -v runsc)}
if [ "$config" != "$(cat "$run_dir/daemon.json" 2>/dev/null)" ]; then
  echo "$config" | $sudo_cmd tee "$run_dir/daemon.json" >/dev/null
  # A running daemon reloads its runtimes on SIGHUP.
  if docker_ok && [ -f "$run_dir/dockerd.pid" ]; then $sudo_cmd kill -HUP "$(cat "$run_dir/dockerd.pid")"; sleep 0.5; fi
fi
if ! docker_ok; then
  log "starting dockerd (data-root $data_root)"
  $sudo_cmd setsid dockerd --config-file "$run_dir/daemon.json" --data-root "$data_root" \
    --exec-root "$run_dir/exec" --pidfile "$run_dir/dockerd.pid" --host "$DOCKER_HOST" \
    >"$run_dir/dockerd.log" 2>&1 < /dev/null &
  for _ in $(seq 300); do docker_ok && break; sleep 0.1; done
  docker_ok || { tail -30 "$run_dir/dockerd.log" >&2; echo "dockerd did not start" >&2; exit 1; }
fi

# --- images ----------------------------------------------------------------------------------
[ "${SKIP_IMAGES:-}" = 1 ] || "$here/sandbox-images/build.sh" --local-base
echo "DOCKER_HOST=$DOCKER_HOST"
