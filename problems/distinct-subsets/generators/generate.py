# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (the checker accepts the subsets in any
# order).
import json
import random
import shutil
from collections import Counter
from pathlib import Path


def solve(nums):
    subsets = [[]]
    for value, count in sorted(Counter(nums).items()):
        subsets = [s + [value] * k for s in subsets for k in range(count + 1)]
    return sorted(subsets)


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


clear_data()
rng = random.Random(2901)
BIG = 10**9

write("sample", [3, 1, 3])
write("sample", [-1])
write("sample", [5, 5, 5])
write("secret", [])
write("secret", [0])
write("secret", [BIG])
write("secret", [-BIG, BIG])
write("secret", [1, 2])
write("secret", [3, 3])
write("secret", [4, 1, 4, 1])
write("secret", [-2, -1, -2, 0, -1])
write("secret", [7, 3, 7, 3, 7, 3])
write("secret", [1, 2, 1, 3, 1])
# No repeats: all 2^n subsets.
write("secret", list(range(1, 13)))
write("secret", [rng.randint(-BIG, BIG) for _ in range(12)])
write("secret", list(range(12, 0, -1)))
# All the same: n + 1 subsets.
write("secret", [9] * 12)
write("secret", [-BIG] * 12)
# Repeats far apart in the input.
write("secret", [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6])
write("secret", [BIG, -BIG] * 6)
write("secret", [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
# Random, with a few distinct values so that repeats are common.
for n, spread in [(5, 2), (8, 3), (10, 4), (11, 3), (12, 5), (12, 6), (12, 8), (12, 2)]:
    write("secret", [rng.randint(-spread, spread) for _ in range(n)])
