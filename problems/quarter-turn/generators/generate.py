# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(picture):
    n = len(picture)
    return [[picture[n - 1 - c][r] for c in range(n)] for r in range(n)]


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


def write(kind, picture):
    write_json_test(kind, [picture], solve(picture))


clear_data()
rng = random.Random(14101)
B = 10**9


def rand(n, low=-9, high=9):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(n)]


write("sample", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
write("sample", [[1, 2], [3, 4]])
write("sample", [[-5]])
write("secret", [[B]])
write("secret", [[-B, B], [B, -B]])
write("secret", [[1, 1], [1, 1]])
write("secret", [[r * 4 + c for c in range(4)] for r in range(4)])
write("secret", [[r * 5 + c for c in range(5)] for r in range(5)])
write("secret", [[1 if r == 0 else 0 for c in range(6)] for r in range(6)])
write("secret", [[1 if c == r else 0 for c in range(7)] for r in range(7)])
for n in (2, 3, 8, 10, 15, 16, 31, 50):
    write("secret", rand(n))
write("secret", rand(20, -B, B))
write("secret", rand(4, 0, 1))
# Maximum sizes: 100 × 100, odd 99 × 99 (a centre pixel) and full-range values.
write("secret", [[r * 100 + c for c in range(100)] for r in range(100)])
write("secret", rand(99, -99, 99))
write("secret", rand(100, -99, 99))
write("secret", rand(100, -B, B))
write("secret", [[(r + c) % 2 for c in range(100)] for r in range(100)])
