#!/usr/bin/env bash
# Offline checks of everything deployment-related (no cloud provider or registry is reachable
# in CI), each against its real tool:
#   terraform/       parses (python-hcl2); module inputs and references resolve; checkov
#   deploy/k8s/      Kubernetes schemas (kubernetes-validate); checkov
#   judge-farm/Dockerfile  checkov (building and starting it: deploy/image/smoke.sh)
#   deploy/grafana/  every metric a dashboard queries is one the farm exports
#   deploy/alertmanager/  amtool check-config; each alert reaches the receivers routes.test.txt names
#   wrangler.toml    each [env.*] through `wrangler deploy --dry-run` (a stub bundle); the real
#                    production bundle and its size when the edge is built (scripts/build-edge.sh)
# Checkov policies skipped are listed with their reasons in deploy/checks/checkov-skips.yaml.
# Tools come from scripts/install-deps.sh (cached venvs, see scripts/env.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

log() { printf '\033[1;34m[check-infra]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[check-infra]\033[0m %s\n' "$*" >&2; exit 1; }
for v in "$INFRA_VENV" "$CHECKOV_VENV"; do
  [ -f "$v/.done" ] || die "missing $v: run scripts/install-deps.sh"
done
checks="$here/deploy/checks"

# Runs checkov on one folder and framework, skipping exactly the justified policies.
checkov_run() { # dir-or-file framework
  local skips
  skips=$("$CHECKOV_VENV/bin/python" -c 'import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
print(",".join(sorted((d or {}).get(sys.argv[2]) or {})))' "$checks/checkov-skips.yaml" "$2")
  local target=(-d "$1"); [ -f "$1" ] && target=(-f "$1")
  "$CHECKOV_VENV/bin/checkov" "${target[@]}" --framework "$2" --quiet --compact --skip-download \
    ${skips:+--skip-check "$skips"} -o cli
}

log "terraform: parse, module inputs, references"
"$INFRA_VENV/bin/python" "$checks/terraform_refs.py" --self-test
"$INFRA_VENV/bin/python" "$checks/terraform_refs.py" "$here/terraform"
log "terraform: checkov"
checkov_run "$here/terraform" terraform
# The cluster's version (terraform/modules/aws-eks kubernetes_version).
k8s_version=1.31
log "kubernetes: schemas of $k8s_version (strict) and the farm's rules"
"$INFRA_VENV/bin/python" "$checks/k8s_validate.py" --self-test "$k8s_version"
"$INFRA_VENV/bin/python" "$checks/k8s_validate.py" "$here/deploy/k8s" "$k8s_version"
log "kubernetes: checkov"
checkov_run "$here/deploy/k8s" kubernetes
log "farm image: checkov on judge-farm/Dockerfile"
checkov_run "$here/judge-farm/Dockerfile" dockerfile

log "grafana: dashboards load, their metrics are the farm's"
python3 "$checks/grafana_metrics.py" --self-test "$here/judge-farm/src/metrics.rs"
python3 "$checks/grafana_metrics.py" "$here/deploy/grafana/dashboards" "$here/judge-farm/src/metrics.rs"

log "alertmanager: amtool check-config, and each alert reaches its receivers"
command -v amtool >/dev/null || die "amtool missing: run scripts/install-deps.sh (prometheus-alertmanager)"
am="$here/deploy/alertmanager"
amtool check-config "$am/alertmanager.yml" >/dev/null
while read -r alert want; do
  case $alert in ''|'#'*) continue ;; esac
  got=$(amtool config routes test --config.file="$am/alertmanager.yml" "alertname=$alert" 2>/dev/null)
  [ "$got" = "$want" ] || die "alert $alert goes to '$got', deploy/alertmanager/routes.test.txt says '$want'"
done <"$am/routes.test.txt"
for alert in $(sed -n 's/^ *- alert: *//p' "$here/deploy/prometheus/alerts.yml"); do
  grep -q "^$alert " "$am/routes.test.txt" || die "alert $alert (alerts.yml) has no line in deploy/alertmanager/routes.test.txt"
done

# wrangler.toml: every environment's configuration through the real wrangler (a dry run of a
# stub bundle in a scratch copy, so this needs no edge build); any wrangler warning fails.
wrangler="$here/edge/node_modules/.bin/wrangler"
[ -x "$wrangler" ] && [ -x "$NODE22_DIR/bin/node" ] || die "missing wrangler or Node 22: run scripts/install-deps.sh"
export WRANGLER_SEND_METRICS=false
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/edge/build" "$scratch/edge/web/dist"
cp "$here/wrangler.toml" "$scratch/"
# The stub exports every Durable Object class the configuration binds.
classes=$(sed -n 's/.*class_name *= *"\([A-Za-z]*\)".*/\1/p' "$here/wrangler.toml" | sort -u)
{ echo 'export default { fetch() { return new Response("stub"); } };'
  for c in $classes; do echo "export class $c { constructor() {} fetch() { return new Response(\"stub\"); } }"; done
} >"$scratch/edge/build/index.js"
echo stub >"$scratch/edge/web/dist/index.html"
for env in dev staging production; do
  log "wrangler.toml [env.$env]: wrangler deploy --dry-run"
  out=$(cd "$scratch" && PATH="$NODE22_DIR/bin:$PATH" "$wrangler" deploy --dry-run --env "$env" --outdir "$scratch/out-$env" 2>&1) \
    || { echo "$out" >&2; die "wrangler rejected [env.$env]"; }
  if grep -q 'WARNING' <<<"$out"; then echo "$out" >&2; die "wrangler warns about [env.$env]"; fi
done
# The production bundle itself, when the edge is built (scripts/test.sh runs this after the
# end-to-end stage has built it).
if [ -f "$here/edge/build/index.js" ] && [ -d "$here/edge/web/dist" ]; then
  "$here/scripts/check-edge-bundle.sh"
else
  log "production bundle: skipped here (no edge build); scripts/check-edge-bundle.sh after one"
fi
log "infrastructure checks passed"
