# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer takes values alternately from both ends.
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


def fold(values):
    out, i, j = [], 0, len(values) - 1
    while i <= j:
        out.append(values[i])
        if i != j:
            out.append(values[j])
        i, j = i + 1, j - 1
    return out


def write(kind, values):
    write_json_test(kind, [values], fold(values))


clear_data()
rng = random.Random(11501)
V = 10**5
write("sample", [1, 2, 3, 4, 5, 6])
write("sample", [10, -20, 30, -40, 50])
for values in [[7], [-V], [1, 2], [2, 1], [1, 2, 3], [V, -V, V], [1, 2, 3, 4], [5, 5, 5, 5, 5],
               [0, 1, 0, 1, 0, 1, 0], list(range(1, 10)), list(range(10, 0, -1)), [V, V - 1]]:
    write("secret", values)
for n in [11, 12, 13, 14, 50, 99, 100, 1000, 4999, 5000]:
    write("secret", [rng.randint(-V, V) for _ in range(n)])
# Largest, even and odd lengths; small values keep the files small.
N = 5 * 10**4
write("secret", [rng.randint(-99, 99) for _ in range(N)])
write("secret", [rng.randint(0, 9) for _ in range(N - 1)])
