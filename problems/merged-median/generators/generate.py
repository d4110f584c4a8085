# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer is the median of the merged arrays (exact: a half-integer is exact in a double).
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

V = 10**9


def median(a, b):
    c = sorted(a + b)
    k = len(c)
    return float(c[k // 2]) if k % 2 else (c[k // 2 - 1] + c[k // 2]) / 2


def write(kind, a, b):
    write_json_test(kind, [sorted(a), sorted(b)], median(a, b))


def values(n, low=-V, high=V):
    return sorted(rng.randint(low, high) for _ in range(n))


clear_data()
rng = random.Random(12101)
write("sample", [1, 4, 9], [2, 3])
write("sample", [-5, 10], [0, 7])
for a, b in [([], [6]), ([6], []), ([1], [2]), ([V], [V]), ([-V], [V - 1]), ([V, V], [V - 1]),
             ([-V, -V], [-V, -V]), ([1, 2], [3, 4]), ([3, 4], [1, 2]), ([1, 3], [2]),
             ([1, 2, 3, 4, 5], []), ([], [1, 2, 3, 4]), ([5, 5, 5], [5, 5]), ([1, 1, 1, 1], [2]),
             ([0], [-1, 0, 1]), ([2, 4, 6, 8], [1, 3, 5, 7, 9])]:
    write("secret", a, b)
for m, n in [(5, 7), (100, 1), (1, 100), (1000, 999), (2000, 10)]:
    write("secret", values(m), values(n))
# Largest: all of a below all of b, interleaved, one empty, and values at the 32-bit edges.
N = 10**4
write("secret", values(N, -V, 0), values(N - 1, 1, V))
write("secret", values(N), values(N))
write("secret", [], values(N, -10, 10))
write("secret", [V] * N, [V - 1] * N)
