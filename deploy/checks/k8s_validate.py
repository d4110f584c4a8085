"""Offline check of deploy/k8s/: every manifest against the Kubernetes OpenAPI schemas of the
cluster's version (kubernetes-validate, strict: unknown fields are errors), every kustomization's
files exist, and the farm's rules hold (RuntimeClass gvisor/runsc; every container drops all capabilities, has
probes and limits, and is non-root unless it runs under gVisor in algoarena-sandbox; the API's
and the workers' probes are /healthz (liveness) and /readyz (readiness); workers
and every pod of that namespace under gVisor; a default-deny NetworkPolicy in each namespace;
PDBs; the workers' HPA on the queue gauge).

Usage: k8s_validate.py K8S_DIR KUBERNETES_VERSION
       k8s_validate.py --self-test KUBERNETES_VERSION
"""

import os
import sys
import tempfile

import kubernetes_validate
import yaml

# Custom resources the schemas do not know: their apiVersion and the fields the farm relies on.
CUSTOM = {"ExternalSecret": ("external-secrets.io/v1beta1", ["secretStoreRef", "target", "dataFrom"])}
NOT_MANIFESTS = {"kustomization.yaml"}


def manifests(root):
    for dp, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith((".yaml", ".yml")) and f not in NOT_MANIFESTS and "/monitoring" not in dp:
                yield os.path.join(dp, f)


def validate_schema(path, doc, version):
    kind = doc.get("kind")
    if kind in CUSTOM:
        api, fields = CUSTOM[kind]
        errs = [] if doc.get("apiVersion") == api else [f"{path}: {kind} must be {api}"]
        return errs + [f"{path}: {kind} lacks spec.{f}" for f in fields if f not in doc.get("spec", {})]
    # A patch is a partial object: only its own fields are checked (strictly).
    try:
        kubernetes_validate.validate(doc, version, strict=True)
    except kubernetes_validate.ValidationError as e:
        return [f"{path}: {kind} {doc.get('metadata', {}).get('name')}: {e.message} at {'.'.join(map(str, e.path))}"]
    except kubernetes_validate.SchemaNotFoundError as e:
        return [f"{path}: no schema for {kind} {doc.get('apiVersion')}: {e}"]
    return []


def pod_rules(path, doc):
    errs = []
    name = f"{path}: {doc['kind']} {doc['metadata']['name']}"
    pod = doc["spec"]["template"]["spec"]
    sc = pod.get("securityContext", {})
    # Root is allowed only under gVisor, in the sandbox namespace (namespace.yaml says why).
    gvisor = pod.get("runtimeClassName") == "gvisor" and doc["metadata"].get("namespace") == "algoarena-sandbox"
    if not gvisor and (not sc.get("runAsNonRoot") or not sc.get("runAsUser")):
        errs.append(f"{name}: the pod must run as a non-root user (or under gVisor in algoarena-sandbox)")
    for c in pod["containers"]:
        csc = c.get("securityContext", {})
        if "ALL" not in csc.get("capabilities", {}).get("drop", []):
            errs.append(f"{name}/{c['name']}: drop ALL capabilities (add back only what it needs)")
        if not gvisor and csc.get("allowPrivilegeEscalation") is not False:
            errs.append(f"{name}/{c['name']}: no privilege escalation outside gVisor")
        if csc.get("privileged"):
            errs.append(f"{name}/{c['name']}: never privileged")
        for probe in ("livenessProbe", "readinessProbe"):
            if probe not in c:
                errs.append(f"{name}/{c['name']}: no {probe}")
        res = c.get("resources", {})
        for part in ("requests", "limits"):
            if not {"cpu", "memory"} <= set(res.get(part, {})):
                errs.append(f"{name}/{c['name']}: needs cpu and memory {part}")
    labels = doc["spec"]["template"]["metadata"].get("labels", {})
    if labels.get("app.kubernetes.io/component") == "worker" and pod.get("runtimeClassName") != "gvisor":
        errs.append(f"{name}: workers run under the gvisor RuntimeClass")
    if doc["metadata"].get("namespace") == "algoarena-sandbox" and pod.get("runtimeClassName") != "gvisor":
        errs.append(f"{name}: every pod in algoarena-sandbox runs under the gvisor RuntimeClass")
    if labels.get("app.kubernetes.io/component") in ("api", "worker"):
        live = {c["livenessProbe"]["httpGet"]["path"] for c in pod["containers"] if "livenessProbe" in c}
        ready = {c["readinessProbe"]["httpGet"]["path"] for c in pod["containers"] if "readinessProbe" in c}
        if live != {"/healthz"} or ready != {"/readyz"}:
            errs.append(f"{name}: the farm's probes are /healthz (liveness) and /readyz (readiness)")
    return errs


def check(root, version):
    errs, docs, count = [], [], 0
    for path in manifests(root):
        with open(path, encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if doc:
                    count += 1
                    docs.append((path, doc))
                    errs.extend(validate_schema(path, doc, version))
                    if doc.get("kind") == "Deployment":
                        errs.extend(pod_rules(path, doc))
    for dp, _, files in os.walk(root):
        if "kustomization.yaml" in files:
            with open(os.path.join(dp, "kustomization.yaml"), encoding="utf-8") as f:
                k = yaml.safe_load(f)
            refs = list(k.get("resources", [])) + [p["path"] for p in k.get("patches", []) if "path" in p]
            errs.extend(f"{dp}/kustomization.yaml: {r} does not exist" for r in refs
                        if not os.path.exists(os.path.join(dp, r)))
    kinds = {}
    for path, doc in docs:
        kinds.setdefault(doc["kind"], []).append(doc)
    if not any(d["metadata"]["name"] == "gvisor" and d.get("handler") == "runsc" for d in kinds.get("RuntimeClass", [])):
        errs.append("no RuntimeClass gvisor with handler runsc")
    namespaces = {d["metadata"]["name"] for d in kinds.get("Namespace", [])} or {None}
    denied = {d["metadata"].get("namespace") for d in kinds.get("NetworkPolicy", [])
              if d["spec"].get("podSelector") == {} and not d["spec"].get("ingress") and not d["spec"].get("egress")
              and set(d["spec"].get("policyTypes", [])) == {"Ingress", "Egress"}}
    for ns in sorted(namespaces - denied, key=str):
        errs.append(f"no default-deny NetworkPolicy (all pods, Ingress and Egress, no rules) in namespace {ns}")
    if not any(m.get("external", {}).get("metric", {}).get("name") == "algoarena_submission_queue_depth"
               for d in kinds.get("HorizontalPodAutoscaler", []) for m in d["spec"].get("metrics", [])):
        errs.append("no HPA on the external metric algoarena_submission_queue_depth")
    if not kinds.get("PodDisruptionBudget"):
        errs.append("no PodDisruptionBudget")
    return count, errs


def self_test(version):
    """A root with a misspelt field, a root container, no probes, and none of the required objects."""
    bad = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
           "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": {
               "metadata": {"labels": {"a": "b", "app.kubernetes.io/component": "worker"}},
               "spec": {"containers": [{"name": "c", "image": "i", "imagePullPolcy": "Always"}]}}}}
    with tempfile.TemporaryDirectory() as tmp:
        with open(f"{tmp}/bad.yaml", "w") as f:
            yaml.safe_dump(bad, f)
        _, errs = check(tmp, version)
    expected = ["imagePullPolcy", "non-root", "drop ALL", "no livenessProbe", "limits", "gvisor RuntimeClass",
                "RuntimeClass gvisor", "default-deny", "HPA", "PodDisruptionBudget", "the farm's probes"]
    missed = [e for e in expected if not any(e in err for err in errs)]
    if missed:
        print("self-test: the checker missed: " + ", ".join(missed), file=sys.stderr)
        return 1
    print(f"self-test: all {len(expected)} planted faults found")
    return 0


def main():
    if sys.argv[1] == "--self-test":
        return self_test(sys.argv[2])
    count, errs = check(sys.argv[1], sys.argv[2])
    for e in errs:
        print(e, file=sys.stderr)
    if errs:
        return 1
    print(f"kubernetes: {count} objects valid against Kubernetes {sys.argv[2]} (strict), farm rules hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
