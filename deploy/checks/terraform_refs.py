"""Offline consistency check of terraform/ (no provider or registry is reachable in CI).

Parses every .tf file with python-hcl2 and, per module folder, checks that:
- every `module` call with a local source sets each required input of that module and no
  input the module does not declare;
- every `var.X` names a declared variable, every `local.X` a declared local, every
  `module.M.O` a declared module call and an output of its source, every `data.T.N` and
  resource reference `T.N` a declared data source or resource.

Usage: terraform_refs.py TERRAFORM_DIR       (exit 1 and a list of problems if any)
       terraform_refs.py --self-test         (the checker finds the faults of a broken fixture)
"""

import os
import re
import sys
import tempfile

import hcl2

META_ARGS = {"source", "version", "count", "for_each", "providers", "depends_on"}
RESOURCE_PREFIXES = ("aws_", "cloudflare_", "tls_")


def unquote(s):
    return s[1:-1] if isinstance(s, str) and len(s) >= 2 and s[0] == s[-1] == '"' else s


def strings(value):
    """Every string inside a parsed value (the expressions' text)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if not k.startswith("__"):  # __is_block__, __comments__
                yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


class Module:
    """What one folder of .tf files declares, and every expression in it."""

    def __init__(self, path):
        self.path = path
        self.variables = {}  # name -> required?
        self.locals = set()
        self.outputs = set()
        self.modules = {}  # name -> body
        self.resources = set()  # "type.name"
        self.data = set()
        self.expressions = []  # (file, text)
        self.errors = []
        for fname in sorted(os.listdir(path)):
            if fname.endswith(".tf"):
                self._load(os.path.join(path, fname))

    def _load(self, fpath):
        try:
            with open(fpath, encoding="utf-8") as f:
                doc = hcl2.load(f)
        except Exception as e:  # a parse error is a finding, not a crash
            self.errors.append(f"{fpath}: does not parse: {e}")
            return
        for block in doc.get("variable", []):
            for name, body in block.items():
                self.variables[unquote(name)] = "default" not in body
                self._expr(fpath, body)
        for block in doc.get("locals", []):
            for name, body in block.items():
                if not name.startswith("__"):
                    self.locals.add(name)
                    self._expr(fpath, body)
        for block in doc.get("output", []):
            for name, body in block.items():
                self.outputs.add(unquote(name))
                self._expr(fpath, body)
        for block in doc.get("module", []):
            for name, body in block.items():
                self.modules[unquote(name)] = body
                self._expr(fpath, body)
        for kind, target in (("resource", self.resources), ("data", self.data)):
            for block in doc.get(kind, []):
                for rtype, named in block.items():
                    for rname, body in named.items():
                        target.add(f"{unquote(rtype)}.{unquote(rname)}")
                        self._expr(fpath, body)
        for block in doc.get("provider", []):
            self._expr(fpath, block)

    def _expr(self, fpath, value):
        self.expressions.extend((fpath, s) for s in strings(value))


REF = re.compile(r"(?<![\w.\-])(var|local|module|data)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?")
RES_REF = re.compile(r"(?<![\w.\-/:])((?:%s)[a-z0-9_]+)\.([A-Za-z_][\w-]*)" % "|".join(RESOURCE_PREFIXES))


def check_module(mod, loaded):
    errors = list(mod.errors)
    for fpath, text in mod.expressions:
        for kind, name, attr in REF.findall(text):
            if kind == "var" and name not in mod.variables:
                errors.append(f"{fpath}: var.{name} is not declared")
            elif kind == "local" and name not in mod.locals:
                errors.append(f"{fpath}: local.{name} is not declared")
            elif kind == "data" and f"{name}.{attr}" not in mod.data:
                errors.append(f"{fpath}: data.{name}.{attr} is not declared")
            elif kind == "module":
                if name not in mod.modules:
                    errors.append(f"{fpath}: module.{name} is not declared")
                    continue
                target = loaded.get(module_source(mod, name))
                if target is not None and attr and attr not in target.outputs:
                    errors.append(f"{fpath}: module.{name}.{attr}: {target.path} has no output {attr}")
        # Resource references, outside of quoted literals such as IAM action names.
        for rtype, rname in RES_REF.findall(text):
            if f"{rtype}.{rname}" not in mod.resources:
                errors.append(f"{fpath}: {rtype}.{rname} is not declared")
    for name, body in mod.modules.items():
        src = module_source(mod, name)
        target = loaded.get(src)
        if target is None:
            errors.append(f"{mod.path}: module {name}: source {unquote(body.get('source'))} is not a module folder")
            continue
        given = {k for k in body if k not in META_ARGS and not k.startswith("__")}
        for k in sorted(given - set(target.variables)):
            errors.append(f"{mod.path}: module {name} passes {k}, which {target.path} does not declare")
        for k in sorted(v for v, req in target.variables.items() if req and v not in given):
            errors.append(f"{mod.path}: module {name} does not set the required input {k}")
    return errors


def module_source(mod, name):
    src = unquote(mod.modules[name].get("source", ""))
    return os.path.normpath(os.path.join(mod.path, src)) if src.startswith(".") else None


def check_tree(root):
    folders = sorted({dp for dp, _, files in os.walk(root) if any(f.endswith(".tf") for f in files)
                      and "/.terraform" not in dp})
    loaded = {os.path.normpath(p): Module(p) for p in folders}
    errors = []
    for mod in loaded.values():
        errors.extend(check_module(mod, loaded))
    return folders, errors


def self_test():
    """A root that misses an input, passes an unknown one, and references undeclared names."""
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(f"{tmp}/modules/m")
        os.makedirs(f"{tmp}/root")
        with open(f"{tmp}/modules/m/main.tf", "w") as f:
            f.write('variable "needed" {\n  type = string\n}\n'
                    'output "ok" {\n  value = var.needed\n}\n')
        with open(f"{tmp}/root/main.tf", "w") as f:
            f.write('module "m" {\n  source = "../modules/m"\n  extra = var.missing\n}\n'
                    'output "x" {\n  value = module.m.nope\n}\n'
                    'output "y" {\n  value = local.nothing\n}\n'
                    'output "z" {\n  value = aws_s3_bucket.ghost.id\n}\n')
        _, errors = check_tree(tmp)
    expected = ["required input needed", "passes extra", "var.missing", "no output nope",
                "local.nothing", "aws_s3_bucket.ghost"]
    missed = [e for e in expected if not any(e in err for err in errors)]
    if missed:
        print("self-test: the checker missed: " + ", ".join(missed), file=sys.stderr)
        return 1
    print(f"self-test: all {len(expected)} planted faults found")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    folders, errors = check_tree(sys.argv[1])
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        return 1
    print(f"terraform: {len(folders)} module folders parse, every input and reference resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
