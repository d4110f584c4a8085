# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(nums):
    return sorted(x * x for x in nums)


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


def write(kind, nums):
    write_json_test(kind, [nums], solve(nums))


clear_data()
rng = random.Random(8501)
V = 10**4


def values(n, low=-V, high=V):
    return sorted(rng.randint(low, high) for _ in range(n))


write("sample", [-5, -2, 0, 3, 4])
write("sample", [-3, -3, -1])
write("secret", [0])
write("secret", [-V])
write("secret", [V])
write("secret", [-V, V])
write("secret", [-1, 0, 1])
write("secret", [-7, -3, 2, 3, 11])
write("secret", [1, 2, 3, 4])
write("secret", [-4, -3, -2, -1])
write("secret", [-2, -2, 2, 2])
write("secret", [-10, -1, 0, 0, 0, 5])
write("secret", values(10, -10, 10))
write("secret", values(100))
write("secret", values(1000, -V, 50))
write("secret", values(1000, -50, V))
# Maximum sizes: mixed signs, all equal, many zeros; then large arrays all negative, all
# positive, a single positive after many negatives, lopsided mixes.
N = 100000
write("secret", values(N))
write("secret", values(N, -3, 3))
M = 20000
write("secret", [-V] * M)
write("secret", values(M, -V, -1))
write("secret", values(M, 0, V))
write("secret", values(M - 1, -V, -1) + [1])
write("secret", [-V] + values(M - 1, 0, V))
write("secret", values(M, -100, 9000))
write("secret", values(M, -9000, 100))
