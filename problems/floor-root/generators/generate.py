# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below (math.isqrt is exact).
import math
import random

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


def write(kind, x):
    write_json_test(kind, [x], math.isqrt(x))


clear_data()
rng = random.Random(10201)
TOP = 2**31 - 1
write("sample", 30)
write("sample", 49)
# Small values, squares and their neighbours, and the top of the range, where 32-bit squaring
# overflows.
for x in [0, 1, 2, 3, 4, 8, 9, 10, 99, 100, 101, TOP, TOP - 1, 46340**2, 46340**2 - 1,
          46340**2 + 1, 46339**2 - 1, 2**30, 2**30 - 1, 10**9, 1999999999]:
    write("secret", x)
for _ in range(6):
    write("secret", rng.randint(10**6, TOP))
