# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from collections import Counter
from pathlib import Path


def solve(nums):
    return Counter(nums).most_common(1)[0][0]


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


def majority(n, value, others_low=-B, others_high=B, order="shuffle"):
    """n values, just over half of them `value`, the rest random others."""
    k = n // 2 + 1
    rest = []
    while len(rest) < n - k:
        v = rng.randint(others_low, others_high)
        if v != value:
            rest.append(v)
    nums = [value] * k + rest
    if order == "shuffle":
        rng.shuffle(nums)
    elif order == "last":
        nums = rest + [value] * k
    elif order == "sorted":
        nums.sort()
    return nums


clear_data()
rng = random.Random(6101)
N = 20000

write("sample", [6, 1, 6, 6, 2])
write("sample", [-4, -4, 9, -4])
write("sample", [0])
write("secret", [B])
write("secret", [-B, -B])
write("secret", [1, 2, 1])
write("secret", [2, 1, 1])
write("secret", [5, 5, 3, 3, 5])
write("secret", [-2, 8, -2, 8, -2, 8, -2])
write("secret", [7, 8, 9, 7, 7])
write("secret", [1, 2, 3, 4, 9, 9, 9, 9, 9])
write("secret", [9, 9, 9, 9, 9, 1, 2, 3, 4])
# The candidate changes several times before the majority takes over.
write("secret", [1, 2, 3, 4, 5, 6, 8, 8, 8, 8, 8, 8, 8])
write("secret", [3, 1, 3, 2, 3, 4, 3, 5, 3])
write("secret", majority(31, 4, -5, 5))
write("secret", majority(200, -B))
write("secret", majority(1001, 0, -3, 3))
# Maximum sizes: 2*10^4 values, the majority just over half.
write("secret", majority(N, 123456789))
write("secret", majority(N, -B, order="last"))
write("secret", majority(N, B, order="sorted"))
write("secret", majority(N - 1, 7, 0, 10))
write("secret", [B] * N)
write("secret", [5 if i % 2 else 0 for i in range(N - 2)] + [5, 5])
write("secret", majority(N, -1, -2, 0, order="last"))
write("secret", majority(N - 1, 42, order="sorted"))
