#!/usr/bin/env bash
# Checks the Prometheus alert rules (deploy/prometheus/alerts.yml) and runs their unit tests
# (alerts_test.yml) with promtool, from Debian's `prometheus` package (scripts/install-deps.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
command -v promtool >/dev/null || { echo "promtool missing: run scripts/install-deps.sh" >&2; exit 1; }
cd "$here/deploy/prometheus"
promtool check rules alerts.yml
promtool test rules alerts_test.yml
