# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (on arrays: the list's values).
import random


def solve(values, k):
    """Every full batch of k values reversed; a short tail of fewer than k kept as it is."""
    out = []
    full = len(values) - len(values) % k
    for start in range(0, full, k):
        out.extend(reversed(values[start:start + k]))
    return out + values[full:]


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


def write(kind, values, k):
    """One test: its .in is the JSON array [head, k], its .ans the reference's list."""
    write_json_test(kind, [values, k], solve(values, k))


def values(n, low=-10**9, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(16016)
B, N = 10**9, 10**4

write("sample", [1, 2, 3, 4, 5, 6, 7, 8], 3)
write("sample", [10, 20, 30, 40], 2)
write("sample", [5, 6, 7], 1)
# Tiny lists: a single node, k = 1, k = n, tails of every length.
write("secret", [-B], 1)
write("secret", [1, 2], 1)
write("secret", [1, 2], 2)
write("secret", [1, 2, 3], 2)
write("secret", [1, 2, 3], 3)
write("secret", [1, 2, 3, 4, 5], 4)
write("secret", [1, 2, 3, 4, 5], 3)
write("secret", [1, 2, 3, 4, 5, 6, 7], 2)
write("secret", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 4)
# Duplicates and the value bounds.
write("secret", [4, 4, 4, 4, 4], 2)
write("secret", [B, -B, B, -B, 0, 0, B], 3)
write("secret", [3, 1, 3, 1, 3, 1, 3, 1, 3], 2)
write("secret", values(10, -5, 5), 6)
write("secret", values(100), 7)
write("secret", values(100), 99)
write("secret", values(1000), 32)
write("secret", values(1000, 0, 3), 999)
# Maximum sizes: 10^4 nodes; k at both ends, exact and inexact batches, long tails.
write("secret", values(N), 1)
write("secret", values(N), N)
write("secret", values(N), N - 1)
write("secret", values(N), 2)
write("secret", values(N), 3)
write("secret", list(range(N)), 100)
write("secret", list(range(N, 0, -1)), 5001)
write("secret", values(N), rng.randint(2, 200))
write("secret", [B] * (N // 2) + [-B] * (N // 2), 7)
write("secret", values(N, -3, 3), 9999 // 3)
