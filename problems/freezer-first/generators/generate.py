# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(values, limit):
    """Values below limit first, then the rest, each part in its original order."""
    return [v for v in values if v < limit] + [v for v in values if v >= limit]


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


def write(kind, values, limit):
    write_json_test(kind, [values, limit], solve(values, limit))


def values(n, low=-1000, high=1000):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(18701)
T, N = 1000, 5 * 10**4

write("sample", [5, -18, 4, 0, -2, 7], 1)
write("sample", [3, 3, 1, 3], 3)
write("sample", [], 0)
write("secret", [], -T)
write("secret", [7], 7)
write("secret", [7], 8)
write("secret", [-T], T)
write("secret", [T], -T)
write("secret", [2, 1], 2)
write("secret", [1, 2], 2)
write("secret", [4, 4, 4, 4], 4)
write("secret", [9, 8, 7, 1, 2, 3], 5)
write("secret", [1, 2, 3, 9, 8, 7], 5)
write("secret", [0, -1, 0, -1, 0, -1, 0], 0)
write("secret", values(20, -3, 3), 0)
write("secret", values(100), rng.randint(-T, T))
write("secret", values(1000, -5, 5), 2)
write("secret", values(5000), -T)  # nothing is below -1000
write("secret", values(5000), T)  # everything but the 1000s
# Maximum sizes: the limit in the middle, at the ends, on many duplicates, alternating parts.
write("secret", values(N), 0)
write("secret", values(N, -9, 9), 0)
write("secret", values(N, -20, 20), rng.randint(-20, 20))
write("secret", [rng.choice([-T, T]) for _ in range(N)], T)
write("secret", [i % 2 for i in range(N)], 1)
write("secret", [5] * (N // 2) + [-5] * (N // 2), 0)
write("secret", [-5] * (N // 2) + [5] * (N // 2), 5)
write("secret", values(N, 0, 9), 10)
