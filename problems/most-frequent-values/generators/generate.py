# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from collections import Counter
from pathlib import Path


def solve(nums, k):
    counts = Counter(nums)
    return sorted(counts, key=lambda v: (-counts[v], v))[:k]


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


def skewed(n, distinct, low=-10**9, high=10**9):
    """n values drawn from `distinct` values with very different frequencies."""
    pool = rng.sample(range(low, high + 1), distinct)
    weights = [rng.random() ** 3 for _ in pool]
    return rng.choices(pool, weights, k=n)


clear_data()
rng = random.Random(4501)
B, N = 10**9, 20000

write("sample", [4, 1, 4, 2, 1, 4, 3], 2)
write("sample", [5, -2, 5, -2, 9], 1)
write("sample", [7, 7, 7], 1)
write("secret", [0], 1)
write("secret", [B, -B], 1)
write("secret", [B, -B], 2)
write("secret", [3, 1, 2], 3)
write("secret", [1, 2, 2, 3, 3, 3], 3)
write("secret", [2, 2, 1, 1, 3], 2)
write("secret", [-1, -1, -2, -2, -3, -3], 2)
write("secret", [9, 8, 8, 9, 9, 8, 7], 3)
# Ties for the last place: the smaller values make the cut.
write("secret", [10, 10, 20, 20, 30, 30, 40, 40, 5], 3)
write("secret", [6] * 5 + [-6] * 5 + [0] * 4, 2)
# The value that first appears is not the smallest of its tie.
write("secret", [50, 50, 3, 3, 40, 40, 1], 2)
write("secret", skewed(100, 10, -20, 20), 5)
write("secret", skewed(1000, 200), 17)
# Maximum sizes: 2*10^4 values.
write("secret", list(range(N)), 10)
write("secret", list(range(N, 0, -1)), N)
nums = skewed(N, 50)
write("secret", nums, len(set(nums)))
write("secret", skewed(N, 5000), 100)
nums = skewed(N, 3000, -50, 3000)
write("secret", nums, len(set(nums)) - 1)
write("secret", [B] * N, 1)
write("secret", [v for v in range(-5000, 5000) for _ in range(2)], 7)
vals = [v for c, v in enumerate(rng.sample(range(-B, B), 199), 1) for _ in range(c)]
rng.shuffle(vals)
write("secret", vals, 199)
write("secret", [B - (i % 7) for i in range(N)], 4)
