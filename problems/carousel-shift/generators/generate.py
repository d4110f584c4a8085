# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(values, k):
    """The list after the belt advances k places: the last k mod n values come first."""
    n = len(values)
    if n == 0:
        return []
    s = k % n
    return values[n - s:] + values[:n - s]


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
    write_json_test(kind, [values, k], solve(values, k))


def values(n, low=-10**6, high=10**6):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(18601)
V, K, N = 10**6, 2 * 10**9, 5 * 10**4

write("sample", [3, 8, 1, 6, 2], 2)
write("sample", [4, -5, 9], 7)
write("sample", [], 5)
write("secret", [], 0)
write("secret", [], K)
write("secret", [-V], 0)
write("secret", [V], K)
write("secret", [1, 2], 1)
write("secret", [1, 2], 2)
write("secret", [1, 2, 3], 1)
write("secret", [1, 2, 3], 2)
write("secret", [1, 2, 3], 3)
write("secret", [1, 2, 3], 4)
write("secret", [5, 5, 7, 5, 5], 3)
write("secret", [V, -V, 0, V, -V, 0], 10**9 + 1)
write("secret", list(range(1, 11)), 0)
write("secret", list(range(1, 11)), 9)
write("secret", values(97), K)  # 2 * 10^9 mod 97 = 91
write("secret", values(1000), K)  # a multiple of 1000: no change
write("secret", values(1000), K - 1)
write("secret", values(4999), rng.randint(0, K))
# Maximum sizes (small values keep the files small), with k short, long, a lap and random.
write("secret", values(N, -99, 99), 1)
write("secret", values(N, -99, 99), N - 1)
write("secret", values(N, -99, 99), K)  # 2 * 10^9 is a multiple of 5 * 10^4
write("secret", values(N, -99, 99), K - 12345)
write("secret", values(N, 0, 9), rng.randint(N, K))
write("secret", list(range(N)), rng.randint(0, K))
write("secret", values(N - 1, -9, 9), K)
