# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(nums, k):
    return sorted(nums, reverse=True)[k - 1]


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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


B = 10**9
N = 10**5


def randoms(n, low=-B, high=B):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(6401)

write("sample", [7, 2, 9, 4, 9, 1], 3)
write("sample", [5, 5, 4], 2)
write("sample", [-6], 1)
write("secret", [B], 1)
write("secret", [-B], 1)
write("secret", [3, 1], 1)
write("secret", [3, 1], 2)
write("secret", [2, 2, 2, 2], 3)
write("secret", [1, 2, 3, 4, 5], 5)
write("secret", [5, 4, 3, 2, 1], 1)
write("secret", [-1, -5, -3, -2], 2)
write("secret", [B, -B, B, -B, 0], 3)
write("secret", [4, 4, 4, 1, 1, 9], 5)
write("secret", [0, 0, 0, 0, 0, 7], 6)
write("secret", randoms(30, -5, 5), 17)
write("secret", randoms(1000), 1)
write("secret", randoms(1000), 1000)
write("secret", randoms(1000, -10, 10), 500)
# Large: random, sorted both ways (a fixed-pivot quickselect's worst case), all equal, and few
# distinct values (where dropping repeats goes wrong); the maximum size n = 10^5 four times.
M = 20000
write("secret", randoms(M), 1)
write("secret", randoms(M), M)
write("secret", sorted(randoms(M), reverse=True), 2 * M // 3)
write("secret", randoms(N), N // 2)
write("secret", sorted(randoms(N)), N // 3)
write("secret", [B] * N, 12345)
write("secret", randoms(N, -2, 2), 70000)
write("secret", list(range(-M // 2, M // 2)), M - 1)
