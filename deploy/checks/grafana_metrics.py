"""Checks the Grafana dashboards in deploy/grafana/dashboards: each is valid JSON with the
fields Grafana needs to load it (uid, title, panels with unique ids and grid positions), every
query uses the `datasource` variable, and every metric a PromQL query names is one the farm
exports (the names registered in judge-farm/src/metrics.rs; a histogram's _bucket, _sum and
_count series included).

Usage: grafana_metrics.py DASHBOARD_DIR METRICS_RS
       grafana_metrics.py --self-test METRICS_RS
"""

import json
import os
import re
import sys
import tempfile

KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
            "bool", "offset", "inf", "nan"}
# Series Prometheus makes itself for every target.
SYNTHETIC = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}


def exported(metrics_rs):
    """(every exported name, the histograms among them) from the farm's metric definitions."""
    src = open(metrics_rs, encoding="utf-8").read()
    names = set(re.findall(r'"(algoarena_[a-z0-9_]+)"', src))
    histograms = set(re.findall(r'histogram\(\s*"(algoarena_[a-z0-9_]+)"', src))
    return names, histograms


def metric_names(expr):
    """Metric names a PromQL expression selects: identifiers that are not functions, keywords,
    label names (inside {} or by/without/on/ignoring lists), strings or durations."""
    e = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)            # string literals
    e = re.sub(r"\{[^}]*\}", "", e)                           # label matchers
    e = re.sub(r"\[[^\]]*\]", "", e)                          # ranges
    e = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", e)
    names = set()
    for m in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", e):
        word, rest = m.group(0), e[m.end():].lstrip()
        if rest.startswith("(") or word.lower() in KEYWORDS:
            continue
        names.add(word)
    return names


def check_dashboard(path, names, histograms):
    errs = []
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return [f"{path}: not valid JSON: {e}"], 0
    for key in ("uid", "title", "panels", "schemaVersion"):
        if key not in d:
            errs.append(f"{path}: no {key}")
    ids, queries = set(), 0
    for p in d.get("panels", []):
        if p.get("id") in ids:
            errs.append(f"{path}: panel id {p.get('id')} twice")
        ids.add(p.get("id"))
        if not {"x", "y", "w", "h"} <= set(p.get("gridPos", {})):
            errs.append(f"{path}: panel {p.get('title')!r} has no full gridPos")
        if p.get("type") == "row":
            continue
        if not p.get("targets"):
            errs.append(f"{path}: panel {p.get('title')!r} has no query")
        for t in p.get("targets", []):
            queries += 1
            if t.get("datasource", {}).get("uid") != "${datasource}":
                errs.append(f"{path}: panel {p.get('title')!r} does not use the datasource variable")
            for n in metric_names(t.get("expr", "")):
                base = re.sub(r"_(bucket|sum|count)$", "", n)
                if n in names or n in SYNTHETIC or (base in histograms and base != n):
                    continue
                errs.append(f"{path}: panel {p.get('title')!r} queries {n}, which the farm does not export")
    return errs, queries


def check(folder, metrics_rs):
    names, histograms = exported(metrics_rs)
    if not names:
        return [f"{metrics_rs}: no algoarena_ metric names found"], 0, 0
    errs, queries, files = [], 0, 0
    for f in sorted(os.listdir(folder)):
        if f.endswith(".json"):
            files += 1
            e, q = check_dashboard(os.path.join(folder, f), names, histograms)
            errs += e
            queries += q
    if files == 0:
        errs.append(f"{folder}: no dashboards")
    return errs, files, queries


def self_test(metrics_rs):
    bad = {"uid": "x", "title": "x", "schemaVersion": 39, "panels": [
        {"id": 1, "type": "timeseries", "title": "typo", "gridPos": {"x": 0, "y": 0, "w": 1, "h": 1},
         "targets": [{"datasource": {"uid": "${datasource}"},
                      "expr": 'sum by (route) (rate(algoarena_http_request_seconds_count{status="500"}[5m]))'}]},
        {"id": 1, "type": "timeseries", "title": "ok", "gridPos": {"x": 0, "y": 0, "w": 1, "h": 1},
         "targets": [{"datasource": {"uid": "${datasource}"},
                      "expr": "histogram_quantile(0.99, sum by (le) (rate(algoarena_http_request_duration_seconds_bucket[5m])))"}]}]}
    with tempfile.TemporaryDirectory() as tmp:
        with open(f"{tmp}/bad.json", "w") as f:
            json.dump(bad, f)
        errs, _, _ = check(tmp, metrics_rs)
    expected = ["algoarena_http_request_seconds_count", "panel id 1 twice"]
    missed = [e for e in expected if not any(e in x for x in errs)]
    wrong = [x for x in errs if "'ok'" in x]
    if missed or wrong:
        print(f"self-test: missed {missed}, wrongly flagged {wrong}", file=sys.stderr)
        return 1
    print("self-test: the unknown metric and the duplicate panel id are found, the valid query passes")
    return 0


def main():
    if sys.argv[1] == "--self-test":
        return self_test(sys.argv[2])
    errs, files, queries = check(sys.argv[1], sys.argv[2])
    for e in errs:
        print(e, file=sys.stderr)
    if errs:
        return 1
    print(f"grafana: {files} dashboards, {queries} queries, every metric is exported by the farm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
