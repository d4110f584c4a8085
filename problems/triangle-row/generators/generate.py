# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Every row from 0 to 33 is a test; each answer comes from
# the reference solution below.
from math import comb


def solve(k):
    return [comb(k, j) for j in range(k + 1)]


# --- shared: generate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Generator basics: a generator runs in its package folder and writes every file of data/.
import json
import shutil
from pathlib import Path

_counts = {"sample": 0, "secret": 0}


def dump(v):
    """Compact JSON, as test files hold it."""
    return json.dumps(v, separators=(",", ":"))


def clear_data():
    """Removes data/, so the generator writes all of it afresh."""
    shutil.rmtree("data", ignore_errors=True)


def write_test(kind, input_text, answer_text):
    """The next test of `kind` ("sample" or "secret"): data/<kind>/NN.in and NN.ans."""
    _counts[kind] += 1
    path = Path("data") / kind / f"{_counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(input_text)
    path.with_suffix(".ans").write_text(answer_text)


def write_json_test(kind, args, answer):
    """A function problem's test: one line of JSON arguments, the JSON result."""
    write_test(kind, dump(args) + "\n", dump(answer) + "\n")
# --- end shared: generate.py ---


def write(kind, k):
    write_json_test(kind, [k], solve(k))


clear_data()
write("sample", 3)
write("sample", 0)
# Every other row, the largest first (where 32-bit products overflow).
for k in [33, 32, 31, 30, 29, 1, 2, 4, 5, 6, 7, 8, 10, 12, 13, 16, 17, 20, 21, 24, 25, 27, 28, 9,
          11]:
    write("secret", k)
